"""Check-in due dates: nominal month arithmetic and moving off non-working days."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from bibagreements.domain.enums import Cadence
from bibagreements.scheduling import due_dates, is_working_day, nominal_due_dates

D = date.fromisoformat
H, Q, Y, N = Cadence.HALF_YEARLY, Cadence.QUARTERLY, Cadence.YEARLY, Cadence.NONE


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


periods = st.tuples(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    st.integers(min_value=0, max_value=6 * 366),
).map(lambda t: (t[0], t[0] + timedelta(days=t[1])))
cadences = st.sampled_from(list(Cadence))


@settings(max_examples=100, deadline=None)
@given(periods, cadences)
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
