"""Restoring from a backup: exactly the backup's content comes back, the current database
is kept aside, and anything that is not a sound backup of ours changes nothing."""

from __future__ import annotations

import errno
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from bibagreements.errors import DatabaseError
from bibagreements.services.agreements import delete_agreement, list_agreements, save_agreement
from bibagreements.services.backup import backup_database
from bibagreements.services.interchange import export_data
from bibagreements.services.restore import (
    check_backup,
    database_file,
    restore_database,
)
from bibagreements.storage.database import _alembic_config, migration_engine, open_database
from bibagreements.storage.revisions import HEAD_REVISION
from tests.builders import new_db, two_party_agreement

pytestmark = pytest.mark.sqlite_only  # SQLite's files: backups, restores

NOW = datetime(2026, 12, 2, 10, 30, 0)


def _dump(path: Path) -> list[str]:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        return list(conn.iterdump())


def _export(path: Path) -> dict[str, Any]:
    """The export of (a copy of) ``path``, without the moment it was made."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        copy.write_bytes(path.read_bytes())
        db = open_database(str(copy))
        try:
            with db.unit_of_work() as uow:
                data = export_data(uow)
        finally:
            db.close()
    del data["exported_at"]
    return data


def _demo_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    """The example database (left changed: one agreement more, one less) and its backup."""
    db = new_db(tmp_path, "live.sqlite3", demo=True)
    backup = tmp_path / "backup.sqlite3"
    with db.unit_of_work() as uow:
        backup_database(uow, backup)
    with db.unit_of_work() as uow:
        save_agreement(uow, two_party_agreement(uow, "Tillagt efter kopian"))
    with db.unit_of_work() as uow:
        draft = next(s for s in list_agreements(uow) if s.status.value == "draft")
        delete_agreement(uow, draft.id)
    db.close()
    return tmp_path / "live.sqlite3", backup


def test_a_restore_brings_back_exactly_the_backup_and_keeps_the_changed_database(
    tmp_path: Path,
) -> None:
    live, backup = _demo_with_backup(tmp_path)
    original_dump, original_export = _dump(backup), _export(backup)
    changed_dump, changed_export = _dump(live), _export(live)
    assert changed_export != original_export

    untouched = backup.read_bytes()
    info = check_backup(backup, live)
    assert (info.agreements, info.revision) == (3, HEAD_REVISION)
    restored = restore_database(live, backup, NOW)
    assert backup.read_bytes() == untouched  # read, never written

    assert _dump(live) == original_dump
    assert _export(live) == original_export
    assert restored.aside == str(tmp_path / "live.before-restore-20261202-103000.sqlite3")
    aside = Path(restored.aside)
    assert _dump(aside) == changed_dump and _export(aside) == changed_export
    assert oct(aside.stat().st_mode & 0o777) == "0o600"
    assert oct(live.stat().st_mode & 0o777) == "0o600"
    assert restored.backup.agreements == 3
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert leftovers == ["backup.sqlite3", aside.name, "live.sqlite3"]


def test_a_second_restore_in_the_same_second_keeps_both_earlier_databases(tmp_path: Path) -> None:
    live, backup = _demo_with_backup(tmp_path)
    first = restore_database(live, backup, NOW)
    second = restore_database(live, backup, NOW)
    assert first.aside and second.aside
    assert Path(second.aside).name == "live.before-restore-20261202-103000-2.sqlite3"
    assert _dump(Path(first.aside)) != _dump(Path(second.aside))


def test_without_hard_links_the_aside_name_is_claimed_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live, backup = _demo_with_backup(tmp_path)
    changed = _dump(live)

    def no_links(source: object, target: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr("bibagreements.storage.sqlite_restore.os.link", no_links)
    first = restore_database(live, backup, NOW)
    second = restore_database(live, backup, NOW)
    assert first.aside and second.aside and first.aside != second.aside
    assert _dump(Path(first.aside)) == changed


def test_a_killed_restores_leftover_is_removed_by_the_next_one(tmp_path: Path) -> None:
    live, backup = _demo_with_backup(tmp_path)
    stale, recent = tmp_path / ".live.sqlite3.restore-old", tmp_path / ".live.sqlite3.restore-new"
    for folder in (stale, recent):
        folder.mkdir()
        (folder / "snapshot.sqlite3").write_bytes(b"half")
    hours_ago = time.time() - 7200
    os.utime(stale, (hours_ago, hours_ago))
    restore_database(live, backup, NOW)
    assert not stale.exists() and recent.exists()  # another restore may be using that one


def test_a_backup_of_an_older_schema_is_restored_and_migrated_when_opened(tmp_path: Path) -> None:
    live, backup = _demo_with_backup(tmp_path)
    old = open_database(str(backup))
    migrating = migration_engine(old.engine)
    with migrating.begin() as conn:
        command.downgrade(_alembic_config(conn), "0006")
    migrating.dispose()
    old.close()
    assert check_backup(backup).revision == "0006"
    restore_database(live, backup, NOW)
    db = open_database(str(live))
    with db.unit_of_work() as uow:
        assert len(list_agreements(uow)) == 3
    db.close()


def _damaged(tmp_path: Path, backup: Path) -> Path:
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(backup.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = os.urandom(page)
    damaged.write_bytes(bytes(data))
    return damaged


def _foreign(tmp_path: Path) -> Path:
    path = tmp_path / "foreign.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('0007')")
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.commit()
    return path


def _newer(tmp_path: Path, backup: Path) -> Path:
    path = tmp_path / "newer.sqlite3"
    path.write_bytes(backup.read_bytes())
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    return path


def _not_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Mötesanteckningar\n" * 100)
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda t, b: _damaged(t, b), "is damaged"),
        (lambda t, b: _foreign(t), "is not a bibagreements backup"),
        (lambda t, b: _newer(t, b), "newer version of bibagreements (schema 9999)"),
        (lambda t, b: t / "missing.sqlite3", "does not exist"),
        (lambda t, b: t / "folder", "is not a file"),
        (lambda t, b: t / "live.sqlite3", "is the database itself"),
        (lambda t, b: t / "live.sqlite3-wal", "is the database itself"),
        (lambda t, b: _not_sqlite(t), "is not a bibagreements backup (not SQLite)"),
    ],
)
def test_what_is_not_a_sound_backup_of_ours_changes_nothing(
    tmp_path: Path, make: Any, message: str
) -> None:
    live, backup = _demo_with_backup(tmp_path)
    (tmp_path / "folder").mkdir()
    candidate = make(tmp_path, backup)
    if candidate.name.endswith("-wal"):
        candidate.write_bytes(b"")
    before = _files(tmp_path)
    for attempt in (
        lambda: check_backup(candidate, live),
        lambda: restore_database(live, candidate),
    ):
        with pytest.raises(DatabaseError, match=re.escape(message)) as raised:
            attempt()
        text = str(raised.value)
        assert "\n" not in text and "nothing was restored" in text.lower()
    assert _files(tmp_path) == before  # the database and the file byte for byte, no aside
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, "folder"])


def test_a_damaged_database_is_replaced_and_kept_aside_byte_for_byte(tmp_path: Path) -> None:
    live, backup = _demo_with_backup(tmp_path)
    with open(live, "r+b") as handle:  # the usual reason to restore: pages overwritten
        handle.seek(4096)
        handle.write(b"\xde\xad" * 2048 * 30)
    damaged = live.read_bytes()
    restored = restore_database(live, backup, NOW)
    assert restored.aside is not None
    aside = Path(restored.aside)
    assert aside.read_bytes() == damaged
    assert _dump(live) == _dump(backup)
    assert not live.with_name(live.name + "-wal").exists()


def test_a_database_in_use_elsewhere_is_not_replaced(tmp_path: Path) -> None:
    live, backup = _demo_with_backup(tmp_path)
    other = open_database(str(live))
    with other.unit_of_work() as uow:
        save_agreement(uow, two_party_agreement(uow, "Någon annan arbetar"))
        with pytest.raises(DatabaseError, match="in use by another program"):
            restore_database(live, backup, NOW)
    with other.unit_of_work() as uow:
        assert "Någon annan arbetar" in {s.title for s in list_agreements(uow)}
    other.close()


def test_a_postgresql_database_is_restored_by_its_administrator() -> None:
    with pytest.raises(DatabaseError, match="administrator"):
        database_file("postgresql://user@localhost/agreements")
    assert database_file("/tmp/x.sqlite3") == Path("/tmp/x.sqlite3")


def test_the_day_of_an_automatic_backup_is_its_name(tmp_path: Path) -> None:
    _live, backup = _demo_with_backup(tmp_path)
    named = tmp_path / "live-2025-03-04.sqlite3"
    named.write_bytes(backup.read_bytes())
    assert check_backup(named).day == date(2025, 3, 4)
    assert check_backup(backup).day == date.today()


# Before, during (the command starts its work after ~0.4 s of imports) and after the restore.
KILL_DELAYS = (0.1, 0.3, 0.45, 0.55, 0.65, 0.75, 0.9, 1.2)


@pytest.mark.parametrize("delay", KILL_DELAYS)
def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_new_database(
    tmp_path: Path, delay: float
) -> None:
    live, backup = _demo_with_backup(tmp_path)
    # The live database with frames in its WAL, as a program that died leaves it.
    leave_wal = (
        "import os, sys\n"
        "from bibagreements.services.agreements import save_agreement\n"
        "from bibagreements.services.database import open_database\n"
        "from tests.builders import two_party_agreement\n"
        "db = open_database(sys.argv[1])\n"
        "with db.unit_of_work() as uow:\n"
        "    save_agreement(uow, two_party_agreement(uow, 'I loggen'))\n"
        "os._exit(0)\n"
    )
    repository = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", leave_wal, str(live)], check=True, cwd=repository)
    assert (tmp_path / "live.sqlite3-wal").stat().st_size > 0
    old, new = _content(live, tmp_path / "old"), _content(backup, tmp_path / "new")
    assert old != new
    child = subprocess.Popen(
        [sys.executable, "-m", "bibagreements", "--db", str(live), "restore", str(backup)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    after = _content(live, tmp_path / "after")
    assert after in (old, new), f"killed after {delay}s: neither the old nor the new content"
    reopened = open_database(str(live))
    with reopened.unit_of_work() as uow:
        titles = {s.title for s in list_agreements(uow)}
    reopened.close()
    assert ("I loggen" in titles) == (after == old)


def _content(path: Path, folder: Path) -> list[str]:
    """``path``'s content (its WAL applied) read from a copy: the original stays as it is."""
    folder.mkdir()
    copy = folder / path.name
    copy.write_bytes(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        copy.with_name(copy.name + "-wal").write_bytes(wal.read_bytes())
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return list(conn.iterdump())
