"""Upgrade steps of the stored settings, one per layout version (as Picard's config_upgrade).

``settings/version`` says which layout a settings file has; every step from
there to ``CURRENT`` runs once, in order, and the version is raised after each.
A file written by a newer release (a higher version) is left as it is.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QSettings

from bibagreements.gui.database_names import without_password

VERSION_KEY = "settings/version"

# The list's columns in the order version 0 stored their flags by position.
_V0_COLUMNS = ("title", "parties", "period", "status", "next_checkin")


def _columns_by_name(store: QSettings) -> None:
    """Version 1: hidden columns by name instead of a list of booleans by position."""
    raw = store.value("columns/visible")
    if raw is None:
        return
    flags = str(raw).split(",")
    hidden = [
        name
        for name, flag in zip(_V0_COLUMNS, flags, strict=False)
        if flag == "0" and name != "title"
    ]
    store.setValue("columns/hidden", ",".join(hidden))
    store.remove("columns/visible")


def _recent_from_last_database(store: QSettings) -> None:
    """Version 2: the recent databases (File → Recent) begin with the last one opened."""
    last = store.value("last_database")
    if last and store.value("recent/databases") is None:
        store.setValue("recent/databases", [without_password(str(last))])


def _no_password_in_last_database(store: QSettings) -> None:
    """Version 3: the last database without its password, which moves to the keyring
    (where there is none, the program asks for it when it connects)."""
    last = str(store.value("last_database") or "")
    shown = without_password(last)
    if shown == last:
        return
    from bibagreements.errors import BibError
    from bibagreements.services.database import database_password, remember_database_password

    # No keyring here: the password is asked for when it is needed, never kept in the file.
    with contextlib.suppress(BibError):
        remember_database_password(shown, database_password(last))
    store.setValue("last_database", shown)


STEPS: tuple[Callable[[QSettings], None], ...] = (
    _columns_by_name,
    _recent_from_last_database,
    _no_password_in_last_database,
)
CURRENT = len(STEPS)


def stored_version(store: QSettings) -> int:
    value = store.value(VERSION_KEY, 0)
    try:
        return int(str(value))
    except ValueError:
        return 0


def upgrade(store: QSettings) -> None:
    version = stored_version(store)
    for number in range(version, CURRENT):
        STEPS[number](store)
        store.setValue(VERSION_KEY, number + 1)
