"""Backing up the database: a consistent, checked copy that replaces nothing until complete."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bibagreements.errors import ValidationError
from bibagreements.services.agreements import list_agreements, save_agreement
from bibagreements.services.backup import backup_database
from bibagreements.storage.database import (
    Database,
    current_revision,
    known_revisions,
    open_database,
)
from tests.builders import new_db, two_party_agreement


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
