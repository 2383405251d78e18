"""The desktop application (PySide6). The only package that imports Qt."""

from bibagreements.gui import _refguard  # noqa: F401  (must run before Qt is used)
from bibagreements.gui._feature_scan import install as _install_feature_scan

_install_feature_scan()  # before the other modules load
