"""Backing up the database: a consistent, checked copy that replaces nothing until complete."""

from __future__ import annotations

import errno
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bibagreements.errors import DatabaseError, ValidationError
from bibagreements.services.agreements import list_agreements, save_agreement
from bibagreements.services.backup import backup_database
from bibagreements.storage.database import (
    Database,
    current_revision,
    known_revisions,
    open_database,
)
from tests.builders import new_db, two_party_agreement

pytestmark = pytest.mark.sqlite_only  # SQLite's files: backups, restores


def test_the_copy_holds_everything_committed_and_opens_as_a_database(tmp_path: Path) -> None:
    db = new_db(tmp_path, "live.sqlite3", demo=True)
    with db.unit_of_work() as uow:
        save_agreement(uow, two_party_agreement(uow, "Senast sparat"))
    assert (tmp_path / "live.sqlite3-wal").exists()  # the last save may sit in the WAL
    with db.unit_of_work() as uow:
        copy = backup_database(uow, tmp_path / "kopia.sqlite3")
    db.close()
    assert copy.agreements == 4 and copy.size == (tmp_path / "kopia.sqlite3").stat().st_size
    assert not (tmp_path / "kopia.sqlite3-wal").exists()  # one self-contained file
    assert [p.name for p in tmp_path.glob(".kopia*")] == []  # no temp file left
    restored = open_database(str(tmp_path / "kopia.sqlite3"))
    with restored.unit_of_work() as uow:
        titles = {s.title for s in list_agreements(uow)}
    assert "Senast sparat" in titles and len(titles) == 4
    assert current_revision(restored.engine) == known_revisions()[1]
    restored.close()


def test_a_failed_copy_leaves_the_previous_backup_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = new_db(tmp_path, "live.sqlite3")
    target = tmp_path / "backup.sqlite3"
    with db.unit_of_work() as uow:
        backup_database(uow, target)
    before = target.read_bytes()

    with db.unit_of_work() as uow:
        save_agreement(uow, two_party_agreement(uow))
        monkeypatch.setattr("bibagreements.services.backup.sqlite3.connect", _failing_connect)
        with pytest.raises(sqlite3.DatabaseError):
            backup_database(uow, target)
    db.close()
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.glob(".backup*")] == []


def _failing_connect(path: object) -> sqlite3.Connection:
    raise sqlite3.DatabaseError("disk I/O error")


def test_the_live_database_and_bad_targets_are_refused(tmp_path: Path) -> None:
    db = new_db(tmp_path, "live.sqlite3")
    with db.unit_of_work() as uow:
        for target, message in (
            (tmp_path / "live.sqlite3", "the database itself"),
            (tmp_path / "live.sqlite3-wal", "the database itself"),
            (tmp_path, "is a folder"),
            (tmp_path / "missing" / "b.sqlite3", "does not exist"),
        ):
            with pytest.raises(ValidationError, match=message):
                backup_database(uow, target)
    db.close()


def test_a_postgresql_database_is_backed_up_by_its_administrator(
    pg: Database, tmp_path: Path
) -> None:
    from bibagreements.errors import ValidationError
    from bibagreements.services.backup import backup_database

    with pg.unit_of_work() as uow, pytest.raises(ValidationError, match="pg_dump"):
        backup_database(uow, tmp_path / "copy.sqlite3")
    assert not list(tmp_path.iterdir())


def _cli(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "bibagreements", "--db", str(db), *args]


def _earlier_backup(tmp_path: Path) -> tuple[Path, Path, bytes]:
    """A live database bigger than the file-size limit below, and a good backup of it."""
    db = new_db(tmp_path, "live.sqlite3", demo=True)
    target = tmp_path / "backup.sqlite3"
    with db.unit_of_work() as uow:
        backup_database(uow, target)
    db.close()
    assert target.stat().st_size > 2 * FILE_SIZE_LIMIT
    return tmp_path / "live.sqlite3", target, target.read_bytes()


FILE_SIZE_LIMIT = 100_000


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() fails with EFBIG instead


def test_a_copy_over_the_file_size_limit_says_so_and_keeps_the_earlier_backup(
    tmp_path: Path,
) -> None:
    live, target, earlier = _earlier_backup(tmp_path)
    done = subprocess.run(
        _cli(live, "backup", "-o", str(target)),
        capture_output=True,
        text=True,
        preexec_fn=_limit_file_size,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr == (
        f"bibagreements: error: there is no room for the copy in {tmp_path}; nothing was replaced\n"
    )
    assert target.read_bytes() == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.sqlite3", "live.sqlite3"]


def test_a_copy_onto_a_full_filesystem_says_so_and_keeps_the_earlier_backup(
    tmp_path: Path,
) -> None:
    live, good, earlier = _earlier_backup(tmp_path)
    disk = tmp_path / "disk"
    disk.mkdir()
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs {disk}"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {probe.stderr.decode().strip()}")
    # Room for the earlier backup and half of another; everything checked inside the
    # namespace, where the small filesystem exists.
    size = len(earlier) + len(earlier) // 2
    script = (
        f"mount -t tmpfs -o size={size} tmpfs {disk} && cp {good} {disk}/backup.sqlite3 && "
        f"{{ {' '.join(_cli(live, 'backup', '-o', f'{disk}/backup.sqlite3'))}; echo rc=$?; "
        f"cmp {good} {disk}/backup.sqlite3 && echo intact; ls -A {disk}; }}"
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, check=False
    )
    assert done.stderr == (
        f"bibagreements: error: there is no room for the copy in {disk}; nothing was replaced\n"
    )
    assert done.stdout.splitlines() == ["rc=1", "intact", "backup.sqlite3"]


@pytest.mark.parametrize(
    ("failure", "code"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
        (OSError(errno.EFBIG, "File too large"), "disk_full"),
        (sqlite3.OperationalError("database or disk is full"), "disk_full"),
        (OSError(errno.EACCES, "Permission denied"), "cannot_write"),
        (sqlite3.OperationalError("disk I/O error"), "cannot_write"),  # another failure
    ],
)
def test_write_failures_are_told_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: Exception, code: str
) -> None:
    db = new_db(tmp_path, "live.sqlite3")

    def failing(source: object, target: object) -> None:
        raise failure

    monkeypatch.setattr("bibagreements.services.backup.copy_sqlite", failing)
    with db.unit_of_work() as uow, pytest.raises(DatabaseError) as raised:
        backup_database(uow, tmp_path / "b.sqlite3")
    db.close()
    assert raised.value.code == code and "\n" not in str(raised.value)
