"""Run something once a window has painted its first frame.

A zero-timer queued after ``show()`` runs before the first paint: Qt paints a
new window only once the platform has exposed it. Work the first frame does
not need (our style, the window's other parts, opening the database) waits for
the paint, so the window is on screen first; if no paint comes (a window
mapped minimised, a platform that does not paint), a fallback runs it anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._run)  # once this paint is done
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._window.removeEventFilter(self)
        then()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once, on the turn of the event loop after ``window`` first painted."""
    _FirstPaint(window, then)
