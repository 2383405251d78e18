"""The main window's commands on agreements, run through the worker, and its dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6

from bibagreements import __version__
from bibagreements.domain.enums import AgreementStatus
from bibagreements.gui import dialogs
from bibagreements.gui.labels import period_text, status_label

if TYPE_CHECKING:
    from bibagreements.domain.records import Agreement
    from bibagreements.storage.database import UnitOfWork


class AgreementCommandsMixin:
    """Duplicate, renew, delete, import and export for ``MainWindow``; registers, settings."""

    def duplicate_selected(self) -> None:
        agreement_id = self.selected_id()
        if agreement_id is None:
            return
        from bibagreements.services.renewal import duplicate_agreement

        self.ctx.call(lambda uow: duplicate_agreement(uow, agreement_id), self._copied)

    def renew_selected(self) -> None:
        agreement_id = self.selected_id()
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
                self,
                self.tr("Already renewed"),
                self.tr(
                    "This agreement has already been renewed as “{0}”. Open that one instead?"
                ).format(title),
                self.tr("Open “{0}”").format(title),
            ):
                self.select_agreement(successor_id)
                self.open_agreement(successor_id)

        self.ctx.call(job, done)

    def _copied(self, agreement: Agreement) -> None:
        self.statusBar().showMessage(
            self.tr("Created the draft “{0}” ({1}).").format(
                agreement.title, period_text(agreement.start, agreement.end)
            ),
            8000,
        )
        self._select_after_load = agreement.id
        self.reload()
        if agreement.id is not None:
            self.open_agreement(agreement.id)

    def delete_selected(self) -> None:
        summary = self.selected_summary()
        if summary is None:
            return
        if summary.status is not AgreementStatus.DRAFT:
            dialogs.inform(
                self,
                self.tr("Only drafts can be deleted"),
                self.tr(
                    "“{0}” is {1}. Signed agreements are public records and are kept; "
                    "open it and set its status to Ended or Terminated instead."
                ).format(summary.title, status_label(summary.status).lower()),
            )
            return
        if not dialogs.confirm(
            self,
            self.tr("Delete draft"),
            self.tr("Delete the draft “{0}”? This cannot be undone.").format(summary.title),
            self.tr("Delete"),
        ):
            return
        agreement_id = summary.id
        editor = self.editors.get(agreement_id)
        # Its editor goes first (asking about unsaved changes): it would edit nothing.
        open_editor = editor is not None and shiboken6.isValid(editor) and not editor.isHidden()
        if open_editor and editor is not None and not editor.close():
            return
        from bibagreements.services.agreements import delete_agreement

        def deleted(_result: object) -> None:
            self.statusBar().showMessage(self.tr("Deleted “{0}”.").format(summary.title), 5000)
            self.reload()

        self.ctx.call(lambda uow: delete_agreement(uow, agreement_id), deleted)

    def load_examples(self) -> None:
        from bibagreements.services.demo import load_demo

        def loaded(result: Any) -> None:
            count = len(result.created)
            self.statusBar().showMessage(
                self.tr("Added {0} example agreement(s).").format(count)
                if count
                else self.tr("The example agreements are already there."),
                8000,
            )
            self.reload()

        self.ctx.call(load_demo, loaded, label=self.tr("Adding the example agreements…"))

    def import_json(self) -> None:
        path = dialogs.open_file(
            self, self.tr("Import agreements"), self.tr("Agreement files (*.json)")
        )
        if not path:
            return
        from bibagreements.interchange.importer import import_file

        def imported(result: Any) -> None:
            self.statusBar().showMessage(
                self.tr("Imported {0} agreement(s); {1} were already here.").format(
                    result.agreements_created, result.agreements_skipped
                ),
                8000,
            )
            self.reload()

        self.ctx.call(
            lambda uow: import_file(uow, Path(path)), imported, label=self.tr("Importing…")
        )

    def export_json(self) -> None:
        ids = self.selected_ids()
        path = dialogs.save_file(
            self,
            self.tr("Export agreements"),
            "agreements.json",
            self.tr("Agreement files (*.json)"),
        )
        if not path:
            return
        from bibagreements.interchange.export import export_to_file

        def exported(count: int) -> None:
            self.statusBar().showMessage(
                self.tr("Exported {0} agreement(s) to {1}.").format(count, path), 8000
            )

        self.ctx.call(
            lambda uow: export_to_file(uow, Path(path), ids or None),
            exported,
            label=self.tr("Exporting…"),
        )

    def backup_database(self) -> None:
        """Copy the database to a file the user names (checked, written atomically)."""
        folder = Path(self.ctx.settings.documents_folder or Path.home())
        name = self.tr("bibagreements backup {0}").format(self.ctx.today().isoformat())
        path = dialogs.save_file(
            self,
            self.tr("Back up the database"),
            str(folder / f"{name}.sqlite3"),
            self.tr("bibagreements databases (*.sqlite3 *.sqlite *.db)"),
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".sqlite3", ".sqlite", ".db"):
            path += ".sqlite3"
        from bibagreements.services.backup import Backup, backup_database

        def written(copy: Backup) -> None:
            self.statusBar().showMessage(
                self.tr("Backed up {0} agreement(s) to {1}.").format(copy.agreements, copy.path),
                10000,
            )
            self.backup_written.emit(copy.path)

        self.ctx.call(
            lambda uow: backup_database(uow, Path(path)),
            written,
            label=self.tr("Backing up the database…"),
        )

    def show_registers(self) -> None:
        from bibagreements.gui.registers import RegistersDialog

        dialog = getattr(self, "registers", None)
        if dialog is None:
            dialog = RegistersDialog(self.ctx, self)
            self.registers = dialog
            dialog.may_change_agreements = self._editors_may_change
            dialog.changed.connect(self._registers_changed)
        dialog.show()
        dialog.raise_()
        dialog.reload()

    def _registers_changed(self) -> None:
        self.reload()
        for editor in self.open_editors():
            editor.reload_from_database()

    def show_settings(self) -> None:
        from bibagreements.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.model.headers(), self)
        dialog.accepted.connect(self.apply_visible_columns)
        dialog.open()
        self.settings_dialog = dialog

    def show_about(self) -> None:
        from html import escape

        dialogs.about(
            self,
            self.tr("About bibagreements"),
            self.tr(
                "<h3>bibagreements {0}</h3><p>Collaboration agreements of Swedish regional "
                "library units: drafting, finding, renewing and following up.</p>"
                "<p>Database: {1}</p><p>Licence: GPL-3.0-or-later</p>"
            ).format(__version__, escape(self.ctx.database_url)),
        )
