"""Line breaking of long words, table rows across pages, and linear rendering time."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import docx
import pypdf
import pytest
from reportlab.platypus import paragraph as rl_paragraph

from bibagreements.documents.docx_writer import render_docx
from bibagreements.documents.model import Document, Heading, Paragraph, Table
from bibagreements.documents.pdf_paragraphs import BREAK_AFTER, chunks, word_pieces
from bibagreements.documents.pdf_text import FONT, register_fonts
from bibagreements.documents.pdf_writer import render_pdf, render_pdf_layout
from tests.documents.documents_helpers import comparable, pdf_page_texts

EMAIL = "anna-karin.andersson@regionvastmanland.example.org"
URL = "https://www.regionvastmanland.example.org/kultur/bibliotek/samverkan/avtal-2024.pdf"


@pytest.fixture(autouse=True, scope="module")
def _fonts() -> None:
    register_fonts()


def _sensible(piece: str) -> bool:
    return piece[-1] in BREAK_AFTER or not BREAK_AFTER.intersection(piece)


def test_a_long_word_breaks_after_sensible_points() -> None:
    for word in (EMAIL, URL):
        pieces = word_pieces(word, FONT, 9, 90)
        assert "".join(pieces) == word
        assert len(pieces) > 1
        # After a sensible point, or mid-word where the piece had none to break at.
        assert all(_sensible(piece) for piece in pieces[:-1]), pieces
    assert word_pieces("kort", FONT, 9, 90) == ["kort"]


def test_a_word_without_sensible_points_breaks_where_it_must() -> None:
    pieces = word_pieces("x" * 500, FONT, 10, 100)
    assert "".join(pieces) == "x" * 500
    assert len(pieces) > 5 and len({len(p) for p in pieces[:-1]}) == 1


def test_addresses_in_a_narrow_column_break_at_sensible_points() -> None:
    table = Table(("Part", "E-post", "Webb"), (("Region", EMAIL, URL),), (0.5, 0.25, 0.25))
    lines = pdf_page_texts(render_pdf(Document("T", "T", "sv", "1", (table,))))[0].splitlines()
    pieces = [line.strip() for line in lines if line.strip() and line.strip() in EMAIL + URL]
    assert len(pieces) > 3
    assert "".join(pieces) == EMAIL + URL
    assert all(_sensible(p) for p in pieces if not (EMAIL.endswith(p) or URL.endswith(p)))


def test_long_text_is_cut_where_it_shows_nothing() -> None:
    text = "\n".join(f"Rad {i} med lite text." for i in range(2000))
    parts = chunks(text)
    assert len(parts) > 10 and "\n".join(parts) == text
    assert all(len(part) <= 2000 for part in parts)
    wall = "ord " * 5000  # no line break at all: cut at spaces, pieces of a few pages
    assert " ".join(chunks(wall)) == wall and len(chunks(wall)) > 2


def _row_texts(i: int) -> tuple[str, str, str, str]:
    long = " ".join(f"utfall{i:02d}x{j}" for j in range(40))  # some lines tall
    return (f"område{i:02d}", f"delmål{i:02d}", f"aktivitet{i:02d}", long)


def _pages_holding(pages: list[str], token: str) -> list[int]:
    return [n for n, page in enumerate(pages) if token in page]


def test_table_rows_do_not_split_across_pages() -> None:
    filler = tuple(Paragraph(f"Stycke {i} " + "text " * 60) for i in range(9))
    table = Table(("Område", "Delmål", "Aktivitet", "Utfall"), tuple(map(_row_texts, range(12))))
    pages = [comparable(p) for p in pdf_page_texts(render_pdf(Document("T", "T", "sv", "1", (
        *filler, table)
    )))]  # fmt: skip
    assert len(pages) >= 2
    for i in range(12):
        texts = [comparable(t) for t in _row_texts(i)[:3]] + [
            f"utfall{i:02d}x0",
            f"utfall{i:02d}x39",
        ]
        holding = {n for text in texts for n in _pages_holding(pages, text)}
        assert len(holding) == 1, (i, holding)


def test_a_row_taller_than_a_page_still_splits() -> None:
    tall = " ".join(f"ord{i}" for i in range(3000))
    table = Table(("A", "B"), (("kort", tall),))
    rendered = render_pdf_layout(Document("T", "T", "sv", "1", (table,)))
    assert rendered.page_count >= 2
    words = re.findall(r"ord\d+", comparable("".join(pdf_page_texts(rendered.data))))
    assert words == tall.split()


def _lines_broken(document: Document) -> int:
    """How many lines reportlab breaks in all, however often it wraps."""
    counted = 0
    original = rl_paragraph.Paragraph.breakLines

    def counting(self: rl_paragraph.Paragraph, width: object) -> object:
        nonlocal counted
        result = original(self, width)
        counted += len(result.lines)
        return result

    rl_paragraph.Paragraph.breakLines = counting
    try:
        render_pdf(document)
    finally:
        rl_paragraph.Paragraph.breakLines = original
    return counted


def _long(n: int) -> Iterator[Document]:
    words = ("Överenskommelse om samarbete " * (n // 29 + 1))[:n]
    yield Document(words, words, "sv", "1", (Paragraph("Text"),))  # a long title
    yield Document("T", "T", "sv", "1", (Heading("H"), Paragraph(words)))  # a long paragraph
    yield Document("T", "T", "sv", "1", (Table(("A", "B"), ((words, "x"),)),))  # a long cell
    yield Document("T", "T", "sv", "1", (Paragraph("x" * n),))  # one long word


def test_rendering_work_grows_linearly() -> None:
    # Breaking a paragraph's lines again on every page made a 1 MB title take minutes:
    # the work, counted in lines broken, must double (not quadruple) with the text.
    for small, large in zip(_long(20_000), _long(40_000), strict=True):
        ratio = _lines_broken(large) / _lines_broken(small)
        assert 1.6 < ratio < 2.6, (small.blocks[-1], ratio)


def test_a_megabyte_title_and_a_long_text_render() -> None:
    title = ("Överenskommelse om samarbete " * 40_000)[:1_000_000]
    text = " ".join(f"ord{i}" for i in range(15_000))  # about 100,000 characters
    document = Document(title, title, "sv", "1", (Paragraph(text),))
    rendered = render_pdf_layout(document)
    reader = pypdf.PdfReader(io.BytesIO(rendered.data))
    assert rendered.page_count == len(reader.pages) > 500
    assert comparable(title[:200]) in comparable(reader.pages[0].extract_text())
    assert "ord14999" in reader.pages[-1].extract_text()
    opened = docx.Document(io.BytesIO(render_docx(document)))
    assert opened.paragraphs[0].text == title
    assert opened.paragraphs[1].text == text
