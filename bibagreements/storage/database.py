"""Opening a database: where it lives, its version check, migrations and units of work.

A database is migrated to the current schema when it is opened, after a copy
of the file is set aside (one per revision, however often a migration fails).
A file that is not ours (storage.schema_shape), or whose schema revision this
version does not know (written by a newer bibagreements), is refused before
anything writes to it, so it stays byte-for-byte untouched. A damaged file
(storage.damage) is reported in one sentence with its newest backup, whether
found on opening or in the middle of work, and nothing that writes reports
success on it: the first unit of work, reading or writing, checks every page.
"""

from __future__ import annotations

import glob
import os
import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.exc import DatabaseError as DriverError
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
from bibagreements.storage.audit import ACTOR_KEY, Actor, audited, default_actor
from bibagreements.storage.backup_files import newest_backup
from bibagreements.storage.credentials import wants_password, with_password, with_stored_password
from bibagreements.storage.damage import damaged, is_damage, quick_check
from bibagreements.storage.locations import default_database_path, named_database
from bibagreements.storage.private import create_private, keep_private, private_folder
from bibagreements.storage.revisions import SCHEMA_REVISIONS
from bibagreements.storage.schema_shape import has_shape
from bibagreements.storage.sqlite_copy import copy_sqlite
from bibagreements.storage.sqlite_file import read_file_schema
from bibagreements.storage.textfold import register_sqlite_function

_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def resolve_url(db: str | None = None) -> str:
    """The SQLAlchemy URL for ``--db`` / ``BIBAGREEMENTS_DB`` / the user's data folder."""
    value = named_database(db)
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


# A later version's revision: four digits, perhaps with a name ("0012_teams").
_FUTURE_REVISION = re.compile(r"^(\d{4})(?:_\w+)?$")


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
    # (on commit, otherwise): a file that goes with a row takes its place only
    # once the row is committed, and is removed when the transaction is not.
    _outcomes: list[tuple[Callable[[], object], Callable[[], object]]] = field(
        default_factory=list, compare=False
    )

    def when_committed(self, then: Callable[[], object], otherwise: Callable[[], object]) -> None:
        """Run ``then`` after the commit, ``otherwise`` if the unit of work fails."""
        self._outcomes.append((then, otherwise))

    def write_first(self) -> None:
        """Become the one writer now, before reading: a concurrent unit of work that does
        the same waits until this one has committed, then reads what it wrote.

        An import reads which organisations and agreements exist and then adds those
        that do not: two at once would both add them. On SQLite the first write takes
        the file's write lock; on PostgreSQL it locks the schema version's row.
        """
        self.session.execute(text("UPDATE alembic_version SET version_num = version_num"))

    def _settle(self, committed: bool) -> None:
        for then, otherwise in self._outcomes:
            (then if committed else otherwise)()


class Database:
    """An opened, migrated database. Cheap to share; sessions are per operation."""

    def __init__(self, engine: Engine, *, checked: bool = False) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        audited(self._sessions)
        # Who the audit trail names (the GUI sets the name from Settings).
        self.actor = default_actor()
        self._db_role: str | None = None  # PostgreSQL's current_user, read once
        # Every page found whole by SQLite's quick check before the first unit of
        # work reads or writes: a read must not report success on a damaged file
        # either. Once per Database: about 0.2 ms on the example data, 5 ms on
        # 1,000 agreements (a 2 MB file), 40 ms on 10,000. ``checked``: a direct
        # read has just checked it (storage.direct_sqlite).
        self._checked = checked

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def sqlite_path(self) -> Path | None:
        """The file of an SQLite database; None on PostgreSQL."""
        url = self.engine.url
        return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """Commit when the block succeeds, roll back on any error."""
        uow: UnitOfWork | None = None
        try:
            with self._translated_errors(), self._sessions() as session, session.begin():
                if not self._checked and self.sqlite_path is not None:
                    self._check_connection(session.connection())
                session.info[ACTOR_KEY] = self._actor(session)
                uow = UnitOfWork(session)
                yield uow
        except BaseException:
            if uow is not None:
                uow._settle(committed=False)
            raise
        assert uow is not None
        uow._settle(committed=True)

    def _actor(self, session: Session) -> Actor:
        if self._db_role is None:  # SQLite has no roles
            role = None if self.sqlite_path else session.scalar(text("SELECT current_user"))
            self._db_role = str(role or "")
        return replace(self.actor, db_role=self._db_role)

    @contextmanager
    def _translated_errors(self) -> Iterator[None]:
        try:
            yield
        except BibError:
            raise
        except StaleDataError as exc:
            raise ConflictError("saved_meanwhile") from exc
        except IntegrityError as exc:
            raise ValidationError([Problem("database_refused", reason=str(exc.orig))]) from exc
        except (DriverError, InterfaceError, sqlite3.DatabaseError) as exc:
            # sqlite3's own errors come from services that use the driver directly
            # (the backup copies through it).
            error = self._driver_error(exc)
            if error is exc:
                raise
            raise error from exc

    def _check_connection(self, conn: Connection) -> None:
        driver = conn.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection) and self.sqlite_path is not None
        if quick_check(driver):
            raise damaged(self.sqlite_path)
        self._checked = True

    def _driver_error(
        self, exc: DriverError | InterfaceError | sqlite3.DatabaseError
    ) -> BaseException:
        """What the user is told of the driver's error; anything else stays a bug."""
        path = self.sqlite_path
        if path is not None and is_damage(exc):
            return damaged(path)
        if path is None and _lost_connection(exc):
            # The transaction is gone with the connection: nothing of it was committed.
            # The pool's pre-ping gives the next unit of work a new connection.
            return DatabaseError("server_unreachable", reason=_first_line(exc))
        if isinstance(exc, OperationalError | sqlite3.OperationalError):
            return DatabaseError("database_unusable", reason=_first_line(exc))
        return exc

    def close(self) -> None:
        self.engine.dispose()


