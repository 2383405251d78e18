"""Check-in schedules: when the parties of an agreement meet, and how to re-plan.

Pure functions, no database: the services layer loads check-ins, asks
:func:`plan_regeneration` what to change and applies the plan.

Rules
-----
* Nominal dates are ``start + k·step`` for k = 1, 2, … while on or before
  ``end``. Month arithmetic clamps to the month's end (2020-08-31 + 6 months
  = 2021-02-28) and always counts from ``start``, never from the previous
  (possibly clamped) date, so a schedule never drifts towards the 28th.
* Due dates are the nominal dates moved to the next working day (lag 1930:173).
* Pushed past the end: when moving forward would leave the period (the nominal
  date is a non-working day at the very end, e.g. ``end`` = 2020-12-31, which
  is Nyårsafton), the check-in is held on the last working day on or before
  the nominal date instead. Dropping it would silently lose the final
  check-in, the one a coordinator needs most to close an agreement; holding
  it a day or two early keeps it inside the period the parties signed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from bibagreements.domain.enums import Cadence, CheckinStatus
from bibagreements.scheduling.working_days import next_working_day, previous_working_day

__all__ = [
    "ExistingCheckin",
    "RegenerationPlan",
    "due_dates",
    "nominal_due_dates",
    "plan_regeneration",
]

_STATUSES = frozenset(status.value for status in CheckinStatus)


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")


def nominal_due_dates(start: date, end: date, cadence: Cadence) -> list[date]:
    """The calendar dates ``start + k·step`` (k ≥ 1) on or before ``end``, before
    moving off non-working days. ``Cadence.NONE`` gives no dates.

    Raises ValueError when ``end`` is before ``start``.
    """
    _check_period(start, end)
    months = cadence.months
    if months is None:
        return []
    dates: list[date] = []
    k = 1
    while True:
        # From start every time: relativedelta clamps 31 → 28/29/30 per target month.
        nominal: date = start + relativedelta(months=k * months)
        if nominal > end:
            return dates
        dates.append(nominal)
        k += 1


def due_dates(start: date, end: date, cadence: Cadence) -> list[date]:
    """The check-in dates of a period: every date lies within ``[start, end]``, is a
    working day, and the list is strictly increasing.

    Each nominal date moves to the next working day; if that would fall after
    ``end`` it moves back to the last working day on or before the nominal
    date instead (see the module docstring for why).
    """
    result: list[date] = []
    for nominal in nominal_due_dates(start, end, cadence):
        due = next_working_day(nominal)
        if due > end:
            due = previous_working_day(nominal)
        # Steps are at least three months and moves a few days, so neither the
        # start bound nor the ordering can break; kept as a cheap guarantee.
        if due < start or (result and due <= result[-1]):
            continue
        result.append(due)
    return result


@dataclass(frozen=True, slots=True)
class ExistingCheckin:
    """What the planner needs to know about a stored check-in.

    ``scheduled_on`` is the date the schedule generated it for (None when added
    by hand); ``touched`` is set once it has been moved or its notes or
    participants edited.
    """

    id: int
    due: date
    status: str
    scheduled_on: date | None
    touched: bool

    def __post_init__(self) -> None:
        if self.status not in _STATUSES:
            raise ValueError(f"unknown check-in status {self.status!r}")

    @property
    def deletable(self) -> bool:
        """Only a generated check-in nobody has acted on may be removed by a re-plan."""
        return (
            self.status == CheckinStatus.PLANNED
            and self.scheduled_on is not None
            and not self.touched
            and self.due == self.scheduled_on
        )


@dataclass(frozen=True, slots=True)
class RegenerationPlan:
    """What to do with the check-ins of an agreement whose period or cadence changed.

    ``keep`` and ``delete`` are check-in ids (in input order) and together hold
    every existing check-in exactly once; ``create`` are the due dates of new
    generated check-ins (``scheduled_on`` = due), ascending.
    """

    keep: tuple[int, ...]
    delete: tuple[int, ...]
    create: tuple[date, ...]

    @property
    def is_noop(self) -> bool:
        return not self.delete and not self.create


def plan_regeneration(
    existing: Iterable[ExistingCheckin], start: date, end: date, cadence: Cadence
) -> RegenerationPlan:
    """Plan how to bring an agreement's check-ins in line with a new schedule.

    * Held, cancelled, moved, edited and hand-added check-ins are always kept:
      they record something a person did or decided.
    * An untouched generated planned check-in is kept when its date is still in
      the new schedule, otherwise deleted.
    * A new check-in is created for each new due date that no kept check-in
      covers. A kept check-in covers one date at most: the date it was
      generated for if that is in the new schedule (a moved or cancelled
      check-in still stands for its original date), otherwise its current due
      date (e.g. a hand-added check-in on that very day).

    Re-planning with an unchanged period and cadence is a no-op, whatever the
    coordinator did to the check-ins since they were generated (moved, held,
    cancelled, edited, added by hand); a check-in deleted by hand does come
    back. Planning again after applying a plan is also a no-op.
    """
    new_dates = due_dates(start, end, cadence)
    wanted = frozenset(new_dates)
    keep: list[int] = []
    delete: list[int] = []
    covered: set[date] = set()
    seen_ids: set[int] = set()
    for checkin in existing:
        if checkin.id in seen_ids:
            raise ValueError(f"check-in id {checkin.id} given twice")
        seen_ids.add(checkin.id)
        if checkin.deletable and checkin.due not in wanted:
            delete.append(checkin.id)
            continue
        keep.append(checkin.id)
        if checkin.scheduled_on is not None and checkin.scheduled_on in wanted:
            covered.add(checkin.scheduled_on)
        elif checkin.due in wanted:
            covered.add(checkin.due)
    create = tuple(d for d in new_dates if d not in covered)
    return RegenerationPlan(keep=tuple(keep), delete=tuple(delete), create=create)
