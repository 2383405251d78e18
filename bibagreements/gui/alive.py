"""Worker callbacks for widgets that may be gone by the time the result arrives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def while_alive(owner: QObject, callback: Callable[..., Any]) -> Callable[..., None]:
    """``callback`` that does nothing once ``owner``'s C++ object was deleted."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call
