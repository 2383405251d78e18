"""The agreement editor's saving and closing: re-plans confirmed, conflicts, unsaved work.

``EditorSaver`` belongs to one ``AgreementEditor`` and uses only its public
methods: what the form shows (``collect``, ``problems``, ``dirty``), how it
shows a stored agreement (``show_stored``) and its messages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from bibagreements.errors import ConflictError
from bibagreements.gui import dialogs
from bibagreements.gui.editor_data import PENDING_OWN_ID, save_job, schedule_of
from bibagreements.gui.operations import Change, OpChanges

if TYPE_CHECKING:
    from bibagreements.domain.records import Agreement, Organisation
    from bibagreements.gui.editor import AgreementEditor
    from bibagreements.services.schedule import SchedulePreview


# A colleague's save since the editor read the agreement.
STALE = frozenset({"changed_by_someone_else", "saved_meanwhile"})


def plain_text(a: Agreement) -> str:
    """The agreement's texts as plain text, to paste into the saved version."""
    parts = [a.title]
    if a.short_title:
        parts.append(a.short_title)
    parts += [text for text in (a.purpose, a.background) if text.strip()]
    parts += [f"{area.title}\n{area.description}".strip() for area in a.areas]
    parts += [f"{section.heading}\n{section.text}".strip() for section in a.sections]
    return "\n\n".join(parts) + "\n"


def _saved_changes(result: tuple[Agreement, Organisation | None]) -> OpChanges:
    agreement, created = result
    kinds = Change.AGREEMENTS | Change.CHECKINS  # a new period re-plans the check-ins
    if created is not None:
        kinds |= Change.REGISTERS
    ids = frozenset({agreement.id}) if agreement.id is not None else frozenset()
    return OpChanges(kinds, ids)


class EditorSaver(QObject):
    """Saving, and closing with or without saving, of one agreement editor."""

    def __init__(self, editor: AgreementEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.saving = False
        # "Save" was answered on closing: the editor closes once saved.
        self.close_after_save = False
        self._confirmed_close = False

    def save(self) -> None:
        editor = self.editor
        if self.saving or editor.problems():
            return
        agreement = editor.collect()[0]
        self._started()
        stored = editor.stored
        replans = stored is not None and schedule_of(agreement) != schedule_of(stored)
        if stored is not None and stored.id is not None and replans:
            # A new period or cadence re-plans the check-ins: say what changes first.
            from bibagreements.services.schedule import preview_schedule

            agreement_id = stored.id
            self.editor.ctx.op(
                editor,
                lambda uow: preview_schedule(uow, agreement_id, *schedule_of(agreement)),
                lambda preview: self._schedule_previewed(agreement, preview),
                self._save_failed,
            )
            return
        self._save_now(agreement)

    def _started(self) -> None:
        self.saving = True
        self.editor.save_button.setEnabled(False)

    def _schedule_previewed(self, agreement: Agreement, preview: SchedulePreview) -> None:
        from bibagreements.gui.checkins_tab import describe_preview

        editor = self.editor
        if not preview.is_noop and not dialogs.confirm(
            editor,
            self.tr("The check-ins will change"),
            self.tr("The new period or cadence re-plans the check-ins:")
            + "\n"
            + describe_preview(preview),
            self.tr("Save"),
        ):
            self.saving = False
            self._abandon_close()
            editor.refresh()
            return
        self._save_now(agreement)

    def _save_now(self, agreement: Agreement) -> None:
        self.saving = True
        self.editor.ui.problemsLabel.setText(self.tr("Saving…"))
        self.editor.ctx.op(
            self.editor,
            lambda uow: save_job(uow, agreement),
            self._saved,
            self._save_failed,
            changes=_saved_changes,
        )

    def _saved(self, result: tuple[Agreement, Organisation | None]) -> None:
        agreement, created = result
        editor = self.editor
        if created is not None:
            kept = [o for o in editor.organisations if o.id != PENDING_OWN_ID]
            editor.set_catalogue([*kept, created], editor.people)
        self.saving = False
        editor.show_stored(agreement)
        editor.ui.problemsLabel.setText(self.tr("Saved."))
        editor.saved.emit(agreement)
        if self.close_after_save:
            editor.accept()

    def _abandon_close(self) -> None:
        if self.close_after_save:
            self.close_after_save = False
            self.editor.close_abandoned.emit()

    def _save_failed(self, exc: BaseException) -> None:
        editor = self.editor
        self.saving = False
        self._abandon_close()
        editor.refresh()
        if isinstance(exc, ConflictError) and exc.code in STALE:
            self._offer_after_conflict(exc)
            return
        editor.ctx.errors.present(exc, editor)

    def _offer_after_conflict(self, exc: ConflictError) -> None:
        """A colleague saved first: open their version, with a copy of yours to paste,
        or keep editing what is here."""
        editor = self.editor
        options = [
            self.tr("Copy my text to the clipboard, then open the saved version"),
            self.tr("Open the saved version (my changes are dropped)"),
            self.tr("Keep my changes here for now (they cannot be saved as they are)"),
        ]
        question = editor.ctx.errors.describe(exc).text + "\n\n" + self.tr("What now?")
        choice = dialogs.choose(editor, self.tr("Saved by someone else"), question, options)
        if choice == 0:
            QGuiApplication.clipboard().setText(plain_text(editor.collect()[0]))
        if choice in (0, 1):
            editor.open_saved_version()
            return
        editor.show_problem(
            self.tr(
                "Not saved: someone else saved a newer version of this agreement. "
                "Your changes are still here; copy what you need, close, and open "
                "the agreement again."
            )
        )

    # -- closing -------------------------------------------------------------------------

    def may_close(self) -> bool:
        """Whether the editor may close now; asks about unsaved changes (and may save)."""
        if self._confirmed_close:
            return True
        editor = self.editor
        if self.saving:
            return False
        if not editor.dirty:
            self._confirmed_close = True
            return True
        title = editor.collect()[0].title or self.tr("New agreement")
        problems = editor.problems()
        if problems:
            editor.reveal_problems()
        # Only the choices that can happen: no "Save" while the changes cannot be saved.
        answer = dialogs.ask_unsaved(editor, title, can_save=not problems)
        if answer is dialogs.Unsaved.DISCARD:
            self._confirmed_close = True
            return True
        if answer is dialogs.Unsaved.SAVE:
            if editor.problems():
                editor.refresh()
                return False
            self.close_after_save = True
            self.save()
        return False
