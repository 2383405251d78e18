"""Notice deadlines, automatic extensions and internal decision dates of an agreement.

Pure functions of dates and terms, no database.

Rules
-----
* A *term* ends on the agreement's end date; with an automatic extension
  ("förlängs med N månader åt gången om ingen part säger upp") the next term
  ends N months later (month arithmetic clamps to the month's end and counts
  from the first end date, so terms never drift towards the 28th).
* The *notice deadline* of a term (uppsägningstid) is the last day notice can
  be given so that the agreement ends with that term:
  - ``before_end``: N months before the term's end (2020-12-31, 3 → 2020-09-30);
  - ``month_end``: notice takes effect at the end of a calendar month, so the
    deadline is the last day of the month N months before the month the term
    ends in (2020-12-15, 3 → 2020-09-30);
  - ``quarter_end``: likewise at the end of a calendar quarter: the term is
    taken to end with its quarter (2020-11-15 → 2020-12-31) and the deadline
    is the last day of the month N months before that.
* The *decision date* is when the coordinator must have decided to renew,
  amend or end: a lead time in days before the notice deadline, or before the
  term's end when the agreement states no notice period.
* Every deadline that falls on a Saturday, Sunday or Swedish public holiday
  moves to the next working day (lag 1930:173), as check-ins do.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from bibagreements.domain.enums import NoticeRule
from bibagreements.domain.records import RenewalTerms
from bibagreements.scheduling.working_days import next_working_day

__all__ = ["current_term_end", "decision_date", "notice_deadline"]

# An auto-extending agreement nobody gave notice on runs on; terms are counted
# no further than this many years past the first end (a guard, not a rule).
_MAX_TERM_YEARS = 200


def _month_end(day: date) -> date:
    end: date = day + relativedelta(day=31)
    return end


def _quarter_end(day: date) -> date:
    last_month = (day.month - 1) // 3 * 3 + 3
    return _month_end(date(day.year, last_month, 1))


def notice_deadline(term_end: date, terms: RenewalTerms) -> date | None:
    """The last day to give notice so that the agreement ends with ``term_end``."""
    months = terms.notice_months
    if months is None:
        return None
    if terms.notice_rule is NoticeRule.BEFORE_END:
        nominal: date = term_end - relativedelta(months=months)
    else:
        effect = term_end if terms.notice_rule is NoticeRule.MONTH_END else _quarter_end(term_end)
        nominal = _month_end(_month_end(effect) - relativedelta(months=months))
    return next_working_day(nominal)


def decision_date(term_end: date, terms: RenewalTerms) -> date | None:
    """When the coordinator must have decided about the term ending ``term_end``."""
    if terms.decision_lead_days is None:
        return None
    anchor = notice_deadline(term_end, terms) or term_end
    return next_working_day(anchor - timedelta(days=terms.decision_lead_days))


def _term_end(first_end: date, terms: RenewalTerms, k: int) -> date:
    months = terms.extension_months or 0
    end: date = first_end + relativedelta(months=k * months)
    return end


def current_term_end(
    first_end: date, terms: RenewalTerms, day: date, notice_given_on: date | None = None
) -> date:
    """The end of the term ``day`` falls in, or of the last term when the agreement ended.

    Without an automatic extension that is ``first_end``. With one, a term whose
    end has passed was followed by another unless notice was given on or before
    that term's notice deadline (notice given later counts for a later term).
    """
    if not terms.extension_months or terms.extension_months < 1:
        return first_end
    limit = first_end.year + _MAX_TERM_YEARS
    k = 0
    end = first_end
    while end < day and end.year < limit:
        deadline = notice_deadline(end, terms) or end
        if notice_given_on is not None and notice_given_on <= deadline:
            return end  # notice in time: the agreement ends with this term
        k += 1
        end = _term_end(first_end, terms, k)
    return end
