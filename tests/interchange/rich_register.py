"""A small register that uses every part of the interchange format, made deterministically.

The synthetic register (tests/bench/synthetic.py) plus what it lacks: parents,
predecessors and amendments, projects, renewal terms, sections, governing
documents, follow-ups, participants, frozen versions, organisations with
parents, people of another organisation, parties that left, and organisations
no agreement names. The export tests compare their output on it byte for byte.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, update

from bibagreements.domain.enums import AgreementKind, NoticeRule, OrganisationKind
from bibagreements.storage.database import Database
from bibagreements.storage.models import (
    AgreementRow,
    AgreementVersionRow,
    AreaRow,
    CheckinParticipantRow,
    CheckinRow,
    FollowUpRow,
    GoverningDocumentRow,
    PartyRow,
    SectionRow,
)
from tests.bench.synthetic import build_rows, load_rows

TEXT = ["Läsfrämjande", "Ärende “citat”", 'med "citat" och \\', "rad\nett\ttab", "emoji 📚", ""]


def make_rich_register(db: Database, agreements: int = 200, seed: int = 7) -> None:
    rng = random.Random(seed)
    rows = build_rows(agreements, seed=seed)
    orgs = rows["organisation"]
    for org in orgs:  # some with parents (a chain of three), numbers, addresses
        i = org["id"]
        org["kind"] = rng.choice(list(OrganisationKind))
        org["org_number"] = f"{212000 + i:06d}-{1000 + i:04d}" if i % 3 == 0 else None
        org["address"] = rng.choice(TEXT)
        org["parent_id"] = i - 1 if i % 4 == 0 else (i - 2 if i % 7 == 0 and i > 2 else None)
    people = rows["person"]
    for p in people:  # some belong to no organisation, or to another than their party's
        p["title"] = rng.choice(TEXT)
        if p["id"] % 5 == 0:
            p["organisation_id"] = None
        elif p["id"] % 5 == 1:
            p["organisation_id"] = rng.randint(1, len(orgs))
    for org_id in range(len(orgs) + 1, len(orgs) + 6):  # named by no agreement
        orgs.append({**orgs[0], "id": org_id, "name": f"Ensam {org_id}", "parent_id": 1})
    load_rows(db, rows)
    count = len(rows["agreement"])
    checkins_of: dict[int, list[int]] = {}
    for c in rows["checkin"]:
        checkins_of.setdefault(c["agreement_id"], []).append(c["id"])
    with db.engine.begin() as conn:
        for a in range(1, count + 1):
            changes: dict[str, Any] = {}
            if a % 9 == 0:
                changes["parent_id"] = rng.randint(1, a - 1)
            if a % 11 == 0:
                changes["predecessor_id"] = rng.randint(1, a - 1)
            if a % 13 == 0:
                changes.update(
                    kind=AgreementKind.AMENDMENT,
                    amends_id=rng.randint(1, a - 1),
                    new_end_date=date(2027, 6, 30),
                )
            elif a % 6 == 0:
                changes.update(
                    kind=AgreementKind.PROJECT,
                    project_goals=rng.choice(TEXT),
                    project_funding_sek=rng.choice(
                        [Decimal("150000.00"), Decimal("12500.50"), None, Decimal("0.25")]
                    ),
                    project_funder=rng.choice(TEXT),
                    project_implementation=rng.choice(TEXT),
                )
            if a % 4 == 0:
                changes.update(
                    notice_months=rng.choice([None, 3, 6]),
                    notice_rule=rng.choice([None, *[r.value for r in NoticeRule]]),
                    extension_months=rng.choice([None, 12]),
                    decision_lead_days=rng.choice([None, 30]),
                )
            if a % 10 == 0:
                changes["notice_given_on"] = date(2025, 3, 1)
            if a % 3 == 0:
                changes.update(development_area=rng.choice(TEXT), short_title=f"Kort {a}")
            if a % 17 == 0:
                changes.update(programme=rng.choice(TEXT), background=rng.choice(TEXT))
            if changes:
                conn.execute(update(AgreementRow).where(AgreementRow.id == a).values(**changes))
        party_ids = list(conn.scalars(select(PartyRow.id).order_by(PartyRow.id)))
        for pid in party_ids[::7]:
            conn.execute(
                update(PartyRow)
                .where(PartyRow.id == pid)
                .values(leaves=True, left_on=date(2024, 5, 1) if pid % 2 else None)
            )
        sections, documents, followups, versions, participants = [], [], [], [], []
        area_ids = conn.execute(select(AreaRow.agreement_id, AreaRow.id)).all()
        areas_of: dict[int, list[int]] = {}
        for agreement_id, area_id in area_ids:
            areas_of.setdefault(agreement_id, []).append(area_id)
        for a in range(1, count + 1):
            for position in range(a % 3):
                sections.append(
                    {
                        "agreement_id": a,
                        "position": position,
                        "heading": f"§ {position + 1}",
                        "text": rng.choice(TEXT),
                    }
                )
            if a % 2:
                documents.append(
                    {
                        "agreement_id": a,
                        "position": 0,
                        "title": "Regional biblioteksplan",
                        "owner": rng.choice(TEXT),
                        "period_start_year": 2020,
                        "period_end_year": rng.choice([None, 2023]),
                        "adopted_on": rng.choice([None, date(2019, 12, 1)]),
                        "adopted_by": rng.choice(TEXT),
                    }
                )
            for k in range(a % 4):
                own_checkins = checkins_of.get(a, [])
                followups.append(
                    {
                        "agreement_id": a,
                        "year": 2020 + k % 2,
                        "area_id": rng.choice([None, *areas_of.get(a, [])]),
                        "checkin_id": rng.choice([None, *own_checkins]),
                        "sub_goal": rng.choice(TEXT),
                        "activity": rng.choice(TEXT),
                        "outcome": rng.choice(TEXT),
                    }
                )
            if a % 5 == 0:
                for number in (1, 2)[: 1 + a % 2]:
                    content = {
                        "documents": {
                            "sv": {"title": f"V{number} {a}", "x": [1, 2.5]},
                            "en": {"title": rng.choice(TEXT)},
                        }
                    }
                    versions.append(
                        {
                            "agreement_id": a,
                            "number": number,
                            "frozen_at": datetime(2024, 1, 1, 12)
                            + timedelta(days=a, seconds=number),
                            "content": json.dumps(content, ensure_ascii=False, sort_keys=True),
                        }
                    )
        for c in rows["checkin"][::4]:
            for position in range(2):
                participants.append(
                    {
                        "checkin_id": c["id"],
                        "position": position,
                        "name": f"Deltagare {position}",
                        "person_id": None,
                    }
                )
        for c in rows["checkin"][::9]:
            conn.execute(
                update(CheckinRow)
                .where(CheckinRow.id == c["id"])
                .values(
                    event_uid=f"hand-{c['id']}@bibagreements",
                    touched=True,
                    notes="Ändrad",
                    scheduled_on=None,
                )
            )
        for model, values in (
            (SectionRow, sections),
            (GoverningDocumentRow, documents),
            (FollowUpRow, followups),
            (AgreementVersionRow, versions),
            (CheckinParticipantRow, participants),
        ):
            if values:
                conn.execute(insert(model.__table__), values)  # type: ignore[arg-type]
