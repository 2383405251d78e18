"""Copying an SQLite database to a file: consistent, checked, and written atomically.

SQLite's backup API copies a consistent snapshot while the program runs (WAL
included). The copy becomes one self-contained file (no -wal beside it) and is
checked with ``PRAGMA integrity_check`` before it takes the target's place,
so a failed or damaged copy never replaces a good one. Both the copy set aside
before a migration and the user's backup are made here.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from bibagreements.errors import DatabaseError
from bibagreements.storage.atomic import produce_atomically


def copy_sqlite(source: sqlite3.Connection, target: Path) -> Path:
    """Copy the database behind ``source`` to ``target``; returns the file written.

    DatabaseError("integrity_failed") when the copy fails the check; OSError
    and sqlite3.Error as they come. Either way ``target`` is as it was.
    """

    def copy(temp: Path) -> None:
        with closing(sqlite3.connect(temp)) as dest:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
            (result,) = dest.execute("PRAGMA integrity_check").fetchone()
            if result != "ok":
                raise DatabaseError("integrity_failed", result=str(result))

    return produce_atomically(target, copy)
