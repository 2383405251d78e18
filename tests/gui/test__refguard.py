"""The guard against PySide6's reference-count bug keeps None alive."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_void_calls_do_not_exhaust_none(qapp) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12 on Python 3.11 drops a reference to None per void call (see gui/_refguard).
    for _ in range(50_000):
        QApplication.processEvents()
    # Far more references than any program holds: the guard's ballast (or, from
    # Python 3.12 on, immortality). Without it None's count is in the ten thousands.
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > 100_000_000, singleton
