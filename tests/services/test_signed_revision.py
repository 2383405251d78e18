"""What the first signature's update may bring besides the signature: changes made in
the same update as signing, each refused (the page could show other text) or, when
it only rewrites what was there, accepted."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from bibagreements.services.signatures import check_signed_pdf
from bibagreements.storage.database import Database
from tests.signing_pki import Change, Issued, lay_text_over, signed_in_own_field

OVERLAY = b"1 1 1 rg 0 0 595 842 re f 0 0 0 rg BT /Helvetica 40 Tf 50 400 Td (1 000 000 kr) Tj ET"
JAVASCRIPT = generic.DictionaryObject(
    {pdf_name("/S"): pdf_name("/JavaScript"), pdf_name("/JS"): generic.TextStringObject("x")}
)


@pytest.fixture
def sent(sent_trusted: tuple[Database, int, bytes]) -> tuple[Database, int, bytes]:
    return sent_trusted


def _numbers(*values: float) -> generic.ArrayObject:
    return generic.ArrayObject(
        [
            generic.FloatObject(str(v)) if isinstance(v, float) else generic.NumberObject(v)
            for v in values
        ]
    )


def _page(w: IncrementalPdfFileWriter, index: int = 0) -> Any:
    return w.root["/Pages"]["/Kids"][index]


def _add_annotation(w: IncrementalPdfFileWriter, annotation: generic.DictionaryObject) -> Any:
    page = _page(w)
    ref = w.add_object(annotation)
    page[pdf_name("/Annots")] = generic.ArrayObject([*page.get("/Annots", []), ref])
    w.update_container(page)
    return ref


def _covering_widget(w: IncrementalPdfFileWriter, **extra: Any) -> generic.DictionaryObject:
    """A signature widget the size of the page whose appearance paints over it."""
    look = generic.StreamObject(
        {
            pdf_name("/Type"): pdf_name("/XObject"),
            pdf_name("/Subtype"): pdf_name("/Form"),
            pdf_name("/BBox"): _numbers(0, 0, 595, 842),
        },
        stream_data=OVERLAY,
    )
    widget = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Annot"),
            pdf_name("/Subtype"): pdf_name("/Widget"),
            pdf_name("/FT"): pdf_name("/Sig"),
            pdf_name("/Rect"): _numbers(0, 0, 595, 842),
            pdf_name("/AP"): generic.DictionaryObject({pdf_name("/N"): w.add_object(look)}),
        }
    )
    widget.update({pdf_name("/" + k): v for k, v in extra.items()})
    return widget


def _orphan_widget(w: IncrementalPdfFileWriter) -> None:
    _add_annotation(w, _covering_widget(w))


def _own_field_with_script(w: IncrementalPdfFileWriter) -> None:
    """The service's own field made beforehand: page-sized, with an action."""
    field = _covering_widget(w, T=generic.TextStringObject("SigningService1"), AA=JAVASCRIPT)
    ref = _add_annotation(w, field)
    form = w.root["/AcroForm"]
    form["/Fields"].append(ref)
    w.update_container(form)


def _xfa(w: IncrementalPdfFileWriter) -> None:
    form = w.root["/AcroForm"]
    form[pdf_name("/XFA")] = w.add_object(generic.StreamObject(stream_data=b"<xdp:xdp/>"))
    w.update_container(form)


def _our_field_made_page_sized(w: IncrementalPdfFileWriter) -> None:
    field = w.root["/AcroForm"]["/Fields"][1]
    field[pdf_name("/Rect")] = _numbers(0, 0, 595, 842)
    w.update_container(field)


def _our_field_made_a_stamp(w: IncrementalPdfFileWriter) -> None:
    """Our field (which the page draws) turned into a page-covering stamp, its old
    rectangle handed to a new kid widget."""
    raw = w.root["/AcroForm"]["/Fields"].raw_get(1)
    field = raw.get_object()
    kid = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Annot"),
            pdf_name("/Subtype"): pdf_name("/Widget"),
            pdf_name("/Rect"): field["/Rect"],
            pdf_name("/Parent"): raw,
        }
    )
    stamp = _covering_widget(w)
    field[pdf_name("/Subtype")] = pdf_name("/Stamp")
    field[pdf_name("/Rect")] = stamp["/Rect"]
    field[pdf_name("/AP")] = stamp["/AP"]
    field[pdf_name("/Kids")] = generic.ArrayObject([w.add_object(kid)])
    w.update_container(field)


def _page_tree_loop(w: IncrementalPdfFileWriter) -> None:
    page = _page(w, 1)
    page[pdf_name("/Kids")] = generic.ArrayObject([w.root["/Pages"]["/Kids"].raw_get(1)])
    w.update_container(page)


def _rotated(w: IncrementalPdfFileWriter) -> None:
    page = _page(w)
    page[pdf_name("/Rotate")] = generic.NumberObject(90)
    w.update_container(page)


