"""A damaged SQLite file, recognised by SQLite's own answer and reported with the way back.

SQLite says SQLITE_CORRUPT ("database disk image is malformed") or
SQLITE_NOTADB ("file is not a database") when a page it reads is damaged,
whether on opening or in the middle of work; SQLAlchemy wraps that in its
DatabaseError (of which OperationalError is a subclass). Whichever it is, the
user gets one sentence: which file, and how to restore the newest automatic
backup of it (storage.backup_files), never SQL.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bibagreements.errors import DatabaseError
from bibagreements.storage.backup_files import newest_backup

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_DAMAGE_WORDS = ("malformed", "not a database")
_MALFORMED = "database disk image is malformed"


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` (SQLite's error, or SQLAlchemy's wrapping it) says the file is damaged."""
    orig = getattr(exc, "orig", None) or exc
    if not isinstance(orig, sqlite3.DatabaseError):
        return False
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    return any(word in str(orig) for word in _DAMAGE_WORDS)


def damaged(path: Path | str) -> DatabaseError:
    """The error for the damaged database at ``path``, naming its newest backup if any."""
    import shlex  # only for the message

    backup = newest_backup(Path(path))
    restore = ["bibagreements", "--db", str(path), "restore"]
    if backup is None:
        command = shlex.join(restore)  # the message adds FILE, the user's to fill in
        return DatabaseError("database_damaged_no_backup", path=str(path), command=command)
    command = shlex.join([*restore, str(backup)])
    return DatabaseError("database_damaged", path=str(path), backup=str(backup), command=command)


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick check of every page (indexes are not compared with their tables):
    its problems, none when the file is whole. A damaged file may fail the check itself."""
    return _problems(conn, "PRAGMA quick_check")


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """Every problem ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` find."""
    problems = _problems(conn, "PRAGMA integrity_check")
    if problems == [_MALFORMED]:
        # The full check gave up on a damaged page; the quick one may say which.
        problems = _problems(conn, "PRAGMA quick_check") or problems
    if problems:
        return problems
    return [
        f"row {rowid} of {table} refers to a missing row of {parent}"
        for table, rowid, parent, _key in conn.execute("PRAGMA foreign_key_check")
    ]


def _problems(conn: sqlite3.Connection, pragma: str) -> list[str]:
    try:
        rows = conn.execute(pragma).fetchall()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return [str(exc)]
        raise
    if rows == [("ok",)]:
        return []
    # SQLite heads its list with "*** in database main ***" inside the first row.
    lines = (line.strip() for row in rows for line in str(row[0]).splitlines())
    return [line for line in lines if line and not line.startswith("***")]
