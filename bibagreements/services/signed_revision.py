"""Is the revision a signature covers exactly our rendering, plus that signature?

pyHanko judges what a file gained *after* each signature. What the first
signature covers must be checked too: the file begins with our signable
rendering, and the one incremental update on top of it (the signing) may
overwrite nothing but the catalog, the form, the document information and the
signed field itself, with the catalog and every page (content, entries,
annotations) as in the rendering. Otherwise text could be changed, or laid over
the page, before a party signed, and the signature would still look ours.

A signing service may put its signature in a field of its own instead of ours:
then one page may gain that field's widget, and nothing else. A signature's
widget runs no actions and cannot cover the agreement's text: ours stays where
the rendering put it, a new one is invisible (an empty rectangle; a visible
signature goes in a party's field). The revisions before the signed one must be
the rendering's own: a forged cross-reference section appended to it could
otherwise redefine its objects unseen.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

# Catalog entries signing adds or changes; every other entry stays as rendered.
_SIGNING_KEYS = frozenset({"/AcroForm", "/Perms", "/DSS", "/Extensions", "/Version", "/Metadata"})
_MAX_PAGES = 100_000

Ref = tuple[int, int]


def _ref(value: Any) -> Ref | None:
    if isinstance(value, generic.IndirectObject):
        return (value.idnum, value.generation)
    return None


def _norm(value: Any) -> Any:
    """A direct value compared by what it means: keys in any order, 595.2756 as 595.27560,
    references by number (an object referred to is judged by whether it was overwritten)."""
    if isinstance(value, generic.IndirectObject):
        return ("ref", value.idnum, value.generation)
    if isinstance(value, generic.StreamObject):
        return ("stream", _norm_dict(value), bytes(value.data))
    if isinstance(value, generic.DictionaryObject):
        return _norm_dict(value)
    if isinstance(value, generic.ArrayObject):
        return tuple(_norm(v) for v in value)
    if isinstance(value, bool | generic.BooleanObject):
        return ("bool", bool(value))
    if isinstance(value, int | Decimal | float):
        return ("num", Decimal(str(value)).normalize())
    return repr(value)


def _norm_dict(value: generic.DictionaryObject) -> tuple[Any, ...]:
    return tuple(sorted((str(k), _norm(v)) for k, v in value.items()))


def _leaves(root: generic.DictionaryObject) -> list[tuple[Ref | None, Any]] | None:
    """The pages in order, each with its object's reference; None for a page tree that
    loops or is not one."""
    found: list[tuple[Ref | None, Any]] = []
    seen: set[Ref] = set()
    stack: list[Any] = [root.raw_get("/Pages")]
    while stack:
        raw = stack.pop()
        ref = _ref(raw)
        if ref is not None:
            if ref in seen or len(seen) > _MAX_PAGES:
                return None
            seen.add(ref)
        node = raw.get_object()
        if not isinstance(node, generic.DictionaryObject):
            return None
        if node.get("/Type") == "/Pages":
            kids = node.raw_get("/Kids") if "/Kids" in node else None
            kids = kids.get_object() if kids is not None else None
            if not isinstance(kids, generic.ArrayObject):
                return None
            stack.extend(reversed(list(kids)))
        else:
            found.append((ref, node))
    return found


def _annotations(page: Any) -> list[Any]:
    raw = page.raw_get("/Annots") if "/Annots" in page else None
    found = raw.get_object() if raw is not None else None
    return list(found) if isinstance(found, generic.ArrayObject) else []


def _page_state(page: Any, leave_out: Ref | None = None) -> tuple[bytes, Any, tuple[Any, ...]]:
    """A page's content, its other entries, and its annotations (by reference: an
    annotation object itself cannot have been overwritten), ``leave_out`` left out."""
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if isinstance(contents, generic.ArrayObject):
        data = b"".join(part.get_object().data for part in contents)
    else:
        data = contents.data if contents is not None else b""
    entries = tuple(sorted((str(k), _norm(page.raw_get(k))) for k in page if k != "/Annots"))
    kept = tuple(
        _ref(a) or _norm(a) for a in _annotations(page) if leave_out is None or _ref(a) != leave_out
    )
    return data, entries, kept


def _form_fields(root: Any) -> list[tuple[Ref | None, Any]]:
    form = root.get("/AcroForm")
    form = form.get_object() if form is not None else None
    if not isinstance(form, generic.DictionaryObject):
        return []
    fields = form.get("/Fields")
    fields = fields.get_object() if fields is not None else None
    if not isinstance(fields, generic.ArrayObject):
        return []
    return [(_ref(raw), raw.get_object()) for raw in fields]


def _form_is_plain(root: Any) -> bool:
    """No XFA form to show instead of the pages, no request to redraw the fields."""
    form = root.get("/AcroForm")
    form = form.get_object() if form is not None else None
    if not isinstance(form, generic.DictionaryObject):
        return True
    return "/XFA" not in form and not bool(form.get("/NeedAppearances", False))


def _widget(field: Any, field_ref: Ref | None) -> tuple[Ref | None, Any] | None:
    """The signature field's one widget: the field itself (merged, as ours are) or its
    one kid; None when it has more, or none."""
    if field.get("/Subtype") == "/Widget":
        return field_ref, field
    kids = field.get("/Kids")
    kids = kids.get_object() if kids is not None else None
    if isinstance(kids, generic.ArrayObject) and len(kids) == 1:
        return _ref(kids.raw_get(0)), kids[0]
    return None


def _acts(*objects: Any) -> bool:
    return any("/A" in o or "/AA" in o for o in objects)


def _box(value: Any) -> tuple[Decimal, Decimal, Decimal, Decimal] | None:
    value = value.get_object() if value is not None else None
    if not isinstance(value, generic.ArrayObject) or len(value) != 4:
        return None
    try:
        x1, y1, x2, y2 = (Decimal(str(v)) for v in value)
    except ArithmeticError:
        return None
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def _invisible(widget: Any) -> bool:
    """An empty rectangle: nothing of the signature's appearance is drawn on the page."""
    rect = _box(widget.get("/Rect"))
    return rect is not None and (rect[2] - rect[0]) * (rect[3] - rect[1]) == 0


