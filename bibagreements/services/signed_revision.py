"""Is the revision a signature covers exactly our rendering, plus that signature?

pyHanko judges what a file gained *after* each signature. What the first
signature covers must be checked too: the file begins with our signable
rendering, and the one incremental update on top of it (the signing) may
overwrite nothing but the catalog, the form, the document information and the
signed field itself, with the catalog and every page (content, resources,
annotations) as in the rendering. Otherwise text could be changed, or laid over
the page, before a party signed, and the signature would still look ours.
"""

from __future__ import annotations

import io
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

# Catalog entries signing adds or changes; every other entry stays as rendered.
_SIGNING_KEYS = frozenset({"/AcroForm", "/Perms", "/DSS", "/Extensions", "/Version", "/Metadata"})


def _ref(value: Any) -> tuple[int, int] | None:
    if isinstance(value, generic.IndirectObject):
        return (value.idnum, value.generation)
    return None


def _pages(root: generic.DictionaryObject) -> list[tuple[bytes, str, tuple[str, ...]]]:
    """Each page's content, resources and annotations, in order."""
    found: list[tuple[bytes, str, tuple[str, ...]]] = []
    stack = [root["/Pages"].get_object()]
    while stack:
        node = stack.pop()
        if "/Kids" in node:
            stack.extend(reversed([k.get_object() for k in node["/Kids"]]))
            continue
        contents = node.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        if isinstance(contents, generic.ArrayObject):
            data = b"".join(part.get_object().data for part in contents)
        else:
            data = contents.data if contents is not None else b""
        annotations = node.get("/Annots")
        annotations = annotations.get_object() if annotations is not None else []
        kinds = tuple(
            repr((a.get_object().get("/Subtype"), a.get_object().get("/T"))) for a in annotations
        )
        found.append((data, repr(node.get("/Resources")), kinds))
    return found


def signed_as_rendered(data_reader: PdfFileReader, rendered: bytes, field: str) -> bool:
    """Whether ``field``'s signature, the first in the file, was put straight on ``rendered``."""
    base = PdfFileReader(io.BytesIO(rendered), strict=False)
    signed = next((s for s in data_reader.embedded_signatures if s.field_name == field), None)
    if signed is None:
        return False
    revision: int = signed.signed_revision
    if revision != base.xrefs.total_revisions:
        return False
    size = int(base.trailer["/Size"])
    base_root = base.root
    allowed = {
        _ref(base.trailer.raw_get("/Root")),
        _ref(base_root.raw_get("/AcroForm")) if "/AcroForm" in base_root else None,
        _ref(base.trailer.raw_get("/Info")) if "/Info" in base.trailer else None,
    }
    overwritten = {
        (r.idnum, r.generation)
        for r in data_reader.xrefs.explicit_refs_in_revision(revision)
        if r.idnum < size
    }
    widget = _field_ref(data_reader, revision, field)
    if widget is not None:
        allowed.add(widget)
    if not overwritten <= allowed:
        return False
    root = data_reader.get_historical_root(revision)
    kept = {k: repr(v) for k, v in base_root.items() if k not in _SIGNING_KEYS}
    now = {k: repr(v) for k, v in root.items() if k not in _SIGNING_KEYS}
    return kept == now and _pages(root) == _pages(base_root)


def _field_ref(reader: PdfFileReader, revision: int, field: str) -> tuple[int, int] | None:
    """The signed field's object (its widget too, merged as our renderings make them)."""
    root = reader.get_historical_root(revision)
    form = root.get("/AcroForm")
    if form is None:
        return None
    for raw in form.get_object().get("/Fields", []):
        if not isinstance(raw, generic.IndirectObject):
            continue
        found: Any = raw.get_object()  # type: ignore[no-untyped-call]
        if found.get("/T") == field:
            return (raw.idnum, raw.generation)
    return None
