"""A write straight to an up-to-date file of ours (storage.direct_sqlite.write_directly):
one transaction, committed whole or not at all, errors as a unit of work gives them."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from bibagreements.errors import DatabaseError, ValidationError
from bibagreements.storage.direct_sqlite import Fallback, write_directly
from tests.databases import damage, database_file, table_page

_RENDERING = (
    "INSERT INTO rendering (agreement_id, agreement_version, document, format, language,"
    " archive, path, size, sha256, created_at) VALUES"
    " (?, 1, 'agreement', 'pdf', 'sv', 0, '/x.pdf', 1, 'ab', '2026-12-03 06:00:00.000000')"
)


def _renderings(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        (count,) = conn.execute("SELECT count(*) FROM rendering").fetchone()
    return int(count)


def _insert(agreement_id: int = 1) -> Callable[[sqlite3.Connection], int | None]:
    def write(conn: sqlite3.Connection) -> int | None:
        return conn.execute(_RENDERING, (agreement_id,)).lastrowid

    return write


@pytest.fixture
def ours(tmp_path: Path) -> Path:
    return Path(database_file(tmp_path / "ours.sqlite3", demo=True))


def test_the_write_is_committed_and_its_value_returned(ours: Path) -> None:
    assert write_directly(str(ours), _insert()) == 1
    assert _renderings(ours) == 1


def test_under_the_write_lock_in_wal_with_foreign_keys_on(ours: Path) -> None:
    def write(conn: sqlite3.Connection) -> tuple[object, ...]:
        return (
            conn.in_transaction,
            conn.execute("PRAGMA foreign_keys").fetchone()[0],
            conn.execute("PRAGMA journal_mode").fetchone()[0],
            conn.execute("PRAGMA synchronous").fetchone()[0],
        )

    assert write_directly(str(ours), write) == (True, 1, "wal", 1)
    with pytest.raises(ValidationError) as raised:  # no such agreement
        write_directly(str(ours), _insert(99))
    assert raised.value.problems[0].code == "database_refused"
    assert _renderings(ours) == 0


def test_fallback_or_an_error_writes_nothing(ours: Path) -> None:
    def then_fallback(conn: sqlite3.Connection) -> None:
        conn.execute(_RENDERING, (1,))
        raise Fallback

    def then_fail(conn: sqlite3.Connection) -> None:
        conn.execute(_RENDERING, (1,))
        raise RuntimeError("a bug")

    assert write_directly(str(ours), then_fallback) is None
    with pytest.raises(RuntimeError):
        write_directly(str(ours), then_fail)
    assert _renderings(ours) == 0


def test_only_an_up_to_date_file_of_ours_is_written(ours: Path, tmp_path: Path) -> None:
    def never(conn: sqlite3.Connection) -> None:
        raise AssertionError("written")

    assert write_directly(f"sqlite:///{ours}", never) is None
    assert write_directly(str(tmp_path / "none.sqlite3"), never) is None
    assert not (tmp_path / "none.sqlite3").exists()
    with closing(sqlite3.connect(ours)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0007'")
        conn.commit()
    assert write_directly(str(ours), never) is None


def test_damage_found_by_its_own_quick_check_unless_checked_just_before(ours: Path) -> None:
    damage(ours, table_page(ours, "checkin"))  # a table the write does not touch
    with pytest.raises(DatabaseError) as raised:
        write_directly(str(ours), _insert())
    assert raised.value.code == "database_damaged_no_backup"
    assert _renderings(ours) == 0


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="permissions")
def test_a_file_it_cannot_write_is_unusable_in_one_line(ours: Path) -> None:
    with closing(sqlite3.connect(ours)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
    ours.chmod(0o400)
    with pytest.raises(DatabaseError) as raised:
        write_directly(str(ours), _insert())
    assert raised.value.code == "database_unusable"
