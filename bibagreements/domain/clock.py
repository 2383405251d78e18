"""The program's one idea of "today".

Everything that asks what day it is asks ``today()``. ``bibagreements --today DATE``
(for demonstrations and for checking) sets the day for the whole process with
``set_today``; an explicit ``today`` argument to a function still wins.
"""

from __future__ import annotations

from datetime import date, datetime

_fixed: date | None = None


def today() -> date:
    """The day the program behaves as on: the day set, else the calendar's."""
    return _fixed if _fixed is not None else date.today()


def set_today(day: date | None) -> None:
    """Behave as on ``day`` from now on (None: the calendar's day again)."""
    global _fixed
    _fixed = day


def is_fixed() -> bool:
    return _fixed is not None


def now() -> datetime:
    """Local time in whole seconds, as every row's timestamps store it (``--today``
    does not move it: a record says when it was really made)."""
    return datetime.now().replace(microsecond=0)
