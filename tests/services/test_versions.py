"""A signed version never changes (services/versions.py, documents, verification)."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from bibagreements.cli import main
from bibagreements.domain.enums import AgreementStatus
from bibagreements.errors import NotFoundError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.demo import REFERENCE_UID
from bibagreements.services.documents import DocumentFormat, render_agreement
from bibagreements.services.interchange import export_data, import_data
from bibagreements.services.organisations import get_organisation, save_organisation
from bibagreements.services.schedule import record_checkin
from bibagreements.services.verification import verify_file
from bibagreements.services.versions import agreement_versions
from bibagreements.storage.database import Database
from tests.builders import id_of, make_agreement
from tests.databases import database_file, fresh_database


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    return fresh_database(tmp_path / "demo.sqlite3", demo=True)


def _render(db: Database, path: Path, **options: object) -> bytes:
    with db.unit_of_work() as uow:
        fmt = DocumentFormat(str(options.pop("format", "pdf")))
        render_agreement(uow, id_of(uow, REFERENCE_UID), fmt, path, **options)  # type: ignore[arg-type]
    return path.read_bytes()


def test_what_happens_after_signing_does_not_touch_the_signed_text(
    demo: Database, tmp_path: Path
) -> None:
    first = {
        (fmt, archive): _render(demo, tmp_path / f"a.{fmt}", format=fmt, archive=archive)
        for fmt, archive in (("pdf", False), ("pdf", True), ("docx", False))
    }
    with demo.unit_of_work() as uow:
        ref = get_agreement(uow, id_of(uow, REFERENCE_UID))
        due = ref.checkins[0]
        assert due.id is not None
        record_checkin(uow, due.id, date(2020, 5, 8), today=date(2020, 5, 8))
        # A later fact of the register: the party's organisation is renamed.
        org = get_organisation(uow, ref.parties[0].organisation_id)
        save_organisation(uow, dataclasses.replace(org, name="Kristianstads bibliotek"))
    for (fmt, archive), before in first.items():
        again = _render(demo, tmp_path / f"b.{fmt}", format=fmt, archive=archive)
        assert again == before, (fmt, archive)  # byte for byte


def test_the_check_in_section_states_the_dates_as_planned(demo: Database, tmp_path: Path) -> None:
    import pypdf

    _render(demo, tmp_path / "a.pdf")
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "a.pdf").pages)
    assert "2020-05-08" in text and "2020-11-09" in text


def test_verify_names_the_version_format_and_language(demo: Database, tmp_path: Path) -> None:
    _render(demo, tmp_path / "sv.pdf")
    _render(demo, tmp_path / "en.docx", format="docx", language="en")
    with demo.unit_of_work() as uow:
        ref = id_of(uow, REFERENCE_UID)
        found = verify_file(uow, ref, tmp_path / "sv.pdf")
        assert found is not None
        assert (found.number, found.format, found.language) == (1, "pdf", "sv")
        assert found.rendered_at is not None  # its rendering is recorded here
        docx = verify_file(uow, ref, tmp_path / "en.docx")
        assert docx is not None and (docx.format, docx.language) == ("docx", "en")
    altered = tmp_path / "altered.pdf"
    data = bytearray((tmp_path / "sv.pdf").read_bytes())
    data[len(data) // 2] ^= 0x01
    altered.write_bytes(bytes(data))
    with demo.unit_of_work() as uow:
        assert verify_file(uow, id_of(uow, REFERENCE_UID), altered) is None


def test_a_file_made_in_another_database_is_recognised_there(
    demo: Database, tmp_path: Path
) -> None:
    _render(demo, tmp_path / "a.pdf", archive=True)
    with demo.unit_of_work() as uow:
        data = export_data(uow)
    elsewhere = fresh_database(tmp_path / "elsewhere.sqlite3")
    with elsewhere.unit_of_work() as uow:
        import_data(uow, data)
    with elsewhere.unit_of_work() as uow:
        ref = id_of(uow, REFERENCE_UID)
        found = verify_file(uow, ref, tmp_path / "a.pdf")
        assert found is not None and (found.number, found.archive) == (1, True)
        assert found.rendered_at is None  # recognised by rendering the version again
    assert _render(elsewhere, tmp_path / "b.pdf", archive=True) == (tmp_path / "a.pdf").read_bytes()


def test_back_to_draft_and_out_again_is_a_new_version(tmp_path: Path) -> None:
    db = fresh_database(tmp_path / "v.sqlite3")
    with db.unit_of_work() as uow:
        draft = make_agreement(uow, "Två versioner")
        assert draft.versions == ()
        out = save_agreement(
            uow, dataclasses.replace(draft, status=AgreementStatus.OUT_FOR_SIGNATURE)
        )
        assert [v.number for v in out.versions] == [1]
        back = save_agreement(uow, dataclasses.replace(out, status=AgreementStatus.DRAFT))
        changed = dataclasses.replace(back, title="Två versioner, ändrad")
        again = save_agreement(uow, changed)
        again = save_agreement(
            uow, dataclasses.replace(again, status=AgreementStatus.OUT_FOR_SIGNATURE)
        )
        assert [v.number for v in agreement_versions(uow, again.id or 0)] == [1, 2]
        first = render_agreement(
            uow, again.id or 0, DocumentFormat.PDF, tmp_path / "1.pdf", version=1
        )
        latest = render_agreement(uow, again.id or 0, DocumentFormat.PDF, tmp_path / "2.pdf")
        assert (first.version_number, latest.version_number) == (1, 2)
        with pytest.raises(NotFoundError, match="no version 9"):
            render_agreement(uow, again.id or 0, DocumentFormat.PDF, tmp_path / "9.pdf", version=9)
    import pypdf

    def title(path: Path) -> str:
        return pypdf.PdfReader(path).metadata.title or ""

    assert title(tmp_path / "1.pdf") == "Två versioner"
    assert title(tmp_path / "2.pdf") == "Två versioner, ändrad"


def test_a_draft_renders_its_data_as_it_stands(tmp_path: Path) -> None:
    db = fresh_database(tmp_path / "d.sqlite3")
    with db.unit_of_work() as uow:
        draft = make_agreement(uow, "Utkastet")
        made = render_agreement(uow, draft.id or 0, DocumentFormat.PDF, tmp_path / "d.pdf")
        assert made.version_number is None
        assert agreement_versions(uow, draft.id or 0) == []


def test_cli_render_check_in_render_verify(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = database_file(tmp_path / "cli.sqlite3", demo=True)
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    assert main(["--db", db, "render", "1", "--format", "pdf", "-o", str(first)]) == 0
    assert "version 1" in capsys.readouterr().out
    args = ["--db", db, "checkin", "1", "--due", "2020-05-08", "--held", "2020-05-08"]
    assert main(args) == 0
    assert (
        main(["--db", db, "render", "1", "--format", "pdf", "--version", "1", "-o", str(second)])
        == 0
    )
    assert first.read_bytes() == second.read_bytes()
    capsys.readouterr()
    assert main(["--db", db, "verify", "1", str(first)]) == 0
    out = capsys.readouterr().out
    assert "is version 1 of agreement 1, unaltered: pdf, language sv" in out
    (tmp_path / "other.pdf").write_bytes(first.read_bytes() + b"\n%")
    assert main(["--db", db, "verify", "1", str(tmp_path / "other.pdf")]) == 3
    assert "is not an unaltered rendering" in capsys.readouterr().out
    assert main(["--db", db, "show", "1", "--json"]) == 0
    versions = json.loads(capsys.readouterr().out)["versions"]
    assert [v["number"] for v in versions] == [1] and set(versions[0]["documents"]) == {"sv", "en"}
