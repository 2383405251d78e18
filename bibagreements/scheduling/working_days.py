"""Swedish working days, for moving check-in dates off non-working days.

A day is non-working when it is a Saturday, a Sunday, a Swedish public holiday
(allmän helgdag) or one of the three eves treated as holidays in practice:
Midsummer Eve, Christmas Eve and New Year's Eve. A deadline that falls on a
non-working day moves to the next working day, as lag (1930:173) does for
statutory deadlines.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

__all__ = [
    "is_working_day",
    "next_working_day",
    "non_working_reason",
    "previous_working_day",
]

_ONE_DAY = timedelta(days=1)

# Python's weekday(): Monday is 0, so Saturday is 5 and Sunday 6.
_WEEKEND_NAMES: Mapping[int, str] = MappingProxyType({5: "lördag", 6: "söndag"})

# The longest run of non-working days is short (Easter: Friday to Monday;
# Christmas Eve to the weekend after Annandag jul), so the scan loops below
# stop after a few steps; the bound only guards against a broken calendar.
_MAX_SCAN_DAYS = 30


@lru_cache(maxsize=512)
def _holidays_of_year(year: int) -> Mapping[date, str]:
    """The public holidays and holiday eves of one year, by date, with Swedish names.

    Built once per year and cached: building a holiday set costs milliseconds,
    a dict lookup nanoseconds.
    """
    import holidays  # ~50 ms and 4 MB: only when a date is actually checked

    calendar = holidays.country_holidays(
        "SE",
        years=year,
        # "de_facto" adds Midsommarafton, Julafton and Nyårsafton.
        categories=("public", "de_facto"),
        # Explicit: without it the names follow the process locale (English under C.UTF-8).
        language="sv",
        # Sundays are weekend days here; listing them as "Söndag" holidays would
        # hide the real holiday names. False is the 0.109 default; stated to
        # stay correct if that default ever changes.
        include_sundays=False,
    )
    # A plain read-only mapping: HolidayBase lookups are slower (they parse keys).
    return MappingProxyType({day: str(name) for day, name in calendar.items()})


def non_working_reason(d: date) -> str | None:
    """Why ``d`` is not a working day, in Swedish; None when it is a working day.

    A holiday's name wins over the weekday, e.g. "Alla helgons dag" (always a
    Saturday) or "Pingstdagen" (always a Sunday).
    """
    name = _holidays_of_year(d.year).get(d)
    if name is not None:
        return name
    return _WEEKEND_NAMES.get(d.weekday())


def is_working_day(d: date) -> bool:
    """True when ``d`` is a Swedish working day (Monday–Friday, not a holiday or holiday eve)."""
    return d.weekday() < 5 and d not in _holidays_of_year(d.year)


def next_working_day(d: date) -> date:
    """``d`` itself when it is a working day, otherwise the first working day after it."""
    day = d
    for _ in range(_MAX_SCAN_DAYS):
        if is_working_day(day):
            return day
        day += _ONE_DAY
    raise AssertionError(f"no working day within {_MAX_SCAN_DAYS} days after {d}")


def previous_working_day(d: date) -> date:
    """``d`` itself when it is a working day, otherwise the last working day before it."""
    day = d
    for _ in range(_MAX_SCAN_DAYS):
        if is_working_day(day):
            return day
        day -= _ONE_DAY
    raise AssertionError(f"no working day within {_MAX_SCAN_DAYS} days before {d}")
