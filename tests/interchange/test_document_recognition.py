"""Reading an existing agreement: DOCX and text in the reference agreement's shape, messy ones."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from bibagreements.domain.enums import AgreementKind, Cadence, Language
from bibagreements.errors import ValidationError
from bibagreements.interchange.document_patterns import find_period, find_plans, parse_date
from bibagreements.interchange.document_reading import read_document
from bibagreements.interchange.document_recognition import Recognised, recognise
from tests.interchange.document_cases import (
    AREAS,
    CITY,
    REGION,
    TITLE,
    reference_text,
    write_reference_docx,
)


def _recognised(path: Path) -> Recognised:
    return recognise(read_document(path, path.read_bytes()))


def _codes(problems: list[object]) -> list[str]:
    return [getattr(p, "code", "") for p in problems]


def _assert_reference(found: Recognised) -> None:
    a = found.agreement
    assert a.title == TITLE
    assert a.kind is AgreementKind.COOPERATION and a.language is Language.SV
    assert (a.start, a.end) == (date(2019, 11, 8), date(2020, 12, 31))
    assert a.cadence is Cadence.HALF_YEARLY
    assert [x.title for x in a.areas] == list(AREAS)
    by_name = {p.name: p for p in found.parties}
    assert list(by_name) == [REGION, CITY]
    assert by_name[REGION].org_number == "232100-0255"  # from "(org.nr 232100-0255)"
    assert by_name[CITY].org_number is None  # none in the text: never guessed
    assert by_name[CITY].signatory == "Anna Andersson"
    assert by_name[REGION].signatory == "Bertil Berg"
    assert {(p.signed_place, p.signed_on) for p in found.parties} == {("Malmö", date(2019, 11, 8))}
    assert a.purpose.startswith("Syftet med överenskommelsen")
    assert "Digital delaktighet är en demokratifråga" in a.background
    plans = {(d.title, d.period_start_year, d.period_end_year) for d in a.governing_documents}
    assert plans == {
        ("Regional kulturplan för Skåne", 2016, 2019),
        ("Regional biblioteksplan", 2017, 2020),
        ("Biblioteksplan för Kristianstads kommun", 2019, 2022),
    }
    # What has no field of its own stays, under its heading: nothing is dropped unseen.
    kept = {s.heading: s.text for s in a.sections}
    assert "bokbuss med omkring 70 hållplatser" in kept["Parter"]
    assert "Särskilda samarbeten genomförs som projekt" in kept["Samverkansområden"]
    assert "import_no_period" not in _codes(found.missing)


def test_a_docx_in_the_reference_shape(tmp_path: Path) -> None:
    _assert_reference(_recognised(write_reference_docx(tmp_path / "ref.docx")))


def test_a_messy_docx_with_headings_as_bold_numbered_paragraphs(tmp_path: Path) -> None:
    found = _recognised(write_reference_docx(tmp_path / "messy.docx", bold_headings=True))
    _assert_reference(found)
    assert "Samverkansområden" in {s.heading for s in found.agreement.sections}  # not "5. …"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_the_same_agreement_saved_as_text(tmp_path: Path, encoding: str) -> None:
    text = reference_text()
    assert "\r\n" in text and "\u00a0" in text and "\t" in text
    path = tmp_path / "ref.txt"
    path.write_bytes(text.encode(encoding))
    _assert_reference(_recognised(path))


def test_what_is_not_there_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bare.txt"
    path.write_text(
        "Avtal\n\nParterna utgörs av Region Skåne och Kristianstads kommun.\n", encoding="utf-8"
    )
    found = _recognised(path)
    assert [p.name for p in found.parties] == ["Region Skåne", "Kristianstads kommun"]
    assert {
        "import_kind_assumed",
        "import_no_period",
        "import_no_cadence",
        "import_no_areas",
    } <= set(_codes(found.missing))
    assert found.agreement.cadence is Cadence.NONE  # no cadence invented


def test_an_invalid_number_in_the_text_is_reported_not_used(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(
        "Överenskommelse om samarbete\n\nParter\n\nParterna utgörs av Region Skåne "
        "(org.nr 232100-0256) och Kristianstads kommun (212000-0951).\n",
        encoding="utf-8",
    )
    found = _recognised(path)
    assert [(p.name, p.org_number) for p in found.parties] == [
        ("Region Skåne", None),
        ("Kristianstads kommun", "212000-0951"),
    ]
    assert [str(p) for p in found.missing if p.code == "import_bad_org_number"] == [
        "232100-0256 given for Region Skåne is not a valid organisation number"
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("gäller från och med 2019-11-08 till och med 2020-12-31", "2019-11-08", "2020-12-31"),
        ("gäller fr.o.m. den 8 november 2019 t.o.m. 31 december 2020", "2019-11-08", "2020-12-31"),
        ("Period: 2019-11-08--2020-12-31", "2019-11-08", "2020-12-31"),
        ("Period: 2019-11-08 – 2020-12-31", "2019-11-08", "2020-12-31"),
        ("valid from November 8, 2019 to December 31, 2020", "2019-11-08", "2020-12-31"),
        ("gäller från och med 2019-11-08 tills vidare", "2019-11-08", None),
    ],
)
def test_periods_as_people_write_them(text: str, start: str, end: str | None) -> None:
    period = find_period(text)
    assert period is not None
    assert period.start.isoformat() == start
    assert (period.end.isoformat() if period.end else None) == end


def test_no_day_that_does_not_exist() -> None:
    assert parse_date("2019-02-30") is None
    assert parse_date("31 juni 2020") is None
    assert find_period("från och med 2020-12-31 till och med 2019-11-08") is None  # backwards


def test_a_plan_with_its_owner_and_adoption() -> None:
    (plan,) = find_plans(
        "utgår från Biblioteksplan för Kristianstads kommun 2019–2022 "
        "(Kristianstads kommun, antagen av kommunfullmäktige 12 mars 2019)."
    )
    assert (plan.title, plan.first, plan.last) == (
        "Biblioteksplan för Kristianstads kommun",
        2019,
        2022,
    )
    assert (plan.owner, plan.adopted_by, plan.adopted_on) == (
        "Kristianstads kommun",
        "kommunfullmäktige",
        date(2019, 3, 12),
    )


# -- bad files: one error each, nothing read further ----------------------------------------


def _refused(path: Path, data: bytes) -> str:
    with pytest.raises(ValidationError) as raised:
        read_document(path, data)
    (problem,) = raised.value.problems
    return problem.code


def test_bad_files_are_refused_in_their_own_words(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    assert _refused(path, b"") == "import_empty"
    assert _refused(path, b"  \r\n\t ") == "import_empty"
    assert _refused(path, bytes(range(256)) * 16) == "import_not_a_document"
    assert (
        _refused(path, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x01\x02")
        == "import_not_a_document"
    )
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
    assert _refused(path, ole + "EncryptionInfo".encode("utf-16-le")) == "import_encrypted"
    assert _refused(path, ole) == "import_old_word"
    assert _refused(path, b"PK\x03\x04 this is no zip at all") == "import_not_a_document"


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_a_zip_that_is_no_word_document_or_unpacks_too_far(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    assert _refused(path, _zip({"content.xml": b"<x/>"})) == "import_not_a_document"  # ODT-like
    bomb = _zip({"word/document.xml": b"<" + b" " * (101 * 1024 * 1024) + b"/>"})
    assert len(bomb) < 1024 * 1024
    assert _refused(path, bomb) == "import_unpacks_too_large"
    damaged = _zip({"[Content_Types].xml": b"<not xml", "word/document.xml": b"<nope"})
    assert _refused(path, damaged) == "import_damaged"


def test_a_docx_without_text_is_empty(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    assert _refused(path, path.read_bytes()) == "import_empty"


def test_an_english_agreement_saved_as_text(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text(
        "Cooperation agreement between Region Skåne and Kristianstad Libraries\n\n"
        "1. Parties\nThe parties are Region Skåne (232100-0255) and Kristianstad Libraries.\n\n"
        "2. Term of validity\nThis agreement is valid from 8 November 2019 to 31 December 2020.\n\n"
        "3. Areas of collaboration\n- Training for library staff\n- Sharing experience\n\n"
        "4. Check-in\nThe parties check in quarterly.\n\n"
        "Signatures\nMalmö 2019-11-08\n"
        "For Region Skåne\t\tFor Kristianstad Libraries\n______\t\t______\nAnna Ek\t\tBo Berg\n",
        encoding="utf-8",
    )
    found = _recognised(path)
    a = found.agreement
    assert (a.language, a.kind, a.cadence) == (
        Language.EN,
        AgreementKind.COOPERATION,
        Cadence.QUARTERLY,
    )
    assert (a.start, a.end) == (date(2019, 11, 8), date(2020, 12, 31))
    assert [x.title for x in a.areas] == ["Training for library staff", "Sharing experience"]
    assert [(p.name, p.org_number, p.signatory) for p in found.parties] == [
        ("Region Skåne", "232100-0255", "Anna Ek"),
        ("Kristianstad Libraries", None, "Bo Berg"),
    ]


def test_headers_and_footers_are_not_the_agreement(tmp_path: Path) -> None:
    path = write_reference_docx(tmp_path / "ref.docx")
    import docx

    document = docx.Document(str(path))
    document.sections[0].header.paragraphs[0].text = "Dnr KUN 2019/470 – Region Skåne"
    document.sections[0].footer.paragraphs[0].text = "Sida 1 av 3"
    document.save(str(path))
    found = _recognised(path)
    assert found.agreement.title == TITLE
    assert "Sida 1 av 3" not in repr(found.agreement)
