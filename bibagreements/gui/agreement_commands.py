"""The main window's commands on agreements and the database, each an owned operation.

Duplicate, renew, delete, the example agreements, import, export and backup.
What they change is announced by the operation; the list, the reminders and
the editors refresh themselves.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QStatusBar, QWidget

from bibagreements.domain.enums import AgreementStatus
from bibagreements.gui import dialogs
from bibagreements.gui.folders import save_folder
from bibagreements.gui.labels import period_text, status_label
from bibagreements.gui.operations import Change, OpChanges

if TYPE_CHECKING:
    from bibagreements.domain.records import Agreement, AgreementSummary
    from bibagreements.gui.agreement_editors import EditorManager
    from bibagreements.gui.context import AppContext
    from bibagreements.gui.import_report import ImportReportDialog
    from bibagreements.gui.template_dialog import NewFromTemplateDialog
    from bibagreements.services.backup import Backup
    from bibagreements.services.database import UnitOfWork
    from bibagreements.services.demo import DemoResult


class Selection(Protocol):
    """The agreements selected in the window's list."""

    def selected_id(self) -> int | None: ...

    def selected_ids(self) -> list[int]: ...

    def selected_summary(self) -> AgreementSummary | None: ...

    def select_after_load(self, agreement_id: int | None) -> None: ...


def _created(agreement: Agreement) -> OpChanges:
    ids = frozenset({agreement.id}) if agreement.id is not None else frozenset()
    return OpChanges(Change.AGREEMENTS | Change.CHECKINS, ids)


