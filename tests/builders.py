"""Records to test with, shared by the test folders: databases, organisations, people, agreements.

A database comes from tests/databases.py (migrated once per run, copied per
test). ``two_party_agreement`` is a draft not yet saved; ``make_agreement``
saves one, with contact persons and the schedule its period and cadence give.
"""

from __future__ import annotations

import io
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pikepdf
from PIL import Image
from sqlalchemy import select

from bibagreements.domain.enums import AgreementStatus, Cadence, Language, OrganisationKind
from bibagreements.domain.records import Agreement, Organisation, Party, Person
from bibagreements.interchange.reading import validate
from bibagreements.services.agreements import save_agreement
from bibagreements.services.demo import REFERENCE_UID
from bibagreements.services.organisations import save_organisation, save_person
from bibagreements.storage.database import Database, UnitOfWork
from bibagreements.storage.models import AgreementRow
from tests.databases import fresh_database

# The example reference agreement's check-ins (2019-11-08 – 2020-12-31, half-yearly).
REFERENCE_DUE = (date(2020, 5, 8), date(2020, 11, 9))


def new_db(tmp_path: Path, name: str = "test.sqlite3", *, demo: bool = False) -> Database:
    """A migrated database in ``tmp_path`` (with the example agreements when ``demo``)."""
    return fresh_database(tmp_path / name, demo=demo)


def id_of(uow: UnitOfWork, uid: str = REFERENCE_UID) -> int:
    """The row ID of the agreement with ``uid`` (the example reference agreement's by default)."""
    found = uow.session.scalar(select(AgreementRow.id).where(AgreementRow.uid == uid))
    assert found is not None
    return found


def org(uow: UnitOfWork, name: str, number: str | None = None, parent: int | None = None) -> int:
    saved = save_organisation(uow, Organisation(name, OrganisationKind.OTHER, number, parent))
    assert saved.id is not None
    return saved.id


def person(uow: UnitOfWork, name: str, org_id: int, email: str = "", title: str = "Titel") -> int:
    saved = save_person(uow, Person(name, title, email, "", org_id))
    assert saved.id is not None
    return saved.id


def two_party_agreement(uow: UnitOfWork, title: str = "Testavtal") -> Agreement:
    """A draft for 2024 between two new organisations, not saved."""
    a = org(uow, f"{title} A")
    b = org(uow, f"{title} B")
    return Agreement(
        title=title,
        start=date(2024, 1, 1),
        end=date(2024, 12, 31),
        parties=(Party(a), Party(b)),
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def make_agreement(
    uow: UnitOfWork,
    title: str = "Testavtal",
    *,
    start: date | None = date(2019, 11, 8),
    end: date | None = date(2020, 12, 31),
    cadence: Cadence = Cadence.HALF_YEARLY,
    status: AgreementStatus = AgreementStatus.DRAFT,
    language: Language = Language.SV,
    contacts: bool = True,
    predecessor_id: int | None = None,
) -> Agreement:
    """A saved two-party agreement (by default the reference's period); signed when its
    status needs it, each party's contact person also its signatory."""
    signed = start if status is not AgreementStatus.DRAFT else None
    parties = []
    for suffix in ("A", "B"):
        organisation = org(uow, f"{title} {suffix}")
        contact = None
        if contacts:
            email = f"{suffix.lower()}@{_slug(title)}.example.org"
            contact = person(uow, f"Kontakt {title} {suffix}", organisation, email, title="")
        parties.append(
            Party(organisation, contact_person_id=contact, signatory_id=contact, signed_on=signed)
        )
    return save_agreement(
        uow,
        Agreement(
            title=title,
            status=status,
            language=language,
            start=start,
            end=end,
            cadence=cadence,
            predecessor_id=predecessor_id,
            parties=tuple(parties),
        ),
    )


def english_problems(data: Any) -> list[str]:
    """What reading an interchange file finds wrong with ``data``, as the command line prints it."""
    return [str(p) for p in validate(data)]


@cache
def scan_pdf() -> bytes:
    """A small real PDF (one blank page), as a scanned signed copy."""
    out = io.BytesIO()
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(out, deterministic_id=True)
    return out.getvalue()


@cache
def scan_png() -> bytes:
    """A small real PNG, as a scanned signed copy."""
    out = io.BytesIO()
    Image.new("L", (8, 8), 255).save(out, "PNG")
    return out.getvalue()
