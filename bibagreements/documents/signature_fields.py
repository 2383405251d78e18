"""Add one empty signature field per party, over that party's signature line.

Parties who sign digitally get a field to sign in; a printed copy is
unaffected (empty fields have an empty appearance).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

from bibagreements.documents.model import Document
from bibagreements.documents.pdf_writer import SignatureBox, render_pdf_layout
from bibagreements.documents.phrases import load_phrases


def field_name(index: int) -> str:
    """Field names are positional (``Signature_1``…): party names are user text."""
    return f"Signature_{index + 1}"


def add_signature_fields(
    pdf: bytes, boxes: Sequence[SignatureBox], *, tooltip: str = "{party}"
) -> bytes:
    """Return ``pdf`` with an empty signature field for each box, as an incremental update.

    ``tooltip`` is a format string for each field's /TU (``{party}`` is the party name).
    """
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    for index, sig in enumerate(boxes):
        llx, lly, urx, ury = sig.box
        spec = SigFieldSpec(
            sig_field_name=field_name(index),
            on_page=sig.page_index,
            box=(round(llx), round(lly), round(urx), round(ury)),
            readable_field_name=tooltip.format(party=sig.party_name),
        )
        append_signature_field(writer, spec)
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def render_signable_pdf(document: Document) -> bytes:
    """Render ``document`` with an empty signature field over each party's signature line."""
    rendered = render_pdf_layout(document)
    phrases = load_phrases(document.primary_language)
    # "För {party}" as the tooltip tells the signer which field is theirs.
    template = phrases.text("signature.for_party", party="{party}")
    return add_signature_fields(rendered.data, rendered.signature_boxes, tooltip=template)