class AgreementCommands(QObject):
    backup_written = Signal(str)  # the path of a database backup just written

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        status: QStatusBar,
        selection: Selection,
        editors: EditorManager,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.status = status
        self.selection = selection
        self.editors = editors
        self.last_import_report: ImportReportDialog | None = None  # kept while it is open
        self.template_dialog: NewFromTemplateDialog | None = None

    def duplicate_selected(self) -> None:
        agreement_id = self.selection.selected_id()
        if agreement_id is None:
            return
        from bibagreements.services.renewal import duplicate_agreement

        self.ctx.op(
            self,
            lambda uow: duplicate_agreement(uow, agreement_id),
            self._copied,
            changes=_created,
        )

    def renew_selected(self) -> None:
        agreement_id = self.selection.selected_id()
        if agreement_id is None:
            return
        from bibagreements.services.renewal import renew_agreement
        from bibagreements.services.successors import successors

        def job(uow: UnitOfWork) -> Agreement | list[tuple[int, str]]:
            # Checked and renewed in one unit of work: two quick clicks give one renewal.
            existing = successors(uow, agreement_id)
            return existing or renew_agreement(uow, agreement_id)

        def done(result: Agreement | list[tuple[int, str]]) -> None:
            if not isinstance(result, list):
                self._copied(result)
                return
            successor_id, title = result[-1]
            if dialogs.confirm(
                self.window,
                self.tr("Already renewed"),
                self.tr(
                    "This agreement has already been renewed as “{0}”. Open that one instead?"
                ).format(title),
                self.tr("Open “{0}”").format(title),
            ):
                self.selection.select_after_load(successor_id)
                self.editors.open_agreement(successor_id)

        def changes(result: Agreement | list[tuple[int, str]]) -> OpChanges | Change:
            return Change.NONE if isinstance(result, list) else _created(result)

        self.ctx.op(self, job, done, changes=changes)

    def _copied(self, agreement: Agreement) -> None:
        self.status.showMessage(
            self.tr("Created the draft “{0}” ({1}).").format(
                agreement.title, period_text(agreement.start, agreement.end)
            ),
            8000,
        )
        self.selection.select_after_load(agreement.id)
        if agreement.id is not None:
            self.editors.open_agreement(agreement.id)

    def new_from_template(self) -> None:
        from bibagreements.gui.template_dialog import NewFromTemplateDialog

        dialog = NewFromTemplateDialog(self.ctx, self.ctx.settings.own_organisation, self.window)
        dialog.created.connect(self._copied)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._template_dialog_closed)
        self.template_dialog = dialog
        dialog.open()

    def _template_dialog_closed(self) -> None:
        self.template_dialog = None

    def delete_selected(self) -> None:
        summary = self.selection.selected_summary()
        if summary is None:
            return
        if summary.status is not AgreementStatus.DRAFT:
            dialogs.inform(
                self.window,
                self.tr("Only drafts can be deleted"),
                self.tr(
                    "“{0}” is {1}. Signed agreements are public records and are kept; "
                    "open it and set its status to Ended or Terminated instead."
                ).format(summary.title, status_label(summary.status).lower()),
            )
            return
        if not dialogs.confirm(
            self.window,
            self.tr("Delete draft"),
            self.tr("Delete the draft “{0}”? This cannot be undone.").format(summary.title),
            self.tr("Delete"),
        ):
            return
        agreement_id = summary.id
        # Its editor goes first (asking about unsaved changes): it would edit nothing.
        editor = self.editors.editor_for(agreement_id)
        if editor is not None and not editor.close():
            return
        from bibagreements.services.agreements import delete_agreement

        def deleted(_result: None) -> None:
            self.status.showMessage(self.tr("Deleted “{0}”.").format(summary.title), 5000)

        self.ctx.op(
            self,
            lambda uow: delete_agreement(uow, agreement_id),
            deleted,
            changes=Change.AGREEMENTS | Change.CHECKINS,
            agreement_id=agreement_id,
        )

    def load_examples(self) -> None:
        from bibagreements.services.demo import load_demo
        from bibagreements.services.health import require_whole

        def load(uow: UnitOfWork) -> DemoResult:
            require_whole(uow)  # "already there" is no answer from a damaged file
            return load_demo(uow)

        def loaded(result: DemoResult) -> None:
            count = len(result.created)
            self.status.showMessage(
                self.tr("Added %n example agreement(s).", "", count)
                if count
                else self.tr("The example agreements are already there."),
                8000,
            )

        self.ctx.op(
            self,
            load,
            loaded,
            changes=Change.ALL,
            label=self.tr("Adding the example agreements…"),
        )

    def import_json(self) -> None:
        path = dialogs.open_file(
            self.window, self.tr("Import agreements"), self.tr("Agreement files (*.json)")
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        """Import the agreements of ``path`` (File → Import, or a file dropped on the window)."""
        from bibagreements.services.health import require_whole
        from bibagreements.services.interchange import ImportResult, import_file

        def load(uow: UnitOfWork) -> ImportResult:
            require_whole(uow)  # nor "already here"
            return import_file(uow, path)

        def imported(result: ImportResult) -> None:
            self.status.showMessage(
                self.tr(
                    "Imported %n agreement(s); {0} were already here.",
                    "",
                    result.agreements_created,
                ).format(result.agreements_skipped),
                8000,
            )

        self.ctx.op(
            self,
            load,
            imported,
            changes=Change.ALL,
            label=self.tr("Importing…"),
        )

    def import_document(self) -> None:
        """File → Import an existing agreement: a new draft, opened with the report beside it."""
        path = dialogs.open_file(
            self.window,
            self.tr("Import an existing agreement"),
            self.tr("Agreements (*.docx *.txt);;Word documents (*.docx);;Text files (*.txt)"),
        )
        if path:
            self.import_document_path(Path(path))

    def import_document_path(self, path: Path) -> None:
        from bibagreements.services.document_import import ImportReport, import_document

        def imported(report: ImportReport) -> None:
            from bibagreements.gui.import_report import ImportReportDialog

            self.status.showMessage(
                self.tr("Created the draft “{0}” from {1}.").format(report.title, path.name), 8000
            )
            self.selection.select_after_load(report.agreement_id)
            self.editors.open_agreement(report.agreement_id)
            self.last_import_report = ImportReportDialog(report, path.name, self.window)
            self.last_import_report.show()

        def changes(report: ImportReport) -> OpChanges:
            # Organisations and signatories it did not find are added to the register.
            kinds = Change.AGREEMENTS | Change.CHECKINS | Change.REGISTERS
            return OpChanges(kinds, frozenset({report.agreement_id}))

        self.ctx.op(
            self,
            lambda uow: import_document(uow, path),
            imported,
            changes=changes,
            label=self.tr("Importing the agreement…"),
        )

    def export_json(self) -> None:
        ids = self.selection.selected_ids()
        path = dialogs.save_file(
            self.window,
            self.tr("Export agreements"),
            str(save_folder(self.ctx.settings) / "agreements.json"),
            self.tr("Agreement files (*.json)"),
        )
        if not path:
            return
        from bibagreements.services.interchange import export_to_file

        def exported(count: int) -> None:
            self.status.showMessage(
                self.tr("Exported %n agreement(s) to {0}.", "", count).format(path), 8000
            )

        self.ctx.op(
            self,
            lambda uow: export_to_file(uow, Path(path), ids or None),
            exported,
            label=self.tr("Exporting…"),
        )

    def backup_database(self) -> None:
        """Copy the database to a file the user names (checked, written atomically)."""
        folder = save_folder(self.ctx.settings)
        name = self.tr("bibagreements backup {0}").format(self.ctx.today().isoformat())
        path = dialogs.save_file(
            self.window,
            self.tr("Back up the database"),
            str(folder / f"{name}.sqlite3"),
            self.tr("bibagreements databases (*.sqlite3 *.sqlite *.db)"),
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".sqlite3", ".sqlite", ".db"):
            path += ".sqlite3"
        from bibagreements.services.backup import backup_database

        def written(copy: Backup) -> None:
            self.status.showMessage(
                self.tr("Backed up %n agreement(s) to {0}.", "", copy.agreements).format(copy.path),
                10000,
            )
            self.backup_written.emit(copy.path)

        self.ctx.op(
            self,
            lambda uow: backup_database(uow, Path(path)),
            written,
            label=self.tr("Backing up the database…"),
        )
