"""Reading the JSON format: the file's text, then every problem of the document.

Nothing here touches a database: the services validate a document (with the
uids the database already has) before they import anything, all or nothing.
"""

from __future__ import annotations

import json
import reprlib
from collections import Counter
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

import jsonschema

from bibagreements.domain import clock
from bibagreements.domain.limits import followup_text_problems
from bibagreements.domain.problems import PathPart, Problem
from bibagreements.domain.validation import (
    agreement_problems,
    checkin_problems,
    fold_text,
    organisation_problems,
    person_problems,
)
from bibagreements.errors import InterchangeError
from bibagreements.interchange import FORMAT_NAME, FORMAT_VERSION, schema_file
from bibagreements.interchange.library import library_problems
from bibagreements.interchange.parsing import (
    agreement_from,
    checkin_from,
    followup_from,
    optional_date,
    organisation_from,
    person_from,
)
from bibagreements.paths import resource_path


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads(resource_path("schemas", name).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def parse_file(raw: bytes, where: str) -> Any:
    """The JSON value of a file's bytes (read by the services, with a cap); ``where`` names it."""
    try:
        data = json.loads(
            raw.decode("utf-8-sig"), parse_constant=_no_constants, object_pairs_hook=_object
        )
    except UnicodeDecodeError as exc:
        raise InterchangeError("not_utf8", path=where) from exc
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            "invalid_json_at", path=where, line=exc.lineno, column=exc.colno, reason=exc.msg
        ) from exc
    except ValueError as exc:
        raise InterchangeError("invalid_json", path=where, reason=str(exc)) from exc
    except RecursionError as exc:
        raise InterchangeError("nested_too_deeply", path=where) from exc
    try:
        duplicates = _duplicates(data, ())
    except RecursionError as exc:
        raise InterchangeError("nested_too_deeply", path=where) from exc
    if duplicates:
        raise InterchangeError(duplicates)
    return data


class _Twice(dict[str, Any]):
    """An object of the file with a key given more than once (the last value kept)."""

    def __init__(self, pairs: list[tuple[str, Any]], twice: list[str]) -> None:
        super().__init__(pairs)
        self.twice = twice


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Python's json keeps the last of two equal keys silently; another reader may keep the
    # first: such a file means different things to different programs, so it is refused.
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    counts = Counter(key for key, _value in pairs)
    return _Twice(pairs, [key for key, count in counts.items() if count > 1])


def _duplicates(node: Any, path: tuple[PathPart, ...]) -> list[Problem]:
    """Each key given twice, under the path of the object that has it."""
    problems = []
    if isinstance(node, _Twice):
        problems += [Problem("duplicate_key", *path, key, key=key) for key in node.twice]
    if isinstance(node, dict):
        problems += [p for k, v in node.items() for p in _duplicates(v, (*path, k))]
    elif isinstance(node, list):
        problems += [p for i, v in enumerate(node) for p in _duplicates(v, (*path, i))]
    return problems


def _no_constants(name: str) -> Any:
    # Python's json reads NaN and Infinity, which JSON does not have.
    raise ValueError(f"{name} is not a JSON value")


def validate(data: Any, existing_uids: frozenset[str] | set[str] = frozenset()) -> list[Problem]:
    """Every problem of the document, each under its JSON path."""
    if isinstance(data, dict) and data.get("format") == FORMAT_NAME:
        version = data.get("version")
        if isinstance(version, int) and version > FORMAT_VERSION:
            return [Problem("newer_format", "version", version=version, supported=FORMAT_VERSION)]
    broken = _unencodable(data, ())
    if broken:
        return broken
    version = data.get("version") if isinstance(data, dict) else None
    errors = sorted(
        _validator(schema_file(version)).iter_errors(data),
        key=lambda e: list(map(str, e.absolute_path)),
    )
    if errors:
        return [Problem("schema", *_parts(e.absolute_path), message=_message(e)) for e in errors]
    return _semantic_problems(data, existing_uids)


def _parts(path: Iterable[Any]) -> tuple[PathPart, ...]:
    return tuple(part if isinstance(part, int) else str(part) for part in path)


def _unencodable(node: Any, path: tuple[PathPart, ...]) -> list[Problem]:
    """Strings that cannot be stored (lone surrogates such as "\\ud800")."""
    if isinstance(node, str):
        try:
            node.encode("utf-8")
        except UnicodeEncodeError:
            return [Problem("invalid_unicode", *path)]
        return []
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in _unencodable(v, (*path, str(k)))]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _unencodable(v, (*path, i))]
    return []


_EXCERPT = reprlib.Repr()  # (keyword arguments only from Python 3.12)
_EXCERPT.maxstring = _EXCERPT.maxother = 40
_EXCERPT.maxlist = _EXCERPT.maxdict = 3
_EXCERPT.maxlevel = 2
_MAX_MESSAGE = 300


