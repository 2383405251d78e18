"""Stop PySide6 from reading the source of every module imported after it.

PySide6's ``__feature__`` support hooks every import and calls
``inspect.getsource`` on the new module to see whether the text "PySide6"
occurs in it. For SQLAlchemy and the rest that means reading and caching
hundreds of source files: about 20 MB in linecache and tens of milliseconds
at start-up. We use no ``__feature__`` (snake_case, true_property), so a
module's package name answers the question just as well.
"""

from __future__ import annotations

import sys
from types import ModuleType

_QT_USERS = ("PySide6", "shiboken6", "bibagreements.gui")


def _uses_pyside(module: ModuleType) -> bool:
    return getattr(module, "__name__", "").startswith(_QT_USERS)


def install() -> bool:
    """Replace the source scan; False when this PySide6 has no such hook."""
    import PySide6  # noqa: F401  (loads shibokensupport)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", _uses_pyside)  # noqa: B010  (untyped module)
    return True
