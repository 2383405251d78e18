"""The file steps of a restore: leaving WAL mode, the aside name, the rename."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from bibagreements.errors import DatabaseError
from bibagreements.storage.sqlite_restore import (
    aside_name,
    leave_wal_mode,
    put_in_place,
    set_aside_as_is,
)


def _wal_database(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    return conn


def test_leaving_wal_mode_folds_the_log_and_deletes_it(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    other = _wal_database(path)
    with pytest.raises(DatabaseError, match="in use by another program"):
        leave_wal_mode(path)
    other.close()
    # Closing the last connection may fold the log already; make one that stays.
    conn = _wal_database(tmp_path / "kept.sqlite3")
    conn.execute("INSERT INTO t VALUES (2)")
    conn.commit()
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes((tmp_path / "kept.sqlite3").read_bytes())
    (tmp_path / "copy.sqlite3-wal").write_bytes((tmp_path / "kept.sqlite3-wal").read_bytes())
    conn.close()
    leave_wal_mode(copy)
    assert sorted(p.name for p in tmp_path.glob("copy*")) == ["copy.sqlite3"]
    with closing(sqlite3.connect(copy)) as check:
        assert check.execute("SELECT x FROM t").fetchall() == [(1,), (2,)]
        assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_the_aside_name_says_when_and_counts_within_a_second() -> None:
    stamp = datetime(2026, 1, 2, 3, 4, 5)
    assert aside_name(Path("/x/reg.sqlite3"), stamp) == "reg.before-restore-20260102-030405.sqlite3"
    assert aside_name(Path("reg.db"), stamp, 3) == "reg.before-restore-20260102-030405-3.db"


def test_putting_in_place_is_one_rename_and_drops_a_stale_index(tmp_path: Path) -> None:
    database, staged = tmp_path / "db.sqlite3", tmp_path / "staged"
    database.write_bytes(b"old")
    staged.write_bytes(b"new")
    (tmp_path / "db.sqlite3-shm").write_bytes(b"index")
    put_in_place(staged, database)
    assert database.read_bytes() == b"new" and database.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite3"]


def test_a_damaged_database_is_kept_as_it_is_with_its_log(tmp_path: Path) -> None:
    conn = _wal_database(tmp_path / "kept.sqlite3")
    conn.execute("INSERT INTO t VALUES (2)")
    conn.commit()
    database = tmp_path / "db.sqlite3"
    database.write_bytes((tmp_path / "kept.sqlite3").read_bytes())
    wal = database.with_name(database.name + "-wal")
    wal.write_bytes((tmp_path / "kept.sqlite3-wal").read_bytes())
    conn.close()
    folder = tmp_path / "staging"
    folder.mkdir()
    aside = set_aside_as_is(database, folder, datetime(2026, 12, 2, 10, 30))
    assert aside.name == "db.before-restore-20261202-103000.sqlite3"
    assert aside.read_bytes() == database.read_bytes()
    assert not wal.exists()  # never applied to the file that takes the database's place
    with closing(sqlite3.connect(aside)) as kept:  # the log came along: both rows are there
        assert kept.execute("SELECT x FROM t ORDER BY x").fetchall() == [(1,), (2,)]
    assert aside.stat().st_mode & 0o777 == 0o600
