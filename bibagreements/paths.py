"""Finding the shipped resources: from a checkout, an installed wheel or the bundle.

``resources/`` stays at the top of the repository; a wheel carries it as data
files (share/bibagreements/resources), the bundle inside _MEIPASS.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

ENV_VAR = "BIBAGREEMENTS_RESOURCES"


@cache
def resources_dir() -> Path:
    candidates = []
    if os.environ.get(ENV_VAR):
        candidates.append(Path(os.environ[ENV_VAR]))
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder bundle
    if bundle:
        candidates.append(Path(bundle) / "resources")
    package = Path(__file__).resolve().parent
    candidates.append(package.parent / "resources")  # checkout
    # A wheel's data files go to the data path of the scheme it was installed with:
    # the prefix of a venv, pipx or --prefix install, the user base of --user. Found
    # from where the package itself went: PREFIX/lib/pythonX.Y/site-packages (POSIX),
    # PREFIX/Lib/site-packages and USERBASE/PythonXY/site-packages (Windows).
    for up in (3, 2):
        if len(package.parents) > up:
            candidates.append(package.parents[up] / "share" / "bibagreements" / "resources")
    candidates.append(Path(sys.prefix) / "share" / "bibagreements" / "resources")
    for candidate in candidates:
        if (candidate / "schemas").is_dir():
            return candidate
    raise FileNotFoundError("bibagreements' resources folder is missing; reinstall the program")


def resource_path(*parts: str) -> Path:
    """A shipped resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``.

    Raises FileNotFoundError when it is missing, so a broken installation fails
    loudly instead of silently falling back (to an unembedded font, say).
    """
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"shipped resource missing: {path}")
    return path
