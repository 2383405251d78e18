"""An interchange file read one agreement at a time, for the bulk import.

The file's bytes are kept, not the document, as a str of one character per
byte (latin-1: as small as the file, where a decoded text is twice or four
times its size once it holds a "–"). JSON's structure is ASCII, and no byte of
a UTF-8 sequence is, so positions in it are the file's; each item of
"agreements" and "organisations" is decoded from UTF-8 where it lies, once to
check it and once to store it. Only small indexes stay (uids, references).

Everything here answers "surely fine" or "maybe not": a file that is not
plainly well-formed, conforming and consistent is read whole by
reading.parse_file and reading.validate instead, which say what is wrong,
exactly as they always did. So the problems reported never depend on this.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from bibagreements.domain import clock
from bibagreements.domain.limits import followup_text_problems
from bibagreements.domain.validation import agreement_problems, checkin_problems, funding_problems
from bibagreements.interchange import FIRST_VERSION, FORMAT_NAME, SCHEMA_FILES
from bibagreements.interchange.conformance import conforms
from bibagreements.interchange.library import library_problems
from bibagreements.interchange.parsing import agreement_from, checkin_from, followup_from
from bibagreements.interchange.reading import (
    consistency_problems,
    org_problems,
    person_problems_of,
)

scanstring = json.decoder.scanstring  # type: ignore[attr-defined]  # (not in typeshed)
_SPACE = re.compile(r"[ \t\n\r]*")
# A lone surrogate can only come from a \u escape (the item was decoded from UTF-8).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class Maybe(Exception):
    """The file may have a problem: read it whole and let the validation say."""


class Ref(NamedTuple):
    """What the checks across agreements and the import's order need of one agreement."""

    uid: str
    kind: str
    status: str
    parent: str | None
    predecessor: str | None
    amends: str | None


@dataclass
class Layout:
    """The file (one character per byte), its head (all but the two lists), where items lie."""

    text: str
    head: dict[str, Any]
    agreements: list[tuple[int, int]] = field(default_factory=list)
    organisations: list[tuple[int, int]] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)
    event_uids: set[str] = field(default_factory=set)
    today: date = field(default_factory=clock.today)
    # A section is a clause's, or an entry records money received: version 2.
    clauses: bool = False

    @property
    def library(self) -> dict[str, Any] | None:
        library: dict[str, Any] | None = self.head.get("library")
        return library

    def agreement(self, index: int) -> dict[str, Any]:
        return _decode(self.text, *self.agreements[index])

    def organisation_items(self) -> Iterator[dict[str, Any]]:
        for start, end in self.organisations:
            yield _decode(self.text, start, end)


def _no_constants(name: str) -> Any:
    raise Maybe(name)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise Maybe("a key twice")
    return result


_DECODER = json.JSONDecoder(object_pairs_hook=_object, parse_constant=_no_constants)
_PLAIN = json.JSONDecoder()  # no hook, all in C: where a value ends, an item checked already


def _utf8(text: str, start: int, end: int) -> str:
    return text[start:end].encode("latin-1").decode("utf-8")  # UnicodeDecodeError: Maybe


def _value(text: str, pos: int) -> tuple[Any, int]:
    """The value at ``pos``, decoded and checked for keys twice and lone surrogates; its end."""
    _, end = _PLAIN.raw_decode(text, pos)
    item = _utf8(text, pos, end)
    if _SURROGATE_ESCAPE.search(item):
        raise Maybe("maybe a lone surrogate")
    value, stop = _DECODER.raw_decode(item)
    if stop != len(item):
        raise Maybe("not one value")
    return value, end


def _decode(text: str, start: int, end: int) -> dict[str, Any]:
    item = _utf8(text, start, end)
    value, stop = _PLAIN.raw_decode(item)
    assert stop == len(item) and type(value) is dict  # as when it was checked
    return value


