"""Opening a database: migrated, refused when newer or foreign, on SQLite and PostgreSQL."""

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

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
from tests.databases import PG_URL, reset_postgresql


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
