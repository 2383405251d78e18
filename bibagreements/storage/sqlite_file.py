"""Reading an SQLite file's schema without writing a byte, before any connection that could.

The engine's connections switch a file to WAL (rewriting bytes 18–19 of its
header) and a migration sets a copy aside, so whether a file is ours, and of
which revision, is decided first and read-only: through ``immutable=1`` (no
lock, no side file) or, while a -wal file beside it may hold changes not yet
in the file, on a copy of both (reading through the WAL itself would create
a -shm file). Other programs may be working on the file meanwhile: the WAL
can vanish, or the file change, between looking and copying, so a read that
fails while the files changed is tried again.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from bibagreements.errors import DatabaseError

SQLITE_MAGIC = b"SQLite format 3\x00"
_ATTEMPTS = 8

_COLUMNS = (
    "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
    "WHERE m.type = 'table'"
)


@dataclass(frozen=True)
class FileSchema:
    """What an SQLite file holds: its revision (if any), its tables' columns, all its names."""

    revision: str | None
    columns: dict[str, frozenset[str]]
    names: frozenset[str]


def read_file_schema(path: Path) -> FileSchema | None:
    """The schema of the SQLite file at ``path``; None for a new database (none, or empty).

    DatabaseError("not_sqlite") for a file that is not SQLite; sqlite3.DatabaseError
    as SQLite gives it for a damaged one.
    """
    for attempt in range(_ATTEMPTS):
        before = _state(path)
        if before[0] is None or before[0][0] == 0:
            return None
        try:
            return _read_once(path)
        except FileNotFoundError:
            # The WAL went (its last user closed the database) between looking and copying.
            if attempt == _ATTEMPTS - 1:
                raise
        except sqlite3.DatabaseError:
            # Damage repeats on files nobody touched; a copy taken mid-change does not.
            if attempt == _ATTEMPTS - 1 or _state(path) == before:
                raise
        time.sleep(0.005 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _state(path: Path) -> tuple[tuple[int, int, int] | None, tuple[int, int, int] | None]:
    def stat(p: Path) -> tuple[int, int, int] | None:
        try:
            s = os.stat(p)
        except FileNotFoundError:
            return None
        return (s.st_size, s.st_mtime_ns, s.st_ino)

    return stat(path), stat(_wal(path))


def _read_once(path: Path) -> FileSchema:
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise DatabaseError("not_sqlite", path=str(path))
    wal = _wal(path)
    if not wal.exists():
        return _read(path.resolve().as_uri() + "?immutable=1")
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.sqlite3"
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, _wal(copy))
        return _read(copy.as_uri())


def _read(uri: str) -> FileSchema:
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        names = frozenset(row[0] for row in conn.execute("SELECT name FROM sqlite_master"))
        found: dict[str, set[str]] = {}
        for table, column in conn.execute(_COLUMNS):
            found.setdefault(table, set()).add(column)
        revision = None
        if "version_num" in found.get("alembic_version", ()):
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
    return FileSchema(revision, {t: frozenset(c) for t, c in found.items()}, names)
