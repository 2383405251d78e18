"""Hypothesis fuzz of user text through both writers.

What "appears literally" means for PDF text extraction:

* Markup is never interpreted: ``<b>``, ``&``, ``AT&T``, ``]]>``, entities and
  reportlab tags come out as the same characters, and no font other than the
  embedded DejaVu faces is ever selected.
* Comparison ignores whitespace (line wrapping may split a word anywhere;
  tabs become spaces) and applies NFKC to both sides, which folds the Arabic
  presentation forms that HarfBuzz shaping leaves in the text layer back into
  letters.
* Characters DejaVu has no glyph for come from the bundled Symbola (emoji
  such as 📚, 👍🏽, symbols). Characters neither has (CJK, Tibetan, emoji
  newer than Symbola…) are drawn and extracted as U+FFFD; reportlab would
  otherwise show a box and put U+0000 in the text layer. So only tokens the
  fonts cover must appear literally.
* In a paragraph with right-to-left text, bidi reordering may move tokens and
  mirror neutral characters (``>`` shows as ``<`` in an RTL run), so there
  only tokens made of letters and digits are required to appear intact.

For DOCX the check is exact: the text read back equals the cleaned input.

Title, footer title, version label and metadata are fuzzed with control
characters (C0, DEL, C1, lone surrogates, noncharacters) mixed in: both
writers must render, and the metadata read back must be the cleaned text on
one line.
"""

from __future__ import annotations

import io

import docx
import pypdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bibagreements.documents.docx_writer import render_docx
from bibagreements.documents.model import (
    Document,
    Metadata,
    Paragraph,
    SignatureBlock,
    SignatureBlocks,
    Table,
    clean_text,
)
from bibagreements.documents.pdf_text import covered_code_points, needs_shaping, single_line
from bibagreements.documents.pdf_writer import render_pdf
from tests.documents.documents_helpers import comparable, font_problems, pdf_page_texts

TRICKY = [
    "<b>", "</b>", "<i>x", "&", "AT&T", "]]>", "&amp;", "&#65;", "<br/>", "<para>",
    "<font name='Helvetica'>", "<![CDATA[x]]>", "<!--c-->", "\\", "\"'", "%s", "{party}",
    "Ωμέγα", "Кириллица", "Åäö", "😀", "👍🏽",
]  # fmt: skip
ARABIC = ["مرحبا", "بالعالم", "مكتبة"]
SEPARATORS = st.sampled_from([" ", "\t", "\n", "\r\n", "  "])
LTR_CHARS = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "S"),
    exclude_characters="".join(chr(c) for c in range(0x0590, 0x0900)),
).filter(lambda ch: not needs_shaping(ch))
LTR_WORDS = st.one_of(st.sampled_from(TRICKY), st.text(LTR_CHARS, min_size=1, max_size=10))
ANY_WORDS = st.one_of(LTR_WORDS, st.sampled_from(ARABIC))
# What clean_text must take care of: C0 controls, DEL, C1 controls, line and
# paragraph separators, lone surrogates and noncharacters.
CONTROLS = st.sampled_from(
    [chr(c) for c in range(0x20)]
    + ["\x7f", "\x80", "\x85", "\x9f", "\u2028", "\u2029", "\ud800", "\udfff", "\ufffe", "\uffff"]
)
DIRTY = st.text(st.one_of(CONTROLS, st.characters()), max_size=20)
FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _join(draw: st.DrawFn, words: st.SearchStrategy[str]) -> tuple[str, list[str]]:
    tokens = draw(st.lists(words, min_size=1, max_size=12))
    text = tokens[0]
    for token in tokens[1:]:
        text += draw(SEPARATORS) + token
    return text, tokens


@st.composite
def ltr_text(draw: st.DrawFn) -> tuple[str, list[str]]:
    return _join(draw, LTR_WORDS)


@st.composite
def mixed_text(draw: st.DrawFn) -> tuple[str, list[str]]:
    return _join(draw, ANY_WORDS)


@st.composite
def dirty_text(draw: st.DrawFn) -> str:
    """Words and control characters, in any order."""
    text, _ = _join(draw, ANY_WORDS)
    return draw(DIRTY) + text + draw(DIRTY)


@st.composite
def dirty_metadata(draw: st.DrawFn) -> Metadata:
    return Metadata(
        author=draw(dirty_text()),
        subject=draw(dirty_text()),
        keywords=tuple(draw(st.lists(dirty_text(), max_size=3))),
        creator=draw(st.sampled_from(["bibagreements", "bib\x00agreements\x1f"])),
    )


def _document(
    text: str,
    party: str,
    *,
    title: str = "Fuzz",
    short_title: str | None = None,
    version_label: str = "1",
    metadata: Metadata | None = None,
) -> Document:
    return Document(
        title=title,
        short_title=text[:60] if short_title is None else short_title,
        language="sv",
        version_label=version_label,
        metadata=metadata or Metadata(),
        draft=True,
        blocks=(
            Paragraph(text),
            Table(("Kolumn", "Värde"), ((text, party),)),
            SignatureBlocks((SignatureBlock(party, text[:40], party, text[:30]),)),
        ),
    )


