"""Check-in due dates, and re-planning them when an agreement's period or cadence changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from bibagreements.domain.enums import Cadence, CheckinStatus
from bibagreements.scheduling import (
    ExistingCheckin,
    RegenerationPlan,
    due_dates,
    is_working_day,
    nominal_due_dates,
    plan_regeneration,
)

D = date.fromisoformat
H, Q, Y, N = Cadence.HALF_YEARLY, Cadence.QUARTERLY, Cadence.YEARLY, Cadence.NONE
REF_START, REF_END = D("2019-11-08"), D("2020-12-31")
REF = (REF_START, REF_END)


def generated(id_: int, iso: str, **changes: object) -> ExistingCheckin:
    day = D(iso)
    checkin = ExistingCheckin(id=id_, due=day, status="planned", scheduled_on=day, touched=False)
    return replace(checkin, **changes)  # type: ignore[arg-type]


def apply(existing: Sequence[ExistingCheckin], plan: RegenerationPlan) -> list[ExistingCheckin]:
    """What the services layer does with a plan: drop, keep, insert generated check-ins."""
    keep = set(plan.keep)
    next_id = max((c.id for c in existing), default=0) + 1
    kept = [c for c in existing if c.id in keep]
    created = [
        ExistingCheckin(id=next_id + i, due=d, status="planned", scheduled_on=d, touched=False)
        for i, d in enumerate(plan.create)
    ]
    return kept + created


def test_reference_agreement_from_scratch() -> None:
    plan = plan_regeneration([], REF_START, REF_END, H)
    assert plan == RegenerationPlan(keep=(), delete=(), create=(D("2020-05-08"), D("2020-11-09")))


def test_unchanged_schedule_is_a_noop() -> None:
    existing = [generated(1, "2020-05-08", status="held"), generated(2, "2020-11-09")]
    plan = plan_regeneration(existing, REF_START, REF_END, H)
    assert plan == RegenerationPlan(keep=(1, 2), delete=(), create=())
    assert plan.is_noop


def test_changing_cadence_keeps_matching_dates_and_held_checkins() -> None:
    existing = [generated(1, "2020-05-08", status="held"), generated(2, "2020-11-09")]
    plan = plan_regeneration(existing, REF_START, REF_END, Q)
    # Quarterly: 2020-02-10, 2020-05-08, 2020-08-10, 2020-11-09; the last two half-yearly
    # dates are quarterly dates too, so only the two others are new.
    assert plan == RegenerationPlan(
        keep=(1, 2), delete=(), create=(D("2020-02-10"), D("2020-08-10"))
    )


def test_shortening_the_period_deletes_only_untouched_planned() -> None:
    existing = [
        generated(1, "2020-05-08"),
        generated(2, "2020-11-09"),  # untouched: goes
        generated(3, "2021-05-10", touched=True),  # notes written: stays
        generated(4, "2021-11-08", status="cancelled"),  # a decision: stays
    ]
    plan = plan_regeneration(existing, REF_START, D("2020-06-30"), H)
    assert plan == RegenerationPlan(keep=(1, 3, 4), delete=(2,), create=())


def test_moved_checkin_still_stands_for_its_original_date() -> None:
    moved = generated(1, "2020-05-08", due=D("2020-05-13"), touched=True)
    assert plan_regeneration([moved], REF_START, REF_END, H).create == (D("2020-11-09"),)
    # A new start shifts the dates: the moved one stays and the new dates are created.
    plan = plan_regeneration([moved], D("2019-12-01"), REF_END, H)
    assert plan == RegenerationPlan(keep=(1,), delete=(), create=(D("2020-06-01"), D("2020-12-01")))


def test_moved_onto_a_new_date_covers_it() -> None:
    # Generated for a date no longer in the schedule but moved onto a new one.
    moved = generated(1, "2020-05-04", due=D("2020-06-01"), touched=True)
    plan = plan_regeneration([moved], D("2019-12-01"), REF_END, H)
    assert plan == RegenerationPlan(keep=(1,), delete=(), create=(D("2020-12-01"),))


def test_cancelled_checkin_is_not_recreated() -> None:
    cancelled = generated(1, "2020-05-08", status="cancelled")
    plan = plan_regeneration([cancelled], REF_START, REF_END, H)
    assert plan == RegenerationPlan(keep=(1,), delete=(), create=(D("2020-11-09"),))


def test_manual_checkin_on_a_due_date_covers_it() -> None:
    manual = ExistingCheckin(
        id=7, due=D("2020-11-09"), status="planned", scheduled_on=None, touched=False
    )
    plan = plan_regeneration([manual], REF_START, REF_END, H)
    assert plan == RegenerationPlan(keep=(7,), delete=(), create=(D("2020-05-08"),))


def test_cadence_none_removes_untouched_generated_only() -> None:
    manual = ExistingCheckin(
        id=3, due=D("2020-09-01"), status="planned", scheduled_on=None, touched=False
    )
    existing = [generated(1, "2020-05-08", status="held"), generated(2, "2020-11-09"), manual]
    plan = plan_regeneration(existing, REF_START, REF_END, N)
    assert plan == RegenerationPlan(keep=(1, 3), delete=(2,), create=())


def test_moved_without_touched_flag_is_not_deletable() -> None:
    # due != scheduled_on means a person moved it, even if the flag was not set.
    odd = generated(1, "2020-05-08", due=D("2020-05-11"))
    assert not odd.deletable
    assert plan_regeneration([odd], REF_START, D("2020-03-31"), H).keep == (1,)


def test_invalid_input() -> None:
    with pytest.raises(ValueError, match="given twice"):
        plan_regeneration([generated(1, "2020-05-08"), generated(1, "2020-11-09")], *REF, H)
    with pytest.raises(ValueError, match="unknown check-in status"):
        generated(1, "2020-05-08", status="done")
    with pytest.raises(ValueError, match="before it starts"):
        plan_regeneration([], REF_END, REF_START, H)


# --- properties --------------------------------------------------------------------

periods = st.tuples(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
    st.integers(min_value=0, max_value=5 * 366),
).map(lambda t: (t[0], t[0] + timedelta(days=t[1])))
cadences = st.sampled_from(list(Cadence))
statuses = st.sampled_from([s.value for s in CheckinStatus])
any_day = st.dates(min_value=date(2000, 1, 1), max_value=date(2046, 12, 31))
shifts = st.integers(min_value=-60, max_value=60).filter(bool).map(lambda n: timedelta(days=n))

EDITS = ("none", "none", "move", "hold", "hold_moved", "cancel", "notes", "delete")


@st.composite
def histories(
    draw: st.DrawFn, *, only_edited: bool = False
) -> tuple[tuple[date, date, Cadence], list[ExistingCheckin]]:
    """An agreement's check-ins: generated for a schedule, then worked on.

    With ``only_edited`` none was deleted by hand and no untouched generated
    check-in lies off the schedule (only a change of schedule leaves one there).
    """
    (start, end), cadence = draw(periods), draw(cadences)
    checkins: list[ExistingCheckin] = []
    next_id = 1
    edits = EDITS[:-1] if only_edited else EDITS
    for day in due_dates(start, end, cadence):
        c = ExistingCheckin(id=next_id, due=day, status="planned", scheduled_on=day, touched=False)
        next_id += 1
        match draw(st.sampled_from(edits)):
            case "move":
                c = replace(c, due=day + draw(shifts), touched=True)
            case "hold":
                c = replace(c, status="held", touched=draw(st.booleans()))
            case "hold_moved":
                c = replace(c, status="held", due=day + draw(shifts), touched=True)
            case "cancel":
                c = replace(c, status="cancelled")
            case "notes":
                c = replace(c, touched=True)
            case "delete":
                continue
        checkins.append(c)
    # Added by hand, and left over from even older schedules.
    for _ in range(draw(st.integers(0, 3))):
        checkins.append(
            ExistingCheckin(next_id, draw(any_day), draw(statuses), None, draw(st.booleans()))
        )
        next_id += 1
    for _ in range(draw(st.integers(0, 2))):
        scheduled = draw(any_day)
        due = draw(st.sampled_from([scheduled, scheduled + draw(shifts)]))
        touched = only_edited or draw(st.booleans()) or due != scheduled
        checkins.append(ExistingCheckin(next_id, due, draw(statuses), scheduled, touched))
        next_id += 1
    order = draw(st.permutations(range(len(checkins))))
    return (start, end, cadence), [checkins[i] for i in order]


def covers(checkin: ExistingCheckin, day: date) -> bool:
    return day in (checkin.due, checkin.scheduled_on)


@settings(max_examples=100, deadline=None)
@given(histories(), periods, cadences)
def test_none_lost_when_the_period_changes(
    history: tuple[tuple[date, date, Cadence], list[ExistingCheckin]],
    new_period: tuple[date, date],
    new_cadence: Cadence,
) -> None:
    _, existing = history
    start, end = new_period
    plan = plan_regeneration(existing, start, end, new_cadence)
    new_dates = due_dates(start, end, new_cadence)
    by_id = {c.id: c for c in existing}

    # Every check-in is either kept or deleted, never both, and in input order.
    assert sorted(plan.keep + plan.delete) == sorted(by_id)
    assert list(plan.keep) == [c.id for c in existing if c.id in set(plan.keep)]
    # Held, cancelled, moved, edited and manual check-ins all survive …
    assert {c.id for c in existing if not c.deletable} <= set(plan.keep)
    # … and only untouched generated ones off the new schedule go.
    assert all(by_id[i].deletable and by_id[i].due not in new_dates for i in plan.delete)
    # New dates belong to the new schedule, ascending, and are not already covered.
    assert list(plan.create) == sorted(set(plan.create))
    assert set(plan.create) <= set(new_dates)
    kept = [by_id[i] for i in plan.keep]
    for day in plan.create:
        # Not generated for that date already, nor added by hand on it.
        assert not any(c.scheduled_on == day for c in kept)
        assert not any(c.scheduled_on is None and c.due == day for c in kept)

    result = apply(existing, plan)
    for day in new_dates:
        assert any(covers(c, day) for c in result), day
    # Planning again with the same schedule changes nothing.
    assert plan_regeneration(result, start, end, new_cadence).is_noop


@settings(max_examples=100, deadline=None)
@given(histories(only_edited=True))
def test_unchanged_schedule_is_always_a_noop(
    history: tuple[tuple[date, date, Cadence], list[ExistingCheckin]],
) -> None:
    (start, end, cadence), existing = history
    plan = plan_regeneration(existing, start, end, cadence)
    assert plan.is_noop
    assert sorted(plan.keep) == sorted(c.id for c in existing)


def dates(*isos: str) -> list[date]:
    return [D(iso) for iso in isos]


@pytest.mark.parametrize(
    ("start", "end", "cadence", "nominal", "due"),
    [
        # The reference agreement (Skåne–Kristianstad): 2020-11-08 is a Sunday.
        ("2019-11-08", "2020-12-31", H, ["2020-05-08", "2020-11-08"], ["2020-05-08", "2020-11-09"]),
        (
            "2019-11-08",
            "2020-12-31",
            Q,
            ["2020-02-08", "2020-05-08", "2020-08-08", "2020-11-08"],
            ["2020-02-10", "2020-05-08", "2020-08-10", "2020-11-09"],
        ),
        ("2019-11-08", "2020-12-31", Y, ["2020-11-08"], ["2020-11-09"]),
        ("2019-11-08", "2020-12-31", N, [], []),
        # Leap day: 2020-02-29 + 12 months = 2021-02-28, a Sunday → Monday 2021-03-01.
        ("2020-02-29", "2022-12-31", Y, ["2021-02-28", "2022-02-28"], ["2021-03-01", "2022-02-28"]),
        # … unless the period ends on that Sunday: then the Friday before.
        ("2020-02-29", "2021-02-28", Y, ["2021-02-28"], ["2021-02-26"]),
        # Always from the start: the 29th comes back after a clamped February.
        (
            "2019-08-29",
            "2021-12-31",
            H,
            ["2020-02-29", "2020-08-29", "2021-02-28", "2021-08-29"],
            ["2020-03-02", "2020-08-31", "2021-03-01", "2021-08-30"],
        ),
        # Month ends: 2020-08-31 + 6 months clamps to 2021-02-28, then back to the 31st.
        ("2020-08-31", "2021-12-31", H, ["2021-02-28", "2021-08-31"], ["2021-03-01", "2021-08-31"]),
        (
            "2020-11-30",
            "2021-12-31",
            Q,
            ["2021-02-28", "2021-05-30", "2021-08-30", "2021-11-30"],
            ["2021-03-01", "2021-05-31", "2021-08-30", "2021-11-30"],
        ),
        # Easter: Långfredagen 2020-04-10 → Tuesday after Annandag påsk.
        (
            "2020-01-10",
            "2020-12-31",
            Q,
            ["2020-04-10", "2020-07-10", "2020-10-10"],
            ["2020-04-14", "2020-07-10", "2020-10-12"],
        ),
        ("2019-10-13", "2020-12-31", H, ["2020-04-13", "2020-10-13"], ["2020-04-14", "2020-10-13"]),
        # Kristi himmelsfärdsdag 2020-05-21, Thursday → Friday (a klämdag is a working day).
        ("2019-11-21", "2020-06-30", H, ["2020-05-21"], ["2020-05-22"]),
        # Nationaldagen on a Tuesday (2023).
        ("2022-12-06", "2023-12-31", H, ["2023-06-06", "2023-12-06"], ["2023-06-07", "2023-12-06"]),
        # Midsommarafton 2020-06-19 (Friday) → Monday.
        ("2019-12-19", "2020-12-31", H, ["2020-06-19", "2020-12-19"], ["2020-06-22", "2020-12-21"]),
        # Allahelgonsafton (Friday) is a working day; Alla helgons dag (Saturday) is not.
        ("2020-04-30", "2020-12-31", H, ["2020-10-30"], ["2020-10-30"]),
        ("2020-07-31", "2020-12-31", Q, ["2020-10-31"], ["2020-11-02"]),
        # Julafton 2020 (Thursday) → Monday 28th, past Juldagen and Annandag jul.
        ("2020-06-24", "2021-06-30", H, ["2020-12-24", "2021-06-24"], ["2020-12-28", "2021-06-24"]),
        # Nyårsafton → across the new year to Monday 2021-01-04 …
        ("2019-12-31", "2021-06-30", Y, ["2020-12-31"], ["2021-01-04"]),
        # … unless the period ends that day: then Wednesday 2020-12-30.
        ("2019-12-31", "2020-12-31", Y, ["2020-12-31"], ["2020-12-30"]),
        # Midsommarafton at the very end too: back to Thursday.
        ("2019-12-19", "2020-06-19", H, ["2020-06-19"], ["2020-06-18"]),
        # A nominal date exactly on the end date that is a working day stays.
        ("2020-05-08", "2020-11-09", H, ["2020-11-08"], ["2020-11-09"]),
        # Shorter than one step: no check-ins.
        ("2020-01-01", "2020-03-31", Q, [], []),
        ("2020-01-01", "2020-01-01", Q, [], []),
    ],
)
def test_due_dates_table(
    start: str, end: str, cadence: Cadence, nominal: list[str], due: list[str]
) -> None:
    assert nominal_due_dates(D(start), D(end), cadence) == dates(*nominal)
    assert due_dates(D(start), D(end), cadence) == dates(*due)


def test_period_ending_before_it_starts_is_an_error() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        due_dates(D("2020-12-31"), D("2020-01-01"), H)


# Longer and further apart than the re-planning's periods: due dates are pure arithmetic.
due_date_periods = st.tuples(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    st.integers(min_value=0, max_value=6 * 366),
).map(lambda t: (t[0], t[0] + timedelta(days=t[1])))


@settings(max_examples=100, deadline=None)
@given(due_date_periods, cadences)
def test_due_dates_properties(period: tuple[date, date], cadence: Cadence) -> None:
    start, end = period
    nominal = nominal_due_dates(start, end, cadence)
    due = due_dates(start, end, cadence)
    months = cadence.months
    if months is None:
        assert nominal == due == []
        return
    # Nominal: exactly start + k·step for k = 1..n, and the next one is past the end.
    assert nominal == [start + relativedelta(months=k * months) for k in range(1, len(nominal) + 1)]
    assert start + relativedelta(months=(len(nominal) + 1) * months) > end
    # Due: one per nominal date, within the period, on working days, strictly increasing,
    # and never far from the nominal date.
    assert len(due) == len(nominal)
    assert all(start <= d <= end for d in due)
    assert all(is_working_day(d) for d in due)
    assert all(a < b for a, b in pairwise(due))
    assert all(abs(d - n) <= timedelta(days=5) for d, n in zip(due, nominal, strict=True))
    assert all(d >= n for d, n in zip(due, nominal, strict=True) if n + timedelta(days=5) <= end)
