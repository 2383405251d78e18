"""A copy of the database to keep: consistent, checked and written atomically.

SQLite's backup API copies a consistent snapshot while the program runs (WAL
included). The copy is checked with ``PRAGMA integrity_check`` before it takes
the target's place, so a failed or damaged copy never replaces a good backup.
It opens like any database (``--db COPY`` or "Choose another database").
A PostgreSQL database is backed up by its administrator (pg_dump).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from bibagreements.domain.problems import Problem
from bibagreements.errors import DatabaseError, ValidationError
from bibagreements.storage.atomic import produce_atomically
from bibagreements.storage.database import UnitOfWork


@dataclass(frozen=True)
class Backup:
    path: str
    size: int
    agreements: int


def backup_database(uow: UnitOfWork, target: Path) -> Backup:
    url = uow.session.connection().engine.url
    if url.get_backend_name() != "sqlite":
        raise ValidationError([Problem("backup_postgresql", "backup")])
    target = Path(target).expanduser()
    if target.is_dir():
        raise ValidationError([Problem("output_is_folder", "output", path=str(target))])
    if not target.parent.is_dir():
        raise ValidationError([Problem("no_such_folder", "output", path=str(target.parent))])
    live = Path(url.database or "")
    if url.database and target.resolve() in {live.resolve(), *_companions(live.resolve())}:
        raise ValidationError([Problem("output_is_database", "output")])
    source = uow.session.connection().connection.driver_connection
    assert isinstance(source, sqlite3.Connection)
    agreements = 0

    def copy(temp: Path) -> None:
        nonlocal agreements
        with closing(sqlite3.connect(temp)) as dest:
            source.backup(dest)
            # One self-contained file: no -wal beside the copy.
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
            (result,) = dest.execute("PRAGMA integrity_check").fetchone()
            if result != "ok":
                raise DatabaseError("integrity_failed", result=str(result))
            (agreements,) = dest.execute("SELECT count(*) FROM agreement").fetchone()

    try:
        written = produce_atomically(target, copy)
    except OSError as exc:
        raise DatabaseError(
            "cannot_write", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    return Backup(str(written), written.stat().st_size, agreements)


def _companions(live: Path) -> tuple[Path, ...]:
    return tuple(live.with_name(live.name + suffix) for suffix in ("-wal", "-shm", "-journal"))