# What libpq and psycopg say when the server went away (or never answered).
_LOST = (
    "server closed the connection",
    "connection refused",
    "could not connect",
    "terminating connection",
    "connection is closed",
    "connection already closed",
    "the connection is lost",
    "consuming input failed",
    "no connection to the server",
    "connection timeout expired",
)


def _lost_connection(exc: BaseException) -> bool:
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    text = str(getattr(exc, "orig", None) or exc).lower()
    return any(phrase in text for phrase in _LOST)


def _first_line(exc: BaseException) -> str:
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def open_database(
    db: str | None = None,
    *,
    migrate: bool = True,
    checked: bool = False,
    password: str | None = None,
) -> Database:
    """Open (creating or migrating as needed) the database named by ``db``; ``checked``
    when its pages were found whole a moment ago. A server's password: the one in the
    URL, ``password`` (for this connection only), the keyring's, or libpq's own
    (``PGPASSWORD``, ``.pgpass``); one still wanted is ``database_needs_password``."""
    try:
        url = resolve_url(db)
    except OSError as exc:
        raise DatabaseError("cannot_create_data_folder", reason=str(exc)) from exc
    shown = make_url(url).render_as_string(hide_password=True)
    parsed = make_url(url)
    sqlite_path = parsed.database if parsed.get_backend_name() == "sqlite" else None
    try:
        if sqlite_path:
            _check_sqlite_file(Path(sqlite_path))
            _make_private(Path(sqlite_path))
        target = with_password(url, password) if password else url
        engine = _create_engine(with_stored_password(target))
        if migrate:
            _migrate(engine, sqlite_path)
        return Database(engine, checked=checked)
    except BibError:
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        if sqlite_path and is_damage(exc):
            raise damaged(sqlite_path) from exc
        if not sqlite_path and wants_password(exc):
            raise DatabaseError("database_needs_password", url=shown) from exc
        raise DatabaseError("cannot_open_database", url=shown, reason=_first_line(exc)) from exc
    except ModuleNotFoundError as exc:
        raise DatabaseError("no_driver", url=shown, module=str(exc.name)) from exc


def _create_engine(url: str | URL) -> Engine:
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
        # 12 MiB of pages (SQLite's default is 2 MiB): reading the reminders of 10,000
        # agreements (a 16 MB file) through a cache smaller than their rows rereads
        # pages on every call (16.2 -> 13.6 ms, bench_reminders.py; 16 MiB is no faster).
        cursor.execute("PRAGMA cache_size=-12288")
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
    """Refuse, without writing anything, a file that is not ours, too new or damaged."""
    try:
        schema = read_file_schema(path)
    except DatabaseError as exc:
        # Garbage over the header of a file we keep backups of: ours, damaged.
        if exc.code == "not_sqlite" and newest_backup(path) is not None:
            raise damaged(path) from exc
        raise
    if schema is None:
        return
    if schema.revision is None:
        if {n for n in schema.names if not n.startswith("sqlite_")} - {"alembic_version"}:
            raise DatabaseError("not_our_database", path=str(path))
        return
    _check_revision(str(path), schema.revision, schema.columns)
    if not has_shape(schema.revision, schema.columns):
        raise DatabaseError("not_our_database", path=str(path))


def _check_revision(
    where: str, revision: str | None, columns: Mapping[str, frozenset[str]] | None = None
) -> None:
    """Refuse a revision we do not know: too new when it looks like a later one of ours
    (a higher number, and every table and column of our newest; ``columns`` None where
    they are not read), else not ours."""
    revisions, head = known_revisions()
    if revision is None or revision in revisions:
        return
    later = _FUTURE_REVISION.match(revision)
    if later and int(later.group(1)) > int(head) and (columns is None or has_shape(head, columns)):
        raise DatabaseTooNewError("database_too_new", path=where, revision=revision)
    raise DatabaseError("not_our_database", path=where)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _revision_in(conn)


def _migrate(engine: Engine, sqlite_path: str | None) -> None:
    revision = current_revision(engine)
    _check_revision(engine.url.render_as_string(hide_password=True), revision)
    _revisions, head = known_revisions()
    if revision == head:
        return
    from alembic import command

    migrating = migration_engine(engine) if sqlite_path else engine
    try:
        with migrating.begin() as conn:
            if sqlite_path:
                # Under SQLite's write lock (BEGIN IMMEDIATE): another program starting
                # at the same moment may have migrated it meanwhile.
                revision = _revision_in(conn)
                _check_revision(engine.url.render_as_string(hide_password=True), revision)
                if revision == head:
                    return
                if revision is not None:
                    # Through another connection: SQLite's backup cannot read through
                    # one that holds the write lock. It sees the file as it is now.
                    backup_sqlite(engine, Path(sqlite_path), revision)
            command.upgrade(_alembic_config(conn), "head")
            if sqlite_path:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError("broken_references", count=len(broken))
    finally:
        if migrating is not engine:
            migrating.dispose()


def _revision_in(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if value is None else str(value)


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
    """Set a checked copy of the database aside before migrating it (storage.sqlite_copy).

    One copy per revision: when a migration failed before, the copy made then is
    kept (it holds the database as it was before any try) and no other is made.
    """
    pattern = f"{glob.escape(path.name)}.before-migration-{revision}-*.bak"
    earlier = sorted(path.parent.glob(pattern))
    if earlier:
        return earlier[0]
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-migration-{revision}-{stamp}.bak")
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        return copy_sqlite(source, target)
    finally:
        raw.close()
