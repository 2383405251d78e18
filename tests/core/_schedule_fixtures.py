"""Builders shared by the schedule, reminder, calendar and CLI tests."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sqlalchemy import select

from bibagreements.domain.enums import AgreementStatus, Cadence, Language, OrganisationKind
from bibagreements.domain.records import Agreement, Organisation, Party, Person
from bibagreements.services.agreements import save_agreement
from bibagreements.services.demo import REFERENCE_UID
from bibagreements.services.organisations import save_organisation, save_person
from bibagreements.storage.database import Database, UnitOfWork
from bibagreements.storage.models import AgreementRow
from tests.databases import fresh_database

REFERENCE_DUE = (date(2020, 5, 8), date(2020, 11, 9))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def open_db(tmp_path: Path, name: str = "schedule.sqlite3") -> Database:
    return fresh_database(tmp_path / name)


def demo_db(tmp_path: Path) -> Database:
    return fresh_database(tmp_path / "demo.sqlite3", demo=True)


def id_of(uow: UnitOfWork, uid: str = REFERENCE_UID) -> int:
    found = uow.session.scalar(select(AgreementRow.id).where(AgreementRow.uid == uid))
    assert found is not None
    return found


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
    """A two-party agreement; signed by both when its status needs it."""
    signed = start if status is not AgreementStatus.DRAFT else None
    parties = []
    for suffix in ("A", "B"):
        org = save_organisation(uow, Organisation(f"{title} {suffix}", OrganisationKind.OTHER))
        assert org.id is not None
        contact = signatory = None
        if contacts:
            person = save_person(
                uow,
                Person(
                    f"Kontakt {title} {suffix}",
                    email=f"{suffix.lower()}@{_slug(title)}.example.org",
                    organisation_id=org.id,
                ),
            )
            contact = signatory = person.id
        parties.append(
            Party(org.id, contact_person_id=contact, signatory_id=signatory, signed_on=signed)
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
