"""Work around a reference-count bug in PySide6 6.12 on Python 3.11.

PySide6 6.12 drops one reference to ``None`` for every call of a void Qt
method (``setText``, ``processEvents`` …) and one to ``True``/``False`` for
some bool results (``Signal.emit``). On Python 3.12+ these objects are
immortal and nothing happens; on 3.11 the count reaches zero after a few
thousand calls and the interpreter aborts ("deallocating None"). Giving the
three singletons a huge reference count makes them immortal in effect, as
3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 48


def guard_singletons() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        counter = ctypes.c_ssize_t.from_address(id(obj))
        if counter.value < _BALLAST:
            counter.value += _BALLAST


guard_singletons()
