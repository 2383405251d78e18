"""Reading an up-to-date SQLite file of ours with sqlite3 alone, before SQLAlchemy loads.

SQLAlchemy and the models take about 0.2 s to import, more than the window's
first list or a frozen version's rendering takes to read. So those reads go
straight to the file when it needs nothing first: a file of ours (by its
shape), at our head revision. Anything else — no file yet, an older revision
to migrate, a newer one, not ours, a URL — gives None, and the caller opens
the database the usual way, which creates, migrates or refuses it.

The read runs in one read transaction (one snapshot) on a connection that
never writes. Meanwhile SQLite's quick check of every page runs on a connection
of its own in a thread (sqlite3 lets go of the GIL while SQLite works): as with
the first unit of work of an opened database, nothing read from a damaged file
is returned.

A write that follows such a read (the record of a rendering, say) goes through
``write_directly``: one write transaction under SQLite's write lock, on a
connection set up as the database layer sets up its own, committed only when
the whole write succeeded; the writer checks there that what it read still holds.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TypeVar

from bibagreements.domain.problems import Problem
from bibagreements.errors import DatabaseError, ValidationError
from bibagreements.storage.damage import damaged, is_damage, quick_check
from bibagreements.storage.locations import named_database, plain_sqlite_file
from bibagreements.storage.private import keep_private, private_folder
from bibagreements.storage.revisions import HEAD_REVISION
from bibagreements.storage.schema_shape import has_shape
from bibagreements.storage.sqlite_file import SQLITE_MAGIC

T = TypeVar("T")
_COLUMNS = (
    "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
    "WHERE m.type = 'table'"
)


class Fallback(Exception):
    """The direct read could not be done as it should; read the usual way."""


def read_directly(db: str | None, read: Callable[[sqlite3.Connection], T]) -> T | None:
    """``read(conn)`` in one read transaction on ``db``; None when it must be opened first.

    DatabaseError (damaged) when the quick check or the read finds damage, whatever
    was read; None too when SQLite was busy or locked, or ``read`` raised Fallback.
    """
    path = _file(db)
    conn = _connect(path) if path is not None else None
    if conn is None or path is None:
        return None
    with closing(conn):
        if not _up_to_date(conn):
            return None
        check = _QuickCheck(path)
        try:
            conn.execute("BEGIN")
            result = read(conn)
            found = check.problems()
        except (sqlite3.Error, Fallback) as exc:
            if _damage(check) or (isinstance(exc, sqlite3.DatabaseError) and is_damage(exc)):
                raise damaged(path) from exc
            return None
        finally:
            check.join()
            if conn.in_transaction:
                conn.execute("ROLLBACK")  # it only read
    if found:
        raise damaged(path)
    return result


def write_directly(
    db: str | None, write: Callable[[sqlite3.Connection], T], *, checked: bool = False
) -> T | None:
    """``write(conn)`` in one write transaction on ``db``, committed when it returns; None,
    and nothing written, when the file must be opened the usual way (as for read_directly)
    or ``write`` raised Fallback (what it relies on changed meanwhile, say).

    ``checked``: a read_directly of the file found its pages whole a moment ago; else
    SQLite's quick check runs first, in the transaction. Errors as a unit of work gives
    them: DatabaseError (damaged) on damage, ``database_unusable`` when SQLite cannot
    (busy past the timeout, a full disk, a read-only file), ValidationError
    ``database_refused`` when a constraint refuses the change.
    """
    path = _file(db)
    if path is None:
        return None
    conn = _connect(path)
    if conn is None:
        return None
    with closing(conn):
        try:
            for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL"):
                conn.execute(f"PRAGMA {pragma}")  # as storage.database's connections
        except sqlite3.Error:
            return None  # opening it the usual way says what is wrong, in its words
        try:
            conn.execute("BEGIN IMMEDIATE")  # the write lock first: nothing changes under us
            if not _up_to_date(conn):
                return None  # migrated or replaced meanwhile
            _keep_private(path, default=not named_database(db))
            if not checked and quick_check(conn):
                raise damaged(path)
            result = write(conn)
            conn.execute("COMMIT")
        except Fallback:
            return None
        except sqlite3.Error as exc:
            error = _unit_of_work_error(path, exc)
            if error is exc:
                raise
            raise error from exc
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
    return result


def _keep_private(path: Path, *, default: bool) -> None:
    """As opening it does: a file of ours readable by others is tightened, with its
    companions (SQLite gives its -wal and -shm the database's mode), and the user's
    data folder when it is the ``default`` file there."""
    if default:
        private_folder(path.parent, ours=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        keep_private(path.with_name(path.name + suffix))


def _unit_of_work_error(path: Path, exc: sqlite3.Error) -> BaseException:
    """What a unit of work would report for SQLite's ``exc`` (storage.database)."""
    if is_damage(exc):
        return damaged(path)
    if isinstance(exc, sqlite3.IntegrityError):
        return ValidationError([Problem("database_refused", reason=str(exc))])
    if isinstance(exc, sqlite3.OperationalError):
        lines = str(exc).strip().splitlines()
        return DatabaseError("database_unusable", reason=lines[0] if lines else type(exc).__name__)
    return exc  # a bug: reported as one


def _file(db: str | None) -> Path | None:
    """The file, absolute as the database layer names it (in the damage message, say)."""
    path = plain_sqlite_file(db)
    return None if path is None else path.resolve()


def _damage(check: _QuickCheck) -> bool:
    try:
        return bool(check.problems())
    except sqlite3.Error:
        return False  # the check could not run: nothing known


def _connect(path: Path) -> sqlite3.Connection | None:
    """A connection to an existing SQLite file (mode=rw: nothing is created), else None."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_MAGIC:
                return None  # empty, or not SQLite: opening says what it is
        return sqlite3.connect(
            path.resolve().as_uri() + "?mode=rw", uri=True, isolation_level=None, timeout=15
        )
    except (OSError, sqlite3.Error):
        return None


def _up_to_date(conn: sqlite3.Connection) -> bool:
    """Whether the file is ours at the head revision (read before anything else)."""
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        if row != [(HEAD_REVISION,)]:
            return False
        found: dict[str, set[str]] = {}
        for table, column in conn.execute(_COLUMNS):
            found.setdefault(table, set()).add(column)
    except sqlite3.Error:
        return False  # no such table, or damage: opening tells which
    return has_shape(HEAD_REVISION, {t: frozenset(c) for t, c in found.items()})


class _QuickCheck:
    """SQLite's quick check of the file on a connection of its own, in a thread."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._problems: list[str] = []
        self._error: sqlite3.Error | None = None
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            uri = self._path.as_uri() + "?mode=rw"
            with closing(sqlite3.connect(uri, uri=True, timeout=15)) as conn:
                self._problems = quick_check(conn)
        except sqlite3.Error as exc:  # raised again in the reader's thread
            self._error = exc

    def join(self) -> None:
        self._thread.join()

    def problems(self) -> list[str]:
        """What the check found, once done; sqlite3.Error when it could not run."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._problems
