"""Reading an up-to-date file of ours with sqlite3 alone: only such a file, never a write,
and nothing from a damaged one."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from bibagreements.errors import DatabaseError
from bibagreements.storage.direct_sqlite import Fallback, read_directly
from tests.databases import damage, database_file, table_page


def _count(conn: sqlite3.Connection) -> int:
    (count,) = conn.execute("SELECT count(*) FROM agreement").fetchone()
    return int(count)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def test_an_up_to_date_file_is_read_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = Path(database_file(tmp_path / "ours.sqlite3", demo=True))
    before = _digest(path)
    assert read_directly(str(path), _count) == 3
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ours.sqlite3"]  # no -wal, -shm


def test_the_read_is_one_snapshot(tmp_path: Path) -> None:
    path = Path(database_file(tmp_path / "ours.sqlite3", demo=True))

    def read(conn: sqlite3.Connection) -> tuple[int, int]:
        first = _count(conn)
        _sql(path, "DELETE FROM checkin", "DELETE FROM agreement_version", "DELETE FROM party")
        _sql(path, "DELETE FROM area", "DELETE FROM agreement")  # another process, meanwhile
        return first, _count(conn)

    assert read_directly(str(path), read) == (3, 3)  # the same snapshot throughout
    assert read_directly(str(path), _count) == 0


def test_an_error_of_sqlite_in_the_read_gives_none(tmp_path: Path) -> None:
    path = database_file(tmp_path / "ours.sqlite3", demo=True)

    def read(conn: sqlite3.Connection) -> object:
        return conn.execute("SELECT nothing FROM nowhere").fetchall()

    assert read_directly(path, read) is None  # SQLite's error: read the usual way


def _older(path: Path) -> None:
    _sql(path, "UPDATE alembic_version SET version_num = '0007'")


def _newer(path: Path) -> None:
    _sql(path, "UPDATE alembic_version SET version_num = '9999'")


def _not_ours(path: Path) -> None:
    _sql(path, "DROP TABLE alembic_version")


def _other_shape(path: Path) -> None:
    _sql(path, "ALTER TABLE agreement DROP COLUMN short_title")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _text(path: Path) -> None:
    path.write_text("not a database\n", encoding="utf-8")


@pytest.mark.parametrize("spoil", [_older, _newer, _not_ours, _other_shape, _empty, _text])
def test_a_file_that_needs_opening_first_is_not_read(
    tmp_path: Path, spoil: Callable[[Path], None]
) -> None:
    path = Path(database_file(tmp_path / "ours.sqlite3", demo=True))
    spoil(path)
    before = _digest(path)
    called: list[bool] = []
    assert read_directly(str(path), lambda reads: called.append(True)) is None
    assert called == [] and _digest(path) == before


def test_no_file_and_a_url_are_not_read(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert read_directly(str(missing), _count) is None
    assert not missing.exists()
    url = "sqlite:///" + database_file(tmp_path / "ours.sqlite3", demo=True)
    assert read_directly(url, _count) is None


def test_a_read_that_falls_back_gives_none(tmp_path: Path) -> None:
    def read(_conn: sqlite3.Connection) -> int:
        raise Fallback

    assert read_directly(database_file(tmp_path / "ours.sqlite3", demo=True), read) is None


def test_nothing_is_returned_from_a_damaged_file_whatever_was_read(tmp_path: Path) -> None:
    path = database_file(tmp_path / "ours.sqlite3", demo=True)
    damage(path, table_page(path, "checkin"))  # a table the read does not touch
    with pytest.raises(DatabaseError) as raised:
        read_directly(path, _count)
    assert raised.value.code in ("database_damaged", "database_damaged_no_backup")
