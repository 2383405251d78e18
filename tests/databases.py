"""Databases for tests: migrated (and given the example data) once per run, copied per test.

Migrating a new SQLite file through every Alembic script and loading the
example agreements costs about a second; copying the finished file costs a
millisecond. Tests that are about migrating or loading themselves still do it.

The same code runs on PostgreSQL (team mode): those tests run when
BIBAGREEMENTS_TEST_PG names a disposable database (.ci/run starts one with
installer/throwaway-postgres.sh); each starts from an empty schema.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text

from bibagreements.services.database import Database, open_database
from bibagreements.services.demo import load_demo

_FOLDER = Path(tempfile.mkdtemp(prefix="bibagreements-templates-"))
atexit.register(shutil.rmtree, _FOLDER, ignore_errors=True)
_TEMPLATES: dict[bool, Path] = {}

PG_URL = os.environ.get("BIBAGREEMENTS_TEST_PG", "")


def _template(demo: bool) -> Path:
    if demo not in _TEMPLATES:
        built = _FOLDER / ("built-demo.sqlite3" if demo else "built-empty.sqlite3")
        db = open_database(str(built))
        if demo:
            with db.unit_of_work() as uow:
                load_demo(uow)
        db.close()
        # One self-contained file (no WAL beside it), as SQLite's backup writes it.
        template = _FOLDER / ("demo.sqlite3" if demo else "empty.sqlite3")
        with closing(sqlite3.connect(built)) as source, closing(sqlite3.connect(template)) as copy:
            source.backup(copy)
        _TEMPLATES[demo] = template
    return _TEMPLATES[demo]


def database_file(path: Path | str, *, demo: bool = False) -> str:
    """A migrated database at ``path`` (with the example agreements when ``demo``)."""
    target = Path(path)
    shutil.copyfile(_template(demo), target)
    return str(target)


# BIBAGREEMENTS_TEST_BACKEND=postgresql (.ci/run's second pass over the core tests):
# the first fresh database of a test is the throwaway server's, emptied (every table
# truncated, IDs from 1 again); a second one in the same test (an export's source, a
# copy's target) stays an SQLite file. Tests of SQLite's own files are marked sqlite_only.
BACKEND = os.environ.get("BIBAGREEMENTS_TEST_BACKEND", "sqlite")
_SERVER = {"migrated": False, "taken": False}
_OPENED: list[Database] = []  # the server's, closed when the test ends


def server_taken(value: bool) -> None:
    """Whether this test has the server already (conftest resets it for each test)."""
    _SERVER["taken"] = value


def close_server_databases() -> None:
    """Close what a test opened on the server: no connection left for the garbage
    collector to find open (its ResourceWarning would land in a later test)."""
    while _OPENED:
        _OPENED.pop().close()


def _fresh_postgresql(demo: bool) -> Database:
    from bibagreements.storage.models import Base

    if not _SERVER["migrated"]:
        reset_postgresql()
        open_database(PG_URL).close()
        _SERVER["migrated"] = True
    _SERVER["taken"] = True
    db = open_database(PG_URL)
    _OPENED.append(db)
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    if demo:
        with db.unit_of_work() as uow:
            load_demo(uow)
    return db


def fresh_database(path: Path | str, *, demo: bool = False) -> Database:
    """``database_file`` opened (on the server instead, see BACKEND)."""
    if BACKEND == "postgresql" and PG_URL and not _SERVER["taken"]:
        return _fresh_postgresql(demo)
    return open_database(database_file(path, demo=demo))


def reset_postgresql() -> None:
    """Empty the PostgreSQL database PG_URL names: no tables, no schema version."""
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


PAGE = 4096  # our databases' page size (SQLite's default)


def table_page(path: Path | str, table: str = "agreement") -> int:
    """The number of ``table``'s first page (its root) in the file at ``path``."""
    with closing(sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)) as conn:
        (page,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    return int(page)


def damage(path: Path | str, page: int, *, offset: int = 0) -> None:
    """Garbage over ``page`` (from 1) of a closed database, from ``offset`` within it."""
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * PAGE + offset)
        handle.write(b"\xde\xad" * ((PAGE - offset) // 2))


def fake_backup(database: Path | str, day: date | None = None) -> Path:
    """A good automatic backup of ``database`` (the example data), as the daily backup names it."""
    from bibagreements.storage.backup_files import daily_backup_path

    target = daily_backup_path(Path(database).resolve(), day or date.today())
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_template(True), target)
    return target
