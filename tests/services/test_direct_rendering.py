"""A frozen version rendered straight from the file (services.direct_rendering): the same
file and the same database as the usual path, or None and nothing done."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bibagreements.errors import DatabaseError, ValidationError
from bibagreements.services import direct_rendering, document_files
from bibagreements.services.database import open_database
from bibagreements.services.direct_rendering import render_frozen_directly
from bibagreements.services.documents import DocumentFormat, render_agreement
from tests.databases import damage, database_file, table_page

MOMENT = datetime(2026, 12, 3, 6, 30, 15)
PDF, DOCX = DocumentFormat.PDF, DocumentFormat.DOCX


@pytest.fixture(autouse=True)
def _fixed_moment(monkeypatch: pytest.MonkeyPatch) -> None:
    # Both paths take the record's time here: the databases then compare whole.
    monkeypatch.setattr(document_files, "now", lambda: MOMENT)


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def _sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _usual(db: Path, agreement_id: int, fmt: DocumentFormat, out: Path, **options: Any) -> Any:
    database = open_database(str(db))
    try:
        with database.unit_of_work() as uow:
            return render_agreement(uow, agreement_id, fmt, out, **options)
    finally:
        database.close()


@pytest.mark.parametrize(
    ("agreement_id", "fmt", "options"),
    [
        (1, PDF, {}),
        (2, PDF, {"version": 1, "language": "en"}),
        (2, PDF, {"archive": True}),
        (1, PDF, {"sign_fields": True}),
        (2, DOCX, {"language": "sv"}),
    ],
)
def test_the_same_file_and_the_same_database_as_the_usual_path(
    tmp_path: Path, agreement_id: int, fmt: DocumentFormat, options: dict[str, Any]
) -> None:
    usual_db = Path(database_file(tmp_path / "usual.sqlite3", demo=True))
    direct_db = Path(database_file(tmp_path / "direct.sqlite3", demo=True))
    out = tmp_path / f"agreement.{fmt.value}"  # the same path: it is recorded
    usual = _usual(usual_db, agreement_id, fmt, out, **options)
    usual_bytes = out.read_bytes()
    out.unlink()
    direct = render_frozen_directly(str(direct_db), agreement_id, fmt, out, **options)
    assert direct == usual
    assert out.read_bytes() == usual_bytes
    assert _dump(direct_db) == _dump(usual_db)
    assert not [p for p in os.listdir(tmp_path) if p.endswith("bibagreements-tmp")]


def test_a_second_rendering_is_recorded_beside_the_first(tmp_path: Path) -> None:
    db = Path(database_file(tmp_path / "demo.sqlite3", demo=True))
    first = render_frozen_directly(str(db), 1, PDF, tmp_path / "a.pdf")
    second = render_frozen_directly(str(db), 1, PDF, tmp_path / "a.pdf")
    assert first is not None and second is not None
    assert second.id == first.id + 1
    assert (first.version_number, first.agreement_version, first.path) == (
        1,
        1,
        str(tmp_path / "a.pdf"),
    )


def _no_versions(db: Path) -> None:
    _sql(db, "DELETE FROM agreement_version WHERE agreement_id = 1")


def _older_revision(db: Path) -> None:
    _sql(db, "UPDATE alembic_version SET version_num = '0007'")


@pytest.mark.parametrize(
    ("change", "agreement_id", "options", "output"),
    [
        (None, 3, {}, "a.pdf"),  # a draft renders from its data
        (None, 3, {"version": 1}, "a.pdf"),  # a draft has no frozen version
        (None, 99, {}, "a.pdf"),  # not found: the usual path says so
        (None, 1, {"version": 7}, "a.pdf"),
        (_no_versions, 1, {}, "a.pdf"),  # signed before versions were kept: frozen first
        (_older_revision, 1, {}, "a.pdf"),  # to migrate first
        (None, 1, {}, "a.docx"),  # the wrong suffix: refused in the usual words
        (None, 1, {}, "no-such-folder/a.pdf"),
    ],
)
def test_anything_else_is_left_to_the_usual_path_untouched(
    tmp_path: Path, change: Any, agreement_id: int, options: dict[str, Any], output: str
) -> None:
    db = Path(database_file(tmp_path / "demo.sqlite3", demo=True))
    if change is not None:
        change(db)
    before = _digest(db)
    assert render_frozen_directly(str(db), agreement_id, PDF, tmp_path / output, **options) is None
    assert _digest(db) == before
    assert sorted(os.listdir(tmp_path)) == ["demo.sqlite3"]


def test_a_link_a_url_and_no_file_are_left_to_the_usual_path(tmp_path: Path) -> None:
    db = Path(database_file(tmp_path / "demo.sqlite3", demo=True))
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "elsewhere.pdf")
    assert render_frozen_directly(str(db), 1, PDF, link) is None
    assert render_frozen_directly(f"sqlite:///{db}", 1, PDF, tmp_path / "a.pdf") is None
    assert (
        render_frozen_directly(str(tmp_path / "none.sqlite3"), 1, PDF, tmp_path / "a.pdf") is None
    )
    assert sorted(os.listdir(tmp_path)) == ["demo.sqlite3", "link.pdf"]


@pytest.mark.parametrize(
    "meanwhile",
    [
        "UPDATE agreement SET version = version + 1 WHERE id = 1",  # saved by a colleague
        "UPDATE agreement_version SET content = content || ' ' WHERE agreement_id = 1",
        "DELETE FROM agreement WHERE id = 1",
        "UPDATE alembic_version SET version_num = '9999'",  # a newer program migrated it
    ],
)
def test_a_change_between_the_read_and_the_record_leaves_it_to_the_usual_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meanwhile: str
) -> None:
    db = Path(database_file(tmp_path / "demo.sqlite3", demo=True))
    render = document_files.document_bytes

    def render_and_change(*args: Any, **kwargs: Any) -> bytes:
        _sql(db, "PRAGMA foreign_keys=ON", meanwhile)  # another process, meanwhile
        return render(*args, **kwargs)

    monkeypatch.setattr(direct_rendering, "document_bytes", render_and_change)
    out = tmp_path / "a.pdf"
    assert render_frozen_directly(str(db), 1, PDF, out) is None
    assert not out.exists()
    assert not [p for p in os.listdir(tmp_path) if p.endswith("bibagreements-tmp")]
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM rendering").fetchone() == (0,)


def test_a_refused_record_leaves_the_old_file_and_no_unrecorded_one(tmp_path: Path) -> None:
    db = Path(database_file(tmp_path / "demo.sqlite3", demo=True))
    _sql(
        db,
        "CREATE TRIGGER refuse BEFORE INSERT ON rendering BEGIN SELECT RAISE(ABORT, 'no'); END",
    )
    out = tmp_path / "a.pdf"
    out.write_bytes(b"the copy the parties signed")
    with pytest.raises(ValidationError) as raised:
        render_frozen_directly(str(db), 1, PDF, out)
    assert raised.value.problems[0].code == "database_refused"
    assert out.read_bytes() == b"the copy the parties signed"
    assert not [p for p in os.listdir(tmp_path) if p.endswith("bibagreements-tmp")]


def test_a_rendering_error_is_the_usual_one_and_writes_nothing(tmp_path: Path) -> None:
    db = Path(database_file(tmp_path / "demo.sqlite3", demo=True))
    before = _digest(db)
    with pytest.raises(ValidationError) as raised:
        render_frozen_directly(str(db), 1, PDF, tmp_path / "a.pdf", archive=True, sign_fields=True)
    assert raised.value.problems[0].code == "archive_with_fields"
    assert _digest(db) == before
    assert sorted(os.listdir(tmp_path)) == ["demo.sqlite3"]


@pytest.mark.parametrize(
    ("table", "options"),
    [
        ("agreement_version", {}),  # read
        ("checkin", {}),  # not read: the quick check finds it
        ("checkin", {"archive": True, "sign_fields": True}),  # damage is said first
    ],
)
def test_a_damaged_file_gives_the_damage_error_and_no_file(
    tmp_path: Path, table: str, options: dict[str, Any]
) -> None:
    db = Path(database_file(tmp_path / "demo.sqlite3", demo=True))
    damage(db, table_page(db, table))
    out = tmp_path / "a.pdf"
    with pytest.raises(DatabaseError) as raised:
        render_frozen_directly(str(db), 1, PDF, out, **options)
    assert raised.value.code == "database_damaged_no_backup"
    assert sorted(os.listdir(tmp_path)) == ["demo.sqlite3"]


def test_a_file_readable_by_others_is_tightened_as_opening_it_does(tmp_path: Path) -> None:
    db = Path(database_file(tmp_path / "demo.sqlite3", demo=True))
    db.chmod(0o644)
    assert render_frozen_directly(str(db), 1, PDF, tmp_path / "a.pdf") is not None
    assert {p.name: p.stat().st_mode & 0o777 for p in tmp_path.glob("demo.sqlite3*")} == {
        p.name: 0o600 for p in tmp_path.glob("demo.sqlite3*")
    }
    assert (tmp_path / "a.pdf").stat().st_mode & 0o777 == 0o600


def test_the_default_file_and_its_data_folder_are_kept_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bibagreements.storage.locations import ENV_VAR, default_database_path

    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    db = default_database_path()
    db.parent.mkdir(parents=True, mode=0o755)
    db.parent.chmod(0o755)
    database_file(db, demo=True)
    assert render_frozen_directly(None, 1, PDF, tmp_path / "a.pdf") is not None
    assert db.parent.stat().st_mode & 0o777 == 0o700
