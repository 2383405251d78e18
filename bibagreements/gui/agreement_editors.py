"""The main window's agreement editors: one per agreement, opened, tracked and closed."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from bibagreements.gui import dialogs

if TYPE_CHECKING:
    from bibagreements.domain.records import Agreement
    from bibagreements.gui.context import AppContext
    from bibagreements.gui.editor import AgreementEditor
    from bibagreements.gui.editor_data import EditorData
    from bibagreements.services.database import UnitOfWork


def _editor_job(
    uow: UnitOfWork, agreement_id: int | None, own_name: str
) -> tuple[EditorData, int | None]:
    """The editor's data; for a new agreement also the user's own organisation.

    An own organisation not yet in the register is only proposed (``PENDING_OWN_ID``):
    it is created when the agreement is saved, not when an editor merely opens.
    """
    from bibagreements.domain.records import Organisation
    from bibagreements.gui.editor_data import PENDING_OWN_ID, load_editor_data

    data = load_editor_data(uow, agreement_id)
    if agreement_id is not None or not own_name:
        return data, None
    wanted = own_name.casefold()
    for org in data.organisations:
        if org.name.casefold() == wanted:
            return data, org.id
    proposed = Organisation(own_name, id=PENDING_OWN_ID)
    return replace(data, organisations=[*data.organisations, proposed]), PENDING_OWN_ID


class EditorManager(QObject):
    """Opens the agreement editors of a window (at most one per agreement) and tracks them."""

    saved = Signal(object)  # Agreement: an editor saved it
    # Quitting waited for editors that were saving; they are done: quit now.
    quit_may_continue = Signal()

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        # By agreement ID; a new agreement's editor under a negative key until saved.
        self.tracked: dict[int, AgreementEditor] = {}
        self._loading_ids: set[int] = set()  # agreements whose editor is being read
        self._retired: list[AgreementEditor] = []
        self._quit_after_saves = False

    def new_agreement(self) -> None:
        self.open_agreement(None)

    def _raise_editor(self, agreement_id: int) -> bool:
        existing = self.tracked.get(agreement_id)
        if existing is None or not shiboken6.isValid(existing):
            return False
        existing.raise_()
        existing.activateWindow()
        return True

    def open_agreement(self, agreement_id: int | None) -> None:
        if agreement_id is not None:
            if self._raise_editor(agreement_id) or agreement_id in self._loading_ids:
                return
            self._loading_ids.add(agreement_id)
        own = self.ctx.settings.own_organisation

        def failed(exc: BaseException) -> None:
            if agreement_id is not None:
                self._loading_ids.discard(agreement_id)
            self.ctx.errors.present(exc, self.window)

        self.ctx.op(
            self,
            lambda uow: _editor_job(uow, agreement_id, own),
            lambda result: self._show_editor(agreement_id, *result),
            failed,
            label=self.tr("Opening the agreement…"),
        )

    def _show_editor(self, agreement_id: int | None, data: EditorData, own_id: int | None) -> None:
        from bibagreements.gui.editor import AgreementEditor

        if agreement_id is not None:
            self._loading_ids.discard(agreement_id)
            if self._raise_editor(agreement_id):
                return
        editor = AgreementEditor(self.ctx, data, self.window, own_id)
        editor.setWindowModality(Qt.WindowModality.NonModal)
        key: int = agreement_id if agreement_id is not None else -id(editor)
        self.tracked[key] = editor
        editor.saved.connect(lambda agreement: self._agreement_saved(editor, agreement))
        editor.finished.connect(lambda _result: self._editor_finished(editor))
        editor.close_abandoned.connect(self._quit_abandoned)
        editor.amendment_created.connect(self.open_agreement)
        editor.show()

    def editor_for(self, agreement_id: int) -> AgreementEditor | None:
        editor = self.tracked.get(agreement_id)
        if editor is None or not shiboken6.isValid(editor) or editor.isHidden():
            return None
        return editor

    def _key_of(self, editor: AgreementEditor) -> int | None:
        return next((k for k, e in self.tracked.items() if e is editor), None)

    def _editor_finished(self, editor: AgreementEditor) -> None:
        key = self._key_of(editor)
        if key is not None:
            del self.tracked[key]
        # Keep a reference until the event loop runs again: deleting a dialog
        # inside its own "finished" signal crashes PySide6 6.12.
        self._retired.append(editor)
        QTimer.singleShot(0, self._dispose_retired)
        if self._quit_after_saves:
            self._quit_after_saves = False
            QTimer.singleShot(0, self.quit_may_continue.emit)

    def _dispose_retired(self) -> None:
        retired, self._retired = self._retired, []
        for editor in retired:
            if shiboken6.isValid(editor):
                editor.deleteLater()

    def _agreement_saved(self, editor: AgreementEditor, agreement: Agreement) -> None:
        key = self._key_of(editor)
        if key is not None and agreement.id is not None and key != agreement.id:
            # A new agreement got its ID: from now on it is found under it.
            del self.tracked[key]
            self.tracked[agreement.id] = editor
        self.saved.emit(agreement)

    def open_editors(self) -> list[AgreementEditor]:
        """Every agreement editor of the window still alive, tracked or not."""
        from bibagreements.gui.editor import AgreementEditor

        return [
            e
            for e in self.window.findChildren(AgreementEditor)
            if shiboken6.isValid(e) and not e.isHidden() and e not in self._retired
        ]

    def close_all(self) -> bool:
        """Close every editor (each asks about unsaved work); False when one stays open.

        An editor told "Save" stays open while it saves; once it has closed,
        ``quit_may_continue`` says the window may close after all.
        """
        self._quit_after_saves = False
        for editor in self.open_editors():
            if not editor.close():
                self._quit_after_saves = editor.closing_after_save
                return False
        return True

    def _quit_abandoned(self) -> None:
        self._quit_after_saves = False

    def may_change_agreements(self, parent: QWidget) -> bool:
        """Before the registers rewrite agreements: no open editor may hold unsaved work."""
        dirty = [e for e in self.open_editors() if e.dirty or e.saving]
        if not dirty:
            return True
        titles = "\n".join(f"• {e.collect()[0].title or self.tr('New agreement')}" for e in dirty)
        dialogs.inform(
            parent,
            self.tr("Save the open agreements first"),
            self.tr(
                "This change rewrites agreements, and these open agreements have unsaved "
                "changes:\n{0}\n\nSave or close them first, then try again."
            ).format(titles),
        )
        return False
