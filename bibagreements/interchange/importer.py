"""Reading the JSON format: validate everything first, then import all or nothing."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from sqlalchemy import select

from bibagreements.domain.enums import (
    AgreementKind,
    AgreementStatus,
    Cadence,
    CheckinStatus,
    Language,
    OrganisationKind,
)
from bibagreements.domain.problems import PathPart, Problem
from bibagreements.domain.records import (
    Agreement,
    Area,
    Checkin,
    FollowUp,
    GoverningDocument,
    Organisation,
    Party,
    Person,
    ProjectDetails,
    Section,
)
from bibagreements.domain.validation import (
    agreement_problems,
    organisation_problems,
    person_problems,
)
from bibagreements.errors import InterchangeError
from bibagreements.interchange import FORMAT_NAME, FORMAT_VERSION, SCHEMA_FILE
from bibagreements.paths import resource_path
from bibagreements.services.agreements import save_agreement
from bibagreements.services.checkins import (
    checkin_problems,
    clear_generated_checkins,
    save_checkin,
)
from bibagreements.services.followups import save_followup
from bibagreements.services.organisations import (
    find_organisation,
    find_person,
    save_organisation,
    save_person,
)
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow
from bibagreements.storage.textfold import fold_text


@dataclass(frozen=True)
class ImportResult:
    agreements_created: int
    agreements_skipped: int
    organisations_created: int
    people_created: int


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resource_path("schemas", SCHEMA_FILE).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def read_file(path: Path) -> Any:
    where = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InterchangeError("cannot_read", path=where, reason=str(exc.strerror)) from exc
    try:
        return json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constants)
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
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
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


def _message(error: jsonschema.ValidationError) -> str:
    """For "null or a date"-style alternatives, say what was wrong with the real one."""
    relevant = [e for e in error.context or () if e.validator != "type"]
    return str(relevant[0].message if relevant else error.message)


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
    today = date.today()
    for i, item in enumerate(agreements):
        here = ("agreements", i)
        for key in ("parent", "predecessor"):
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
        record = _agreement_record(item, {}, {}, {})
        problems += [p.within(*here) for p in agreement_problems(record)]
        problems += _consistency_problems(item, here, by_uid, today)
        for k, checkin in enumerate(item.get("checkins", [])):
            problems += [
                p.within(*here, "checkins", k) for p in checkin_problems(_checkin(checkin, 0))
            ]
        for k, entry in enumerate(item.get("followups", [])):
            area, checkin, where = entry.get("area"), entry.get("checkin"), (*here, "followups", k)
            if area is not None and area >= len(item.get("areas", [])):
                problems.append(Problem("no_area_number", *where, "area", index=area))
            if checkin is not None and checkin >= len(item.get("checkins", [])):
                problems.append(Problem("no_checkin_number", *where, "checkin", index=checkin))
    return problems


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
    start, end = _date(period.get("start")), _date(period.get("end"))
    for k, checkin in enumerate(item.get("checkins", [])):
        due, held = date.fromisoformat(checkin["due"]), _date(checkin.get("held_on"))
        where = (*here, "checkins", k)
        if (start and due < start) or (end and due > end):
            problems.append(Problem("outside_file_period", *where, "due", date=due.isoformat()))
        if held and held > today:
            problems.append(Problem("in_future", *where, "held_on", date=held.isoformat()))
    return problems


def _org_problems(org: dict[str, Any], here: tuple[PathPart, ...]) -> list[Problem]:
    problems = [p.within(*here) for p in organisation_problems(_organisation(org, None))]
    if org.get("parent"):
        problems += _org_problems(org["parent"], (*here, "parent"))
    return problems


def _person_problems(person: dict[str, Any], here: tuple[PathPart, ...]) -> list[Problem]:
    problems = [p.within(*here) for p in person_problems(_person(person, None))]
    if person.get("organisation"):
        problems += _org_problems(person["organisation"], (*here, "organisation"))
    return problems


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _organisation(data: dict[str, Any], parent_id: int | None) -> Organisation:
    return Organisation(
        name=data["name"],
        kind=OrganisationKind(data["kind"]),
        org_number=data.get("org_number") or None,
        parent_id=parent_id,
        address=data.get("address", ""),
    )


def _person(data: dict[str, Any], organisation_id: int | None) -> Person:
    return Person(
        name=data["name"],
        title=data.get("title", ""),
        email=data.get("email", ""),
        phone=data.get("phone", ""),
        organisation_id=organisation_id,
    )


def _checkin(data: dict[str, Any], agreement_id: int) -> Checkin:
    return Checkin(
        agreement_id=agreement_id,
        due=date.fromisoformat(data["due"]),
        status=CheckinStatus(data["status"]),
        held_on=_date(data.get("held_on")),
        participants=tuple(data.get("participants", [])),
        notes=data.get("notes", ""),
        scheduled_on=_date(data.get("scheduled_on")),
        touched=bool(data.get("touched", False)),
        event_uid=data.get("event_uid"),
    )


def _agreement_record(
    item: dict[str, Any],
    org_ids: dict[int, int],
    person_ids: dict[tuple[int, str], int | None],
    agreement_ids_by_uid: dict[str, int],
) -> Agreement:
    """The record for ``item``; with empty maps, placeholder IDs for validation only."""
    parties = []
    for j, party in enumerate(item["parties"]):
        parties.append(
            Party(
                organisation_id=org_ids.get(j, -(j + 1)),
                registry_number=party.get("registry_number", ""),
                contact_person_id=person_ids.get((j, "contact_person")),
                signatory_id=person_ids.get((j, "signatory")),
                signatory_title=party.get("signatory_title", ""),
                signed_on=_date(party.get("signed_on")),
                signed_place=party.get("signed_place", ""),
                organisation=Organisation(name=party["organisation"]["name"]),
            )
        )
    project = None
    if item.get("project") is not None:
        p = item["project"]
        funding = p.get("funding_sek")
        project = ProjectDetails(
            goals=p.get("goals", ""),
            funding_sek=Decimal(str(funding)) if funding is not None else None,
            funder=p.get("funder", ""),
            implementation=p.get("implementation", ""),
        )
    period = item.get("period") or {}

    def ref(key: str) -> int | None:
        uid = item.get(key)
        return None if uid is None else agreement_ids_by_uid.get(uid, -1)

    return Agreement(
        uid=item["uid"],
        title=item["title"],
        kind=AgreementKind(item["kind"]),
        status=AgreementStatus(item["status"]),
        language=Language(item["language"]),
        start=_date(period.get("start")),
        end=_date(period.get("end")),
        programme=item.get("programme", ""),
        development_area=item.get("development_area", ""),
        purpose=item.get("purpose", ""),
        background=item.get("background", ""),
        cadence=Cadence(item.get("cadence", Cadence.HALF_YEARLY.value)),
        parent_id=ref("parent"),
        predecessor_id=ref("predecessor"),
        governing_documents=tuple(
            GoverningDocument(
                title=d["title"],
                owner=d.get("owner", ""),
                period_start_year=d.get("period_start_year"),
                period_end_year=d.get("period_end_year"),
                adopted_on=_date(d.get("adopted_on")),
                adopted_by=d.get("adopted_by", ""),
            )
            for d in item.get("governing_documents", [])
        ),
        areas=tuple(
            Area(title=x["title"], description=x.get("description", ""))
            for x in item.get("areas", [])
        ),
        sections=tuple(
            Section(heading=s["heading"], text=s.get("text", "")) for s in item.get("sections", [])
        ),
        parties=tuple(parties),
        project=project,
    )


class _Importer:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self.organisations_created = 0
        self.people_created = 0

    def organisation(self, data: dict[str, Any]) -> int:
        parent_id = self.organisation(data["parent"]) if data.get("parent") else None
        found = find_organisation(self.uow, data["name"], data.get("org_number") or None)
        if found is not None and found.id is not None:
            return found.id
        self.organisations_created += 1
        saved = save_organisation(self.uow, _organisation(data, parent_id))
        assert saved.id is not None
        return saved.id

    def person(self, data: dict[str, Any], party_org_id: int) -> int:
        org = data.get("organisation")
        org_id = self.organisation(org) if org else party_org_id
        if "organisation" in data and org is None:
            org_id = None  # type: ignore[assignment]
        record = _person(data, org_id)
        found = find_person(self.uow, record)
        if found is not None and found.id is not None:
            return found.id
        self.people_created += 1
        saved = save_person(self.uow, record)
        assert saved.id is not None
        return saved.id

    def agreement(self, item: dict[str, Any], ids_by_uid: dict[str, int]) -> int:
        org_ids: dict[int, int] = {}
        person_ids: dict[tuple[int, str], int | None] = {}
        for j, party in enumerate(item["parties"]):
            org_ids[j] = self.organisation(party["organisation"])
            for role in ("contact_person", "signatory"):
                if party.get(role):
                    person_ids[(j, role)] = self.person(party[role], org_ids[j])
        record = _agreement_record(item, org_ids, person_ids, ids_by_uid)
        saved = save_agreement(self.uow, record)
        assert saved.id is not None
        if "checkins" in item:
            # The file carries the agreement's check-ins: they replace the
            # schedule generated on saving, exactly as exported.
            clear_generated_checkins(self.uow, saved.id)
        checkin_ids = [
            save_checkin(self.uow, _checkin(c, saved.id)).id for c in item.get("checkins", [])
        ]
        for entry in item.get("followups", []):
            area, checkin = entry.get("area"), entry.get("checkin")
            save_followup(
                self.uow,
                FollowUp(
                    agreement_id=saved.id,
                    year=entry["year"],
                    area_id=saved.areas[area].id if area is not None else None,
                    checkin_id=checkin_ids[checkin] if checkin is not None else None,
                    sub_goal=entry.get("sub_goal", ""),
                    activity=entry.get("activity", ""),
                    outcome=entry.get("outcome", ""),
                ),
            )
        return saved.id


def _dependency_order(agreements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_uid = {a["uid"]: a for a in agreements}
    ordered: list[dict[str, Any]] = []
    placed: set[str] = set()

    def place(item: dict[str, Any], trail: frozenset[str]) -> None:
        if item["uid"] in placed or item["uid"] in trail:
            return
        for key in ("parent", "predecessor"):
            ref = item.get(key)
            if ref in by_uid:
                place(by_uid[ref], trail | {item["uid"]})
        placed.add(item["uid"])
        ordered.append(item)

    for item in agreements:
        place(item, frozenset())
    return ordered


def import_data(uow: UnitOfWork, data: Any) -> ImportResult:
    """Validate the whole document, then import it in this unit of work (all or nothing)."""
    existing = set(uow.session.scalars(select(AgreementRow.uid)))
    problems = validate(data, existing)
    if problems:
        raise InterchangeError(problems)
    importer = _Importer(uow)
    ids_by_uid = dict(uow.session.execute(select(AgreementRow.uid, AgreementRow.id)).all())
    created = skipped = 0
    for item in _dependency_order(data["agreements"]):
        if item["uid"] in existing:
            skipped += 1
            continue
        ids_by_uid[item["uid"]] = importer.agreement(item, ids_by_uid)
        created += 1
    return ImportResult(created, skipped, importer.organisations_created, importer.people_created)


def import_file(uow: UnitOfWork, path: Path) -> ImportResult:
    return import_data(uow, read_file(path))
