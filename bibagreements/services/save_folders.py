"""The folder a save dialog proposes: it exists when proposed, or the home folder is.

The first "Create" of a PDF used to fail where ~/Documents had never been made.
Folders the program creates are private (0700): what it saves holds personal data.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from bibagreements.storage.private import private_folder

__all__ = ["ensure_folder", "proposed_folder"]


def ensure_folder(folder: str | os.PathLike[str]) -> bool:
    """Create ``folder`` (missing parents too, 0700) unless it is there; True when it is
    a folder the user can write into afterwards."""
    path = Path(folder).expanduser()
    try:
        private_folder(path)
    except OSError:
        return False
    return path.is_dir() and os.access(path, os.W_OK | os.X_OK)


def proposed_folder(candidates: Iterable[str]) -> Path:
    """The first of ``candidates`` (empty ones skipped) that is, or can be made, a
    writable folder; else the home folder."""
    for candidate in candidates:
        if candidate and ensure_folder(candidate):
            return Path(candidate).expanduser()
    return Path.home()
