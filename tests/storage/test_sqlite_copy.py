"""The one SQLite copy: the user's backup and the copy set aside before a migration."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bibagreements.errors import DatabaseError
from bibagreements.storage.sqlite_copy import copy_sqlite


def _database(path: Path, *, damaged: bool = False) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(
            "CREATE TABLE t1(x); CREATE INDEX i1 ON t1(x);"
            "CREATE TABLE t2(x); CREATE INDEX i2 ON t2(x);"
            "INSERT INTO t1 VALUES (1), (2), (3); INSERT INTO t2 VALUES ('a'), ('b');"
        )
        if damaged:  # each index now points at the other's pages
            roots = dict(
                conn.execute("SELECT name, rootpage FROM sqlite_master WHERE type='index'")
            )
            conn.execute("PRAGMA writable_schema=ON")
            for name, other in (("i1", "i2"), ("i2", "i1")):
                conn.execute(
                    "UPDATE sqlite_master SET rootpage=? WHERE name=?", (roots[other], name)
                )
        conn.commit()
    return path


def test_the_copy_is_one_checked_self_contained_file(tmp_path: Path) -> None:
    source = _database(tmp_path / "live.sqlite3")
    with closing(sqlite3.connect(source)) as live:
        live.execute("INSERT INTO t1 VALUES (4)")
        live.commit()  # sits in the WAL
        written = copy_sqlite(live, tmp_path / "copy.sqlite3")
    assert written == tmp_path / "copy.sqlite3"
    assert not (tmp_path / "copy.sqlite3-wal").exists()
    with closing(sqlite3.connect(written)) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert copy.execute("SELECT count(*) FROM t1").fetchone() == (4,)


def test_a_damaged_copy_replaces_nothing(tmp_path: Path) -> None:
    source = _database(tmp_path / "damaged.sqlite3", damaged=True)
    target = tmp_path / "backup.sqlite3"
    target.write_bytes(b"the previous backup")
    with closing(sqlite3.connect(source)) as live, pytest.raises(DatabaseError) as info:
        copy_sqlite(live, target)
    assert info.value.code == "integrity_failed"
    assert "missing from index" in str(info.value)
    assert target.read_bytes() == b"the previous backup"
    assert [p.name for p in tmp_path.glob(".backup*")] == []