def _message(error: jsonschema.ValidationError) -> str:
    """For "null or a date"-style alternatives, say what was wrong with the real one.

    The validator quotes the offending value whole; the file is never echoed
    back: the value is cut to a short excerpt (the JSON path says where it is).
    """
    relevant = [e for e in error.context or () if e.validator != "type"]
    chosen = relevant[0] if relevant else error
    text = str(chosen.message)
    if len(text) > _MAX_MESSAGE:
        text = text.replace(repr(chosen.instance), _EXCERPT.repr(chosen.instance))
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def _semantic_problems(
    data: dict[str, Any], existing_uids: frozenset[str] | set[str]
) -> list[Problem]:
    problems: list[Problem] = []
    agreements = data["agreements"]
    uids = [a["uid"] for a in agreements]
    for i, uid in enumerate(uids):
        if uids.index(uid) != i:
            problems.append(Problem("uid_twice", "agreements", i, "uid", uid=uid))
    known = set(uids) | existing_uids
    by_uid = {a["uid"]: a for a in agreements}
    # A calendar UID names one event: two check-ins sharing one would merge in a calendar.
    event_uids: dict[str, str] = {}
    for i, item in enumerate(agreements):
        for k, checkin in enumerate(item.get("checkins", [])):
            uid = checkin.get("event_uid")
            where = ("agreements", i, "checkins", k)
            if uid and uid in event_uids:
                problems.append(
                    Problem("event_uid_taken", *where, "event_uid", uid=uid, other=event_uids[uid])
                )
            elif uid:
                event_uids[uid] = f"agreements[{i}].checkins[{k}]"
    today = clock.today()
    for i, item in enumerate(agreements):
        here = ("agreements", i)
        for key in ("parent", "predecessor", "amends"):
            ref = item.get(key)
            if ref is not None and ref not in known:
                problems.append(Problem("no_agreement_uid", *here, key, uid=ref))
            if ref is not None and ref == item["uid"]:
                problems.append(Problem("refers_to_itself", *here, key))
        for j, party in enumerate(item["parties"]):
            problems += _org_problems(party["organisation"], (*here, "parties", j, "organisation"))
            for role in ("contact_person", "signatory"):
                person = party.get(role)
                if person:
                    problems += _person_problems(person, (*here, "parties", j, role))
        record = agreement_from(item, {}, {}, {})
        problems += [p.within(*here) for p in agreement_problems(record)]
        problems += _consistency_problems(item, here, by_uid, today)
        for k, checkin in enumerate(item.get("checkins", [])):
            problems += [
                p.within(*here, "checkins", k) for p in checkin_problems(checkin_from(checkin, 0))
            ]
        for k, entry in enumerate(item.get("followups", [])):
            area, checkin, where = entry.get("area"), entry.get("checkin"), (*here, "followups", k)
            if area is not None and area >= len(item.get("areas", [])):
                problems.append(Problem("no_area_number", *where, "area", index=area))
            if checkin is not None and checkin >= len(item.get("checkins", [])):
                problems.append(Problem("no_checkin_number", *where, "checkin", index=checkin))
            followup = followup_from(entry, 0, None, None)
            problems += [p.within(*where) for p in followup_text_problems(followup)]
    for k, org in enumerate(data.get("organisations", [])):
        problems += _org_problems(org, ("organisations", k))
    return problems + library_problems(data.get("library"))


def _org_key(org: dict[str, Any]) -> tuple[str, str]:
    return (fold_text(org["name"].strip()), (org.get("org_number") or "").strip().replace("-", ""))


def _consistency_problems(
    item: dict[str, Any],
    here: tuple[PathPart, ...],
    by_uid: dict[str, dict[str, Any]],
    today: date,
) -> list[Problem]:
    """Rules that need more than one field: checked before anything is saved."""
    problems = []
    seen: set[tuple[str, str]] = set()
    for j, party in enumerate(item["parties"]):
        key = _org_key(party["organisation"])
        if key in seen:
            name = party["organisation"]["name"]
            problems.append(Problem("party_twice", *here, "parties", j, name=name))
        seen.add(key)
        signed = party.get("signed_on")
        if signed and date.fromisoformat(signed) > today:
            problems.append(Problem("in_future", *here, "parties", j, "signed_on", date=signed))
    parent = by_uid.get(item.get("parent") or "")
    if parent is not None and parent["kind"] == "project":
        problems.append(Problem("project_as_parent", *here, "parent"))
    trail, current = {item["uid"]}, item
    while (ref := current.get("predecessor")) in by_uid:
        if ref in trail:
            problems.append(Problem("renewal_circle", *here, "predecessor"))
            break
        trail.add(ref)
        current = by_uid[ref]
    period = item.get("period") or {}
    start, end = optional_date(period.get("start")), optional_date(period.get("end"))
    for k, checkin in enumerate(item.get("checkins", [])):
        due, held = date.fromisoformat(checkin["due"]), optional_date(checkin.get("held_on"))
        where = (*here, "checkins", k)
        # Only a check-in the schedule would make must lie within the period: one held,
        # cancelled, moved or added by hand is what happened or was decided, and stays
        # where it is when a period is shortened later (so every export imports).
        generated = checkin.get("status") == "planned" and not checkin.get("touched")
        outside = (start and due < start) or (end and due > end)
        if generated and outside and checkin.get("scheduled_on"):
            problems.append(Problem("outside_file_period", *where, "due", date=due.isoformat()))
        if held and held > today:
            problems.append(Problem("in_future", *where, "held_on", date=held.isoformat()))
    return problems


def _org_problems(org: dict[str, Any], here: tuple[PathPart, ...]) -> list[Problem]:
    problems = [p.within(*here) for p in organisation_problems(organisation_from(org, None))]
    if org.get("parent"):
        problems += _org_problems(org["parent"], (*here, "parent"))
    return problems


def _person_problems(person: dict[str, Any], here: tuple[PathPart, ...]) -> list[Problem]:
    problems = [p.within(*here) for p in person_problems(person_from(person, None))]
    if person.get("organisation"):
        problems += _org_problems(person["organisation"], (*here, "organisation"))
    return problems


# For the streaming reader (interchange.streaming), which checks one agreement at a time.
consistency_problems = _consistency_problems
org_problems = _org_problems
person_problems_of = _person_problems