def _keys_reordered(w: IncrementalPdfFileWriter) -> None:
    page = _page(w)
    resources = page["/Resources"]
    keys = sorted(resources, reverse=True)
    page[pdf_name("/Resources")] = generic.DictionaryObject({k: resources.raw_get(k) for k in keys})
    w.update_container(page)


def _numbers_rewritten(w: IncrementalPdfFileWriter) -> None:
    page = _page(w)
    box = page["/MediaBox"]
    page[pdf_name("/MediaBox")] = generic.ArrayObject(
        [generic.FloatObject(f"{float(v):.5f}") for v in box]
    )
    w.update_container(page)


OWN, OURS = "SigningService1", "Signature_2"
Box = tuple[int, int, int, int] | None
REFUSED: dict[str, tuple[Change | None, str, Box]] = {
    "text laid over the page": (lay_text_over, OWN, None),
    "a page-covering widget beside": (_orphan_widget, OWN, None),
    "a page-covering widget, our field": (_orphan_widget, OURS, None),
    "its own field with a script": (_own_field_with_script, OWN, None),
    "an XFA form": (_xfa, OWN, None),
    "our field made page-sized": (_our_field_made_page_sized, OURS, None),
    "our field made a stamp": (_our_field_made_a_stamp, OURS, None),
    "a page tree that loops": (_page_tree_loop, OWN, None),
    "the page rotated": (_rotated, OWN, None),
    "its own field visible": (None, OWN, (0, 700, 595, 780)),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_the_signing_update_may_not_change_what_the_page_shows(
    sent: Any, pki: dict[str, Issued], name: str
) -> None:
    db, agreement_id, pdf = sent
    change, field, box = REFUSED[name]
    chain = [pki["service"], pki["root"]]
    new = field == OWN and name != "its own field with a script"  # that one made beforehand
    data = signed_in_own_field(
        pdf, pki["maria"], chain, field=field, change=change, box=box, new=new
    )
    with db.unit_of_work() as uow:
        [check] = check_signed_pdf(uow, agreement_id, data)
    assert (check.intact, check.version, check.problem and check.problem.code) == (
        True,
        None,
        "signature_not_ours",
    )


@pytest.mark.parametrize("change", [None, _keys_reordered, _numbers_rewritten])
def test_a_rewrite_of_what_was_there_is_still_our_rendering(
    sent: Any, pki: dict[str, Issued], change: Change | None, tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    chain = [pki["service"], pki["root"]]
    data = signed_in_own_field(pdf, pki["maria"], chain, change=change)
    with db.unit_of_work() as uow:
        [check] = check_signed_pdf(uow, agreement_id, data)
    assert (check.version, check.counts) == (1, True)


def _forged_last_section(pdf: bytes) -> bytes:
    """``pdf`` with a copy of its last cross-reference section appended, in which the
    unsigned Signature_2 widget is redefined page-sized; what is signed next refers
    back to the copy, and the file still begins with the rendering."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    last = reader.xrefs.total_revisions - 1
    entries = {
        ref.idnum: (reader.xrefs.get_historical_ref(ref, last), ref.generation)
        for ref in reader.xrefs.explicit_refs_in_revision(last)
    }
    widget = next(r for r, f in _fields(reader) if f.get("/T") == "Signature_2")
    out = bytearray(pdf + b"\n")
    entries[widget] = (len(out), 0)
    out += (
        b"%d 0 obj\n<< /FT /Sig /T (Signature_2) /Type /Annot /Subtype /Widget /F 4 "
        b"/Rect [0 0 595 842] >>\nendobj\n" % widget
    )
    at = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for idnum in sorted(entries):
        offset, generation = entries[idnum]
        out += b"%d 1\n%010d %05d n \n" % (idnum, offset, generation)
    trailer = reader.trailer
    ids = b"".join(b"<%s>" % i.original_bytes.hex().encode() for i in trailer["/ID"])
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [%s] /Prev %d >>\n" % (
        int(trailer["/Size"]),
        trailer.raw_get("/Root").idnum,
        trailer.raw_get("/Info").idnum,
        ids,
        reader.xrefs.get_startxref_for_revision(last - 1),
    )
    out += b"startxref\n%d\n%%%%EOF\n" % at
    return bytes(out)


def _fields(reader: Any) -> list[tuple[int, Any]]:
    raw = reader.root["/AcroForm"]["/Fields"]
    return [(raw.raw_get(i).idnum, raw[i]) for i in range(len(raw))]


def test_a_forged_history_under_the_signature_is_not_our_rendering(
    sent: Any, pki: dict[str, Issued]
) -> None:
    db, agreement_id, pdf = sent
    forged = _forged_last_section(pdf)
    chain = [pki["service"], pki["root"]]
    data = signed_in_own_field(forged, pki["maria"], chain, field="Signature_1", new=False)
    assert data.startswith(pdf)
    with db.unit_of_work() as uow:
        [check] = check_signed_pdf(uow, agreement_id, data)
    assert (check.intact, check.version) == (True, None)
