"""Swedish working days: weekends, public holidays and the three holiday eves."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bibagreements.scheduling import (
    is_working_day,
    next_working_day,
    non_working_reason,
    previous_working_day,
)

D = date.fromisoformat


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        ("2020-01-01", "Nyårsdagen"),
        ("2020-01-06", "Trettondedag jul"),
        ("2020-04-10", "Långfredagen"),
        ("2020-04-11", "lördag"),  # Påskafton: a Saturday anyway, not a public holiday
        ("2020-04-12", "Påskdagen"),  # a holiday's name wins over "söndag"
        ("2020-04-13", "Annandag påsk"),
        ("2020-05-01", "Första maj"),
        ("2020-05-21", "Kristi himmelsfärdsdag"),
        ("2020-05-31", "Pingstdagen"),
        ("2020-06-06", "Nationaldagen"),  # a Saturday in 2020
        ("2023-06-06", "Nationaldagen"),  # a Tuesday in 2023
        ("2020-06-19", "Midsommarafton"),
        ("2020-06-20", "Midsommardagen"),
        ("2020-10-31", "Alla helgons dag"),  # always a Saturday
        ("2020-12-24", "Julafton"),
        ("2020-12-25", "Juldagen"),
        ("2020-12-26", "Annandag jul"),
        ("2020-12-31", "Nyårsafton"),
        ("2020-11-07", "lördag"),
        ("2020-11-08", "söndag"),
    ],
)
def test_non_working_days_have_a_swedish_reason(day: str, reason: str) -> None:
    assert non_working_reason(D(day)) == reason
    assert not is_working_day(D(day))


@pytest.mark.parametrize(
    "day",
    [
        "2020-04-09",  # Skärtorsdagen: a working day (only a half day at banks)
        "2020-04-30",  # Valborgsmässoafton
        "2020-05-22",  # klämdag after Ascension Day: a working day
        "2020-06-18",
        "2020-11-09",
        "2020-12-23",
        "2020-12-30",
        "2021-05-24",  # Annandag pingst: no longer a holiday since 2005
    ],
)
def test_working_days(day: str) -> None:
    assert is_working_day(D(day))
    assert non_working_reason(D(day)) is None


def test_holidays_follow_the_year() -> None:
    # Annandag pingst until 2004, National Day a holiday from 2005.
    assert non_working_reason(D("2004-05-31")) == "Annandag pingst"
    assert non_working_reason(D("2004-06-06")) == "söndag"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2020-11-09", "2020-11-09"),  # a working day stays
        ("2020-11-07", "2020-11-09"),
        ("2020-11-08", "2020-11-09"),
        ("2020-04-10", "2020-04-14"),  # Långfredagen → Tuesday after Annandag påsk
        ("2020-05-21", "2020-05-22"),
        ("2020-06-06", "2020-06-08"),
        ("2020-06-19", "2020-06-22"),
        ("2020-10-31", "2020-11-02"),
        ("2020-12-24", "2020-12-28"),
        ("2021-12-24", "2021-12-27"),  # Friday: Julafton, weekend (Juldagen, Annandag jul)
        ("2020-12-31", "2021-01-04"),  # across the year: Nyårsafton, Nyårsdagen, weekend
        ("2021-02-28", "2021-03-01"),
    ],
)
def test_next_working_day(day: str, expected: str) -> None:
    assert next_working_day(D(day)) == D(expected)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2020-12-30", "2020-12-30"),
        ("2021-01-03", "2020-12-30"),
        ("2020-04-13", "2020-04-09"),
        ("2021-02-28", "2021-02-26"),
    ],
)
def test_previous_working_day(day: str, expected: str) -> None:
    assert previous_working_day(D(day)) == D(expected)


days = st.dates(min_value=date(1960, 1, 1), max_value=date(2100, 12, 31))


@settings(max_examples=100, deadline=None)
@given(days)
def test_next_and_previous_working_day_properties(d: date) -> None:
    nxt = next_working_day(d)
    prev = previous_working_day(d)
    assert is_working_day(nxt) and is_working_day(prev)
    assert non_working_reason(nxt) is None and non_working_reason(prev) is None
    if is_working_day(d):
        assert prev == d == nxt
        return
    assert prev < d < nxt
    # Every day skipped on the way is non-working, with a reason to show.
    day = prev + timedelta(days=1)
    while day < nxt:
        assert not is_working_day(day)
        assert non_working_reason(day) is not None
        day += timedelta(days=1)
    assert nxt - d <= timedelta(days=5)
