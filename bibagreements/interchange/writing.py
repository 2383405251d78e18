"""Writing the JSON format: agreements, with their organisations and people, as a document.

Nothing here touches a database: the services read the records and give them,
with a way to look up an organisation by ID, to ``document``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from bibagreements import __version__
from bibagreements.domain import clock
from bibagreements.domain.lifecycle import agreement_on
from bibagreements.domain.records import Agreement, Organisation, Party, Person, RenewalTerms
from bibagreements.interchange import FIRST_VERSION, FORMAT_NAME, FORMAT_VERSION
from bibagreements.json_text import dumps as dumps  # re-exported
from bibagreements.json_text import laid_out

# An agreement's frozen versions by its ID: (number, frozen at, content JSON).
VersionLookup = Callable[[int], list[tuple[int, datetime, str]]]


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _amount(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


class _Writer:
    """Builds the items; each organisation is looked up once and written where it is named."""

    def __init__(
        self, lookup: Callable[[int], Organisation], versions: VersionLookup | None = None
    ) -> None:
        self.lookup = lookup
        self.versions = versions
        self._orgs: dict[int, dict[str, Any]] = {}

    def named(self, org_id: int) -> bool:
        return org_id in self._orgs

    def organisation(self, org_id: int) -> dict[str, Any]:
        if org_id not in self._orgs:
            org = self.lookup(org_id)
            self._orgs[org_id] = {
                "name": org.name,
                "kind": org.kind.value,
                "org_number": org.org_number,
                "address": org.address,
                "parent": self.organisation(org.parent_id) if org.parent_id else None,
            }
        return self._orgs[org_id]

    def person(self, person: Person | None, party: Party) -> dict[str, Any] | None:
        if person is None:
            return None
        data: dict[str, Any] = {
            "name": person.name,
            "title": person.title,
            "email": person.email,
            "phone": person.phone,
        }
        if person.organisation_id != party.organisation_id:
            org_id = person.organisation_id
            data["organisation"] = self.organisation(org_id) if org_id else None
        return data

    def _versions(self, a: Agreement) -> dict[str, Any]:
        """The frozen versions, as kept (only when there are any)."""
        if self.versions is None or a.id is None or not a.versions:
            return {}
        return {
            "versions": [
                {
                    "number": number,
                    "frozen_at": frozen_at.isoformat(),
                    "documents": json.loads(content)["documents"],
                }
                for number, frozen_at, content in self.versions(a.id)
            ]
        }

    def agreement(self, a: Agreement, uids: Mapping[int, str], day: date) -> dict[str, Any]:
        area_index = {area.id: i for i, area in enumerate(a.areas)}
        checkin_index = {c.id: i for i, c in enumerate(a.checkins)}
        project = None
        if a.project is not None:
            project = {
                "goals": a.project.goals,
                "funding_sek": _amount(a.project.funding_sek),
                "funder": a.project.funder,
                "implementation": a.project.implementation,
            }
        return {
            "uid": a.uid,
            "title": a.title,
            "kind": a.kind.value,
            # As on the day of the export: a period that ended reads "ended".
            "status": agreement_on(a, day).status.value,
            "language": a.language.value,
            "period": {"start": _day(a.start), "end": _day(a.end)},
            "programme": a.programme,
            # Only when set, so files without one stay readable by earlier versions.
            **({"development_area": a.development_area} if a.development_area else {}),
            **({"short_title": a.short_title} if a.short_title else {}),
            **({"renewal": _renewal(a.renewal)} if not a.renewal.is_empty else {}),
            **({"notice_given_on": _day(a.notice_given_on)} if a.notice_given_on else {}),
            "purpose": a.purpose,
            "background": a.background,
            "cadence": a.cadence.value,
            "parent": uids.get(a.parent_id) if a.parent_id else None,
            "predecessor": uids.get(a.predecessor_id) if a.predecessor_id else None,
            **({"amends": uids.get(a.amends_id)} if a.amends_id else {}),
            **({"new_end": _day(a.new_end)} if a.new_end else {}),
            "project": project,
            "governing_documents": [
                {
                    "title": d.title,
                    "owner": d.owner,
                    "period_start_year": d.period_start_year,
                    "period_end_year": d.period_end_year,
                    "adopted_on": _day(d.adopted_on),
                    "adopted_by": d.adopted_by,
                }
                for d in a.governing_documents
            ],
            "areas": [{"title": x.title, "description": x.description} for x in a.areas],
            "sections": [
                # "filled" only on a clause's: other files stay as version 1 wrote them.
                {"heading": s.heading, "text": s.text, **({"filled": True} if s.filled else {})}
                for s in a.sections
            ],
            "parties": [
                {
                    "organisation": self.organisation(p.organisation_id),
                    "registry_number": p.registry_number,
                    "contact_person": self.person(p.contact_person, p),
                    "signatory": self.person(p.signatory, p),
                    "signatory_title": p.signatory_title,
                    "signed_on": _day(p.signed_on),
                    "signed_place": p.signed_place,
                    **({"leaves": True} if p.leaves else {}),
                    **({"left_on": _day(p.left_on)} if p.left_on else {}),
                }
                for p in a.parties
            ],
            "checkins": [
                {
                    "due": c.due.isoformat(),
                    "status": c.status.value,
                    "held_on": _day(c.held_on),
                    "participants": list(c.participants),
                    "notes": c.notes,
                    "scheduled_on": _day(c.scheduled_on),
                    "touched": c.touched,
                    **({"event_uid": c.event_uid} if c.event_uid else {}),
                }
                for c in a.checkins
            ],
            **self._versions(a),
            "followups": [
                {
                    "year": f.year,
                    "area": area_index.get(f.area_id) if f.area_id else None,
                    "checkin": checkin_index.get(f.checkin_id) if f.checkin_id else None,
                    "sub_goal": f.sub_goal,
                    "activity": f.activity,
                    "outcome": f.outcome,
                    **(
                        {"funding_sek": _amount(f.funding_sek), "funder": f.funder}
                        if f.funding_sek is not None or f.funder
                        else {}
                    ),
                }
                for f in a.followups
            ],
        }


def _renewal(terms: RenewalTerms) -> dict[str, Any]:
    return {
        "notice_months": terms.notice_months,
        "notice_rule": terms.notice_rule.value,
        "extension_months": terms.extension_months,
        "decision_lead_days": terms.decision_lead_days,
    }


def document(
    agreements: Sequence[Agreement],
    organisation: Callable[[int], Organisation],
    register_organisations: Sequence[int] = (),
    today: date | None = None,
    versions: VersionLookup | None = None,
    library: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The interchange document of ``agreements`` (in the order given), as on ``today``.

    ``organisation`` looks an organisation up by ID. ``register_organisations``:
    organisations to carry although no agreement names them (the whole
    register's export); they are listed under "organisations" only when there
    are such, so that other files stay as earlier versions wrote them.
    ``library``: interchange.library's item of the clauses and templates, if any.
    """
    uids = {a.id: a.uid or "" for a in agreements if a.id is not None}
    writer = _Writer(organisation, versions)
    clauses = any(needs_version_2(a) for a in agreements)
    data: dict[str, Any] = {
        **_head(format_version(library is not None, clauses)),
        "agreements": [writer.agreement(a, uids, today or clock.today()) for a in agreements],
    }
    unnamed = [
        writer.organisation(org_id) for org_id in register_organisations if not writer.named(org_id)
    ]
    if unnamed:
        data["organisations"] = unnamed
    if library is not None:
        data["library"] = library
    return data


