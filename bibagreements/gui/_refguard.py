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

import sys

# The C module alone: ``ctypes`` itself costs about 2 ms of start-up to import.
from _ctypes import _SimpleCData  # type: ignore[import-not-found,unused-ignore]

_BALLAST = 1 << 48


class _SsizeT(_SimpleCData):  # type: ignore[misc,type-arg,unused-ignore]
    # ctypes.c_ssize_t: a reference count is a Py_ssize_t, long long on 64-bit builds.
    _type_ = "q" if sys.maxsize > 2**32 else "i"


def guard_singletons() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        counter = _SsizeT.from_address(id(obj))
        if counter.value < _BALLAST:
            counter.value += _BALLAST


guard_singletons()
