"""The yearly follow-up report: what came of the agreements, by development area.

A regional library unit reports every year on its development areas
(utvecklingsområden). For each area the report lists the agreements in force
that year with their partners, and for each agreement the sub-goals,
activities and outcomes recorded for the year, its check-ins and, for a
project, the funding. Agreements without a development area come last.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import selectinload

from bibagreements.domain.enums import AgreementKind, AgreementStatus
from bibagreements.domain.report import (
    FollowUpReport,
    ReportAgreement,
    ReportArea,
    ReportCheckin,
    ReportEntry,
)
from bibagreements.errors import ValidationError
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow, FollowUpRow, PartyRow

FIRST_YEAR, LAST_YEAR = 1900, 2999  # the range the interchange format accepts


def _in_year(year: int) -> ColumnElement[bool]:
    first, last = date(year, 1, 1), date(year, 12, 31)
    return (
        (AgreementRow.status != AgreementStatus.DRAFT)
        & ((AgreementRow.start_date.is_(None)) | (AgreementRow.start_date <= last))
        & ((AgreementRow.end_date.is_(None)) | (AgreementRow.end_date >= first))
    )


def followup_report(uow: UnitOfWork, year: int) -> FollowUpReport:
    """Agreements in force during ``year`` (drafts excluded) and any with entries for it."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError([f"year: {year} is outside {FIRST_YEAR}–{LAST_YEAR}"])
    with_entries = select(FollowUpRow.agreement_id).where(FollowUpRow.year == year)
    # One query per relationship for all agreements (not one get_agreement each):
    # a register of 10,000 agreements has thousands in force in a year.
    rows = uow.session.scalars(
        select(AgreementRow)
        .where(or_(_in_year(year), AgreementRow.id.in_(with_entries)))
        .options(
            selectinload(AgreementRow.parties).selectinload(PartyRow.organisation),
            selectinload(AgreementRow.checkins),
            selectinload(AgreementRow.followups).selectinload(FollowUpRow.area),
        )
    ).all()
    by_area: dict[str, list[ReportAgreement]] = {}
    spellings: dict[str, Counter[str]] = {}
    for a in rows:
        project = a.kind is AgreementKind.PROJECT
        item = ReportAgreement(
            id=a.id,
            title=a.title,
            kind=a.kind,
            status=a.status,
            start=a.start_date,
            end=a.end_date,
            programme=a.programme,
            partners=tuple(p.organisation.name for p in a.parties),
            entries=tuple(
                ReportEntry(f.area.title if f.area else "", f.sub_goal, f.activity, f.outcome)
                for f in a.followups
                if f.year == year
            ),
            checkins=tuple(
                ReportCheckin(c.due_date, c.status, c.held_on)
                for c in a.checkins
                if c.due_date.year == year or (c.held_on is not None and c.held_on.year == year)
            ),
            funding_sek=a.project_funding_sek if project else None,
            funder=a.project_funder if project else "",
        )
        name = a.development_area.strip()
        by_area.setdefault(name.casefold(), []).append(item)
        spellings.setdefault(name.casefold(), Counter())[name] += 1
    # "Läsfrämjande" and "läsfrämjande" are one area, named as most agreements spell it.
    keys = sorted((k for k in by_area if k), key=lambda k: _spelling(spellings[k]).casefold())
    if "" in by_area:
        keys.append("")
    return FollowUpReport(
        year,
        tuple(
            ReportArea(
                _spelling(spellings[key]),
                tuple(
                    sorted(
                        by_area[key],
                        key=lambda x: (x.start or date.min, x.title.casefold(), x.id),
                    )
                ),
            )
            for key in keys
        ),
    )


def _spelling(counts: Counter[str]) -> str:
    return min(counts, key=lambda name: (-counts[name], name))


def development_areas(uow: UnitOfWork) -> list[str]:
    """The development areas in use (one spelling each), for the editor's suggestions."""
    spellings: dict[str, Counter[str]] = {}
    for name in uow.session.scalars(
        select(AgreementRow.development_area).where(AgreementRow.development_area != "")
    ):
        spellings.setdefault(name.casefold(), Counter())[name] += 1
    return sorted((_spelling(c) for c in spellings.values()), key=str.casefold)
