"""Every script in the PDF's text layer: fallback font, right-to-left order."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pikepdf
import pytest

from bibagreements.documents.model import Document, Heading, Paragraph, Table
from bibagreements.documents.pdf_bidi import bidi_levels, visual_order
from bibagreements.documents.pdf_writer import render_pdf
from bibagreements.paths import resource_path
from tests.documents.documents_helpers import font_problems, pdf_page_texts


def _text(*blocks: Heading | Paragraph | Table, title: str = "Titel") -> str:
    data = render_pdf(Document(title, title, "sv", "1", blocks))
    return unicodedata.normalize("NFKC", "\n".join(pdf_page_texts(data)))


def _font_names(data: bytes) -> set[str]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return {
            str(font.BaseFont).split("+")[-1]
            for page in pdf.pages
            for font in page.Resources.Font.values()
        }


def test_emoji_and_symbols_come_from_the_embedded_fallback_font() -> None:
    text = "Läsning 📚 för alla ✓ ♻ ⚖ 👍🏽"
    document = Document("📚 Titel", "📚 Kort", "sv", "1 ✓", (Heading(text), Paragraph(text)))
    data = render_pdf(document)
    extracted = "\n".join(pdf_page_texts(data))
    assert extracted.count(text) == 2  # heading (bold) and paragraph (regular)
    assert "📚 Titel" in extracted and "📚 Kort" in extracted and "Version 1 ✓" in extracted
    assert "\ufffd" not in extracted
    assert _font_names(data) == {"DejaVuSans", "DejaVuSans-Bold", "Symbola"}
    assert font_problems(data) == []


def test_the_fallback_font_is_shipped_with_its_licence() -> None:
    assert resource_path("fonts", "Symbola.ttf").stat().st_size > 1_000_000
    licence = resource_path("fonts", "LICENSE-Symbola.txt").read_text(encoding="utf-8")
    assert "George Douros" in licence and "free for any use" in licence


def test_a_character_no_font_has_is_a_visible_replacement() -> None:
    assert "Rad 🥰 slut" not in _text(Paragraph("Rad 🥰 slut"))
    assert "Rad \ufffd slut" in _text(Paragraph("Rad 🥰 slut"))


@pytest.mark.parametrize(
    "text",
    ["آرام إسماعيل", "שלום עולם", "שלום עולם – ברוכים הבאים לספרייה", "مكتبة الأطفال والشباب"],
)
def test_right_to_left_text_extracts_in_logical_order(text: str) -> None:
    assert text in _text(Paragraph(text)).splitlines()
    assert text in _text(Table(("Namn",), ((text,),))).splitlines()
    assert text in _text(Heading("x"), title=text).splitlines()


def test_right_to_left_inside_swedish_text() -> None:
    extracted = _text(Paragraph("Kontaktperson för Malmö är آرام إسماعيل och för Lund שלום עולם."))
    assert re.search(r"Kontaktperson för Malmö är\s+آرام إسماعيل\s*och för Lund", extracted)
    assert "שלום עולם" in extracted


def test_an_emoji_inside_an_arabic_word_keeps_both_fonts_right() -> None:
    data = render_pdf(Document("T", "T", "sv", "1", (Paragraph("مرحبا😀 بالعالم"),)))
    extracted = unicodedata.normalize("NFKC", "".join(pdf_page_texts(data)))
    assert "مرحبا" in extracted and "😀" in extracted and "بالعالم" in extracted
    assert "\ufffd" not in extracted
    assert font_problems(data) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_right_to_left_words_are_drawn_right_to_left(tmp_path: Path) -> None:
    # The first word of a right-to-left run is drawn rightmost: "א ב" shows ב on the left.
    path = tmp_path / "rtl.pdf"
    path.write_bytes(render_pdf(Document("T", "T", "sv", "1", (Paragraph("X א ב Y"),))))
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', boxes)
    line = [word for _, word in sorted((float(x), w) for x, w in words if w in "XאבY")]
    assert line == ["X", "ב", "א", "Y"]


def test_bidi_levels_and_visual_order() -> None:
    # Latin, space, Hebrew, space, number, space, Hebrew, space, Latin
    directions = ["L", "", "R", "", "N", "", "R", "", "L"]
    levels = bidi_levels(directions)
    assert levels == [0, 0, 1, 1, 2, 1, 1, 0, 0]
    assert visual_order(levels) == [0, 1, 6, 5, 4, 3, 2, 7, 8]
    assert bidi_levels(["L", "", "N"]) == [0, 0, 0]  # a number after Latin stays put
