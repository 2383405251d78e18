"""PDF writer: content, fonts, decorations, signature layout, escaping."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pikepdf
import pypdf
import pytest

from bibagreements.documents.model import (
    Document,
    Heading,
    Metadata,
    Paragraph,
    SignatureBlock,
    SignatureBlocks,
    document_texts,
)
from bibagreements.documents.pdf_writer import render_pdf, render_pdf_layout, write_pdf
from bibagreements.documents.pdfa import check_pdfa, convert_to_pdfa
from tests.documents.documents_helpers import (
    KRISTIANSTAD,
    REGION,
    TITLE,
    build_agreement,
    catalog,
    comparable,
    font_problems,
    pdf_page_texts,
)


@pytest.fixture(scope="module")
def reference_pdf() -> bytes:
    return render_pdf(build_agreement())


def test_every_text_of_the_reference_agreement_is_extractable(reference_pdf: bytes) -> None:
    document = build_agreement()
    extracted = comparable("".join(pdf_page_texts(reference_pdf)))
    expected = [t for t in document_texts(document) if t.strip()]
    expected += ["För " + KRISTIANSTAD, "För " + REGION, "Ort och datum", "Version 2"]
    missing = [text for text in expected if comparable(text) not in extracted]
    assert missing == []
    assert comparable("Överenskommelsen har upprättats i två likalydande exemplar") in extracted


def test_footer_on_every_page(reference_pdf: bytes) -> None:
    pages = pdf_page_texts(reference_pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert comparable(f"Sida {number} av {len(pages)}") in comparable(text)
        assert comparable("Överenskommelse Region Skåne – Kristianstad") in comparable(text)
        assert comparable("Version 2") in comparable(text)


def test_metadata(reference_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(reference_pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == TITLE
    assert meta.author == "Regional biblioteksverksamhet Skåne"
    assert meta.subject == "Digitalt först med användaren i fokus"
    assert meta.creator == "bibagreements"
    assert catalog(reader)["/Lang"] == "sv-SE"
    english = render_pdf(build_agreement(language="en"))
    assert catalog(pypdf.PdfReader(io.BytesIO(english)))["/Lang"] == "en-GB"


def test_only_embedded_dejavu_fonts(reference_pdf: bytes) -> None:
    assert font_problems(reference_pdf) == []
    draft = render_pdf(build_agreement(parties=3, draft=True))
    assert font_problems(draft) == []


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_agrees(tmp_path: Path) -> None:
    path = write_pdf(build_agreement(parties=3, draft=True), tmp_path / "a.pdf")
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert lines, "no fonts listed"
    for line in lines:
        emb = line.split()[-5]  # columns: ... emb sub uni object ID
        assert emb == "yes", line


def test_draft_mark_on_every_page_and_only_on_drafts() -> None:
    draft_pages = pdf_page_texts(render_pdf(build_agreement(parties=12, draft=True)))
    assert len(draft_pages) >= 3
    assert all("UTKAST" in text for text in draft_pages)
    final_pages = pdf_page_texts(render_pdf(build_agreement(parties=12)))
    assert not any("UTKAST" in text for text in final_pages)
    english = pdf_page_texts(render_pdf(build_agreement(language="en", draft=True)))
    assert all("DRAFT" in text for text in english)


@pytest.mark.parametrize("parties", [2, 3, 6, 12])
def test_each_signature_block_stays_on_one_page(parties: int) -> None:
    document = build_agreement(parties=parties)
    rendered = render_pdf_layout(document)
    pages = [comparable(text) for text in pdf_page_texts(rendered.data)]
    assert rendered.page_count == len(pages)
    boxes = {box.party_name: box for box in rendered.signature_boxes}
    assert len(boxes) == parties
    for block in document.signature_blocks():
        texts = [f"För {block.party_name}", block.place_and_date, block.signatory_name]
        texts += [block.signatory_title]
        texts = [comparable(t) for t in texts if t]
        on = [i for i, page in enumerate(pages) if texts[0] in page]
        assert len(on) == 1, f"{block.party_name} on pages {on}"
        assert all(text in pages[on[0]] for text in texts), block
        assert boxes[block.party_name].page_index == on[0]


def test_signature_lines_of_a_pair_are_level() -> None:
    boxes = render_pdf_layout(build_agreement(parties=2)).signature_boxes
    assert boxes[0].box[1] == pytest.approx(boxes[1].box[1])
    assert boxes[0].box[2] < boxes[1].box[0]  # side by side, not overlapping


def test_heading_and_copies_sentence_stay_with_the_signatures() -> None:
    pages = pdf_page_texts(render_pdf(build_agreement(parties=2)))
    signing_page = next(p for p in pages if comparable("För " + REGION) in comparable(p))
    assert "Underskrifter" in signing_page
    assert "likalydande" in signing_page


def test_long_texts_flow_over_pages() -> None:
    words = " ".join(f"ord{i}" for i in range(800))  # ~5,000 characters
    one_word = "x" * 5000
    document = Document(
        title="Lång",
        short_title="Lång " * 40,  # ellipsized in the footer
        language="sv",
        version_label="1",
        blocks=(
            Paragraph(words),
            Paragraph(one_word),
            SignatureBlocks((SignatureBlock("P" * 5000, "Malmö", "N" * 3000),)),
        ),
    )
    rendered = render_pdf_layout(document)
    extracted = comparable("".join(pdf_page_texts(rendered.data)))
    # Footers interrupt text that crosses a page break, so compare pieces and counts.
    assert re.findall(r"ord\d+", extracted) == words.split()
    assert extracted.count("x") == 5000
    assert extracted.count("P") == 5000
    assert extracted.count("N") == 3000
    assert rendered.page_count >= 4
    assert len(rendered.signature_boxes) == 1


def test_emoji_is_extractable_after_cmap_fix() -> None:
    document = Document("Emoji", "E", "sv", "1", (Paragraph("Tack 😀 och 🎉!"),))
    data = render_pdf(document)
    assert "😀" in "".join(pdf_page_texts(data))
    assert font_problems(data) == []
    with pikepdf.open(io.BytesIO(data)) as pdf:  # still a valid file
        assert len(pdf.pages) == 1


def test_control_characters_never_reach_the_metadata_or_the_footer() -> None:
    dirty = "Avtal\u0001 om\x00 samarbete\x7f\ud800\x0b(2020)"
    document = Document(
        title=dirty,
        short_title=dirty,
        language="sv",
        version_label="2\x00\x01 (2019-11-08)",
        blocks=(Paragraph("Text"),),
        metadata=Metadata(author=f"Region\x1f {dirty}", subject=dirty, keywords=(dirty, "\x02")),
    )
    data = render_pdf(document)
    meta = pypdf.PdfReader(io.BytesIO(data)).metadata
    assert meta is not None
    one_line = "Avtal om samarbete\ufffd (2020)"
    assert (meta.title, meta.author, meta.subject) == (one_line, f"Region {one_line}", one_line)
    assert meta["/Keywords"] == one_line
    text = "".join(pdf_page_texts(data))
    assert "\x00" not in text and "\x01" not in text
    assert "Version 2 (2019-11-08)" in text
    assert comparable(one_line) in comparable(text)
    passed, findings = check_pdfa(convert_to_pdfa(data))
    assert passed, findings


def test_a_long_version_label_leaves_room_for_the_footer_title() -> None:
    document = Document("Titel", "Kort titel", "sv", "v" * 300, (Paragraph("Text"),))
    text = "".join(pdf_page_texts(render_pdf(document)))
    assert "Kort titel" in text and "…  ·  Sida 1 av 1" in text


def test_no_latin_ligatures_in_a_shaped_paragraph() -> None:
    # Arabic makes the paragraph go through HarfBuzz; DejaVu's liga/dlig features
    # would put "ﬆ" and "ﬁ" into the text layer and break searching.
    text = "مكتبة Västmanland: officiell fil, första avstämning, مرحبا"
    bold = "Västmanlands län مكتبة"
    document = Document(
        "Västmanland مكتبة", "Västmanland مكتبة", "sv", "1", (Heading(bold), Paragraph(text))
    )
    extracted = "".join(pdf_page_texts(render_pdf(document)))
    for word in ("Västmanland", "Västmanlands", "officiell", "fil", "första", "avstämning"):
        assert word in extracted, word
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in extracted)
    assert "مكتبة" in unicodedata.normalize("NFKC", extracted)  # still shaped Arabic
