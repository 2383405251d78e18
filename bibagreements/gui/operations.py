"""What a background operation changed, told once to every view that shows it.

An operation (``AppContext.op``) names the widget that owns it and the kinds of
data it changes. When it has succeeded, the context broadcasts one ``OpChanges``
on ``ChangeHub.changed``; the list, the reminders, the timeline, the registers
and the open editors each decide for themselves whether to read again. Nobody
refreshes anybody else by hand (the model is Anki's ``OpChanges``).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Flag, auto
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Signal


class Change(Flag):
    NONE = 0
    AGREEMENTS = auto()  # an agreement's fields, status, parties or its existence
    CHECKINS = auto()
    FOLLOWUPS = auto()
    DOCUMENTS = auto()  # renderings
    SIGNED_COPIES = auto()
    REGISTERS = auto()  # organisations and people
    SNOOZES = auto()
    # Another database, a whole import or a refresh asked for by the user: everything.
    ALL = AGREEMENTS | CHECKINS | FOLLOWUPS | DOCUMENTS | SIGNED_COPIES | REGISTERS | SNOOZES


# NamedTuples, not dataclasses: these modules load before the window's first frame,
# and importing dataclasses costs about 2 ms there.
class OpChanges(NamedTuple):
    kinds: Change
    # The agreements concerned; empty means "any of them" (an import, a new database).
    agreement_ids: frozenset[int] = frozenset()
    origin: object | None = None  # the widget whose operation it was

    def touches(self, kinds: Change, agreement_id: int | None = None) -> bool:
        """Whether this change concerns ``kinds`` (of the agreement ``agreement_id``)."""
        if not self.kinds & kinds:
            return False
        if agreement_id is None or not self.agreement_ids:
            return True
        return agreement_id in self.agreement_ids


# What an operation changes: fixed, or known only from its result (a new ID).
Changes = Change | Callable[[Any], OpChanges | Change]


class ChangeHub(QObject):
    """The one broadcast of changes; views connect to ``changed``."""

    changed = Signal(object)  # OpChanges

    def announce(self, changes: OpChanges) -> None:
        if changes.kinds:
            self.changed.emit(changes)
