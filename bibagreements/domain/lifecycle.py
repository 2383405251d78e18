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
* ``terminated`` and a stored ``ended`` are decisions and stay as they are;
* a draft or an agreement out for signature keeps its status, flagged when its
  period has passed (``period_passed``): nobody signed in time, which is not
  the same as having ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.records import RenewalTerms
from bibagreements.scheduling.deadlines import current_term_end

_UNSIGNED = frozenset({AgreementStatus.DRAFT, AgreementStatus.OUT_FOR_SIGNATURE})


@dataclass(frozen=True)
class StatusOnDay:
    status: AgreementStatus
    day: date
    end: date | None  # the end of the current (or last) term: the end date, or later
    first_end: date | None  # the end date the parties signed
    in_force: bool = False  # signed and within its period on ``day``
    period_passed: bool = False  # unsigned, and the period it was meant for is over

    @property
    def extended(self) -> bool:
        """Run on past the end date it was signed with (an automatic extension)."""
        return self.end is not None and self.first_end is not None and self.end > self.first_end


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
    if stored is not AgreementStatus.ACTIVE:
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
