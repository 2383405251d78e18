"""A rendered document appears only with its recorded row (services/documents.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bibagreements.services.demo import REFERENCE_UID
from bibagreements.services.documents import DocumentFormat, list_renderings, render_agreement
from bibagreements.storage.database import Database
from tests.builders import id_of
from tests.databases import fresh_database


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    return fresh_database(tmp_path / "demo.sqlite3", demo=True)


def test_the_document_takes_its_place_when_its_row_is_committed(
    demo: Database, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "agreement.pdf"
    out.parent.mkdir()
    with demo.unit_of_work() as uow:
        rendering = render_agreement(uow, id_of(uow, REFERENCE_UID), DocumentFormat.PDF, out)
        assert not out.exists()
    assert out.read_bytes().startswith(b"%PDF")
    assert os.listdir(out.parent) == ["agreement.pdf"]
    assert rendering.size == out.stat().st_size


def test_a_failed_commit_leaves_the_old_file_and_no_unrecorded_one(
    demo: Database, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "agreement.pdf"
    out.parent.mkdir()
    out.write_bytes(b"the copy the parties signed")
    with pytest.raises(RuntimeError), demo.unit_of_work() as uow:
        agreement_id = id_of(uow, REFERENCE_UID)
        render_agreement(uow, agreement_id, DocumentFormat.PDF, out)
        raise RuntimeError("the commit fails")
    assert out.read_bytes() == b"the copy the parties signed"
    assert os.listdir(out.parent) == ["agreement.pdf"]
    with demo.unit_of_work() as uow:
        assert list_renderings(uow, agreement_id) == []


def test_the_rendering_returned_is_the_one_recorded(demo: Database, tmp_path: Path) -> None:
    with demo.unit_of_work() as uow:
        agreement_id = id_of(uow, REFERENCE_UID)
        first = render_agreement(uow, agreement_id, DocumentFormat.PDF, tmp_path / "a.pdf")
        docx = render_agreement(uow, agreement_id, DocumentFormat.DOCX, tmp_path / "a.docx")
    with demo.unit_of_work() as uow:
        recorded = list_renderings(uow, agreement_id)
    assert sorted(recorded, key=lambda r: r.id) == [first, docx]
    assert first.id != docx.id
    assert (first.format, first.document, first.version_number) == ("pdf", "agreement", 1)
    assert first.sha256 != docx.sha256
