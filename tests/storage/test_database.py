"""Opening a database: migrated, refused when newer or foreign, on SQLite and PostgreSQL."""

import hashlib
import os
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from bibagreements.errors import DatabaseError, DatabaseTooNewError
from bibagreements.services.agreements import list_agreements
from bibagreements.services.demo import load_demo
from bibagreements.services.interchange import export_data, import_data
from bibagreements.services.organisations import list_organisations
from bibagreements.storage.database import (
    Database,
    _alembic_config,
    current_revision,
    known_revisions,
    open_database,
    resolve_url,
)
from bibagreements.storage.schema_shape import SHAPES
from tests.databases import (
    PG_URL,
    damage,
    database_file,
    fake_backup,
    fresh_database,
    reset_postgresql,
    table_page,
)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_migrated_with_foreign_keys_and_wal(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "a.sqlite3"))
    _revisions, head = known_revisions()
    assert current_revision(db.engine) == head
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        tables = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
    assert {"agreement", "party", "organisation", "person", "checkin", "followup"} <= tables
    db.close()


def test_database_from_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(str(path)).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _sha(path)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(str(path))
    assert _sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


@pytest.mark.parametrize("revision", ["abc", "0042", "12", "9999x"])
def test_a_foreign_file_with_a_revision_table_is_not_ours_not_too_new(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "other-app.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total INTEGER)")
        conn.commit()
    before = _sha(path)
    with pytest.raises(DatabaseError) as raised:
        open_database(str(path))
    assert raised.value.code == "not_our_database"
    assert not isinstance(raised.value, DatabaseTooNewError)
    assert _sha(path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["other-app.sqlite3"]


def test_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(DatabaseError, match="not a bibagreements database"):
        open_database(str(path))
    assert path.read_text(encoding="utf-8") == "hello"


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE stuff (x INTEGER)")
    conn.close()
    with pytest.raises(DatabaseError, match="not a bibagreements database"):
        open_database(str(path))


@pytest.mark.parametrize(
    ("value", "message"),
    [("/no/such/folder/db.sqlite3", "does not exist"), ("not-a-scheme://", "not a usable")],
)
def test_unusable_locations(value: str, message: str) -> None:
    with pytest.raises(DatabaseError, match=message):
        resolve_url(value)


def test_environment_variable_names_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BIBAGREEMENTS_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None).endswith("env.sqlite3")
    assert resolve_url(str(tmp_path / "flag.sqlite3")).endswith("flag.sqlite3")


