"""The agreement editor's saving and closing: re-plans confirmed, conflicts, unsaved work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog

from bibagreements.errors import ConflictError
from bibagreements.gui import dialogs
from bibagreements.gui.alive import while_alive
from bibagreements.gui.editor_data import (
    PENDING_OWN_ID,
    EditorData,
    load_editor_data,
    save_job,
    schedule_of,
)
from bibagreements.gui.record_dialogs import ERROR_STYLE

if TYPE_CHECKING:
    from bibagreements.domain.records import Agreement, Organisation
    from bibagreements.services.schedule import SchedulePreview


class EditorSavingMixin:
    """Saving, reloading and closing of ``AgreementEditor``."""

    def save(self) -> None:
        if self._saving or self.problems():
            return
        agreement = self.collect()[0]
        self._saving = True
        self.save_button.setEnabled(False)
        stored = self.stored
        replans = stored is not None and schedule_of(agreement) != schedule_of(stored)
        if stored is not None and stored.id is not None and replans:
            # A new period or cadence re-plans the check-ins: say what changes first.
            from bibagreements.services.schedule import preview_schedule

            agreement_id = stored.id
            self.ctx.call(
                lambda uow: preview_schedule(uow, agreement_id, *schedule_of(agreement)),
                while_alive(self, lambda preview: self._schedule_previewed(agreement, preview)),
                while_alive(self, self._save_failed, self.ctx.errors.present),
            )
            return
        self._save_now(agreement)

    def _schedule_previewed(self, agreement: Agreement, preview: SchedulePreview) -> None:
        from bibagreements.gui.checkins_tab import describe_preview

        if not preview.is_noop and not dialogs.confirm(
            self,
            self.tr("The check-ins will change"),
            self.tr("The new period or cadence re-plans the check-ins:")
            + "\n"
            + describe_preview(preview),
            self.tr("Save"),
        ):
            self._saving = False
            self._abandon_close()
            self.refresh()
            return
        self._save_now(agreement)

    def _save_now(self, agreement: Agreement) -> None:
        self._saving = True
        self.ui.problemsLabel.setText(self.tr("Saving…"))
        self.ctx.call(
            lambda uow: save_job(uow, agreement),
            while_alive(self, self._saved_with_organisation),
            while_alive(self, self._save_failed, self.ctx.errors.present),
        )

    def _saved_with_organisation(self, result: tuple[Agreement, Organisation | None]) -> None:
        agreement, created = result
        if created is not None:
            self.organisations = [o for o in self.organisations if o.id != PENDING_OWN_ID] + [
                created
            ]
            self.ui.partiesEditor.set_catalogue(self.organisations, self.people)
        self._saved(agreement)

    def _saved(self, agreement: Agreement) -> None:
        self._saving = False
        self.load(agreement)
        self._baseline = self.collect()[0]
        self.refresh()
        self.ui.problemsLabel.setText(self.tr("Saved."))
        self.saved.emit(agreement)
        if self._close_after_save:
            self.done(QDialog.DialogCode.Accepted)

    @property
    def saving(self) -> bool:
        return self._saving

    def reload_from_database(self) -> None:
        """The registers changed: show the stored agreement again unless there are edits."""
        agreement_id = self.stored.id if self.stored is not None else None
        self.ctx.call(
            lambda uow: load_editor_data(uow, agreement_id),
            while_alive(self, self._data_reloaded),
        )

    def _data_reloaded(self, data: EditorData) -> None:
        if self._saving:
            return
        dirty = self.dirty
        pending = [o for o in self.organisations if o.id == PENDING_OWN_ID]
        self.organisations = list(data.organisations) + pending
        self.people = list(data.people)
        self.parents = data.parents
        self._suggest_development_areas(data.development_areas)
        if dirty or data.agreement is None:
            # Unsaved edits stay; only the lists of organisations and people are new.
            self.ui.partiesEditor.set_catalogue(self.organisations, self.people)
            self.refresh()
            return
        self.ui.partiesEditor.set_catalogue(self.organisations, self.people)
        self.load(data.agreement)
        self._baseline = self.collect()[0]
        self.refresh()

    @property
    def closing_after_save(self) -> bool:
        """Saving because "Save" was answered on closing: the editor closes when saved."""
        return self._close_after_save

    def _abandon_close(self) -> None:
        if self._close_after_save:
            self._close_after_save = False
            self.close_abandoned.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._abandon_close()
        self.refresh()
        if isinstance(exc, ConflictError):
            self.ui.problemsLabel.setStyleSheet(ERROR_STYLE)
            self.ui.problemsLabel.setText(
                self.tr(
                    "Not saved: someone else saved a newer version of this agreement. "
                    "Your changes are still here; copy what you need, close, and open "
                    "the agreement again."
                )
            )
        self.ctx.errors.present(exc, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close():
            self._confirmed_close = True
            super().closeEvent(event)  # rejects, so "finished" tells the main window
        else:
            event.ignore()

    def reject(self) -> None:  # Escape, the Close button, the window's close box
        if getattr(self, "_confirmed_close", False) or self._may_close():
            super().reject()

    def _may_close(self) -> bool:
        if self._saving:
            return False
        if not self.dirty:
            return True
        title = self.collect()[0].title or self.tr("New agreement")
        answer = dialogs.ask_unsaved(self, title)
        if answer is dialogs.Unsaved.DISCARD:
            return True
        if answer is dialogs.Unsaved.SAVE:
            if self.problems():
                self.refresh()
                return False
            self._close_after_save = True
            self.save()
        return False

    def _signed_copy_attached(self, _result: object) -> None:
        """Attaching changes the agreement (signing dates, status): show the stored one."""
        if self.stored is None or self.stored.id is None:
            return
        from bibagreements.services.agreements import get_agreement

        agreement_id = self.stored.id
        self.ctx.call(
            lambda uow: get_agreement(uow, agreement_id), while_alive(self, self._reloaded)
        )

    def _reloaded(self, agreement: Agreement) -> None:
        if not self.dirty:  # attaching is refused while there are unsaved changes
            self.load(agreement)
            self._baseline = self.collect()[0]
            self.refresh()
        self.saved.emit(agreement)
