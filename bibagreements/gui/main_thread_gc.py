"""Python's cyclic garbage collection, on the GUI thread only.

Automatic collection runs on whichever thread happens to allocate, so a Qt
object left in a reference cycle could be destroyed on the worker thread. Its
destructor then takes Qt's connection lock and waits for the GIL, while the GUI
thread holds the GIL and waits for that lock inside connect(): a deadlock (seen
in the test suite). So automatic collection is switched off and a timer on the
GUI thread collects instead, with the same generation thresholds.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> int:
        """Collect the oldest generation whose threshold is reached; objects freed."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                return gc.collect(generation)
        return 0


_installed: MainThreadCollector | None = None


def install() -> MainThreadCollector | None:
    """Once per application; call on the GUI thread after the QApplication exists."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        return None
    # Not app.findChild(): walking the application's children wraps its QStyle,
    # and creating that Python type costs about 9 ms at start-up.
    existing = _installed
    if existing is not None and shiboken6.isValid(existing) and existing.parent() is app:
        return existing
    _installed = MainThreadCollector(app)
    return _installed