def test_older_database_is_copied_aside_then_migrated(tmp_path: Path) -> None:
    revisions, head = known_revisions()
    if len(revisions) < 2:
        pytest.skip("only one schema revision exists so far")
    path = tmp_path / "old.sqlite3"
    db = open_database(str(path))
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0001")
    db.close()
    db = open_database(str(path))
    assert current_revision(db.engine) == head
    backups = list(tmp_path.glob("old.sqlite3.before-migration-0001-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()
    db.close()


def test_newer_database_with_a_wal_file_is_refused_without_side_files(tmp_path: Path) -> None:
    path = tmp_path / "busy.sqlite3"
    open_database(str(path)).close()
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE alembic_version SET version_num = '9999_future'")
    writer.commit()
    # Another process still holds the database: its WAL stays, un-checkpointed.
    files = {p.name: _sha(p) for p in tmp_path.iterdir()}
    assert "busy.sqlite3-wal" in files
    try:
        with pytest.raises(DatabaseTooNewError):
            open_database(str(path))
        assert {p.name: _sha(p) for p in tmp_path.iterdir()} == files
    finally:
        writer.close()


def test_migrations_demo_and_round_trip_on_postgresql(pg: Database) -> None:
    assert current_revision(pg.engine) == known_revisions()[1]
    with pg.unit_of_work() as uow:
        load_demo(uow)
    with pg.unit_of_work() as uow:
        exported = export_data(uow)
        assert len(list_agreements(uow)) == 3
        assert [o.name for o in list_organisations(uow, "skåne")] == [
            "Region Skåne",
            "Region Skånes kulturförvaltning",
        ]
    reset_postgresql()
    fresh = open_database(PG_URL)
    with fresh.unit_of_work() as uow:
        assert import_data(uow, exported).agreements_created == 3
    with fresh.unit_of_work() as uow:
        again = export_data(uow)
    fresh.close()
    exported.pop("exported_at"), again.pop("exported_at")
    assert again == exported


def test_newer_postgresql_database_is_refused(pg: Database) -> None:
    with pg.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseTooNewError):
        open_database(PG_URL)


# -- damaged databases, foreign files, pre-migration copies, simultaneous starts --


def _state(path: Path) -> tuple[str, int]:
    return _sha(path), path.stat().st_mtime_ns


def _foreign(path: Path, tables: dict[str, str]) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
        for name, columns in tables.items():
            if columns:
                conn.execute(f"CREATE TABLE {name} ({columns})")
        conn.commit()
    return path


@pytest.mark.parametrize(
    "tables",
    [
        {"invoice": "id INTEGER PRIMARY KEY, total REAL", "customer": "id INTEGER, name TEXT"},
        # Our table names, but not our columns.
        {name: "id INTEGER PRIMARY KEY, x TEXT" for name in SHAPES["0001"]}
        | {"alembic_version": ""},
    ],
    ids=["unrelated-tables", "our-names-other-columns"],
)
def test_foreign_file_with_a_revision_table_is_left_byte_for_byte_untouched(
    tmp_path: Path, tables: dict[str, str]
) -> None:
    path = _foreign(tmp_path / "foreign.sqlite3", tables)
    before = _state(path)
    for _ in range(3):
        with pytest.raises(DatabaseError) as raised:
            open_database(str(path))
        assert raised.value.code == "not_our_database"
    assert _state(path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["foreign.sqlite3"]


def test_an_empty_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    db = open_database(str(path))
    assert current_revision(db.engine) == known_revisions()[1]
    db.close()


def test_a_migration_that_fails_twice_leaves_one_copy_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(str(path))
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0005")
    db.close()

    def failing_upgrade(*_args: object) -> None:
        raise OperationalError("ALTER TABLE …", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr(command, "upgrade", failing_upgrade)
    with pytest.raises(DatabaseError, match="disk I/O error"):
        open_database(str(path))
    (first,) = tmp_path.glob("old.sqlite3.before-migration-0005-*.bak")
    # As if made yesterday: a second try in the same second would reuse the name.
    earlier = first.rename(first.with_name("old.sqlite3.before-migration-0005-20261201-080000.bak"))
    with pytest.raises(DatabaseError, match="disk I/O error"):
        open_database(str(path))
    copies = list(tmp_path.glob("old.sqlite3.before-migration-0005-*.bak"))
    assert copies == [earlier]
    monkeypatch.undo()
    db = open_database(str(path))
    assert current_revision(db.engine) == known_revisions()[1]
    db.close()
    assert list(tmp_path.glob("old.sqlite3.before-migration-*.bak")) == copies


def _damaged_demo(tmp_path: Path, page: int | None = None) -> Path:
    path = Path(database_file(tmp_path / "damaged.sqlite3", demo=True))
    damage(path, page or table_page(path))
    return path


def test_damage_found_while_working_names_the_newest_backup(tmp_path: Path) -> None:
    path = _damaged_demo(tmp_path)
    fake_backup(path, date(2026, 11, 30))
    newest = fake_backup(path, date(2026, 12, 1))
    db = open_database(str(path))
    with pytest.raises(DatabaseError) as raised, db.unit_of_work() as uow:
        list_agreements(uow)
    assert raised.value.code == "database_damaged"
    params = dict(raised.value.params)
    assert (params["path"], params["backup"]) == (str(path.resolve()), str(newest))
    db.close()


@pytest.mark.parametrize("where", ["schema-page", "whole-first-page"])
def test_damage_on_the_first_page_is_found_on_opening(tmp_path: Path, where: str) -> None:
    path = Path(database_file(tmp_path / "damaged.sqlite3", demo=True))
    damage(path, 1, offset=100 if where == "schema-page" else 0)
    fake_backup(path)
    with pytest.raises(DatabaseError) as raised:
        open_database(str(path))
    assert raised.value.code == "database_damaged"


def test_garbage_without_a_backup_is_not_taken_for_our_database(tmp_path: Path) -> None:
    path = Path(database_file(tmp_path / "damaged.sqlite3", demo=True))
    damage(path, 1)
    with pytest.raises(DatabaseError) as raised:
        open_database(str(path))
    assert raised.value.code == "not_sqlite"


def test_nothing_succeeds_on_a_damaged_database_even_where_it_reads_nothing_damaged(
    tmp_path: Path,
) -> None:
    path = _damaged_demo(tmp_path, page=3)  # an index the list never reads
    db = open_database(str(path))
    with pytest.raises(DatabaseError) as raised, db.unit_of_work() as uow:
        list_agreements(uow)
    assert raised.value.code == "database_damaged_no_backup"
    with pytest.raises(DatabaseError) as raised, db.unit_of_work() as uow:
        uow.session.execute(text("UPDATE agreement SET title = 'x' WHERE id = 1"))
    assert raised.value.code == "database_damaged_no_backup"
    with pytest.raises(DatabaseError, match="is damaged"), db.unit_of_work() as uow:
        uow.session.execute(text("DELETE FROM snooze"))
    db.close()
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT count(*) FROM agreement WHERE title = 'x'").fetchone() == (0,)


def test_a_whole_database_is_checked_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bibagreements.storage import database

    checks: list[object] = []
    real = database.quick_check
    monkeypatch.setattr(database, "quick_check", lambda conn: checks.append(conn) or real(conn))
    db = fresh_database(tmp_path / "whole.sqlite3", demo=True)
    with db.unit_of_work() as uow:
        list_agreements(uow)
    assert len(checks) == 1  # the first unit of work checks, also when it only reads
    for title in ("x", "y"):
        with db.unit_of_work() as uow:
            uow.session.execute(text("UPDATE agreement SET title = :t WHERE id = 1"), {"t": title})
    assert len(checks) == 1
    db.close()


_STARTS = 50


def _start_all(db: Path, count: int = _STARTS) -> list[tuple[int, str]]:
    """``count`` programs started at once, all before any is waited for."""
    command_line = [sys.executable, "-m", "bibagreements", "--db", str(db), "list"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    started = [
        subprocess.Popen(command_line, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        for _ in range(count)
    ]
    results = []
    for process in started:
        _out, err = process.communicate(timeout=240)
        results.append((process.returncode, err.decode()))
    return results


def test_simultaneous_first_starts_on_a_new_database_all_succeed(tmp_path: Path) -> None:
    results = _start_all(tmp_path / "new.sqlite3")
    assert [r for r in results if r != (0, "")] == []


def test_simultaneous_starts_while_another_program_writes_all_succeed(tmp_path: Path) -> None:
    path = Path(database_file(tmp_path / "busy.sqlite3", demo=True))
    stop = threading.Event()

    def write() -> None:
        while not stop.is_set():
            with closing(sqlite3.connect(path, timeout=30)) as conn:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("UPDATE agreement SET version = version WHERE id = 1")
                conn.commit()
            stop.wait(0.005)  # a busy writer, not one that takes a core from the starts

    writer = threading.Thread(target=write)
    writer.start()
    try:
        results = _start_all(path)
    finally:
        stop.set()
        writer.join()
    assert [r for r in results if r != (0, "")] == []
