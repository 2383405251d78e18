"""A house style in the documents: kept by the model, drawn by both writers, PDF/A intact."""

from __future__ import annotations

import base64
import io
import re
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pikepdf
import pytest
from PIL import Image

from bibagreements.documents.docx_writer import render_docx
from bibagreements.documents.model import Document, Heading, HouseStyle, heading_numbers
from bibagreements.documents.model_json import document_from_json, document_to_json
from bibagreements.documents.pdf_writer import render_pdf
from bibagreements.documents.pdfa import check_pdfa, convert_to_pdfa
from bibagreements.documents.phrases import load_phrases, override_problem, with_overrides
from bibagreements.documents.reproducible import document_digest
from bibagreements.paths import resource_path
from tests.documents.documents_helpers import build_agreement

LETTERHEAD = ("Regionbiblioteket Exempel", "Box 12, 123 45 Exempelstad", "www.example.org")
FOOTER = "Regionbiblioteket Exempel · 010-000 00 00"


def _png() -> str:
    out = io.BytesIO()
    image = Image.new("RGBA", (300, 100), (31, 95, 139, 255))
    image.paste((226, 162, 59, 128), (200, 0, 300, 100))  # half transparent: an SMask
    image.save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode("ascii")


def _svg() -> str:
    return base64.b64encode(resource_path("examples", "demo-logo.svg").read_bytes()).decode()


def styled(logo: str = "png", **changes: object) -> Document:
    """The reference agreement in a house style with a "png", "svg" or no ("") logo."""
    logo_data, logo_type = {
        "png": (_png(), "image/png"),
        "svg": (_svg(), "image/svg+xml"),
        "": ("", ""),
    }[logo]
    style = HouseStyle(LETTERHEAD, FOOTER, "#1F5F8B", "carlito", True, logo_data, logo_type)
    return replace(build_agreement(), house_style=replace(style, **changes))  # type: ignore[arg-type]


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return done.stdout


def _images(data: bytes) -> int:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        return len(page.get_images())


def _fonts(data: bytes) -> set[str]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        names = set()
        for page in pdf.pages:
            for _, font in page.resources.get("/Font", {}).items():
                names.add(str(font.BaseFont).split("+")[-1])
        return names


def test_the_model_keeps_its_house_style_as_json() -> None:
    document = styled()
    again = document_from_json(document_to_json(document))
    assert again == document
    assert again.house_style == document.house_style


def test_a_model_without_a_style_reads_and_writes_as_it_always_did() -> None:
    plain = build_agreement()
    text = document_to_json(plain)
    assert "house_style" not in text  # the frozen content of older versions is unchanged
    assert document_from_json(text).house_style is None
    # repr (so the PDF's /ID) leaves the style out; the digest tells styled from plain
    assert "house_style" not in repr(plain)
    assert document_digest(plain) != document_digest(styled())


@pytest.mark.parametrize("logo", ["png", "svg"])
def test_the_pdf_carries_logo_letterhead_and_footer_and_stays_pdfa(
    logo: str, tmp_path: Path
) -> None:
    data = render_pdf(styled(logo))
    text = _pdf_text(data, tmp_path)
    for line in (*LETTERHEAD, FOOTER):
        assert line in text
    assert re.search(r"^\s*1\s+Parter", text, re.MULTILINE)  # numbered headings
    if logo == "png":
        assert _images(data) == 1  # an image XObject; an SVG is drawn as vector paths
    assert "Carlito" in _fonts(data)
    archived = convert_to_pdfa(data)
    assert check_pdfa(archived) == (True, [])


def test_the_pdf_without_a_style_has_no_letterhead(tmp_path: Path) -> None:
    data = render_pdf(build_agreement())
    text = _pdf_text(data, tmp_path)
    assert LETTERHEAD[0] not in text
    assert _images(data) == 0
    assert not re.search(r"^\s*1\s+Parter", text, re.MULTILINE)


def test_a_font_other_than_the_default_is_embedded() -> None:
    data = render_pdf(styled("", font="liberation-serif"))
    fonts = _fonts(data)
    assert {"LiberationSerif", "LiberationSerif-Bold"} <= fonts  # PostScript names


@pytest.mark.parametrize("logo", ["png", "svg"])
def test_the_docx_has_logo_and_letterhead_in_its_header(logo: str) -> None:
    data = render_docx(styled(logo))
    reopened = docx.Document(io.BytesIO(data))
    section = reopened.sections[0]
    header = section.header
    header_text = "\n".join(
        cell.text for table in header.tables for row in table.rows for cell in row.cells
    )
    for line in LETTERHEAD:
        assert line in header_text
    pictures = header._element.xpath(".//pic:pic")
    assert len(pictures) == 1
    assert FOOTER in "\n".join(p.text for p in section.footer.paragraphs)
    assert reopened.styles["Normal"].font.name == "Carlito"
    assert str(reopened.styles["Heading 1"].font.color.rgb) == "1F5F8B"
    assert any(p.text.startswith("1\u00a0\u00a0Parter") for p in reopened.paragraphs)
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert any(n.endswith(".svg") for n in names) == (logo == "svg")


def test_heading_numbers_count_sections_and_subsections() -> None:
    blocks = (Heading("A"), Heading("a", 2), Heading("b", 2), Heading("i", 3), Heading("B"))
    assert heading_numbers(blocks) == {0: "1", 1: "1.1", 2: "1.2", 3: "1.2.1", 4: "2"}


def test_a_phrase_override_keeps_to_the_builtin_placeholders() -> None:
    builtin = load_phrases("sv").entries["text.copies"]
    assert override_problem(builtin, "{The_agreement} finns i {n} exemplar.") is None
    assert override_problem(builtin, "Avtalet finns i {n} exemplar.") is None
    assert override_problem(builtin, "{n} och {year}") == "{year}"
    assert override_problem(builtin, "{n.__class__}") == "{n.__class__}"
    assert override_problem(builtin, "{n!r}") == "{n!r}"
    assert override_problem(builtin, "{n:>20}") == "{n:>20}"
    assert override_problem(builtin, "a { b") == "braces"
    # A phrase that names no agreement cannot start naming one (the report has no kind).
    assert override_problem("Sammanfattning", "{the_agreement}") == "{the_agreement}"


def test_overridden_phrases_are_used_and_the_rest_stay() -> None:
    phrases = with_overrides(load_phrases("sv"), {"heading.parties": "Avtalsparter"})
    assert phrases.text("heading.parties") == "Avtalsparter"
    assert phrases.text("heading.validity") == "Giltighetstid"
    assert load_phrases("sv").text("heading.parties") == "Parter"  # the cache untouched
    # Overrides that do not fit are left out, never used.
    odd = with_overrides(load_phrases("sv"), {"text.copies": "{x}", "footer.page": "Sida"})
    assert odd.entries["text.copies"] == load_phrases("sv").entries["text.copies"]
    assert odd.entries["footer.page"] == load_phrases("sv").entries["footer.page"]


def test_a_letterhead_character_the_font_lacks_comes_from_a_fallback_face(
    tmp_path: Path,
) -> None:
    line = "Telefon ☎ 040-00 00 00 · Ω"
    data = render_pdf(styled("", letterhead=(line,), footer="Fot ✉ post"))
    text = _pdf_text(data, tmp_path)
    assert line in text and "Fot ✉ post" in text
    assert check_pdfa(convert_to_pdfa(data)) == (True, [])
