"""The same model gives byte-identical files, whenever it is rendered."""

from __future__ import annotations

import dataclasses
import io
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import docx
import pikepdf
import pypdf
import pytest

from bibagreements.documents.docx_writer import render_docx
from bibagreements.documents.model import FALLBACK_CREATED, Document, Metadata, Paragraph
from bibagreements.documents.pdf_writer import render_pdf
from bibagreements.documents.pdfa import check_pdfa, convert_to_pdfa
from bibagreements.documents.signature_fields import render_signable_pdf
from tests.documents.documents_helpers import build_agreement, font_problems

CREATED = datetime(2019, 11, 8, 10, 15, 30, tzinfo=timezone(timedelta(hours=1)))


def _document() -> Document:
    base = build_agreement(parties=3)
    metadata = dataclasses.replace(base.metadata, created=CREATED)
    # Emoji and Arabic take the other code paths (fallback font, ToUnicode fix, shaping).
    extra = (Paragraph("Läsning 📚 för alla ✓ مكتبة"),)
    return dataclasses.replace(base, metadata=metadata, blocks=extra + base.blocks)


RENDERERS: dict[str, Callable[[Document], bytes]] = {
    "pdf": render_pdf,
    "pdfa": lambda d: convert_to_pdfa(render_pdf(d)),
    "signable": render_signable_pdf,
    "docx": render_docx,
}


@pytest.fixture(scope="module")
def twice() -> dict[str, tuple[bytes, bytes]]:
    document = _document()
    first = {name: render(document) for name, render in RENDERERS.items()}
    time.sleep(1.1)  # every clock-based timestamp would now differ
    second = {name: render(_document()) for name, render in RENDERERS.items()}
    return {name: (first[name], second[name]) for name in RENDERERS}


@pytest.mark.parametrize("name", list(RENDERERS))
def test_rendering_twice_gives_the_same_bytes(
    twice: dict[str, tuple[bytes, bytes]], name: str
) -> None:
    first, second = twice[name]
    assert first == second


def test_pdf_dates_come_from_the_metadata(twice: dict[str, tuple[bytes, bytes]]) -> None:
    for name in ("pdf", "pdfa", "signable"):
        info = pypdf.PdfReader(io.BytesIO(twice[name][0])).metadata
        assert info is not None
        assert info["/CreationDate"].startswith("D:20191108101530+01")
        assert info["/ModDate"].startswith("D:20191108101530+01")
    with pikepdf.open(io.BytesIO(twice["pdfa"][0])) as pdf:
        meta = pdf.open_metadata()
        for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
            assert str(meta[key]).startswith("2019-11-08T10:15:30+01:00"), key


def test_pdfa_still_validates_and_embeds_its_fonts(
    twice: dict[str, tuple[bytes, bytes]],
) -> None:
    passed, findings = check_pdfa(twice["pdfa"][0])
    assert passed, findings
    assert font_problems(twice["pdfa"][0]) == []


def test_docx_properties_and_zip_entries_come_from_the_metadata(
    twice: dict[str, tuple[bytes, bytes]],
) -> None:
    data = twice["docx"][0]
    props = docx.Document(io.BytesIO(data)).core_properties
    expected = CREATED.astimezone(UTC).replace(tzinfo=None)
    assert props.created.replace(tzinfo=None) == expected
    assert props.modified.replace(tzinfo=None) == expected
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        stamps = {info.date_time for info in archive.infolist()}
        names = [info.filename for info in archive.infolist()]
    assert stamps == {(2019, 11, 8, 10, 15, 30)}
    assert names[0] == "[Content_Types].xml"


def test_other_content_gives_other_ids() -> None:
    document = _document()
    other = dataclasses.replace(document, title=document.title + " (ny)")
    ids = [pypdf.PdfReader(io.BytesIO(render_pdf(d))).trailer["/ID"][0] for d in (document, other)]
    assert ids[0] != ids[1]


def test_without_a_time_the_fixed_fallback_is_used() -> None:
    document = Document("T", "T", "sv", "1", (Paragraph("x"),), metadata=Metadata())
    info = pypdf.PdfReader(io.BytesIO(render_pdf(document))).metadata
    assert info is not None
    assert info["/CreationDate"].startswith(FALLBACK_CREATED.strftime("D:%Y%m%d%H%M%S"))
    props = docx.Document(io.BytesIO(render_docx(document))).core_properties
    assert props.created.replace(tzinfo=None) == FALLBACK_CREATED.replace(tzinfo=None)
