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
        raise ValidationError(
            ["backup: a PostgreSQL database is backed up by its administrator (pg_dump)"]
        )
    target = Path(target).expanduser()
    if target.is_dir():
        raise ValidationError([f"output: {target} is a folder; name a file"])
    if not target.parent.is_dir():
        raise ValidationError([f"output: folder {target.parent} does not exist"])
    live = Path(url.database or "")
    if url.database and target.resolve() in {live.resolve(), *_companions(live.resolve())}:
        raise ValidationError(["output: that is the database itself; choose another file"])
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
                raise DatabaseError(f"the copy failed SQLite's integrity check: {result}")
            (agreements,) = dest.execute("SELECT count(*) FROM agreement").fetchone()

    try:
        written = produce_atomically(target, copy)
    except OSError as exc:
        raise DatabaseError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return Backup(str(written), written.stat().st_size, agreements)


def _companions(live: Path) -> tuple[Path, ...]:
    return tuple(live.with_name(live.name + suffix) for suffix in ("-wal", "-shm", "-journal"))
