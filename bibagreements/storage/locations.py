"""Where a database lives: ``--db``, ``BIBAGREEMENTS_DB`` or the user's data folder.

Free of SQLAlchemy, so that a direct read (storage.direct_sqlite) can find the
file before the database layer has loaded.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "BIBAGREEMENTS_DB"
APP_NAME = "bibagreements"


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "bibagreements.sqlite3"


def named_database(db: str | None = None) -> str:
    """What names the database: ``db``, else the environment, else "" (the default file)."""
    return db or os.environ.get(ENV_VAR) or ""


def plain_sqlite_file(db: str | None = None) -> Path | None:
    """The SQLite file ``db`` names when it names one by path (or by default); None for
    a URL, which goes through the database layer whatever it names."""
    value = named_database(db)
    if not value:
        return default_database_path()
    if "://" in value:
        return None
    return Path(value).expanduser()
