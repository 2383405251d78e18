"""import-document: an existing agreement as a new draft, its parties from the register."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bibagreements.cli import main
from bibagreements.domain.enums import AgreementStatus, Cadence, DocumentFormat
from bibagreements.errors import ValidationError
from bibagreements.services.agreements import agreement_ids, get_agreement
from bibagreements.services.document_import import import_document
from bibagreements.services.documents import render_agreement
from bibagreements.services.organisations import list_organisations
from bibagreements.storage.database import Database
from tests.builders import org
from tests.interchange.document_cases import (
    AREAS,
    CITY,
    REGION,
    TITLE,
    reference_text,
    write_reference_docx,
)


def _counts(db: Database) -> tuple[int, int]:
    with db.unit_of_work() as uow:
        return len(agreement_ids(uow)), len(list_organisations(uow))


def test_the_reference_docx_gives_the_draft_it_describes(db: Database, tmp_path: Path) -> None:
    path = write_reference_docx(tmp_path / "Kristianstad.docx")
    with db.unit_of_work() as uow:
        report = import_document(uow, path)
    with db.unit_of_work() as uow:
        a = get_agreement(uow, report.agreement_id)
    assert a.status is AgreementStatus.DRAFT
    assert a.title == report.title == TITLE
    assert [p.name for p in a.parties] == [REGION, CITY]
    assert (a.start, a.end) == (date(2019, 11, 8), date(2020, 12, 31))
    assert a.cadence is Cadence.HALF_YEARLY
    assert [x.title for x in a.areas] == list(AREAS)
    assert [c.due for c in a.checkins][:1] == [date(2020, 5, 8)]  # planned as any draft's
    region, city = a.parties
    assert region.organisation is not None and region.organisation.org_number == "232100-0255"
    assert city.organisation is not None and city.organisation.org_number is None
    assert region.signatory is not None and region.signatory.name == "Bertil Berg"
    assert (city.signed_place, city.signed_on) == ("Malmö", date(2019, 11, 8))
    said = [str(p) for p in report.recognised]
    assert "period: 2019-11-08 – 2020-12-31" in said
    assert "check-ins: half yearly" in said
    assert f"party {REGION}: added to the register with 232100-0255" in said
    missing = [str(p) for p in report.not_recognised]
    assert missing == ["no organisation number found for Biblioteken i Kristianstad"]


def test_organisations_are_matched_to_the_register(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as uow:
        city = org(uow, "biblioteken  i kristianstad", "212000-0951")
        region = org(uow, "Region Skåne", "232100-0255")  # the text's number, another name
    path = tmp_path / "ref.txt"
    path.write_bytes(reference_text().encode("utf-8"))
    before = _counts(db)
    with db.unit_of_work() as uow:
        report = import_document(uow, path)
        a = get_agreement(uow, report.agreement_id)
    assert [p.organisation_id for p in a.parties] == [region, city]
    assert _counts(db) == (before[0] + 1, before[1])  # no organisation added
    said = [str(p) for p in report.recognised]
    assert f"party {REGION}: found in the register as Region Skåne" in said
    assert "party biblioteken  i kristianstad: found in the register" in said


def test_our_own_docx_comes_back_as_it_went_out(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "own.docx"
    with demo.unit_of_work() as uow:
        original = get_agreement(uow, 1)
        render_agreement(uow, 1, DocumentFormat.DOCX, path)
    organisations = _counts(demo)[1]
    with demo.unit_of_work() as uow:
        copy = get_agreement(uow, import_document(uow, path).agreement_id)
    assert _counts(demo)[1] == organisations

    def content(a: object) -> tuple[object, ...]:
        fields = ("title", "kind", "language", "start", "end", "programme", "purpose",
                  "background", "cadence", "governing_documents", "sections")  # fmt: skip
        return tuple(getattr(a, f) for f in fields)

    assert content(copy) == content(original)
    assert [(x.title, x.description) for x in copy.areas] == [
        (x.title, x.description) for x in original.areas
    ]
    signed = ("organisation_id", "registry_number", "contact_person_id", "signatory_id",
              "signatory_title", "signed_on", "signed_place")  # fmt: skip
    assert [tuple(getattr(p, f) for f in signed) for p in copy.parties] == [
        tuple(getattr(p, f) for f in signed) for p in original.parties
    ]
    assert copy.status is AgreementStatus.DRAFT


def test_nothing_is_created_when_the_draft_cannot_be_saved(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as uow:
        org(uow, "Region Skåne", "232100-0255")
    path = tmp_path / "twice.txt"
    path.write_text(
        "Överenskommelse om samarbete\n\nParterna utgörs av Helt ny förvaltning, "
        "Kulturen (org.nr 232100-0255) och Region Skåne.\n",
        encoding="utf-8",
    )
    before = _counts(db)
    with pytest.raises(ValidationError) as raised, db.unit_of_work() as uow:
        import_document(uow, path)
    assert "is a party twice" in str(raised.value)
    assert _counts(db) == before  # "Helt ny förvaltning" was added, and rolled back


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "not a docx": (b"%PDF-1.7\n\x00\x01binary", "a.docx"),
        "encrypted": (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le"),
            "b.docx",
        ),
        "empty": (b"", "c.docx"),
        "one party": ("Avtal\n\nFör Region Skåne\n".encode(), "d.txt"),
    }
    paths = {}
    for name, (data, file) in files.items():
        paths[name] = tmp_path / file
        paths[name].write_bytes(data)
    huge = tmp_path / "huge.docx"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: nothing is written
    paths["200 MB"] = huge
    return paths


def test_bad_files_create_nothing(db: Database, tmp_path: Path) -> None:
    before = _counts(db)
    for name, path in _bad_files(tmp_path).items():
        with pytest.raises(ValidationError), db.unit_of_work() as uow:
            import_document(uow, path)
        assert _counts(db) == before, name


def test_cli_import_document(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_reference_docx(tmp_path / "ref.docx")
    assert main(["--db", demo_db, "import-document", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("created draft 4: Överenskommelse om samarbete mellan")
    assert "  area of collaboration: Spridning av information och erfarenheter" in out
    for path in _bad_files(tmp_path).values():
        assert main(["--db", demo_db, "import-document", str(path)]) == 1
        out, err = capsys.readouterr()
        assert out == "" and err.count("\n") == 1 and err.startswith("bibagreements: error: ")
    assert main(["--db", demo_db, "list"]) == 0
    assert "\n    5 " not in capsys.readouterr().out  # only the one draft was created
