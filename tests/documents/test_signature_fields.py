"""Empty signature fields over each party's signature line."""

from __future__ import annotations

import io

import pypdf
import pytest

from bibagreements.documents.pdf_writer import render_pdf_layout
from bibagreements.documents.signature_fields import (
    add_signature_fields,
    field_name,
    render_signable_pdf,
)
from tests.documents.documents_helpers import build_agreement, catalog, comparable, pdf_page_texts


@pytest.mark.parametrize("parties", [2, 6, 12])
def test_one_signature_field_per_party(parties: int) -> None:
    document = build_agreement(parties=parties)
    data = render_signable_pdf(document)
    reader = pypdf.PdfReader(io.BytesIO(data))
    fields = reader.get_fields()
    assert fields is not None
    names = [field_name(i) for i in range(parties)]
    assert sorted(fields) == sorted(names)
    assert all(fields[name]["/FT"] == "/Sig" for name in names)
    assert int(catalog(reader)["/AcroForm"]["/SigFlags"]) == 1
    pages = [comparable(text) for text in pdf_page_texts(data)]
    for index, block in enumerate(document.signature_blocks()):
        field = fields[field_name(index)]
        assert field["/TU"] == f"För {block.party_name}"
        # The widget sits on the page that shows this party's block, inside the page.
        page_index, rect = next(
            (i, annot.get_object()["/Rect"])
            for i, page in enumerate(reader.pages)
            for annot in page.get("/Annots", [])
            if annot.get_object().get("/T") == field_name(index)
        )
        assert comparable(f"För {block.party_name}") in pages[page_index]
        llx, lly, urx, ury = (float(v) for v in rect)
        width, height = (float(v) for v in reader.pages[page_index].mediabox[2:])
        assert 0 <= llx < urx <= width and 0 <= lly < ury <= height


def test_fields_are_an_incremental_update() -> None:
    rendered = render_pdf_layout(build_agreement())
    signable = add_signature_fields(rendered.data, rendered.signature_boxes)
    assert signable.startswith(rendered.data)  # the rendered document is left untouched
