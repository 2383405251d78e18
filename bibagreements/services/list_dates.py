"""What the agreement list shows of an agreement's calendar: its next date that matters,
and whether it ends soon. Pure functions of a summary (no database): the list computes
them once per row when it loads.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from bibagreements.domain.defaults import ENDING_WITHIN_DAYS
from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.records import AgreementSummary
from bibagreements.scheduling.deadlines import decision_date, notice_deadline


class DateKind(StrEnum):
    CHECKIN = "checkin"  # the next planned check-in (also when it is overdue)
    DECISION = "decision"  # the coordinator's own decision date: renew, amend or end
    NOTICE = "notice"  # the last day to give notice
    END = "end"  # the end of the current term


class NextDate(NamedTuple):
    kind: DateKind
    day: date


def next_date(s: AgreementSummary, today: date) -> NextDate | None:
    """The earliest date ahead that matters; an overdue check-in comes before all of them.

    Check-ins matter once the agreement is signed (a draft's are not promised);
    the term's dates while it is in force or about to be.
    """
    state = s.state
    signed = s.status is AgreementStatus.ACTIVE
    candidates: list[NextDate] = []
    if signed and s.next_checkin is not None:
        candidates.append(NextDate(DateKind.CHECKIN, s.next_checkin))
    end = state.end
    if signed and end is not None and end >= today:
        if s.notice_given_on is None:
            for kind, day in (
                (DateKind.DECISION, decision_date(end, s.renewal)),
                (DateKind.NOTICE, notice_deadline(end, s.renewal)),
            ):
                if day is not None and day >= today:
                    candidates.append(NextDate(kind, day))
        candidates.append(NextDate(DateKind.END, end))
    if not candidates:
        return None
    # On the same day the check-in first, the end last: the order of the kinds above.
    order = list(DateKind)
    return min(candidates, key=lambda d: (d.day, order.index(d.kind)))


def ends_soon(s: AgreementSummary, today: date, days: int = ENDING_WITHIN_DAYS) -> bool:
    """Signed and ending within ``days``, with nothing that extends it on its own
    (no automatic extension, or notice given): the reminders' "ending" rule."""
    state = s.state
    if s.status is not AgreementStatus.ACTIVE or state.end is None:
        return False
    extends = bool(s.renewal.extension_months) and s.notice_given_on is None
    return not extends and today <= state.end <= today + timedelta(days=days)
