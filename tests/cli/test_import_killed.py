"""An ``import`` killed at any moment leaves the database as it was, or with all of the file."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from bibagreements.services.agreements import list_agreements
from bibagreements.services.interchange import export_to_file
from bibagreements.storage.database import open_database
from tests.bench.synthetic import generate
from tests.databases import database_file, fresh_database

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def large_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few hundred agreements none of which is frozen: the import freezes each (slow)."""
    folder = tmp_path_factory.mktemp("large")
    source = fresh_database(folder / "source.sqlite3")
    generate(source, 400, 5, seed=3)
    with source.unit_of_work() as uow:
        export_to_file(uow, folder / "large.json")
    source.close()
    return folder / "large.json"


def _content(path: Path) -> list[str]:
    """``path``'s content with its WAL applied, read from a copy (the original stays as it is)."""
    copy = path.with_name("copy-" + path.name)
    copy.write_bytes(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    copy_wal = copy.with_name(copy.name + "-wal")
    copy_wal.unlink(missing_ok=True)
    if wal.exists():
        copy_wal.write_bytes(wal.read_bytes())
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        content = list(conn.iterdump())
    copy.unlink()
    copy_wal.unlink(missing_ok=True)
    return content


def _import(db: Path, file: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bibagreements", "--db", str(db), "import", str(file)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=REPOSITORY,
    )


def test_an_import_killed_at_any_moment_leaves_the_database_as_it_was_or_whole(
    tmp_path: Path, large_file: Path
) -> None:
    whole = Path(database_file(tmp_path / "whole.sqlite3", demo=True))
    before = _content(whole)
    started = time.perf_counter()
    assert _import(whole, large_file).wait() == 0
    took = time.perf_counter() - started
    imported = len(_content(whole))
    assert imported > len(before) + 400  # the import did store the file

    # From the program's start to the commit: before, during checking, during storing.
    # (Killed after its commit, while the program ends, the import is there whole.)
    untouched = 0
    for fraction in (0.1, 0.35, 0.6, 0.85):
        db = Path(database_file(tmp_path / f"killed-{fraction}.sqlite3", demo=True))
        child = _import(db, large_file)
        time.sleep(took * fraction)
        child.send_signal(signal.SIGKILL)
        child.wait()
        after = _content(db)
        if after != before:
            assert len(after) == imported, f"killed at {fraction:.0%}: neither before nor all"
            continue
        untouched += 1
        reopened = open_database(str(db))
        with reopened.unit_of_work() as uow:
            assert len(list_agreements(uow)) == 3  # the examples, and nothing of the file
        reopened.close()
    assert untouched >= 2
