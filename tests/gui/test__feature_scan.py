"""The PySide6 workarounds in bibagreements.gui stay in force."""

import linecache
import sys

import bibagreements.gui  # noqa: F401  (installs the workarounds)
from bibagreements.gui._feature_scan import install


def test_modules_imported_after_qt_are_not_read_as_source() -> None:
    assert install()  # this PySide6 still has the hook we replace
    for name in ("tabnanny", "netrc", "sndhdr"):
        sys.modules.pop(name, None)
    linecache.clearcache()
    # PySide6 hooks the import statement (builtins.__import__), not importlib.
    modules = [__import__(name) for name in ("tabnanny", "netrc")]
    cached = [m.__file__ for m in modules if m.__file__ in linecache.cache]
    assert cached == []