@FUZZ
@given(ltr_text(), ltr_text())
def test_pdf_shows_ltr_text_literally(
    paragraph: tuple[str, list[str]], party: tuple[str, list[str]]
) -> None:
    data = render_pdf(_document(paragraph[0], party[0]))
    extracted = comparable("".join(pdf_page_texts(data)))
    for token in paragraph[1] + party[1]:
        if _covered(token):
            assert comparable(token) in extracted, token
    assert font_problems(data) == []


def test_every_tricky_token_at_once() -> None:
    text = "\t".join(TRICKY) + "\nRad två 🥰\r\n" + " ".join(ARABIC)
    data = render_pdf(_document(text, "AT&T <b>Part</b> ]]>"))
    pages = pdf_page_texts(data)
    extracted = comparable("".join(pages))
    for token in [*TRICKY, "AT&T<b>Part</b>]]>", *ARABIC]:
        if _covered(token):
            assert comparable(token) in extracted, token
    assert "\x00" not in "".join(pages)
    assert "\ufffd" in "".join(pages)  # 🥰 is newer than every bundled font
    assert "👍🏽" in "".join(pages)  # the skin-tone modifier from the fallback font
    assert font_problems(data) == []


def _covered(token: str) -> bool:
    return all(ord(ch) in covered_code_points() for ch in token)


def _intact(token: str) -> bool:
    return _covered(token) and all(ch.isalnum() for ch in token)


@FUZZ
@given(mixed_text(), mixed_text())
def test_pdf_survives_mixed_direction_text(
    paragraph: tuple[str, list[str]], party: tuple[str, list[str]]
) -> None:
    data = render_pdf(_document(paragraph[0], party[0]))
    extracted = comparable("".join(pdf_page_texts(data)))
    for token in paragraph[1] + party[1]:
        if _intact(token):
            assert comparable(token) in extracted, token
    assert font_problems(data) == []


@FUZZ
@given(mixed_text(), mixed_text(), st.text(max_size=30))
def test_docx_keeps_text_exactly(
    paragraph: tuple[str, list[str]], party: tuple[str, list[str]], raw: str
) -> None:
    text = paragraph[0] + raw  # raw adds control characters, surrogate-free junk
    data = render_docx(_document(text, party[0]))
    opened = docx.Document(io.BytesIO(data))
    assert opened.paragraphs[1].text == clean_text(text)
    cells = opened.tables[0].rows[1].cells
    assert [c.text for c in cells] == [clean_text(text), clean_text(party[0])]
    signature_texts = [p.text for c in opened.tables[1]._cells for p in c.paragraphs]
    assert "För " + clean_text(party[0]) in signature_texts


def _core_property(text: str) -> str:
    text = single_line(text)
    return text if len(text) <= 255 else text[:254].rstrip() + "…"


@FUZZ
@given(dirty_text(), dirty_text(), dirty_text(), dirty_metadata())
def test_docx_cleans_titles_and_metadata(
    title: str, short_title: str, version: str, metadata: Metadata
) -> None:
    document = _document("Text", "Part", title=title, short_title=short_title,
                         version_label=version, metadata=metadata)  # fmt: skip
    opened = docx.Document(io.BytesIO(render_docx(document)))
    assert opened.paragraphs[0].text == clean_text(title)
    assert single_line(short_title) in opened.sections[0].footer.paragraphs[0].text
    props = opened.core_properties
    assert props.title == _core_property(title)
    assert props.author == _core_property(metadata.author)
    assert props.subject == _core_property(metadata.subject)
    keywords = ", ".join(k for k in map(_core_property, metadata.keywords) if k)
    assert props.keywords == _core_property(keywords)
    assert props.comments == _core_property(metadata.creator)


@FUZZ
@given(dirty_text(), dirty_text(), dirty_text(), dirty_metadata())
def test_pdf_cleans_titles_and_metadata(
    title: str, short_title: str, version: str, metadata: Metadata
) -> None:
    document = _document("Text", "Part", title=title, short_title=short_title,
                         version_label=version, metadata=metadata)  # fmt: skip
    data = render_pdf(document)
    meta = pypdf.PdfReader(io.BytesIO(data)).metadata
    assert meta is not None
    assert meta.get("/Title", "") == single_line(title)
    assert meta.get("/Author", "") == single_line(metadata.author)
    assert meta.get("/Subject", "") == single_line(metadata.subject)
    assert meta.get("/Creator", "") == single_line(metadata.creator)
    text = "".join(pdf_page_texts(data))
    assert not any(ch in text for ch in "\x00\x01\x1f\x7f"), repr(text)
    assert font_problems(data) == []
