"""Restoring the database from a backup: checked first, the current one kept aside.

``check_backup`` reads a copy of the file (the file itself is never opened by
SQLite, so not a byte of it changes) and refuses, with one line, anything
that is not a sound backup of ours this version can open: missing, a folder,
not SQLite, another program's database, a newer schema, failing
``integrity_check`` or ``foreign_key_check``, or the database itself. An older
schema is fine: the database is migrated the next time it is opened.

``restore_database`` checks exactly the bytes it puts in place, keeps the
current database as ``NAME.before-restore-YYYYmmdd-HHMMSS[-N].sqlite3`` and
replaces it in one rename (storage.sqlite_restore explains the order). The
database must not be open meanwhile: the command line does not open it, the
window closes its own first. A PostgreSQL database is restored by its
administrator.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from bibagreements.errors import DatabaseError
from bibagreements.storage.backup_files import backup_day
from bibagreements.storage.database import known_revisions, resolve_url
from bibagreements.storage.sqlite_restore import (
    COMPANIONS,
    aside_name,
    leave_wal_mode,
    put_in_place,
    self_contained,
    set_aside,
    set_aside_as_is,
    snapshot,
    staging_folder,
)

_SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables every schema revision of ours has (0001 made them, none was dropped).
OUR_TABLES = frozenset({"agreement", "organisation", "person", "party", "alembic_version"})


@dataclass(frozen=True)
class BackupInfo:
    path: str
    day: date  # in its name when it is an automatic backup, else when it was written
    revision: str
    agreements: int


@dataclass(frozen=True)
class Restored:
    backup: BackupInfo
    database: str
    aside: str | None  # where the replaced database is kept (None: there was none)


def database_file(db: str | None) -> Path:
    """The SQLite file ``--db`` (or the default) names, without opening it."""
    url = make_url(resolve_url(db))
    if url.get_backend_name() != "sqlite":
        raise DatabaseError("restore_postgresql")
    if not url.database or url.database == ":memory:":
        raise DatabaseError("restore_not_a_file", path=str(url.database or ""))
    return Path(url.database)


def aside_file_name(database: Path, now: datetime | None = None) -> str:
    """The name the current database would be kept under if it were replaced ``now``."""
    return aside_name(Path(database), now or datetime.now())


def check_backup(path: Path, database: Path | None = None) -> BackupInfo:
    """What the backup at ``path`` holds, or DatabaseError saying why it is not one."""
    path = Path(path).expanduser()
    _check_file(path, database)
    with tempfile.TemporaryDirectory(prefix="bibagreements-check-") as folder:
        os.chmod(folder, 0o700)
        return _inspect(_copied(path, Path(folder)), path)


def restore_database(database: Path, backup: Path, now: datetime | None = None) -> Restored:
    """Replace ``database`` by the backup at ``backup``; the current one is kept aside."""
    database = Path(database).expanduser().absolute()
    backup = Path(backup).expanduser()
    _check_file(backup, database)
    if not database.parent.is_dir():
        raise DatabaseError("no_such_folder", path=str(database.parent))
    if database.is_dir():
        raise DatabaseError("database_is_folder", path=str(database))
    current = database.exists() and database.stat().st_size > 0
    if current and _header(database) != _SQLITE_MAGIC:
        raise DatabaseError("not_sqlite", path=str(database))
    try:
        with staging_folder(database) as folder:
            staged = _copied(backup, folder)
            info = _inspect(staged, backup)
            self_contained(staged)
            aside = None
            if current:
                aside = _keep_current(database, folder, now or datetime.now())
            put_in_place(staged, database)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EFBIG):
            raise DatabaseError("disk_full", folder=str(database.parent)) from exc
        raise DatabaseError(
            "cannot_write", path=str(database), reason=exc.strerror or str(exc)
        ) from exc
    except sqlite3.OperationalError as exc:
        raise DatabaseError("cannot_write", path=str(database), reason=str(exc)) from exc
    return Restored(info, str(database), str(aside) if aside else None)


def _keep_current(database: Path, folder: Path, stamp: datetime) -> Path:
    """Set the current database aside; a damaged one (the usual reason to restore) as
    it is, byte for byte, since SQLite can neither checkpoint nor copy it."""
    try:
        leave_wal_mode(database)  # first: refused while in use, nothing made yet
        return set_aside(database, folder, stamp)
    except sqlite3.OperationalError:
        raise  # locked, disk I/O: not damage
    except sqlite3.DatabaseError:  # malformed, not a database
        return set_aside_as_is(database, folder, stamp)


def _check_file(path: Path, database: Path | None) -> None:
    if not path.exists():
        raise DatabaseError("restore_no_file", path=str(path))
    if not path.is_file():
        raise DatabaseError("restore_not_a_file", path=str(path))
    if database is not None and _is_database(path, Path(database)):
        raise DatabaseError("restore_is_database", path=str(path))
    try:
        header = _header(path)
    except OSError as exc:
        raise DatabaseError("cannot_read", path=str(path), reason=exc.strerror or str(exc)) from exc
    if header != _SQLITE_MAGIC:
        raise DatabaseError("restore_not_sqlite", path=str(path))


def _is_database(path: Path, database: Path) -> bool:
    live = database.expanduser().resolve()
    if path.resolve() in {live, *(live.with_name(live.name + s) for s in COMPANIONS)}:
        return True
    try:
        return os.path.samefile(path, live)
    except OSError:
        return False


def _header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(16)


def _copied(path: Path, folder: Path) -> Path:
    try:
        return snapshot(path, folder)
    except OSError as exc:
        if exc.filename and Path(exc.filename) == path:
            raise DatabaseError(
                "cannot_read", path=str(path), reason=exc.strerror or str(exc)
            ) from exc
        raise


def _inspect(copy: Path, shown: Path) -> BackupInfo:
    """Check the copy ``copy`` of the file ``shown``: ours, known, sound."""
    try:
        with closing(sqlite3.connect(copy)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if not tables.issuperset(OUR_TABLES):
                raise DatabaseError("restore_not_ours", path=str(shown))
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            if len(rows) != 1:
                raise DatabaseError("restore_not_ours", path=str(shown))
            revision = str(rows[0][0])
            if revision not in known_revisions()[0]:
                raise DatabaseError("restore_too_new", path=str(shown), revision=revision)
            problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(5)")]
            if problems != ["ok"]:
                raise DatabaseError("restore_damaged", path=str(shown), reason=problems[0])
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                reason = f"{len(broken)} broken reference(s)"
                raise DatabaseError("restore_damaged", path=str(shown), reason=reason)
            (agreements,) = conn.execute("SELECT count(*) FROM agreement").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("restore_damaged", path=str(shown), reason=str(exc)) from exc
    day = backup_day(shown) or date.fromtimestamp(shown.stat().st_mtime)
    return BackupInfo(str(shown), day, revision, int(agreements))
