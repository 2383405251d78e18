"""What the organisation needs back, from the File menu: the yearly report's
introductory sections, the registrar's list and the archive package.

Each runs its service in the background (AppContext.op); errors reach the one
place that turns them into messages.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bibagreements.domain.report import ReportSection
from bibagreements.gui import dialogs
from bibagreements.gui.folders import save_folder
from bibagreements.gui.record_dialogs import ERROR_STYLE

if TYPE_CHECKING:
    from collections.abc import Callable

    from bibagreements.gui.context import AppContext
    from bibagreements.services.archive import ArchivePackage
    from bibagreements.services.database import UnitOfWork

translate = QCoreApplication.translate


class ReportSectionsDialog(QDialog):
    """The free sections that open one year's report: headings and texts, in order."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        from bibagreements.domain.validation import MAX_YEAR, MIN_YEAR

        super().__init__(parent)
        self.ctx = ctx
        self.read: list[ReportSection] = []
        self.sections: list[ReportSection] = []
        self.setWindowTitle(self.tr("Introductory sections of the yearly report"))
        intro = QLabel(
            self.tr(
                "Sections that open the report before the development areas: the unit's "
                "mission, its staff, the year's conditions. A blank line starts a paragraph."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.year = QSpinBox(self)
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setGroupSeparatorShown(False)
        self.year.setValue(year)
        self.list = QListWidget(self)
        self.heading = QLineEdit(self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.add_button = QPushButton(self.tr("&Add section"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        dialogs.name_buttons(self.buttons)

        top = QFormLayout()
        top.addRow(self.tr("&Year:"), self.year)
        editor = QFormLayout()
        editor.addRow(self.tr("&Heading:"), self.heading)
        editor.addRow(self.tr("&Text:"), self.text)
        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch()
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        middle.addLayout(editor, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 440)

        self.year.valueChanged.connect(self._year_changed)
        self.list.currentRowChanged.connect(self._show)
        self.heading.textEdited.connect(self._edited)
        self.text.textChanged.connect(self._edited)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._showing = False
        self.loaded_year = year
        self.load()

    @property
    def dirty(self) -> bool:
        return self.sections != self.read

    def load(self) -> None:
        from bibagreements.services.report_sections import report_sections

        year = self.year.value()
        self.setEnabled(False)
        self.ctx.op(self, lambda uow: report_sections(uow, year), self._loaded)

    def _loaded(self, sections: list[ReportSection]) -> None:
        self.setEnabled(True)
        self.loaded_year = self.year.value()
        self.read, self.sections = list(sections), list(sections)
        self._fill(0)

    def _fill(self, row: int) -> None:
        self._showing = True
        self.list.clear()
        for s in self.sections:
            QListWidgetItem(s.heading or self.tr("(no heading)"), self.list)
        self._showing = False
        self.list.setCurrentRow(min(row, len(self.sections) - 1))
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        has = 0 <= row < len(self.sections)
        self._showing = True
        self.heading.setText(self.sections[row].heading if has else "")
        self.text.setPlainText(self.sections[row].text if has else "")
        self._showing = False
        for widget in (self.heading, self.text, self.remove_button):
            widget.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self.sections) - 1)

    def _edited(self) -> None:
        row = self.list.currentRow()
        if self._showing or not 0 <= row < len(self.sections):
            return
        heading = self.heading.text()
        self.sections[row] = replace(
            self.sections[row], heading=heading, text=self.text.toPlainText()
        )
        item = self.list.item(row)
        if item is not None:
            item.setText(heading or self.tr("(no heading)"))

    def _add(self) -> None:
        self.sections.append(ReportSection(self.tr("New section"), ""))
        self._fill(len(self.sections) - 1)
        self.heading.setFocus()
        self.heading.selectAll()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.sections):
            del self.sections[row]
            self._fill(row)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if 0 <= row < len(self.sections) and 0 <= other < len(self.sections):
            self.sections[row], self.sections[other] = self.sections[other], self.sections[row]
            self._fill(other)

    def _year_changed(self, year: int) -> None:
        if year == self.loaded_year:
            return
        if self.dirty and not dialogs.confirm(
            self,
            self.windowTitle(),
            self.tr("The sections of {0} have changes that are not saved.").format(
                self.loaded_year
            ),
            self.tr("Discard them"),
        ):
            self.year.blockSignals(True)
            self.year.setValue(self.loaded_year)
            self.year.blockSignals(False)
            return
        self.load()

    def save(self) -> None:
        from bibagreements.errors import ValidationError
        from bibagreements.gui.problems import human
        from bibagreements.services.report_sections import save_report_sections

        year, sections, read = self.loaded_year, list(self.sections), list(self.read)

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.error.setText("\n".join(human(p) for p in exc.problems))
                self.error.setVisible(True)
            else:
                self.ctx.errors.present(exc, self)

        self.buttons.setEnabled(False)
        self.ctx.op(
            self,
            lambda uow: save_report_sections(uow, year, sections, read),
            lambda _saved: self.accept(),
            failed,
            label=self.tr("Saving…"),
        )


class ReportTools(QObject):
    """File → the report's introduction, the register list, the archive package."""

    def __init__(
        self, ctx: AppContext, window: QMainWindow, selected: Callable[[], list[int]]
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.selected = selected
        self.sections_dialog: ReportSectionsDialog | None = None

    def edit_report_sections(self) -> None:
        today = self.ctx.today()
        year = today.year - 1 if today.month < 7 else today.year
        self.sections_dialog = ReportSectionsDialog(self.ctx, year, self.window)
        self.sections_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sections_dialog.show()

    def write_register_list(self) -> None:
        xlsx, csv = self.tr("Excel workbooks (*.xlsx)"), self.tr("CSV files (*.csv)")
        path = dialogs.save_file(
            self.window,
            self.tr("Save the register list for the registrar"),
            str(save_folder(self.ctx.settings) / (self.tr("register list") + ".xlsx")),
            f"{xlsx};;{csv}",
        )
        if not path:
            return
        fmt = "csv" if path.lower().endswith(".csv") else "xlsx"
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        from bibagreements.services.register_list import write_register_list

        today = self.ctx.today()

        def written(result: tuple[Path, int]) -> None:
            self.window.statusBar().showMessage(
                self.tr("Wrote the register list ({0} agreements) to {1}.").format(
                    result[1], result[0]
                ),
                10000,
            )

        self.ctx.op(
            self,
            lambda uow: write_register_list(uow, fmt, Path(path), None, today),
            written,
            label=self.tr("Writing the register list…"),
        )

    def write_archive_package(self) -> None:
        ids = self.selected()
        if not ids:
            dialogs.inform(
                self.window,
                self.tr("Archive package"),
                self.tr("Select the signed agreements to archive in the list first."),
            )
            return
        path = dialogs.save_file(
            self.window,
            self.tr("Save the archive package"),
            str(save_folder(self.ctx.settings) / (self.tr("archive package") + ".zip")),
            self.tr("Archive packages (*.zip)"),
        )
        if not path:
            return
        if not path.lower().endswith(".zip"):
            path += ".zip"
        from bibagreements.services.archive import archive_package

        def job(uow: UnitOfWork) -> ArchivePackage:
            return archive_package(uow, ids, Path(path))

        def written(package: ArchivePackage) -> None:
            self.window.statusBar().showMessage(
                self.tr("Wrote the archive package ({0} files) to {1}.").format(
                    len(package.files), package.path
                ),
                10000,
            )

        self.ctx.op(self, job, written, label=self.tr("Making the archive package…"))
