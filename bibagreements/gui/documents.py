"""The editor's Documents tab: generate, preview, print, and the history of what was sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bibagreements.domain.enums import AgreementStatus, CheckinStatus
from bibagreements.domain.records import Agreement, Checkin
from bibagreements.gui import dialogs, system_open
from bibagreements.gui.filenames import document_file_name
from bibagreements.gui.operations import Change
from bibagreements.gui.tab_panel import AgreementTabPanel
from bibagreements.gui.widgets import read_only_table, selected_record

if TYPE_CHECKING:
    from bibagreements.gui.context import AppContext
    from bibagreements.services.database import UnitOfWork
    from bibagreements.services.documents import Rendering

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class DocumentsData:
    renderings: list[Rendering]
    checkins: list[Checkin]


def _documents_job(uow: UnitOfWork, agreement_id: int) -> DocumentsData:
    from bibagreements.services.documents import list_renderings
    from bibagreements.services.schedule import list_checkins

    checkins = [
        c for c in list_checkins(uow, agreement_id) if c.status is not CheckinStatus.CANCELLED
    ]
    return DocumentsData(list_renderings(uow, agreement_id), checkins)


class DocumentsPanel(AgreementTabPanel):
    generated = Signal(object)  # Rendering
    load_job = staticmethod(_documents_job)
    shows = Change.DOCUMENTS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderings: list[Rendering] = []
        self._select_next: int | None = None  # the rendering to select when the list arrives
        self._preview: QWidget | None = None
        self._print: QWidget | None = None
        self._print_next = False  # print the PDF being generated once it is written

        box = QGroupBox(self.tr("Generate"), self)
        self.document_combo = QComboBox(box)
        self.format_combo = QComboBox(box)
        self.format_combo.addItem(self.tr("PDF"), "pdf")
        self.format_combo.addItem(self.tr("Word (DOCX)"), "docx")
        self.sign_check = QCheckBox(self.tr("Empty signature fields for e-signing"), box)
        self.archive_check = QCheckBox(self.tr("PDF/A for the archive"), box)
        self.folder_edit = QLineEdit(box)
        self.folder_edit.setReadOnly(True)
        self.folder_button = QPushButton(self.tr("Choose &folder…"), box)
        self.name_label = QLabel(box)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.generate_button = QPushButton(self.tr("&Generate"), box)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        options = QHBoxLayout()
        options.addWidget(self.format_combo)
        options.addWidget(self.sign_check)
        options.addWidget(self.archive_check)
        options.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("&Document:"), self.document_combo)
        # A label made from text has no buddy when its field is a layout: give it one,
        # or the "&" shows as it is and Alt+O does nothing.
        self.format_label = QLabel(self.tr("Fo&rmat:"), box)
        self.format_label.setBuddy(self.format_combo)
        form.addRow(self.format_label, options)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("File name:"), self.name_label)
        self.review_button = QPushButton(self.tr("Send for co&mments…"), box)
        self.review_button.setToolTip(
            self.tr("The draft as a PDF to every contact person, in a message to send")
        )
        generate_row = QHBoxLayout()
        generate_row.addWidget(self.generate_button)
        generate_row.addWidget(self.review_button)
        generate_row.addStretch(1)
        form.addRow("", generate_row)

        self.history = read_only_table(
            self,
            [
                self.tr("Created"),
                self.tr("Document"),
                self.tr("Version"),
                self.tr("Format"),
                self.tr("SHA-256"),
                self.tr("File"),
            ],
            (140, 170, 60, 70, 120),
        )
        self.preview_button = QPushButton(self.tr("Pre&view"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.folder_open_button = QPushButton(self.tr("Show in fo&lder"), self)
        history_buttons = QHBoxLayout()
        for button in (
            self.preview_button,
            self.print_button,
            self.open_button,
            self.folder_open_button,
        ):
            history_buttons.addWidget(button)
        history_buttons.addStretch(1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("Document history:"), self))
        layout.addWidget(self.history, 1)
        layout.addLayout(history_buttons)
        layout.addWidget(self.message)

        self.format_combo.currentIndexChanged.connect(self._options_changed)
        self.document_combo.currentIndexChanged.connect(self._options_changed)
        self.sign_check.toggled.connect(self._options_changed)
        self.archive_check.toggled.connect(self._options_changed)
        self.folder_button.clicked.connect(self.choose_folder)
        self.generate_button.clicked.connect(self.generate)
        self.review_button.clicked.connect(self.send_for_comments)
        self.history.itemSelectionChanged.connect(self._update_buttons)
        self.history.itemDoubleClicked.connect(lambda *_: self.preview_current())
        self.preview_button.clicked.connect(self.preview_current)
        self.print_button.clicked.connect(self.print_current)
        self.open_button.clicked.connect(self.open_current)
        self.folder_open_button.clicked.connect(self.show_current_in_folder)
        self._options_changed()

    # -- state ---------------------------------------------------------------------------

    def bind(self, ctx: AppContext) -> None:
        super().bind(ctx)
        from bibagreements.gui.folders import save_folder

        self.folder_edit.setText(str(save_folder(ctx.settings)))
        self._options_changed()

    def hint_text(self, agreement: Agreement | None, dirty: bool) -> str:
        if agreement is None:
            return self.tr("Save the agreement first; documents show the saved text.")
        if dirty:
            return self.tr("Save your changes first: a document shows the saved version.")
        return self.tr("Print one copy per party for wet-ink signature: {0} copies.").format(
            len(agreement.parties)
        )

    def agreement_changed(self) -> None:
        self._options_changed()

    def _arrived(self, data: DocumentsData) -> None:
        select, self._select_next = self._select_next, None
        combo = self.document_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("The agreement"), None)
        for c in data.checkins:
            combo.addItem(
                self.tr("Minutes of the check-in due {0}").format(c.due.isoformat()),
                c.due.isoformat(),  # a string: a date does not survive findData
            )
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        self.renderings = data.renderings
        self.history.setRowCount(len(data.renderings))
        for row, r in enumerate(data.renderings):
            exists = Path(r.path).exists()
            kind = self.tr("Agreement") if r.document == "agreement" else self.tr("Minutes")
            values = (
                r.created_at.strftime("%Y-%m-%d %H:%M"),
                kind + (" (PDF/A)" if r.archive else ""),
                str(r.version_number) if r.version_number else self.tr("draft"),
                r.format.upper(),
                r.sha256[:12] + "…",
                r.path if exists else self.tr("{0} (moved or deleted)").format(r.path),
            )
            tips = {4: r.sha256, 5: r.path}
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, r.id)
                if column in tips:
                    item.setToolTip(tips[column])
                self.history.setItem(row, column, item)
            if r.id == select:
                self.history.selectRow(row)
        self._options_changed()

    def _options_changed(self, *_args: object) -> None:
        is_pdf = self.format_combo.currentData() == "pdf"
        minutes = self.document_combo.currentData() is not None
        self.sign_check.setEnabled(is_pdf and not minutes and not self.archive_check.isChecked())
        self.archive_check.setEnabled(is_pdf and not minutes and not self.sign_check.isChecked())
        self.name_label.setText(self.file_name())
        saved = self.agreement is not None and self.agreement.id is not None and not self.dirty
        self.generate_button.setEnabled(saved)
        draft = self.agreement is not None and self.agreement.status is AgreementStatus.DRAFT
        self.review_button.setEnabled(saved and draft)
        self._update_buttons()

    def file_name(self) -> str:
        if self.agreement is None:
            return ""
        due = self.document_combo.currentData()
        suffix = self.tr("minutes {0}").format(due) if due else ""
        variant = ""
        if self.archive_check.isEnabled() and self.archive_check.isChecked():
            variant = self.tr("archive", "file name of a PDF/A")
        elif self.sign_check.isEnabled() and self.sign_check.isChecked():
            variant = self.tr("e-signing", "file name of a PDF with signature fields")
        return document_file_name(
            self.agreement.title,
            self.agreement.version,
            self.format_combo.currentData(),
            suffix,
            variant,
        )

    def target(self) -> Path:
        return Path(self.folder_edit.text()) / self.file_name()

    def current(self) -> Rendering | None:
        rendering: Rendering | None = selected_record(self.history, self.renderings, ID_ROLE)
        return rendering

    def _update_buttons(self) -> None:
        r = self.current()
        exists = r is not None and Path(r.path).exists()
        pdf = exists and r is not None and r.format == "pdf"
        self.preview_button.setEnabled(pdf)
        self.print_button.setEnabled(pdf)
        self.open_button.setEnabled(exists)
        self.folder_open_button.setEnabled(r is not None and Path(r.path).parent.is_dir())

    def copies(self, rendering: Rendering | None = None) -> int:
        if rendering is not None and rendering.document != "agreement":
            return 1
        return max(1, len(self.agreement.parties)) if self.agreement else 1

    # -- actions -------------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = dialogs.choose_folder(
            self, self.tr("Folder for generated documents"), self.folder_edit.text()
        )
        if folder and self.ctx is not None:
            self.folder_edit.setText(folder)
            self.ctx.settings.documents_folder = folder
            self.ctx.settings.sync()
            self._options_changed()

    def generate(self) -> None:
        a = self.agreement
        if a is None or a.id is None or self.ctx is None or self.dirty:
            return
        from bibagreements.services.documents import (
            DocumentFormat,
            render_agreement,
            render_minutes,
        )
        from bibagreements.services.save_folders import ensure_folder

        target = self.target()
        if not ensure_folder(target.parent):
            self.message.setText(self.tr("The folder {0} does not exist.").format(target.parent))
            return
        if target.exists() and not dialogs.confirm(
            self,
            self.tr("Replace the file?"),
            self.tr(
                "{0} already exists in the folder. Replace it with a new one? The document "
                "history then lists both, and the earlier entry's file is the new one."
            ).format(target.name),
            self.tr("Replace"),
        ):
            return
        fmt = DocumentFormat(self.format_combo.currentData())
        due_text = self.document_combo.currentData()
        due = date.fromisoformat(due_text) if due_text else None
        archive = self.archive_check.isEnabled() and self.archive_check.isChecked()
        sign = self.sign_check.isEnabled() and self.sign_check.isChecked()
        agreement_id = a.id

        def job(uow: UnitOfWork) -> Rendering:
            if due is not None:
                return render_minutes(uow, agreement_id, due, fmt, target)
            return render_agreement(
                uow, agreement_id, fmt, target, archive=archive, sign_fields=sign
            )

        self.generate_button.setEnabled(False)
        self.message.setText(self.tr("Generating {0}…").format(target.name))
        self.ctx.op(
            self,
            job,
            self._generated,
            self._failed,
            changes=Change.DOCUMENTS,
            agreement_id=agreement_id,
            label=self.tr("Generating {0}…").format(target.name),
        )

    def generate_agreement(self, *, sign_fields: bool, then_print: bool) -> None:
        """The agreement as a PDF (with empty signature fields); printed once written."""
        self.format_combo.setCurrentIndex(self.format_combo.findData("pdf"))
        self.document_combo.setCurrentIndex(max(self.document_combo.findData(None), 0))
        self.archive_check.setChecked(False)
        self.sign_check.setChecked(sign_fields)
        self._options_changed()
        target = self.target()
        if then_print and target.is_file():
            # Named by title and version: the saved version's PDF is there already.
            self._print_file(target)
            return
        self._print_next = then_print
        self.generate()

    def send_for_comments(self) -> None:
        a = self.agreement
        if a is None or a.id is None or self.ctx is None or self.dirty:
            return
        from bibagreements.gui.mail_drafts import send_for_comments

        def done(paths: list[Path]) -> None:
            self.message.setText(self.tr("Opened {0} in your mail program.").format(paths[0]))

        send_for_comments(self, self.ctx, a, done)

    def _print_file(self, path: Path) -> None:
        from bibagreements.gui.pdf_preview import print_dialog

        self._print = print_dialog(self, path, self.copies(), path.stem)

    def _generated(self, rendering: Rendering) -> None:
        self.message.setText(self.tr("Wrote {0}.").format(rendering.path))
        self._select_next = rendering.id  # the announced change reads the list again
        self.generated.emit(rendering)
        if self._print_next:
            self._print_next = False
            self._print_file(Path(rendering.path))

    def _failed(self, exc: BaseException) -> None:
        self._print_next = False
        self.message.setText("")
        self._options_changed()
        assert self.ctx is not None
        self.ctx.errors.present(exc, self)

    def preview_current(self) -> None:
        r = self.current()
        if r is not None and r.format == "pdf":
            self.preview(Path(r.path), self.copies(r))

    def preview(self, path: Path, copies: int) -> None:
        from bibagreements.gui.pdf_preview import PdfPreview

        try:
            dialog = PdfPreview(path, copies, parent=self)
        except Exception as exc:  # a file that is not a readable PDF
            assert self.ctx is not None
            self.ctx.errors.present(exc, self)
            return
        self._preview = dialog
        dialog.show()

    def print_current(self) -> None:
        r = self.current()
        if r is None or r.format != "pdf":
            return
        from bibagreements.gui.pdf_preview import print_dialog

        self._print = print_dialog(self, Path(r.path), self.copies(r), Path(r.path).stem)

    def open_current(self) -> None:
        r = self.current()
        if r is not None:
            system_open.open_path(Path(r.path))

    def show_current_in_folder(self) -> None:
        r = self.current()
        if r is not None:
            system_open.open_path(Path(r.path).parent)
