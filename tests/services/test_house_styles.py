"""House styles: checked input, version-checked writes, which style a document gets."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bibagreements.domain.enums import AgreementStatus
from bibagreements.errors import ConflictError, NotFoundError, ValidationError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.documents import agreement_document_of
from bibagreements.services.house_styles import (
    LOGO_BYTES,
    HouseStyleChange,
    check_logo,
    clear_house_style,
    find_house_style,
    get_house_style,
    phrase_lines,
    read_logo,
    set_house_style,
    set_phrase,
)
from bibagreements.services.interchange import export_data, import_data
from bibagreements.services.versions import frozen_document
from bibagreements.storage.database import Database
from tests.builders import id_of, make_agreement, new_db, scan_png

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10">'
    b'<rect width="20" height="10"/></svg>'
)


def _set(db: Database, organisation: str = "", **change: object) -> None:
    with db.unit_of_work() as uow:
        found = find_house_style(uow, organisation)
        version = found.version if found else None
        set_house_style(uow, organisation, HouseStyleChange(**change), version=version)  # type: ignore[arg-type]


def _codes(error: ValidationError) -> list[str]:
    return [problem.code for problem in error.problems]


def test_a_style_is_set_shown_and_cleared(db: Database) -> None:
    _set(db, letterhead="Enheten\nGatan 1", accent_colour="#1f5f8b", font="carlito")
    _set(db, numbering=True, logo=check_logo(scan_png(), "logo.png"))
    with db.unit_of_work() as uow:
        style = get_house_style(uow)
        assert (style.letterhead, style.accent_colour, style.font) == (
            "Enheten\nGatan 1",
            "#1F5F8B",
            "carlito",
        )
        assert style.numbering and style.logo_type == "image/png" and style.version == 2
    _set(db, remove_logo=True)
    with db.unit_of_work() as uow:
        style = get_house_style(uow)
        assert style.logo_type == "" and style.letterhead == "Enheten\nGatan 1"
        clear_house_style(uow, "", version=style.version)
    with db.unit_of_work() as uow:
        assert find_house_style(uow) is None
        with pytest.raises(NotFoundError):
            get_house_style(uow)


def test_a_change_against_an_older_version_is_refused(db: Database) -> None:
    _set(db, footer="Första")
    with db.unit_of_work() as uow:
        read = get_house_style(uow)
    _set(db, footer="En kollegas")  # someone else saves in between
    with db.unit_of_work() as uow, pytest.raises(ConflictError) as caught:
        set_house_style(uow, "", HouseStyleChange(footer="Min"), version=read.version)
    assert caught.value.code == "house_style_changed"
    with db.unit_of_work() as uow, pytest.raises(ConflictError):
        set_house_style(uow, "", HouseStyleChange(footer="Ny"), version=None)  # not read
    with db.unit_of_work() as uow:
        assert get_house_style(uow).footer == "En kollegas"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"accent_colour": "red"}, "not_a_colour"),
        ({"font": "comic-sans"}, "unknown_font"),
        ({"letterhead": "1\n2\n3\n4\n5"}, "too_many_lines"),
        ({"footer": "x" * 301}, "too_long"),
        ({"footer": "a\x1bb"}, "control_character"),
    ],
)
def test_bad_values_are_refused(db: Database, change: dict[str, str], code: str) -> None:
    with db.unit_of_work() as uow, pytest.raises(ValidationError) as caught:
        set_house_style(uow, "", HouseStyleChange(**change), version=None)  # type: ignore[arg-type]
    assert _codes(caught.value) == [code]


def test_a_logo_must_be_a_png_or_a_self_contained_svg(tmp_path: Path) -> None:
    assert check_logo(SVG, "logo.svg").media_type == "image/svg+xml"
    bad = {
        "text.png": (b"not an image at all", "not_a_logo"),
        "broken.png": (scan_png()[:40], "not_a_logo"),
        "entity.svg": (
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
            "svg_not_self_contained",
        ),
        "linked.svg": (
            b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
            b'<image xlink:href="/etc/hostname" width="5" height="5"/></svg>',
            "svg_not_self_contained",
        ),
        "styled.svg": (
            b'<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(http://x/);</style></svg>',
            "svg_not_self_contained",
        ),
        "html.svg": (b"<html><body/></html>", "not_a_logo"),
    }
    for name, (data, code) in bad.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ValidationError) as caught:
            read_logo(path)
        assert _codes(caught.value) == [code], name
        assert "\n" not in str(caught.value)
    huge = tmp_path / "huge.png"
    huge.write_bytes(scan_png() + b"\0" * LOGO_BYTES)
    with pytest.raises(ValidationError) as caught:
        read_logo(huge)
    assert _codes(caught.value) == ["file_too_large"]


def test_a_phrase_override_is_checked_shown_beside_the_builtin_and_cleared(db: Database) -> None:
    with db.unit_of_work() as uow:
        set_phrase(uow, "", "sv", "heading.parties", "Avtalsparter", version=None)
    with db.unit_of_work() as uow:
        version = get_house_style(uow).version
        with pytest.raises(ValidationError) as caught:
            set_phrase(uow, "", "sv", "text.copies", "{n} av {okänd}", version=version)
        assert _codes(caught.value) == ["unknown_placeholder"]
        assert "{okänd}" in str(caught.value)
        with pytest.raises(ValidationError) as caught:
            set_phrase(uow, "", "sv", "footer.page", "Sida", version=version)
        assert _codes(caught.value) == ["unknown_phrase"]
        lines = {line.key: line for line in phrase_lines(uow, "", "sv")}
        assert (lines["heading.parties"].builtin, lines["heading.parties"].override) == (
            "Parter",
            "Avtalsparter",
        )
        assert lines["heading.validity"].override is None
        set_phrase(uow, "", "sv", "heading.parties", None, version=version)
    with db.unit_of_work() as uow:
        assert get_house_style(uow).phrases == {}


def test_a_document_gets_the_style_of_its_first_party_that_has_one(db: Database) -> None:
    with db.unit_of_work() as uow:
        draft = make_agreement(uow, "Stilavtal")
        second = draft.parties[1].name
    _set(db, "", letterhead="Standard")
    with db.unit_of_work() as uow:
        document, _ = agreement_document_of(uow, get_agreement(uow, draft.id or 0), "sv", None)
        assert document.house_style is not None
        assert document.house_style.letterhead == ("Standard",)
    _set(db, second, letterhead="Andra parten", numbering=True)
    with db.unit_of_work() as uow:
        set_phrase(uow, second, "sv", "heading.parties", "Avtalsparter", version=1)
    with db.unit_of_work() as uow:
        document, _ = agreement_document_of(uow, get_agreement(uow, draft.id or 0), "sv", None)
        assert document.house_style is not None
        assert document.house_style.letterhead == ("Andra parten",)
        assert document.blocks[0].text == "Avtalsparter"  # type: ignore[union-attr]


def test_a_document_without_any_style_looks_as_before(db: Database) -> None:
    with db.unit_of_work() as uow:
        draft = make_agreement(uow, "Utan stil")
        document, _ = agreement_document_of(uow, draft, "sv", None)
    assert document.house_style is None


def test_a_frozen_version_keeps_its_look_when_the_style_changes(demo: Database) -> None:
    region = "Region Skånes kulturförvaltning"
    with demo.unit_of_work() as uow:
        reference = id_of(uow)
        _, before = frozen_document(uow, reference, None, "sv")
    assert before.house_style is not None and before.house_style.logo_type == "image/png"
    assert before.house_style.letterhead[0] == region
    _set(demo, region, letterhead="Ny enhet", remove_logo=True, font="liberation-serif")
    with demo.unit_of_work() as uow:
        _, after = frozen_document(uow, reference, None, "sv")
    assert after == before
    # A version frozen now goes out in the style of today (here the default style).
    _set(demo, "", letterhead="Standard")
    with demo.unit_of_work() as uow:
        fresh = make_agreement(uow, "Ny")
        sent = save_agreement(uow, replace(fresh, status=AgreementStatus.OUT_FOR_SIGNATURE))
        assert sent.id is not None
        _, frozen = frozen_document(uow, sent.id, None, "sv")
    assert frozen.house_style is not None
    assert frozen.house_style.letterhead == ("Standard",)


def test_the_reference_agreement_goes_out_in_the_demo_style(demo: Database, tmp_path: Path) -> None:
    import io
    import subprocess

    import docx

    from bibagreements.documents.pdfa import check_pdfa
    from bibagreements.services.documents import DocumentFormat, render_agreement

    with demo.unit_of_work() as uow:
        reference = id_of(uow)
        render_agreement(uow, reference, DocumentFormat.PDF, tmp_path / "ref.pdf", archive=True)
        render_agreement(uow, reference, DocumentFormat.DOCX, tmp_path / "ref.docx")
    pdf = (tmp_path / "ref.pdf").read_bytes()
    assert check_pdfa(pdf) == (True, [])
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "ref.pdf"), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "Regional biblioteksverksamhet" in text  # the demo letterhead
    header = docx.Document(io.BytesIO((tmp_path / "ref.docx").read_bytes())).sections[0].header
    assert len(header._element.xpath(".//pic:pic")) == 1
    assert "Regional biblioteksverksamhet" in header.tables[0].rows[0].cells[1].text


def test_minutes_and_the_yearly_report_get_a_style_too(demo: Database, tmp_path: Path) -> None:
    import subprocess
    from datetime import date

    from bibagreements.services.documents import (
        DocumentFormat,
        render_followup_report,
        render_minutes,
    )

    def text(path: Path) -> str:
        done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
        return done.stdout

    with demo.unit_of_work() as uow:
        reference = id_of(uow)
        render_minutes(uow, reference, date(2020, 5, 8), DocumentFormat.PDF, tmp_path / "m.pdf")
        render_followup_report(uow, 2020, DocumentFormat.PDF, tmp_path / "r.pdf")
    assert "Regional biblioteksverksamhet" in text(tmp_path / "m.pdf")  # the region's style
    assert "Regional biblioteksverksamhet" not in text(tmp_path / "r.pdf")  # no default style
    _set(demo, "", letterhead="Standardenheten")
    with demo.unit_of_work() as uow:
        render_followup_report(uow, 2020, DocumentFormat.PDF, tmp_path / "r2.pdf")
    assert "Standardenheten" in text(tmp_path / "r2.pdf")


def test_an_imported_agreement_is_frozen_in_the_house_style_of_its_new_database(
    db: Database, tmp_path: Path
) -> None:
    with db.unit_of_work() as uow:
        fresh = make_agreement(uow, "Ny")
        sent = save_agreement(uow, replace(fresh, status=AgreementStatus.OUT_FOR_SIGNATURE))
        data = export_data(uow)
    # Without its versions the import freezes it, as sending it for signature would.
    for agreement in data["agreements"]:
        agreement.pop("versions", None)
    elsewhere = new_db(tmp_path, "elsewhere.sqlite3")
    _set(elsewhere, "", letterhead="Standard")
    with elsewhere.unit_of_work() as uow:
        import_data(uow, data)
        _, frozen = frozen_document(uow, id_of(uow, sent.uid), None, "sv")
    assert frozen.house_style is not None
    assert frozen.house_style.letterhead == ("Standard",)