def _skip(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    assert match is not None
    return match.end()


def _spans(text: str, pos: int, check: str, layout: Layout) -> tuple[list[tuple[int, int]], int]:
    """The items of the array at ``pos``, each decoded and checked once; and the position after."""
    spans: list[tuple[int, int]] = []
    pos = _skip(text, pos + 1)
    if text[pos] == "]":
        return spans, pos + 1
    while True:
        value, end = _value(text, pos)
        if not conforms(value, check):
            raise Maybe(f"not a conforming {check}")
        if check == "agreement":
            layout.refs.append(_agreement_checked(value, layout))
        elif org_problems(value, ()):
            raise Maybe("organisation")
        spans.append((pos, end))
        pos = _skip(text, end)
        if text[pos] == ",":
            pos = _skip(text, pos + 1)
        elif text[pos] == "]":
            return spans, pos + 1
        else:
            raise Maybe("not an array")


def _agreement_checked(item: dict[str, Any], layout: Layout) -> Ref:
    """The agreement's own problems (all but references): none, or Maybe."""
    today = layout.today
    if any(org_problems(p["organisation"], ()) for p in item["parties"]):
        raise Maybe("party organisation")
    for party in item["parties"]:
        for role in ("contact_person", "signatory"):
            person = party.get(role)
            if person and person_problems_of(person, ()):
                raise Maybe("person")
    if agreement_problems(agreement_from(item, {}, {}, {})):
        raise Maybe("agreement")
    if consistency_problems(item, (), {}, today):
        raise Maybe("consistency")
    checkins = item.get("checkins", [])
    for checkin in checkins:
        if checkin_problems(checkin_from(checkin, 0)):
            raise Maybe("check-in")
        event_uid = checkin.get("event_uid")
        if event_uid:
            if event_uid in layout.event_uids:
                raise Maybe("calendar UID twice")
            layout.event_uids.add(event_uid)
    if any("filled" in s for s in item.get("sections", [])):
        layout.clauses = True
    areas = len(item.get("areas", []))
    for entry in item.get("followups", []):
        area, checkin = entry.get("area"), entry.get("checkin")
        if (area is not None and area >= areas) or (
            checkin is not None and checkin >= len(checkins)
        ):
            raise Maybe("follow-up index")
        followup = followup_from(entry, 0, None, None)
        if followup_text_problems(followup) or funding_problems(followup):
            raise Maybe("follow-up")
        if "funding_sek" in entry or "funder" in entry:
            layout.clauses = True  # money received, too, is version 2's
    return Ref(
        item["uid"],
        item["kind"],
        item["status"],
        item.get("parent"),
        item.get("predecessor"),
        item.get("amends"),
    )


def layout(text: str) -> Layout:
    """The checked layout of a file's bytes as latin-1 text; Maybe when it may have any problem.

    A UTF-8 byte order mark at the start is skipped, as "utf-8-sig" would.
    """
    try:
        return _layout(text)
    except (ValueError, IndexError, RecursionError, KeyError, TypeError) as exc:
        raise Maybe(str(exc)) from exc


def _layout(text: str) -> Layout:
    result = Layout(text, {})
    pos = _skip(text, 3 if text.startswith("\xef\xbb\xbf") else 0)
    if text[pos] != "{":
        raise Maybe("not an object")
    pos = _skip(text, pos + 1)
    seen: set[str] = set()
    while text[pos] != "}":
        if text[pos] != '"':
            raise Maybe("no key")
        key, pos = scanstring(text, pos + 1)
        if key in seen:
            raise Maybe("a key twice")
        seen.add(key)
        pos = _skip(text, pos)
        if text[pos] != ":":
            raise Maybe("no colon")
        pos = _skip(text, pos + 1)
        if key == "agreements" and text[pos] == "[":
            result.agreements, pos = _spans(text, pos, "agreement", result)
        elif key == "organisations" and text[pos] == "[":
            result.organisations, pos = _spans(text, pos, "organisation", result)
        else:
            value, end = _value(text, pos)
            result.head[key] = value
            pos = end
        pos = _skip(text, pos)
        if text[pos] == ",":
            pos = _skip(text, pos + 1)
            if text[pos] == "}":
                raise Maybe("trailing comma")
        elif text[pos] != "}":
            raise Maybe("no comma")
    if _skip(text, pos + 1) != len(text):
        raise Maybe("more after the document")
    head = dict(result.head)
    for key in ("agreements", "organisations"):
        if key in seen and key not in head:  # an array, its items checked one by one
            head[key] = []
    version = head.get("version")
    if head.get("format") != FORMAT_NAME or type(version) is not int or version not in SCHEMA_FILES:
        raise Maybe("format")
    # The items were checked against the newest schema; version 1 has no clauses
    # and no money received.
    if not conforms(head, "<document>", SCHEMA_FILES[version]):
        raise Maybe("head")
    if version == FIRST_VERSION and result.clauses:
        raise Maybe("version 2's fields in version 1")
    if library_problems(head.get("library")):
        raise Maybe("library")
    if len({r.uid for r in result.refs}) != len(result.refs):
        raise Maybe("uid twice")
    return result


def check_references(layout: Layout, existing: frozenset[str] | set[str]) -> None:
    """References, parents, renewal circles and calendar UIDs, with the database's uids."""
    by_uid = {r.uid: r for r in layout.refs}
    for ref in layout.refs:
        for target in (ref.parent, ref.predecessor, ref.amends):
            if target is not None and (
                target == ref.uid or not (target in by_uid or target in existing)
            ):
                raise Maybe("reference")
        parent = by_uid.get(ref.parent or "")
        if parent is not None and parent.kind == "project":
            raise Maybe("project as parent")
        trail, current = {ref.uid}, ref
        while (target := current.predecessor) in by_uid:
            if target in trail:
                raise Maybe("renewal circle")
            trail.add(target)
            current = by_uid[target]
