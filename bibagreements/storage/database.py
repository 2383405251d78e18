"""Opening a database: where it lives, its version check, migrations and units of work.

A database is migrated to the current schema when it is opened, after a copy
of the file is set aside. A database whose schema revision this version does
not know (written by a newer bibagreements) is refused before anything writes
to it, so it stays byte-for-byte untouched.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool

from bibagreements.domain.problems import Problem
from bibagreements.errors import (
    BibError,
    ConflictError,
    DatabaseError,
    DatabaseTooNewError,
    ValidationError,
)
from bibagreements.storage.private import create_private, keep_private, private_folder
from bibagreements.storage.sqlite_copy import copy_sqlite
from bibagreements.storage.textfold import register_sqlite_function

ENV_VAR = "BIBAGREEMENTS_DB"
APP_NAME = "bibagreements"
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "bibagreements.sqlite3"


def resolve_url(db: str | None = None) -> str:
    """The SQLAlchemy URL for ``--db`` / ``BIBAGREEMENTS_DB`` / the user's data folder."""
    value = db or os.environ.get(ENV_VAR) or ""
    if not value:
        path = default_database_path()
        private_folder(path.parent, ours=True)
        return _sqlite_url(path)
    if "://" in value:
        try:
            make_url(value)
        except ArgumentError as exc:
            raise DatabaseError("bad_url", url=value) from exc
        return value
    path = Path(value).expanduser()
    if path.is_dir():
        raise DatabaseError("database_is_folder", path=str(path))
    if not path.parent.is_dir():
        raise DatabaseError("no_such_folder", path=str(path.parent))
    return _sqlite_url(path)


def _sqlite_url(path: Path) -> str:
    return "sqlite:///" + str(path.resolve())


# Every schema revision this version knows, oldest first; the last is the head.
# Kept here so that opening an up-to-date database does not import Alembic
# (a test checks the list against the migration scripts).
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")


def _alembic_config(connection: Any = None) -> Any:
    from alembic.config import Config  # only when migrating

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> tuple[set[str], str]:
    return set(SCHEMA_REVISIONS), SCHEMA_REVISIONS[-1]


@dataclass(frozen=True)
class UnitOfWork:
    """One user operation: a session inside one transaction."""

    session: Session


class Database:
    """An opened, migrated database. Cheap to share; sessions are per operation."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """Commit when the block succeeds, roll back on any error."""
        try:
            with self._sessions() as session, session.begin():
                yield UnitOfWork(session)
        except BibError:
            raise
        except StaleDataError as exc:
            raise ConflictError("saved_meanwhile") from exc
        except IntegrityError as exc:
            raise ValidationError([Problem("database_refused", reason=str(exc.orig))]) from exc
        except OperationalError as exc:
            raise DatabaseError("database_unusable", reason=str(exc.orig)) from exc

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | None = None, *, migrate: bool = True) -> Database:
    """Open (creating or migrating as needed) the database named by ``db``."""
    try:
        url = resolve_url(db)
    except OSError as exc:
        raise DatabaseError("cannot_create_data_folder", reason=str(exc)) from exc
    shown = make_url(url).render_as_string(hide_password=True)
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database:
            _check_sqlite_file(Path(parsed.database))
            _make_private(Path(parsed.database))
        engine = _create_engine(url)
        if migrate:
            _migrate(engine, parsed.database if parsed.get_backend_name() == "sqlite" else None)
        return Database(engine)
    except BibError:
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        detail = reason[0] if reason else type(exc).__name__
        raise DatabaseError("cannot_open_database", url=shown, reason=detail) from exc
    except ModuleNotFoundError as exc:
        raise DatabaseError("no_driver", url=shown, module=str(exc.name)) from exc


def _create_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    engine = create_engine(url, connect_args={"timeout": 15}, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        register_sqlite_function(dbapi_connection)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return engine


def _make_private(path: Path) -> None:
    """A new database file is created 0600 before SQLite opens it (SQLite gives its
    -wal, -shm and -journal the database's mode); one of ours readable by others
    is tightened, its companions with it."""
    try:
        os.close(create_private(path))
        return
    except FileExistsError:
        pass
    for companion in (path, *_companions(path)):
        keep_private(companion)


def _companions(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


def _check_sqlite_file(path: Path) -> None:
    """Refuse, without writing anything, a file that is not ours or is too new."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(16) != _SQLITE_MAGIC:
            raise DatabaseError("not_sqlite", path=str(path))
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        # The WAL's content matters, but reading through it would create a
        # -shm file beside the database: read a copy of both instead.
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            revision = _read_revision(copy.as_uri(), path)
    else:
        # Immutable: no lock, no side file, not a byte written.
        revision = _read_revision(path.resolve().as_uri() + "?immutable=1", path)
    _check_revision(str(path), revision)


def _read_revision(uri: str, path: Path) -> str | None:
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            if tables:
                raise DatabaseError("not_our_database", path=str(path))
            return None
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return str(rows[0][0]) if rows else None


def _check_revision(where: str, revision: str | None) -> None:
    revisions, _head = known_revisions()
    if revision is not None and revision not in revisions:
        raise DatabaseTooNewError("database_too_new", path=where, revision=revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _migrate(engine: Engine, sqlite_path: str | None) -> None:
    revision = current_revision(engine)
    _check_revision(engine.url.render_as_string(hide_password=True), revision)
    _revisions, head = known_revisions()
    if revision == head:
        return
    if revision is not None and sqlite_path:
        backup_sqlite(engine, Path(sqlite_path), revision)
    from alembic import command

    migrating = migration_engine(engine) if sqlite_path else engine
    try:
        with migrating.begin() as conn:
            command.upgrade(_alembic_config(conn), "head")
            if sqlite_path:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError("broken_references", count=len(broken))
    finally:
        if migrating is not engine:
            migrating.dispose()


def migration_engine(engine: Engine) -> Engine:
    """An SQLite engine for migrations: foreign keys off, DDL inside the transaction.

    Batch migrations copy a table and drop the original; with foreign keys on,
    the drop would cascade into child tables and delete their rows. And
    Python's sqlite3 commits DDL implicitly unless we issue BEGIN ourselves,
    so a failed migration would be left half done.
    """
    migrating = create_engine(
        engine.url, connect_args={"timeout": 15}, poolclass=NullPool, hide_parameters=True
    )

    @event.listens_for(migrating, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(migrating, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return migrating


def backup_sqlite(engine: Engine, path: Path, revision: str) -> Path:
    """Set a checked copy of the database aside before migrating it (storage.sqlite_copy)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-migration-{revision}-{stamp}.bak")
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        return copy_sqlite(source, target)
    finally:
        raw.close()
