"""What the editor's sections on stored data share: following the saved agreement, lazily.

The Check-ins, Follow-up, Documents and Signed copies sections show what the database
holds for the saved agreement. Each reads its data when it is shown and the agreement
has a new version, or when an operation announces a change to what it shows; a hint
above the section says what it can do in the editor's state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from bibagreements.domain.records import Agreement
from bibagreements.gui.operations import Change, OpChanges

if TYPE_CHECKING:
    from bibagreements.gui.context import AppContext
    from bibagreements.services.database import UnitOfWork


class AgreementTabPanel(QWidget):
    """A section that loads its data for the saved agreement (see the module's docstring).

    Subclasses give ``load_job`` (run in the worker), ``_arrived`` (shows its result),
    ``shows`` (the kinds of change that make it read again), ``hint_text`` and
    ``agreement_changed`` (what follows any change, e.g. buttons).
    """

    load_job: Callable[[UnitOfWork, int], Any]
    shows: Change = Change.NONE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self._stale = False  # data to load the next time the tab shows
        self.agreement: Agreement | None = None
        self.dirty = False
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

    def bind(self, ctx: AppContext) -> None:
        self.ctx = ctx
        ctx.changes.changed.connect(self._changes_announced)

    def _changes_announced(self, changes: OpChanges) -> None:
        agreement = self.agreement
        if agreement is None or agreement.id is None:
            return
        if changes.touches(self.shows, agreement.id):
            self._stale = True
            if self.isVisible():
                self.reload()

    def set_agreement(self, agreement: Agreement | None, dirty: bool) -> None:
        """Called by the editor on load and on every change; reloads only on a new version."""
        new = agreement is not None and (
            self.agreement is None
            or (agreement.id, agreement.version) != (self.agreement.id, self.agreement.version)
        )
        self.agreement = agreement
        self.dirty = dirty
        self.hint.setText(self.hint_text(agreement, dirty))
        if new:
            self._stale = True
        if self._stale and self.isVisible():
            self.reload()
        self.agreement_changed()

    def hint_text(self, agreement: Agreement | None, dirty: bool) -> str:
        raise NotImplementedError

    def agreement_changed(self) -> None:
        """Bring what depends on the agreement (buttons, options) up to date."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        if self.ctx is None or self.agreement is None or self.agreement.id is None:
            return
        self._stale = False
        agreement_id = self.agreement.id
        job = type(self).load_job  # a plain function: the worker touches no widget
        self.ctx.op(self, lambda uow: job(uow, agreement_id), self._arrived)

    def _arrived(self, data: Any) -> None:
        raise NotImplementedError
