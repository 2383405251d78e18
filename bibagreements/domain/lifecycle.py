"""An agreement's status on a given day: the record stays true without anyone saving it.

The stored status is what people decided: a draft, out for signature, signed
(``active``), ended early or by hand, terminated. The calendar does the rest,
derived here on every read, so the list, its filters, the reminders, the
command line, the report and the interchange file agree on any day:

* a signed agreement is in force (``active``) from its start to the end of its
  current term; the day after, it has ended (``ended``), whether or not anyone
  touched it. With an automatic extension the term runs on until notice was
  given in time (see ``scheduling.deadlines``);
* before its start a signed agreement is still ``active`` (signed), but not yet
  in force: ``in_force`` says so;
* ``terminated`` is a decision and stays as it is; a stored ``ended`` says the
  period is over, so within its period the agreement was in force all the
  same (an agreement read from an export made after its end says "ended",
  and is still true about the days it ran); only without an end date is a
  stored ``ended`` a decision;
* a draft or an agreement out for signature keeps its status, flagged when its
  period has passed (``period_passed``): nobody signed in time, which is not
  the same as having ended.
"""

from __future__ import annotations

from datetime import date

from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.records import Agreement, AgreementSummary, RenewalTerms, StatusOnDay
from bibagreements.scheduling.deadlines import current_term_end

_UNSIGNED = frozenset({AgreementStatus.DRAFT, AgreementStatus.OUT_FOR_SIGNATURE})


def status_on(
    stored: AgreementStatus,
    start: date | None,
    end: date | None,
    day: date,
    terms: RenewalTerms | None = None,
    notice_given_on: date | None = None,
) -> StatusOnDay:
    """What the agreement is on ``day`` (see the module's docstring)."""
    if stored in _UNSIGNED:
        return StatusOnDay(stored, day, end, end, period_passed=end is not None and end < day)
    term_end = end
    if end is not None and terms is not None:
        term_end = current_term_end(end, terms, day, notice_given_on)
    if stored is AgreementStatus.TERMINATED or (stored is AgreementStatus.ENDED and end is None):
        return StatusOnDay(stored, day, term_end, end)
    if term_end is not None and term_end < day:
        return StatusOnDay(AgreementStatus.ENDED, day, term_end, end)
    started = start is None or start <= day
    return StatusOnDay(AgreementStatus.ACTIVE, day, term_end, end, in_force=started)


def in_force_on(
    stored: AgreementStatus,
    start: date | None,
    end: date | None,
    day: date,
    terms: RenewalTerms | None = None,
    notice_given_on: date | None = None,
) -> bool:
    """Signed and within its (possibly extended) period on ``day``."""
    return status_on(stored, start, end, day, terms, notice_given_on).in_force


def agreement_on(agreement: Agreement, day: date) -> StatusOnDay:
    """The status of a whole agreement record on ``day`` (an amendment ends with the
    agreement it amends)."""
    a = agreement
    end = a.amended.end if a.amended is not None else a.end
    return status_on(a.status, a.start, end, day, a.renewal, a.notice_given_on)


def summary_on(summary: AgreementSummary, day: date) -> StatusOnDay:
    """The status of a listed agreement on another day than the list was read for."""
    s = summary
    return status_on(s.stored_status, s.start, s.end, day, s.renewal, s.notice_given_on)
