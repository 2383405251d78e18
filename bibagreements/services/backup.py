"""A copy of the database to keep: consistent, checked and written atomically.

The copy is made by storage.sqlite_copy (SQLite's backup API, checked with
``PRAGMA integrity_check`` before it replaces the target atomically). It opens
like any database (``--db COPY`` or "Choose another database"). A PostgreSQL
database is backed up by its administrator (pg_dump).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from bibagreements.domain.problems import Problem
from bibagreements.errors import DatabaseError, ValidationError
from bibagreements.storage.atomic import check_output
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.sqlite_copy import copy_sqlite


@dataclass(frozen=True)
class Backup:
    path: str
    size: int
    agreements: int


def backup_database(uow: UnitOfWork, target: Path) -> Backup:
    url = uow.session.connection().engine.url
    if url.get_backend_name() != "sqlite":
        raise ValidationError([Problem("backup_postgresql", "backup")])
    target = check_output(target)
    live = Path(url.database or "")
    if url.database and target.resolve() in {live.resolve(), *_companions(live.resolve())}:
        raise ValidationError([Problem("output_is_database", "output")])
    source = uow.session.connection().connection.driver_connection
    assert isinstance(source, sqlite3.Connection)
    try:
        written = copy_sqlite(source, target)
    except OSError as exc:
        raise DatabaseError(
            "cannot_write", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    # Counted in the copy: what the file holds, whatever the session sees.
    with closing(sqlite3.connect(f"{written.resolve().as_uri()}?mode=ro", uri=True)) as copy:
        (agreements,) = copy.execute("SELECT count(*) FROM agreement").fetchone()
    return Backup(str(written), written.stat().st_size, agreements)


def _companions(live: Path) -> tuple[Path, ...]:
    return tuple(live.with_name(live.name + suffix) for suffix in ("-wal", "-shm", "-journal"))
