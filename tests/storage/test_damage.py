"""A damaged file recognised by SQLite's answer, and the sentence that names its backup."""

import shlex
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.exc import DatabaseError as DriverError
from sqlalchemy.exc import OperationalError

from bibagreements.storage.damage import damaged, integrity_problems, is_damage, quick_check
from tests.databases import damage, database_file, fake_backup, table_page


def _driver_error(path: Path, sql: str) -> sqlite3.Error:
    with closing(sqlite3.connect(path)) as conn:
        try:
            conn.execute(sql).fetchall()
        except sqlite3.Error as exc:
            return exc
    raise AssertionError(f"{sql} did not fail")


def test_corrupt_and_not_a_database_are_damage_other_errors_are_not(tmp_path: Path) -> None:
    path = Path(database_file(tmp_path / "d.sqlite3", demo=True))
    damage(path, table_page(path))
    malformed = _driver_error(path, "SELECT * FROM agreement")
    assert "malformed" in str(malformed) and is_damage(malformed)
    wrapped = DriverError("SELECT * FROM agreement", {}, malformed)
    assert is_damage(wrapped)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"x" * 8192)
    assert is_damage(_driver_error(garbage, "SELECT * FROM sqlite_master"))
    no_table = _driver_error(path.with_name("other.sqlite3"), "SELECT * FROM nothing")
    assert not is_damage(no_table)
    assert not is_damage(OperationalError("SELECT 1", {}, no_table))
    assert not is_damage(ValueError("malformed"))


def test_the_sentence_names_the_newest_backup_or_says_there_is_none(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    none = damaged(path)
    assert none.code == "database_damaged_no_backup"
    assert str(none) == (
        f"the database {path} is damaged; there is no automatic backup of it: use your own "
        f"latest copy with `bibagreements --db {path} restore FILE`"
    )
    backup = fake_backup(path)
    found = damaged(path)
    assert found.code == "database_damaged"
    assert str(found) == (
        f"the database {path} is damaged; the newest backup is {backup} "
        f"(restore it with: bibagreements --db {path} restore {backup})"
    )


def test_the_restore_command_is_quoted_for_the_shell(tmp_path: Path) -> None:
    folder = tmp_path / "Mina dokument" / "Region's avtal"
    folder.mkdir(parents=True)
    path = folder / "avtal; rm -rf ~.sqlite3"
    command = str(damaged(path)).split("`")[1]
    assert shlex.split(command) == ["bibagreements", "--db", str(path), "restore", "FILE"]
    backup = fake_backup(path)
    command = str(damaged(path)).rsplit("restore it with: ", 1)[1].removesuffix(")")
    assert shlex.split(command) == ["bibagreements", "--db", str(path), "restore", str(backup)]


@pytest.mark.parametrize("page", ["index", "table"])
def test_checks_find_a_damaged_page_in_plain_lines(tmp_path: Path, page: str) -> None:
    path = Path(database_file(tmp_path / "d.sqlite3", demo=True))
    with closing(sqlite3.connect(path)) as conn:
        assert quick_check(conn) == [] and integrity_problems(conn) == []
    damage(path, 3 if page == "index" else table_page(path))
    with closing(sqlite3.connect(path)) as conn:
        for problems in (quick_check(conn), integrity_problems(conn)):
            assert problems and all("\n" not in p and not p.startswith("***") for p in problems)


def test_a_row_referring_to_a_missing_row_is_a_problem(tmp_path: Path) -> None:
    path = Path(database_file(tmp_path / "d.sqlite3", demo=True))
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE party SET agreement_id = 999 WHERE id = 1")
        conn.commit()
        assert integrity_problems(conn) == ["row 1 of party refers to a missing row of agreement"]
        assert quick_check(conn) == []
