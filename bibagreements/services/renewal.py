"""Duplicating an agreement, or renewing it for the next period."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Agreement, Area, Party
from bibagreements.errors import ValidationError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.storage.database import UnitOfWork


def _draft_copy(source: Agreement, **changes: object) -> Agreement:
    """The content of ``source`` as a new, unsigned draft."""
    parties = tuple(
        Party(
            organisation_id=p.organisation_id,
            registry_number="",  # each party registers the new agreement anew
            contact_person_id=p.contact_person_id,
            signatory_id=p.signatory_id,
            signatory_title=p.signatory_title,
        )
        for p in source.parties
    )
    return replace(
        source,
        id=None,
        uid=None,
        version=0,
        status=AgreementStatus.DRAFT,
        parties=parties,
        areas=tuple(Area(a.title, a.description) for a in source.areas),
        checkins=(),
        followups=(),
        created_at=None,
        updated_at=None,
        **changes,  # type: ignore[arg-type]
    )


def duplicate_agreement(uow: UnitOfWork, agreement_id: int) -> Agreement:
    source = get_agreement(uow, agreement_id)
    return save_agreement(uow, _draft_copy(source, predecessor_id=source.predecessor_id))


def period_length(start: date, end: date) -> relativedelta:
    """How long the next period after ``start``–``end`` is.

    Whole years or months stay so. A period ending on the last of a year (or a
    month) goes on for whole calendar years (months), rounded to the nearest: a
    first period from the day of signing to 31 December renews as whole years,
    not as "1 year, 1 month and 24 days". Anything else keeps its number of days.
    """
    span = relativedelta(end + timedelta(days=1), start)
    if span.days == 0 and (span.years or span.months):
        return relativedelta(years=span.years, months=span.months)
    following = end + timedelta(days=1)
    months = span.years * 12 + span.months + (1 if span.days >= 15 else 0)
    if following.day == 1 and following.month == 1:
        return relativedelta(years=max(1, (months + 6) // 12))
    if following.day == 1:
        return relativedelta(months=max(1, months))
    return relativedelta(days=(end - start).days + 1)


def next_period(start: date, end: date, new_start: date | None = None) -> tuple[date, date]:
    """The period of the same length from ``new_start`` (default: the day after ``end``)."""
    first = new_start or end + timedelta(days=1)
    return first, first + period_length(start, end) - timedelta(days=1)


def renew_agreement(uow: UnitOfWork, agreement_id: int, start: date | None = None) -> Agreement:
    """A draft for the next period that links back to the agreement it renews."""
    source = get_agreement(uow, agreement_id)
    if source.start is None or source.end is None:
        raise ValidationError([Problem("renew_needs_period", "period")])
    new_start, new_end = next_period(source.start, source.end, start)
    short = _short_title_for(source.short_title, source.start.year, new_start.year)
    return save_agreement(
        uow,
        _draft_copy(
            source, predecessor_id=source.id, start=new_start, end=new_end, short_title=short
        ),
    )


def _short_title_for(short_title: str, old_year: int, new_year: int) -> str:
    """ "Kristianstad 2019" renewed from 2021 reads "Kristianstad 2021": rows stay distinct."""
    old, new = str(old_year), str(new_year)
    if short_title.endswith(old):
        return short_title[: -len(old)] + new
    return short_title
