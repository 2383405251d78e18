"""A window's size on its screen: what it asks for, made smaller where the screen is."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window's frame and title bar: the whole window stays on the screen.
FRAME_ALLOWANCE = QSize(16, 48)


def available_size(window: QWidget) -> QSize | None:
    """The room on the window's screen, without task bars and docks (None: no screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else None


def fitting_size(window: QWidget, wanted: QSize) -> QSize:
    """``wanted``, made smaller where the available geometry of the window's screen is."""
    room = available_size(window)
    if room is None:
        return wanted
    return wanted.boundedTo(room - FRAME_ALLOWANCE)
