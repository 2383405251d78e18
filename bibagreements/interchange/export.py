"""Writing agreements, with their organisations and people, to the JSON format."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from bibagreements import __version__
from bibagreements.domain.records import Agreement, Organisation, Party, Person
from bibagreements.interchange import FORMAT_NAME, FORMAT_VERSION
from bibagreements.services.agreements import agreement_ids, get_agreement
from bibagreements.services.organisations import get_organisation
from bibagreements.storage.atomic import write_atomically
from bibagreements.storage.database import UnitOfWork


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _amount(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


class _Exporter:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self._orgs: dict[int, dict[str, Any]] = {}

    def organisation(self, org_id: int) -> dict[str, Any]:
        if org_id not in self._orgs:
            org: Organisation = get_organisation(self.uow, org_id)
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

    def agreement(self, a: Agreement, uids: dict[int, str]) -> dict[str, Any]:
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
            "status": a.status.value,
            "language": a.language.value,
            "period": {"start": _day(a.start), "end": _day(a.end)},
            "programme": a.programme,
            # Only when set, so files without one stay readable by earlier versions.
            **({"development_area": a.development_area} if a.development_area else {}),
            "purpose": a.purpose,
            "background": a.background,
            "cadence": a.cadence.value,
            "parent": uids.get(a.parent_id) if a.parent_id else None,
            "predecessor": uids.get(a.predecessor_id) if a.predecessor_id else None,
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
            "sections": [{"heading": s.heading, "text": s.text} for s in a.sections],
            "parties": [
                {
                    "organisation": self.organisation(p.organisation_id),
                    "registry_number": p.registry_number,
                    "contact_person": self.person(p.contact_person, p),
                    "signatory": self.person(p.signatory, p),
                    "signatory_title": p.signatory_title,
                    "signed_on": _day(p.signed_on),
                    "signed_place": p.signed_place,
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
            "followups": [
                {
                    "year": f.year,
                    "area": area_index.get(f.area_id) if f.area_id else None,
                    "checkin": checkin_index.get(f.checkin_id) if f.checkin_id else None,
                    "sub_goal": f.sub_goal,
                    "activity": f.activity,
                    "outcome": f.outcome,
                }
                for f in a.followups
            ],
        }


def export_data(uow: UnitOfWork, ids: list[int] | None = None) -> dict[str, Any]:
    """The interchange document for ``ids`` (all when None).

    Parents and predecessors of the chosen agreements come along, so that the
    file is complete on its own and imports into an empty database.
    """
    wanted = agreement_ids(uow) if not ids else list(dict.fromkeys(ids))
    agreements: dict[int, Agreement] = {}
    queue = list(wanted)
    while queue:
        agreement_id = queue.pop(0)
        if agreement_id in agreements:
            continue
        a = get_agreement(uow, agreement_id)
        agreements[agreement_id] = a
        queue.extend(ref for ref in (a.parent_id, a.predecessor_id) if ref is not None)
    uids = {i: a.uid or "" for i, a in agreements.items()}
    exporter = _Exporter(uow)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
        "exported_by": f"bibagreements {__version__}",
        "agreements": [exporter.agreement(a, uids) for _, a in sorted(agreements.items())],
    }


def dumps(data: Any) -> str:
    """JSON as people read it: UTF-8 characters, not escapes."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def export_to_file(uow: UnitOfWork, path: Path, ids: list[int] | None = None) -> int:
    data = export_data(uow, ids)
    write_atomically(path, dumps(data).encode("utf-8"))
    return len(data["agreements"])
