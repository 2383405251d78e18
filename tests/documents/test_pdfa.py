"""PDF/A-2b conversion for archiving."""

from __future__ import annotations

import io

import pypdf
import pytest

from bibagreements.documents.model import Document, Paragraph
from bibagreements.documents.pdf_writer import render_pdf
from bibagreements.documents.pdfa import check_pdfa, convert_to_pdfa
from tests.documents.documents_helpers import (
    TITLE,
    build_agreement,
    catalog,
    comparable,
    font_problems,
    pdf_page_texts,
)


@pytest.fixture(scope="module")
def archived() -> bytes:
    return convert_to_pdfa(render_pdf(build_agreement(parties=6)))


def test_plain_reportlab_output_is_not_pdfa() -> None:
    ok, messages = check_pdfa(render_pdf(build_agreement()))
    assert not ok
    assert messages


def test_conversion_passes_the_check(archived: bytes) -> None:
    ok, messages = check_pdfa(archived)
    assert ok, messages
    assert messages == []


def test_text_metadata_and_fonts_survive(archived: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(archived))
    assert reader.metadata is not None and reader.metadata.title == TITLE
    assert catalog(reader)["/Lang"] == "sv-SE"
    text = comparable("".join(pdf_page_texts(archived)))
    assert comparable("Överenskommelse om samarbete mellan Region Skånes") in text
    assert comparable("Avstämning sker halvårsvis") in text
    assert font_problems(archived) == []
    assert all("/Trans" not in page for page in reader.pages)


def test_unusual_text_converts() -> None:
    document = Document(
        "Ωμέγα Кириллица مرحبا 😀 中文",
        "x",
        "en",
        "1",
        (Paragraph("AT&T <b> ]]> مرحبا بالعالم 😀 👍🏽 中文"),),
        draft=True,
    )
    ok, messages = check_pdfa(convert_to_pdfa(render_pdf(document)))
    assert ok, messages
