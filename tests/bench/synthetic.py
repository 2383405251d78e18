"""Synthetic register for benchmarks: many agreements, parties and check-ins.

Loaded with Core bulk inserts (executemany), not one ORM object at a time.
Run as a script to time generating and loading:

    python tests/bench/synthetic.py [--agreements N] [--db FILE]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bibagreements.domain.enums import (
    AgreementKind,
    AgreementStatus,
    Cadence,
    CheckinStatus,
    Language,
    OrganisationKind,
)
from bibagreements.storage.database import Database, open_database
from bibagreements.storage.models import (
    AgreementRow,
    AreaRow,
    CheckinRow,
    OrganisationRow,
    PartyRow,
    PersonRow,
)

# The register's "today": years of history behind it, a few years ahead.
TODAY = date(2026, 1, 1)
WORDS = [
    "läsfrämjande",
    "digital",
    "delaktighet",
    "samverkan",
    "kompetens",
    "barn",
    "unga",
    "meröppet",
]


def _status(rng: random.Random, start: date, end: date) -> AgreementStatus:
    """A register its coordinators keep up to date: past agreements are ended."""
    if end < TODAY:
        return AgreementStatus.ENDED if rng.random() < 0.97 else AgreementStatus.TERMINATED
    if start > TODAY:
        return rng.choice((AgreementStatus.DRAFT, AgreementStatus.OUT_FOR_SIGNATURE))
    return AgreementStatus.ACTIVE


def build_rows(
    agreements: int = 10_000, checkins_per_agreement: int = 5, seed: int = 1
) -> dict[str, list[dict[str, Any]]]:
    """Plain dicts for every table, deterministic for a given seed."""
    rng = random.Random(seed)
    now = datetime(2026, 1, 1)
    org_count = max(20, agreements // 30)
    orgs = [
        {
            "id": i,
            "name": f"Organisation {i}",
            "kind": OrganisationKind.MUNICIPALITY,
            "org_number": None,
            "parent_id": None,
            "address": "",
            "created_at": now,
            "updated_at": now,
        }
        for i in range(1, org_count + 1)
    ]
    people = [
        {
            "id": i,
            "name": f"Person {i}",
            "title": "Bibliotekschef",
            "email": f"p{i}@example.org",
            "phone": "",
            "organisation_id": (i - 1) % org_count + 1,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(1, 2 * org_count + 1)
    ]
    rows: dict[str, list[dict[str, Any]]] = {
        "agreement": [],
        "party": [],
        "area": [],
        "checkin": [],
    }
    checkin_id = 0
    for a in range(1, agreements + 1):
        # Ten years of history; drafts only for the next half year, as in real life.
        start = date(2016, 1, 1) + timedelta(
            days=rng.randrange(0, (TODAY - date(2016, 1, 1)).days + 183)
        )
        end = start + timedelta(days=rng.choice((365, 730, 1095)) - 1)
        status = _status(rng, start, end)
        rows["agreement"].append(
            {
                "id": a,
                "uid": str(uuid.UUID(int=rng.getrandbits(128))),
                "title": f"Överenskommelse {a} om {rng.choice(WORDS)}",
                "kind": AgreementKind.COOPERATION,
                "status": status,
                "language": Language.SV,
                "start_date": start,
                "end_date": end,
                "programme": "",
                "purpose": " ".join(rng.choices(WORDS, k=12)),
                "background": "",
                "cadence": Cadence.HALF_YEARLY,
                "parent_id": None,
                "predecessor_id": None,
                "project_goals": "",
                "project_funding_sek": None,
                "project_funder": "",
                "project_implementation": "",
                "version": 1,
                "created_at": now,
                "updated_at": now - timedelta(days=rng.randrange(90)),
            }
        )
        for position, org_id in enumerate(rng.sample(range(1, org_count + 1), rng.randint(2, 6))):
            signed = status in (
                AgreementStatus.ACTIVE,
                AgreementStatus.ENDED,
                AgreementStatus.TERMINATED,
            )
            rows["party"].append(
                {
                    "agreement_id": a,
                    "position": position,
                    "organisation_id": org_id,
                    "registry_number": f"KS {start.year}/{a}",
                    "contact_person_id": org_id if rng.random() < 0.99 else None,
                    "signatory_id": org_count + org_id,
                    "signatory_title": "Chef",
                    "signed_on": start if signed else None,
                    "signed_place": "Malmö" if signed else "",
                }
            )
        for position in range(rng.randint(1, 3)):
            rows["area"].append(
                {
                    "agreement_id": a,
                    "position": position,
                    "title": rng.choice(WORDS).capitalize(),
                    "description": "",
                }
            )
        for k in range(1, checkins_per_agreement + 1):
            checkin_id += 1
            due = start + timedelta(days=182 * k)
            if end is not None and due > end:
                break  # the schedule lies within the period, as the program plans it
            held = due < TODAY and rng.random() < 0.97
            rows["checkin"].append(
                {
                    "id": checkin_id,
                    "agreement_id": a,
                    "due_date": due,
                    "status": CheckinStatus.HELD if held else CheckinStatus.PLANNED,
                    "held_on": due if held else None,
                    "notes": "",
                    "scheduled_on": due,
                    "touched": False,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    return {"organisation": orgs, "person": people, **rows}


def load_rows(db: Database, rows: dict[str, list[dict[str, Any]]]) -> None:
    tables = {
        "organisation": OrganisationRow,
        "person": PersonRow,
        "agreement": AgreementRow,
        "party": PartyRow,
        "area": AreaRow,
        "checkin": CheckinRow,
    }
    with db.engine.begin() as conn:
        for name, model in tables.items():
            if rows[name]:
                conn.execute(insert(model.__table__), rows[name])  # type: ignore[arg-type]


def generate(
    db: Database, agreements: int = 10_000, checkins_per_agreement: int = 5, seed: int = 1
) -> None:
    load_rows(db, build_rows(agreements, checkins_per_agreement, seed))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agreements", type=int, default=10_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args(argv)
    path = args.db or Path(tempfile.mkdtemp()) / "synthetic.sqlite3"
    db = open_database(str(path))
    t0 = time.perf_counter()
    rows = build_rows(args.agreements)
    t1 = time.perf_counter()
    load_rows(db, rows)
    t2 = time.perf_counter()
    print(
        f"generated {args.agreements} agreements, {len(rows['party'])} parties, "
        f"{len(rows['checkin'])} check-ins in {t1 - t0:.2f} s; loaded in {t2 - t1:.2f} s "
        f"into {path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
