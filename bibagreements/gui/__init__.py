"""The desktop application (PySide6). The only package that imports Qt."""

from bibagreements.gui import _refguard  # noqa: F401  (must run before Qt is used)
