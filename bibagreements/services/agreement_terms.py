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
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Connection,
    String,
    bindparam,
    exists,
    or_,
    select,
    type_coerce,
    union_all,
)

from bibagreements.domain.defaults import DEFAULT_STAGES as DEFAULT_STAGES  # re-exported
from bibagreements.domain.defaults import ENDING_WITHIN_DAYS as ENDING_WITHIN_DAYS  # re-exported
from bibagreements.domain.enums import AgreementStatus, ReminderKind
from bibagreements.domain.lifecycle import status_on
from bibagreements.domain.records import RenewalTerms
from bibagreements.scheduling.deadlines import decision_date, notice_deadline
from bibagreements.services.mapping import renewal_terms
from bibagreements.storage.models import Base

ENDED_WINDOW_DAYS = 30


# (day, agreement id, key, kind, agreement title, check-in id: None here), as the
# reminders module sorts them; plain tuples, as there are hundreds a call.
TermItem = tuple[date, int, str, ReminderKind, str, int | None]
# (id, stored status, title, start, end, renewal terms, notice given on)
_Signed = tuple[int, AgreementStatus, str, date | None, date, RenewalTerms, date | None]


@cache
def _signed_query() -> CompoundSelect[Any]:
    """Built once (building a select costs more than running this one): ``lo`` and
    ``hi`` bound the end dates near today."""
    a = Base.metadata.tables["agreement"]
    successor = a.alias("successor")
    columns = (
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
    )
    window = a.c.end_date.between(bindparam("lo"), bindparam("hi"))
    # Two halves, each read the cheap way; left alone, SQLite walks the status index
    # and looks up most rows of the table. The status is compared as ``status || ''``,
    # which no index serves: the few ending near today come by the end date's index,
    # the ones with terms (not indexed) by one pass over the table.
    signed = (
        type_coerce(a.c.status, String)
        .concat("")
        .in_((AgreementStatus.ACTIVE.value, AgreementStatus.ENDED.value)),
        ~exists().where(successor.c.predecessor_id == a.c.id),
    )
    near = select(*columns).where(window, *signed)
    with_terms = select(*columns).where(
        or_(
            a.c.notice_months.is_not(None),
            a.c.extension_months.is_not(None),
            a.c.decision_lead_days.is_not(None),
        ),
        ~window,  # and so an end date: NULL is not outside the window either
        *signed,
    )
    return union_all(near, with_terms)


def _signed_without_successor(conn: Connection, today: date) -> list[_Signed]:
    """Signed agreements without a successor whose end is near or just past, or whose
    terms have deadlines (the rest cannot be due: the reminders stay fast)."""
    window = {
        "lo": today - timedelta(days=ENDED_WINDOW_DAYS + 1),
        "hi": today + timedelta(days=ENDING_WITHIN_DAYS),
    }
    shared: dict[tuple[object, ...], RenewalTerms] = {}  # most rows state the same terms
    result: list[_Signed] = []
    for aid, stored, title, start, end, *columns, given in conn.execute(
        _signed_query(), window
    ).all():
        key = tuple(columns)
        terms = shared.get(key)
        if terms is None:
            terms = shared[key] = renewal_terms(*columns)
        result.append((aid, AgreementStatus(stored), title, start, end, terms, given))
    return result


def term_items(
    conn: Connection, today: date, stages: Iterable[int] = DEFAULT_STAGES
) -> list[TermItem]:
    offsets = sorted({0, *stages})
    ended, ending = ReminderKind.AGREEMENT_ENDED, ReminderKind.AGREEMENT_ENDING
    deadlines = (
        (ReminderKind.DECISION_DUE, "decision", decision_date),
        (ReminderKind.NOTICE_DEADLINE, "notice", notice_deadline),
    )
    items: list[TermItem] = []
    for aid, stored, title, start, end, terms, given in _signed_without_successor(conn, today):
        state = status_on(stored, start, end, today, terms, given)
        term_end = state.end
        assert term_end is not None
        extends = bool(terms.extension_months) and given is None
        if state.status is AgreementStatus.ENDED:
            if (today - term_end).days <= ENDED_WINDOW_DAYS:
                items.append((term_end, aid, f"ended:{aid}:{term_end}", ended, title, None))
            continue
        if not extends and (term_end - today).days <= ENDING_WITHIN_DAYS:
            items.append((term_end, aid, f"ending:{aid}:{term_end}", ending, title, None))
        if given is not None or terms.is_empty:
            continue  # decided: it ends with this term; or no deadlines to keep
        for kind, prefix, deadline in deadlines:
            day = deadline(term_end, terms)
            if day is None or day < today:
                continue
            left = (day - today).days
            stage = next((o for o in offsets if left <= o), None)
            if stage is not None:
                items.append((day, aid, f"{prefix}:{aid}:{day}:{stage}", kind, title, None))
    return items