def _same_history(data_reader: PdfFileReader, base: PdfFileReader) -> bool:
    """The file's revisions before the signed one are the rendering's, section for section."""
    for r in range(base.xrefs.total_revisions):
        theirs, ours = data_reader.xrefs, base.xrefs
        if theirs.get_startxref_for_revision(r) != ours.get_startxref_for_revision(r):
            return False
        if set(theirs.explicit_refs_in_revision(r)) != set(ours.explicit_refs_in_revision(r)):
            return False
        if set(theirs.refs_freed_in_revision(r)) != set(ours.refs_freed_in_revision(r)):
            return False
    return True


def signed_as_rendered(data_reader: PdfFileReader, rendered: bytes, field: str) -> bool:
    """Whether ``field``'s signature, the first in the file, was put straight on ``rendered``."""
    base = PdfFileReader(io.BytesIO(rendered), strict=False)
    signed = next((s for s in data_reader.embedded_signatures if s.field_name == field), None)
    if signed is None:
        return False
    revision: int = signed.signed_revision
    if revision != base.xrefs.total_revisions or not _same_history(data_reader, base):
        return False
    size = int(base.trailer["/Size"])
    base_root = base.root
    root = data_reader.get_historical_root(revision)
    base_pages, pages = _leaves(base_root), _leaves(root)
    if base_pages is None or pages is None or not _form_is_plain(root):
        return False
    # The form: the rendering's fields, and the signed one if it is new; nothing else.
    base_fields = [ref for ref, _ in _form_fields(base_root)]
    fields = _form_fields(root)
    signed_field = next(((r, f) for r, f in fields if r and f.get("/T") == field), None)
    if signed_field is None or signed_field[1].get("/FT") != "/Sig":
        return False
    field_object = signed_field[1]
    field_ref: Ref = signed_field[0] or (0, 0)
    new = field_ref[0] >= size
    # A direct (unreferenced) field in the list is never the rendering's: repr keeps it.
    if sorted(map(repr, (r for r, _ in fields))) != sorted(
        map(repr, [*base_fields, *([field_ref] if new else [])])
    ):
        return False
    widget = _widget(field_object, field_ref)
    if widget is None or widget[0] is None or _acts(field_object, widget[1]):
        return False
    widget_ref, widget_object = widget
    if widget_object.get("/Subtype") != "/Widget" or (not new and widget_ref != field_ref):
        return False  # ours are one object, field and widget: the page draws that one
    allowed = {
        _ref(base.trailer.raw_get("/Root")),
        _ref(base_root.raw_get("/AcroForm")) if "/AcroForm" in base_root else None,
        _ref(base.trailer.raw_get("/Info")) if "/Info" in base.trailer else None,
        field_ref,
        widget_ref,
    }
    if new:  # its page, or that page's list of annotations, gains the widget
        for ref, page in base_pages:
            allowed |= {ref, _ref(page.raw_get("/Annots")) if "/Annots" in page else None}
    overwritten = {
        (r.idnum, r.generation)
        for r in data_reader.xrefs.explicit_refs_in_revision(revision)
        if r.idnum < size
    }
    if not overwritten <= allowed:
        return False
    kept = {str(k): _norm(v) for k, v in base_root.items() if k not in _SIGNING_KEYS}
    now = {str(k): _norm(v) for k, v in root.items() if k not in _SIGNING_KEYS}
    if kept != now or [r for r, _ in pages] != [r for r, _ in base_pages]:
        return False
    if [_page_state(p, widget_ref if new else None) for _, p in pages] != [
        _page_state(p) for _, p in base_pages
    ]:
        return False
    if not new:  # our field's widget stays where the rendering put it
        before = next((f for r, f in _form_fields(base_root) if r == field_ref), None)
        return before is not None and _box(before.get("/Rect")) == _box(widget_object.get("/Rect"))
    holding = [p for _, p in pages if widget_ref in [_ref(a) for a in _annotations(p)]]
    return len(holding) <= 1 and _invisible(widget_object)
