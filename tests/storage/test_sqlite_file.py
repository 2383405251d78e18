"""Reading a file's schema before anything may write: nothing written, races survived."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from bibagreements.errors import DatabaseError
from bibagreements.storage import sqlite_file
from bibagreements.storage.revisions import HEAD_REVISION
from bibagreements.storage.schema_shape import SHAPES
from bibagreements.storage.sqlite_file import read_file_schema
from tests.databases import database_file


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_missing_or_empty_file_is_a_new_database(tmp_path: Path) -> None:
    assert read_file_schema(tmp_path / "none.sqlite3") is None
    (tmp_path / "empty.sqlite3").touch()
    assert read_file_schema(tmp_path / "empty.sqlite3") is None


def test_a_database_is_read_without_a_byte_or_side_file_written(tmp_path: Path) -> None:
    path = Path(database_file(tmp_path / "ours.sqlite3", demo=True))
    before = _files(tmp_path)
    schema = read_file_schema(path)
    assert schema is not None and schema.revision == HEAD_REVISION
    assert schema.columns == dict(SHAPES[HEAD_REVISION])
    assert _files(tmp_path) == before


def test_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(DatabaseError) as raised:
        read_file_schema(path)
    assert raised.value.code == "not_sqlite"


def test_changes_still_in_the_wal_are_read_from_a_copy(tmp_path: Path) -> None:
    path = Path(database_file(tmp_path / "busy.sqlite3"))
    writer = sqlite3.connect(path)
    try:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute("UPDATE alembic_version SET version_num = '0006'")
        writer.commit()
        before = _files(tmp_path)
        schema = read_file_schema(path)
        assert schema is not None and schema.revision == "0006"
        assert _files(tmp_path) == before
    finally:
        writer.close()


def test_a_wal_that_vanishes_while_being_copied_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program closing the database checkpoints and removes the WAL meanwhile."""
    path = Path(database_file(tmp_path / "busy.sqlite3"))
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"")  # looks like a WAL beside the file …
    copied: list[str] = []
    real_copy = shutil.copyfile

    def copy_after_it_vanished(source: Path, target: Path) -> object:
        if Path(source) == wal:
            wal.unlink(missing_ok=True)  # … and is gone by the time it is copied
        copied.append(Path(source).name)
        return real_copy(source, target)

    monkeypatch.setattr(sqlite_file.shutil, "copyfile", copy_after_it_vanished)
    schema = read_file_schema(path)
    assert schema is not None and schema.revision == HEAD_REVISION
    assert copied == ["busy.sqlite3", "busy.sqlite3-wal"]


def test_a_damaged_file_gives_sqlites_error(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(sqlite_file.SQLITE_MAGIC + b"\xff" * 8000)
    with pytest.raises(sqlite3.DatabaseError):
        read_file_schema(path)


def test_a_wal_that_comes_and_goes_between_looking_and_copying_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader opens and closes the database meanwhile: the file itself is unchanged."""
    path = Path(database_file(tmp_path / "busy.sqlite3"))
    wal = path.with_name(path.name + "-wal")
    looks = 0
    real_exists = Path.exists

    def wal_only_when_looking(self: Path) -> bool:
        nonlocal looks
        if self == wal:
            looks += 1
            return looks == 1  # there when looked at, gone when copied
        return real_exists(self)

    monkeypatch.setattr(Path, "exists", wal_only_when_looking)
    schema = read_file_schema(path)
    assert schema is not None and schema.revision == HEAD_REVISION and looks == 2
