"""The yearly follow-up report: what came of the agreements, by development area.

A regional library unit reports every year on its development areas
(utvecklingsområden). For each area the report lists the agreements in force
that year with their partners, and for each agreement the sub-goals,
activities and outcomes recorded for the year, its check-ins and, for a
project, the funding. A signed agreement no longer (or not yet) in force is
included when it has entries for the year: effects are often reported after
the period. Drafts never are. Agreements without a development area come last.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import selectinload

from bibagreements.domain import clock
from bibagreements.domain.enums import AgreementKind, AgreementStatus, CheckinStatus
from bibagreements.domain.problems import Problem
from bibagreements.domain.report import (
    CheckinOutcome,
    FollowUpReport,
    ReportAgreement,
    ReportArea,
    ReportCheckin,
    ReportEntry,
    swedish_key,
)
from bibagreements.domain.validation import MAX_YEAR, MIN_YEAR
from bibagreements.errors import ValidationError
from bibagreements.services.mapping import row_status_on
from bibagreements.services.report_sections import report_sections
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow, FollowUpRow, PartyRow


def _in_force(year: int) -> ColumnElement[bool]:
    """May have been in force during ``year`` (an extending one is checked after reading)."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    return ((AgreementRow.start_date.is_(None)) | (AgreementRow.start_date <= last)) & (
        (AgreementRow.end_date.is_(None))
        | (AgreementRow.end_date >= first)
        | (AgreementRow.extension_months.is_not(None))
    )


def _ran_during(row: AgreementRow, year: int, with_entries: bool) -> bool:
    """Its (possibly extended) period reached into ``year``, or it has entries for it."""
    if with_entries or row.end_date is None or row.end_date.year >= year:
        return True
    term_end = row_status_on(row, date(year, 1, 1)).end
    return term_end is not None and term_end.year >= year


def _counts_for(year: int, due: date, status: CheckinStatus, held_on: date | None) -> bool:
    # A check-in belongs to the year it was held in, else to the year it was due.
    return (held_on.year if status is CheckinStatus.HELD and held_on else due.year) == year


def _checkin_outcome(status: CheckinStatus, due: date, day: date) -> CheckinOutcome:
    """Held, cancelled, or, if never recorded, not held once its day has passed."""
    if status is CheckinStatus.HELD:
        return CheckinOutcome.HELD
    if status is CheckinStatus.CANCELLED:
        return CheckinOutcome.CANCELLED
    return CheckinOutcome.NOT_HELD if due < day else CheckinOutcome.PLANNED


def _report_agreement(a: AgreementRow, year: int, day: date) -> ReportAgreement:
    project = a.kind is AgreementKind.PROJECT
    now = row_status_on(a, day)
    first, last = date(year, 1, 1), date(year, 12, 31)
    started = a.start_date is None or a.start_date <= last
    term_end = now.end
    if term_end is not None:
        in_force = started and term_end >= first
    elif now.status in (AgreementStatus.ENDED, AgreementStatus.TERMINATED):
        # Ended by a decision with no end date: in force until notice was given.
        in_force = started and a.notice_given_on is not None and a.notice_given_on >= first
    else:
        in_force = started
    # An amendment is reported with the agreement it amends, never counted as one.
    in_force = in_force and a.kind is not AgreementKind.AMENDMENT
    begins = a.start_date is not None and a.start_date.year == year
    # Extended during the year: the term running on 1 January ended within the
    # year, and the agreement ran on (each automatic extension, not only the first).
    running = row_status_on(a, first).end if a.extension_months else None
    extended = (
        running is not None
        and first <= running <= last
        and term_end is not None
        and term_end > running
    )
    return ReportAgreement(
        id=a.id,
        title=a.title,
        short_title=a.short_title,
        kind=a.kind,
        status=now.status,
        start=a.start_date,
        end=term_end,
        programme=a.programme,
        partners=tuple(p.organisation.name for p in a.parties),
        entries=tuple(
            ReportEntry(
                f.area.title if f.area else "",
                f.sub_goal,
                f.activity,
                f.outcome,
                f.funding_sek,
                f.funder,
            )
            for f in a.followups
            if f.year == year
        ),
        checkins=tuple(
            ReportCheckin(c.due_date, _checkin_outcome(c.status, c.due_date, day), c.held_on)
            for c in a.checkins
            if _counts_for(year, c.due_date, c.status, c.held_on)
        ),
        funding_sek=a.project_funding_sek if project else None,
        funder=a.project_funder if project else "",
        in_force=in_force,
        new=in_force and begins and a.predecessor_id is None,
        renewed=in_force and ((begins and a.predecessor_id is not None) or extended),
        ended=in_force and term_end is not None and term_end.year == year,
    )


def followup_report(uow: UnitOfWork, year: int, today: date | None = None) -> FollowUpReport:
    """Signed agreements in force during ``year`` or with entries for it, by area.

    Each agreement's status is the one it has on ``today`` (the day the report is
    compiled): one whose period is over reads "ended", and a check-in due before
    that day and never recorded reads "not held", never "planned".
    """
    day = today or clock.today()
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            [Problem("year_outside", "year", year=year, min=MIN_YEAR, max=MAX_YEAR)]
        )
    with_entries = select(FollowUpRow.agreement_id).where(FollowUpRow.year == year)
    # One query per relationship for all agreements (not one get_agreement each):
    # a register of 10,000 agreements has thousands in force in a year.
    rows = uow.session.scalars(
        select(AgreementRow)
        .where(
            AgreementRow.status != AgreementStatus.DRAFT,
            or_(_in_force(year), AgreementRow.id.in_(with_entries)),
        )
        .options(
            selectinload(AgreementRow.parties).selectinload(PartyRow.organisation),
            selectinload(AgreementRow.checkins),
            selectinload(AgreementRow.followups).selectinload(FollowUpRow.area),
        )
    ).all()
    by_area: dict[str, list[ReportAgreement]] = {}
    for a in rows:
        has_entries = any(f.year == year for f in a.followups)
        if not _ran_during(a, year, has_entries):
            continue
        if a.kind is AgreementKind.AMENDMENT and not has_entries:
            continue  # its effect is on the amended agreement, reported there
        item = _report_agreement(a, year, day)
        name = a.development_area.strip()
        by_area.setdefault(name.casefold(), []).append(item)
    # "Läsfrämjande" and "läsfrämjande" are one area, named as most agreements
    # spell it (all of them, so the heading is the same every year).
    names = _spellings(uow)
    keys = sorted((k for k in by_area if k), key=lambda k: swedish_key(names[k]))
    if "" in by_area:
        keys.append("")
    return FollowUpReport(
        year,
        areas=tuple(
            ReportArea(
                names.get(key, ""),
                tuple(
                    sorted(
                        by_area[key],
                        key=lambda x: (x.start or date.min, swedish_key(x.title), x.id),
                    )
                ),
            )
            for key in keys
        ),
        sections=tuple(report_sections(uow, year)),
    )


def _spellings(uow: UnitOfWork) -> dict[str, str]:
    """Folded development area → the spelling most agreements use (the first on a tie)."""
    counts: dict[str, Counter[str]] = {}
    for name in uow.session.scalars(
        select(AgreementRow.development_area).where(AgreementRow.development_area != "")
    ):
        counts.setdefault(name.casefold(), Counter())[name] += 1
    return {key: min(c, key=lambda name: (-c[name], name)) for key, c in counts.items()}


def development_areas(uow: UnitOfWork) -> list[str]:
    """The development areas in use (one spelling each), for the editor's suggestions."""
    return sorted(_spellings(uow).values(), key=swedish_key)
