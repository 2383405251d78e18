"""A copy of the database to keep: consistent, checked and written atomically.

The copy is made by storage.sqlite_copy (SQLite's backup API, checked with
``PRAGMA integrity_check`` before it replaces the target atomically). It opens
like any database (``--db COPY`` or "Choose another database"). A PostgreSQL
database is backed up by its administrator (pg_dump).
"""

from __future__ import annotations

import contextlib
import errno
import os
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
    except (OSError, sqlite3.OperationalError) as exc:
        raise _write_failure(exc, target, source) from exc
    # Counted in the copy: what the file holds, whatever the session sees.
    with closing(sqlite3.connect(f"{written.resolve().as_uri()}?mode=ro", uri=True)) as copy:
        (agreements,) = copy.execute("SELECT count(*) FROM agreement").fetchone()
    return Backup(str(written), written.stat().st_size, agreements)


# SQLite's primary result codes for a write that did not fit, and for one that failed.
_SQLITE_FULL = 13
_SQLITE_IOERR = 10


def _write_failure(
    exc: OSError | sqlite3.OperationalError, target: Path, source: sqlite3.Connection
) -> DatabaseError:
    """A full disk or a file-size limit as such; any other failure as cannot_write."""
    folder = str(target.parent)
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return DatabaseError("disk_full", folder=folder)
        return DatabaseError("cannot_write", path=str(target), reason=exc.strerror or str(exc))
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    full = code == _SQLITE_FULL or "database or disk is full" in str(exc)
    if full or (code == _SQLITE_IOERR and _no_room(target.parent, source)):
        # SQLite says "disk I/O error" when write() fails with EFBIG (a file-size limit).
        return DatabaseError("disk_full", folder=folder)
    return DatabaseError("cannot_write", path=str(target), reason=str(exc))


def _no_room(folder: Path, source: sqlite3.Connection) -> bool:
    """Whether a copy of ``source`` cannot fit in ``folder`` (free space or file-size limit)."""
    (pages,) = source.execute("PRAGMA page_count").fetchone()
    (page_size,) = source.execute("PRAGMA page_size").fetchone()
    needed = int(pages) * int(page_size)
    try:
        free = os.statvfs(folder)
        room = free.f_bavail * free.f_frsize
    except (OSError, AttributeError):  # Windows has no statvfs
        room = needed
    limit = needed
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource  # POSIX only

        soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        if soft != resource.RLIM_INFINITY:
            limit = soft
    return room < needed or limit < needed


def _companions(live: Path) -> tuple[Path, ...]:
    return tuple(live.with_name(live.name + suffix) for suffix in ("-wal", "-shm", "-journal"))
