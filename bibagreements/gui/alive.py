"""Worker callbacks for widgets that may be gone by the time the result arrives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def while_alive(
    owner: QObject,
    callback: Callable[..., Any],
    otherwise: Callable[..., Any] | None = None,
) -> Callable[..., None]:
    """``callback`` that does nothing once ``owner``'s C++ object was deleted.

    ``otherwise`` (if given) is called instead then, e.g. to still report an error
    whose window is gone.
    """

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)
        elif otherwise is not None:
            otherwise(*args)

    return call
