"""Reminders that follow the calendar of an agreement's terms, read with Core selects.

* ``agreement_ending``: a signed agreement ends within 90 days with no
  successor and nothing extends it (no automatic extension, or notice given);
* ``agreement_ended``: it ended, with no successor, within the last
  ``ENDED_WINDOW_DAYS`` days: said once, then not again (its check-ins are
  no longer owed, so they stop being "late" too);
* ``decision_due``: the coordinator's internal decision date (renew, amend or
  end) is near; ``notice_deadline``: the last day to give notice is near.
  Both show at staged offsets before the date (``DEFAULT_STAGES`` days, and
  on the day itself): each stage is its own item, so dismissing one brings
  the next back when its time comes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, exists, or_, select

from bibagreements.domain.defaults import DEFAULT_STAGES as DEFAULT_STAGES  # re-exported
from bibagreements.domain.defaults import ENDING_WITHIN_DAYS as ENDING_WITHIN_DAYS  # re-exported
from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.lifecycle import status_on
from bibagreements.domain.records import RenewalTerms
from bibagreements.scheduling.deadlines import decision_date, notice_deadline
from bibagreements.services.mapping import renewal_terms
from bibagreements.storage.models import Base

ENDED_WINDOW_DAYS = 30


@dataclass(frozen=True, slots=True)
class TermItem:
    """(day, agreement id, key, kind value, title): the reminders module makes the Reminder."""

    day: date
    agreement_id: int
    key: str
    kind: str
    title: str


@dataclass(frozen=True, slots=True)
class _Signed:
    id: int
    stored: AgreementStatus
    title: str
    start: date | None
    end: date
    terms: RenewalTerms
    notice_given_on: date | None


def _signed_without_successor(conn: Connection, today: date) -> list[_Signed]:
    """Signed agreements without a successor whose end is near or just past, or whose
    terms have deadlines (the rest cannot be due: the reminders stay fast)."""
    a = Base.metadata.tables["agreement"]
    successor = a.alias("successor")
    query = select(
        a.c.id,
        a.c.status,
        a.c.title,
        a.c.start_date,
        a.c.end_date,
        a.c.notice_months,
        a.c.notice_rule,
        a.c.extension_months,
        a.c.decision_lead_days,
        a.c.notice_given_on,
    ).where(
        a.c.status.in_((AgreementStatus.ACTIVE.value, AgreementStatus.ENDED.value)),
        a.c.end_date.is_not(None),
        or_(
            a.c.end_date.between(
                today - timedelta(days=ENDED_WINDOW_DAYS + 1),
                today + timedelta(days=ENDING_WITHIN_DAYS),
            ),
            a.c.notice_months.is_not(None),
            a.c.extension_months.is_not(None),
            a.c.decision_lead_days.is_not(None),
        ),
        ~exists().where(successor.c.predecessor_id == a.c.id),
    )
    return [
        _Signed(aid, AgreementStatus(stored), title, start, end, renewal_terms(*terms), given)
        for aid, stored, title, start, end, *terms, given in conn.execute(query).all()
    ]


def term_items(
    conn: Connection, today: date, stages: Iterable[int] = DEFAULT_STAGES
) -> list[TermItem]:
    offsets = sorted({0, *stages})
    items: list[TermItem] = []
    for s in _signed_without_successor(conn, today):
        state = status_on(s.stored, s.start, s.end, today, s.terms, s.notice_given_on)
        term_end = state.end
        assert term_end is not None
        extends = bool(s.terms.extension_months) and s.notice_given_on is None
        if state.status is AgreementStatus.ENDED:
            if (today - term_end).days <= ENDED_WINDOW_DAYS:
                items.append(
                    TermItem(term_end, s.id, f"ended:{s.id}:{term_end}", "agreement_ended", s.title)
                )
            continue
        if not extends and (term_end - today).days <= ENDING_WITHIN_DAYS:
            items.append(
                TermItem(term_end, s.id, f"ending:{s.id}:{term_end}", "agreement_ending", s.title)
            )
        if s.notice_given_on is not None:
            continue  # decided: it ends with this term
        for kind, prefix, day in (
            ("decision_due", "decision", decision_date(term_end, s.terms)),
            ("notice_deadline", "notice", notice_deadline(term_end, s.terms)),
        ):
            if day is None or day < today:
                continue
            left = (day - today).days
            stage = next((o for o in offsets if left <= o), None)
            if stage is not None:
                items.append(TermItem(day, s.id, f"{prefix}:{s.id}:{day}:{stage}", kind, s.title))
    return items
