"""Is the database whole? SQLite's own checks, answered in plain words.

``PRAGMA integrity_check`` reads every page and compares every index with its
table; ``PRAGMA foreign_key_check`` finds rows that refer to rows that are
gone. A damaged database comes with the way back: its newest automatic
backup and the command that restores it. A PostgreSQL database is checked by
its administrator; here it is only counted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from bibagreements.errors import DatabaseError
from bibagreements.storage.damage import damaged, integrity_problems, quick_check
from bibagreements.storage.database import Database, UnitOfWork
from bibagreements.storage.models import AgreementRow


@dataclass(frozen=True)
class Health:
    """``whole`` is None where the database is not checked here (PostgreSQL)."""

    whole: bool | None
    problems: tuple[str, ...] = ()
    agreements: int = 0
    revision: str = ""
    # The damaged database's error: names the newest backup and how to restore it.
    advice: DatabaseError | None = None


def check_database(db: Database) -> Health:
    """``check`` in a unit of work of its own; damage that stops it is reported, not raised."""
    path = db.sqlite_path
    # Before any unit of work: the first one refuses a damaged file outright.
    found = _damage(str(path)) if path is not None else None
    if found is not None:
        return found
    try:
        with db.unit_of_work() as uow:
            return Health(None if path is None else True, (), *_counts(uow))
    except DatabaseError as exc:
        if path is None or not exc.code.startswith("database_damaged"):
            raise
        return Health(False, ("database disk image is malformed",), advice=exc)


def check(uow: UnitOfWork) -> Health:
    """The database of ``uow`` checked (SQLite) or counted (PostgreSQL)."""
    url = uow.session.connection().engine.url
    if url.get_backend_name() != "sqlite" or not url.database:
        return Health(None, (), *_counts(uow))
    return _damage(url.database) or Health(True, (), *_counts(uow))


def _damage(path: str) -> Health | None:
    """The damaged file's Health, with the way back; None when it is whole."""
    with _fresh_connection(path) as source:
        problems = integrity_problems(source)
    return Health(False, tuple(problems), advice=damaged(path)) if problems else None


def require_whole(uow: UnitOfWork) -> None:
    """DatabaseError("database_damaged…") unless SQLite's quick check finds every page
    whole: for operations that may report success without writing (the examples
    found there, a file whose agreements are all present). Nothing on PostgreSQL."""
    url = uow.session.connection().engine.url
    if url.get_backend_name() != "sqlite" or not url.database:
        return
    with _fresh_connection(url.database) as source:
        problems = quick_check(source)
    if problems:
        raise damaged(url.database)


@contextmanager
def _fresh_connection(path: str) -> Iterator[sqlite3.Connection]:
    """A read-only connection of its own: the session's pooled one may hold pages in its
    cache (a backup read them all) and would check those instead of the file."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True, timeout=15)) as conn:
        yield conn


def _counts(uow: UnitOfWork) -> tuple[int, str]:
    agreements = uow.session.scalar(select(func.count()).select_from(AgreementRow)) or 0
    revision = uow.session.connection().exec_driver_sql("SELECT version_num FROM alembic_version")
    return agreements, str(revision.scalar() or "")
