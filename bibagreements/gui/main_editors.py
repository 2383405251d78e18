"""The main window's agreement editors: opening one per agreement, and tracking them."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QWidget

from bibagreements.gui import dialogs
from bibagreements.gui.agreement_model import ID_ROLE

if TYPE_CHECKING:
    from bibagreements.domain.records import Agreement
    from bibagreements.gui.editor import AgreementEditor
    from bibagreements.gui.editor_data import EditorData
    from bibagreements.storage.database import UnitOfWork


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


class EditorTrackingMixin:
    """Opens the agreement editors of ``MainWindow`` and keeps track of them."""

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_agreement(int(index.data(ID_ROLE)))

    def open_selected(self) -> None:
        agreement_id = self.selected_id()
        if agreement_id is not None:
            self.open_agreement(agreement_id)

    def new_agreement(self) -> None:
        self.open_agreement(None)

    def _raise_editor(self, agreement_id: int) -> bool:
        existing = self.editors.get(agreement_id)
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
            self.ctx.errors.present(exc, self)

        self.ctx.call(
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
        editor = AgreementEditor(self.ctx, data, self, own_id)
        editor.setWindowModality(Qt.WindowModality.NonModal)
        key: int = agreement_id if agreement_id is not None else -id(editor)
        self.editors[key] = editor
        editor.saved.connect(self._agreement_saved)
        editor.data_changed.connect(self.reload)
        editor.finished.connect(self._editor_finished)
        editor.close_abandoned.connect(self._quit_abandoned)
        editor.show()

    def _editor_key(self, editor: object) -> int | None:
        return next((k for k, e in self.editors.items() if e is editor), None)

    def _editor_finished(self, _result: int) -> None:
        editor = self.sender()
        key = self._editor_key(editor)
        if key is not None:
            del self.editors[key]
        if isinstance(editor, QWidget):
            # Keep a reference until the event loop runs again: deleting a dialog
            # inside its own "finished" signal crashes PySide6 6.12.
            self._retired.append(editor)  # type: ignore[arg-type]
            QTimer.singleShot(0, self._dispose_retired)
        if self._quit_after_saves:
            self._quit_after_saves = False
            QTimer.singleShot(0, self.close)

    def _dispose_retired(self) -> None:
        retired, self._retired = self._retired, []
        for editor in retired:
            if shiboken6.isValid(editor):
                editor.deleteLater()

    def _agreement_saved(self, agreement: Agreement) -> None:
        editor = self.sender()
        key = self._editor_key(editor)
        if key is not None and agreement.id is not None and key != agreement.id:
            # A new agreement got its ID: from now on it is found under it.
            del self.editors[key]
            self.editors[agreement.id] = editor  # type: ignore[assignment]
        self._select_after_load = agreement.id
        self.statusBar().showMessage(self.tr("Saved “{0}”.").format(agreement.title), 5000)
        self.reload()

    def open_editors(self) -> list[AgreementEditor]:
        """Every agreement editor still alive, tracked or not."""
        from bibagreements.gui.editor import AgreementEditor

        return [
            e
            for e in self.findChildren(AgreementEditor)
            if shiboken6.isValid(e) and not e.isHidden() and e not in self._retired
        ]

    def _quit_abandoned(self) -> None:
        self._quit_after_saves = False

    def _editors_may_change(self) -> bool:
        """Before the registers rewrite agreements: no open editor may hold unsaved work."""
        dirty = [e for e in self.open_editors() if e.dirty or e.saving]
        if not dirty:
            return True
        titles = "\n".join(f"• {e.collect()[0].title or self.tr('New agreement')}" for e in dirty)
        dialogs.inform(
            getattr(self, "registers", None) or self,
            self.tr("Save the open agreements first"),
            self.tr(
                "This change rewrites agreements, and these open agreements have unsaved "
                "changes:\n{0}\n\nSave or close them first, then try again."
            ).format(titles),
        )
        return False
