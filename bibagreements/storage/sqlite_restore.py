"""Putting a checked copy in a database file's place, so that a kill at any moment
leaves either the old database or the new one, whole.

The order matters:

1. the new content is staged in a private folder beside the database, made one
   self-contained file (no WAL) and fsynced;
2. the current database leaves WAL mode (``journal_mode=DELETE``): SQLite
   checkpoints every frame into the file and deletes ``-wal`` and ``-shm``,
   atomically, and only when no other connection has it open;
3. the current database is copied aside under a name never used before;
4. ``os.replace`` puts the staged file in its place (one rename).

So no ``-wal`` of the old file is ever left beside the new one for SQLite to
apply to it, and no hot ``-journal`` either.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path

from bibagreements.errors import DatabaseError
from bibagreements.storage.atomic import fsync_folder

PRIVATE_FILE = 0o600
COMPANIONS = ("-wal", "-shm", "-journal")


@contextmanager
def staging_folder(near: Path) -> Iterator[Path]:
    """A private (0700) folder in ``near``'s folder, removed afterwards: files made
    there can be renamed over ``near`` (one filesystem)."""
    prefix = f".{near.name}.restore-"
    _remove_stale(near.parent, prefix)
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=near.parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


STALE_AFTER = 3600  # seconds: a staging folder this old is a killed restore's leftover


def _remove_stale(parent: Path, prefix: str) -> None:
    with contextlib.suppress(OSError):
        for entry in parent.iterdir():
            ours = entry.name.startswith(prefix) and entry.is_dir() and not entry.is_symlink()
            if ours and time.time() - entry.stat().st_mtime > STALE_AFTER:
                shutil.rmtree(entry, ignore_errors=True)


def snapshot(source: Path, folder: Path) -> Path:
    """A copy of ``source`` (and its ``-wal``, if any) in ``folder``, to read as we like:
    ``source`` itself is never opened by SQLite, so not a byte of it changes."""
    copy = folder / "snapshot.sqlite3"
    shutil.copyfile(source, copy)
    wal = source.with_name(source.name + "-wal")
    if wal.is_file():
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    return copy


def self_contained(path: Path) -> None:
    """Fold ``path``'s WAL into it and leave it one fsynced file in rollback mode."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE").fetchall()
    for suffix in COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path.with_name(path.name + suffix))
    _fsync(path)


def set_aside(database: Path, folder: Path, stamp: datetime) -> Path:
    """Copy ``database`` to ``NAME.before-restore-YYYYmmdd-HHMMSS[-N].sqlite3`` (0600),
    never over an earlier one; the copy is made in ``folder`` and linked into place."""
    temp = folder / "aside.sqlite3"
    with contextlib.suppress(FileNotFoundError):
        os.unlink(temp)  # left by a try that found the database damaged
    with (
        closing(sqlite3.connect(database, timeout=15)) as source,
        closing(sqlite3.connect(temp)) as dest,
    ):
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE").fetchall()
    return _claim_aside(temp, database, stamp)


def set_aside_as_is(database: Path, folder: Path, stamp: datetime) -> Path:
    """For a damaged database SQLite cannot copy: its bytes kept aside as they are, its
    ``-wal`` beside the copy (so opening the copy still sees those frames). The
    database's own ``-wal`` and ``-shm`` are removed afterwards, so SQLite never
    applies the old frames to the file that takes its place."""
    temp = folder / "aside-as-is.sqlite3"
    shutil.copyfile(database, temp)
    aside = _claim_aside(temp, database, stamp)
    wal = database.with_name(database.name + "-wal")
    if wal.is_file():
        kept = aside.with_name(aside.name + "-wal")
        shutil.copyfile(wal, kept)
        os.chmod(kept, PRIVATE_FILE)
        _fsync(kept)
    for suffix in COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(database.with_name(database.name + suffix))
    fsync_folder(database.parent)
    return aside


def _claim_aside(temp: Path, database: Path, stamp: datetime) -> Path:
    os.chmod(temp, PRIVATE_FILE)
    _fsync(temp)
    for n in range(1, 1000):
        aside = database.with_name(aside_name(database, stamp, n))
        try:
            _claim(temp, aside)
        except FileExistsError:
            continue
        fsync_folder(database.parent)
        return aside
    raise FileExistsError(aside_name(database, stamp))


def _claim(temp: Path, target: Path) -> None:
    """Give ``temp`` the name ``target``; FileExistsError if the name is taken (never
    overwrites: a hard link, or where there are none, the name reserved first)."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:  # a filesystem without hard links (FAT, some network shares)
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        os.replace(temp, target)


def aside_name(database: Path, stamp: datetime, n: int = 1) -> str:
    """``NAME.before-restore-YYYYmmdd-HHMMSS[-N].sqlite3``: the ``n``-th of that second."""
    number = "" if n == 1 else f"-{n}"
    return f"{database.stem}.before-restore-{stamp:%Y%m%d-%H%M%S}{number}{database.suffix}"


def leave_wal_mode(database: Path) -> None:
    """Checkpoint ``database`` into its file and delete its ``-wal`` and ``-shm``.

    DatabaseError("restore_database_busy") when another connection holds it.
    """
    try:
        with closing(sqlite3.connect(database, timeout=3)) as conn:
            (mode,) = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    except sqlite3.OperationalError as exc:
        raise DatabaseError("restore_database_busy", path=str(database)) from exc
    stale = [database.with_name(database.name + s) for s in ("-wal", "-journal")]
    if str(mode).lower() != "delete" or any(p.exists() for p in stale):
        raise DatabaseError("restore_database_busy", path=str(database))


def put_in_place(staged: Path, database: Path) -> None:
    """Rename ``staged`` over ``database`` (0600), then drop a leftover ``-shm``."""
    os.chmod(staged, PRIVATE_FILE)
    os.replace(staged, database)
    fsync_folder(database.parent)
    # Only an index of a WAL that no longer exists; SQLite would rebuild it anyway.
    with contextlib.suppress(FileNotFoundError):
        os.unlink(database.with_name(database.name + "-shm"))


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
