"""Where the automatic backups of a database live, and which is the newest.

Backups go to the user's data folder, one folder per database (its name and
a short hash of its full path, so two ``example.sqlite3`` in different folders
never share or prune each other's copies), one file per day:
``<data>/backups/<stem>-<hash>/<stem>-YYYY-MM-DD.sqlite3``.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

import platformdirs

from bibagreements.storage.private import private_folder

APP_NAME = "bibagreements"
_DAY = re.compile(r"-(\d{4}-\d{2}-\d{2})\.sqlite3$")


def backups_root() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "backups"


def backups_folder(database: Path) -> Path:
    """The folder for ``database``'s automatic backups (not created here)."""
    full = str(Path(database).expanduser().absolute())
    key = hashlib.sha256(full.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return backups_root() / f"{Path(database).stem}-{key}"


def create_backups_folder(database: Path) -> Path:
    """backups_folder(database), created if need be: it and our folders above it are 0700."""
    root = backups_root()
    private_folder(root.parent, ours=True)
    private_folder(root, ours=True)
    return private_folder(backups_folder(database), ours=True)


def daily_backup_path(database: Path, day: date) -> Path:
    return backups_folder(database) / f"{Path(database).stem}-{day.isoformat()}.sqlite3"


def backup_day(path: Path) -> date | None:
    """The day in a backup's file name, or None when it is not one of ours."""
    match = _DAY.search(path.name)
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def existing_backups(database: Path) -> list[tuple[date, Path]]:
    """``database``'s automatic backups, oldest first (regular files only)."""
    folder = backups_folder(database)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        day = backup_day(entry)
        if day is not None and entry.is_file() and not entry.is_symlink():
            found.append((day, entry))
    return sorted(found)


def newest_backup(database: Path) -> Path | None:
    backups = existing_backups(database)
    return backups[-1][1] if backups else None
