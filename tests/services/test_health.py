"""check_database: whole, or damaged with the way back."""

from pathlib import Path

import pytest

from bibagreements.errors import DatabaseError
from bibagreements.services.health import check_database, require_whole
from bibagreements.storage.database import known_revisions, open_database
from tests.databases import damage, database_file, fake_backup, fresh_database, table_page


@pytest.mark.sqlite_only  # reads or reopens the SQLite file
def test_the_example_database_is_whole(tmp_path: Path) -> None:
    db = fresh_database(tmp_path / "demo.sqlite3", demo=True)
    health = check_database(db)
    assert health.whole is True and health.problems == () and health.advice is None
    assert (health.agreements, health.revision) == (3, known_revisions()[1])
    db.close()


def test_a_damaged_page_is_found_and_the_newest_backup_named(tmp_path: Path) -> None:
    path = Path(database_file(tmp_path / "demo.sqlite3", demo=True))
    damage(path, 3)  # an index: opening and listing work, the check does not pass
    backup = fake_backup(path)
    db = open_database(str(path))
    health = check_database(db)
    assert health.whole is False and health.problems
    assert health.problems[0].startswith("Page 3")
    assert health.advice is not None and health.advice.code == "database_damaged"
    assert dict(health.advice.params)["backup"] == str(backup)
    db.close()


def test_damage_the_check_runs_into_is_reported_not_raised(tmp_path: Path) -> None:
    path = Path(database_file(tmp_path / "demo.sqlite3", demo=True))
    db = open_database(str(path))
    db.close()
    damage(path, table_page(path))
    health = check_database(db)
    assert health.whole is False and len(health.problems) == 1
    assert health.advice is not None and health.advice.code == "database_damaged_no_backup"


def test_rows_referring_to_missing_rows_are_problems(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    path = Path(database_file(tmp_path / "demo.sqlite3", demo=True))
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE checkin SET agreement_id = 4242 WHERE id = 1")
        conn.commit()
    db = open_database(str(path))
    health = check_database(db)
    assert health.whole is False
    assert health.problems == ("row 1 of checkin refers to a missing row of agreement",)
    db.close()


def test_require_whole_passes_a_whole_database_and_stops_a_damaged_one(tmp_path: Path) -> None:
    path = Path(database_file(tmp_path / "demo.sqlite3", demo=True))
    db = open_database(str(path))
    with db.unit_of_work() as uow:
        require_whole(uow)
    db.close()  # its connections keep the pages they read
    damage(path, 3)
    backup = fake_backup(path)
    db = open_database(str(path))
    with pytest.raises(DatabaseError) as raised, db.unit_of_work() as uow:
        require_whole(uow)
    assert raised.value.code == "database_damaged"
    assert dict(raised.value.params)["backup"] == str(backup)
    db.close()
