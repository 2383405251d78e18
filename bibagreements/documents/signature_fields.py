"""Add one empty signature field per party, over that party's signature line.

Parties who sign digitally get a field to sign in; a printed copy is
unaffected (empty fields have an empty appearance).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

from bibagreements.documents.model import Document
from bibagreements.documents.pdf_writer import SignatureBox, render_pdf_layout
from bibagreements.documents.phrases import load_phrases


def field_name(index: int) -> str:
    """Field names are positional (``Signature_1``…): party names are user text."""
    return f"Signature_{index + 1}"


class _ReproducibleWriter(IncrementalPdfFileWriter):
    """An incremental update that reads neither the clock nor a random source.

    pyHanko stamps /ModDate with the time of writing and gives the update a
    random second /ID part; adding empty fields changes no content, so the
    document keeps its dates and the /ID's second part is a digest of the input.
    """

    def __init__(self, pdf: bytes, fields: str) -> None:
        super().__init__(io.BytesIO(pdf), strict=False)
        first = self._document_id[0]
        seed = pdf + fields.encode("utf-8", "backslashreplace")
        digest = hashlib.md5(seed, usedforsecurity=False)
        second = generic.ByteStringObject(digest.digest())
        self._document_id = generic.ArrayObject([first, second])

    def _update_meta(self) -> None:
        pass  # no /ModDate, /Producer or XMP change: the dates come from the document


def add_signature_fields(
    pdf: bytes, boxes: Sequence[SignatureBox], *, tooltip: str = "{party}"
) -> bytes:
    """Return ``pdf`` with an empty signature field for each box, as an incremental update.

    ``tooltip`` is a format string for each field's /TU (``{party}`` is the party name).
    """
    writer = _ReproducibleWriter(pdf, repr((tuple(boxes), tooltip)))
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
