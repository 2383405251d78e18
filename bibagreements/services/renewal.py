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


def next_period(start: date, end: date) -> tuple[date, date]:
    """The period right after ``start``–``end``, as long in years, months and days."""
    length = relativedelta(end + timedelta(days=1), start)
    new_start = end + timedelta(days=1)
    return new_start, new_start + length - timedelta(days=1)


def renew_agreement(uow: UnitOfWork, agreement_id: int, start: date | None = None) -> Agreement:
    """A draft for the next period that links back to the agreement it renews."""
    source = get_agreement(uow, agreement_id)
    if source.start is None or source.end is None:
        raise ValidationError([Problem("renew_needs_period", "period")])
    new_start, new_end = next_period(source.start, source.end)
    if start is not None:
        new_end = start + (new_end - new_start)
        new_start = start
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