def needs_version_2(a: Agreement) -> bool:
    """A clause's section, or money received on a follow-up entry: what version 2 added."""
    return any(s.filled for s in a.sections) or any(
        f.funding_sek is not None or f.funder for f in a.followups
    )


def format_version(library: bool, clauses: bool) -> int:
    """The version a file is written as: the first, unless it needs what version 2 added."""
    return FORMAT_VERSION if library or clauses else FIRST_VERSION


def _head(version: int) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": version,
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
        "exported_by": f"bibagreements {__version__}",
    }


# A batch: agreements in the order written, the uid of each agreement they refer
# to that the document holds, and their frozen versions by agreement ID.
Batch = tuple[Sequence[Agreement], Mapping[int, str], Mapping[int, list[tuple[int, datetime, str]]]]


def write_document(
    write: Callable[[str], None],
    batches: Iterable[Batch],
    organisation: Callable[[int], Organisation],
    register_organisations: Iterable[int] = (),
    today: date | None = None,
    library: dict[str, Any] | None = None,
    clauses: bool = False,
) -> int:
    """``document`` written as it goes, batch by batch: ``write`` gets the text in chunks.

    The text is ``dumps(document(...))``, byte for byte: each item is laid out on
    its own, indented to its place. ``register_organisations`` is read only
    once the agreements are written. ``library`` as for ``document``; ``clauses``:
    whether any agreement written needs version 2 (a clause's section, money
    received; the head, written first, says the version). Returns the number of
    agreements.
    """
    current: list[Mapping[int, list[tuple[int, datetime, str]]]] = [{}]  # the batch's
    writer = _Writer(organisation, lambda agreement_id: current[0].get(agreement_id, []))
    day = today or clock.today()
    version = format_version(library is not None, clauses)
    head = laid_out(_head(version), "")
    write(head[: -len("\n}")] + ',\n  "agreements": [')
    count = 0
    for agreements, uids, versions in batches:
        current[0] = versions
        for a in agreements:  # an item at a time: no batch's text is held whole
            if version == FIRST_VERSION and needs_version_2(a):
                raise ValueError("a clause's section or funding in a file written as version 1")
            item = laid_out(writer.agreement(a, uids, day), "    ")
            write((",\n    " if count else "\n    ") + item)
            count += 1
        # Let the batch go before the next is read.
        del agreements, uids, versions
        current[0] = {}
    write("\n  ]" if count else "]")
    unnamed = [
        writer.organisation(org_id) for org_id in register_organisations if not writer.named(org_id)
    ]
    if unnamed:
        write(',\n  "organisations": ' + laid_out(unnamed, "  "))
    if library is not None:
        write(',\n  "library": ' + laid_out(library, "  "))
    write("\n}\n")
    return count
