"""Notice deadlines, automatic extensions and decision dates (scheduling/deadlines.py)."""

from __future__ import annotations

from datetime import date

import pytest

from bibagreements.domain.enums import NoticeRule
from bibagreements.domain.records import RenewalTerms
from bibagreements.scheduling.deadlines import (
    current_term_end,
    decision_date,
    notice_deadline,
)
from bibagreements.scheduling.working_days import is_working_day


@pytest.mark.parametrize(
    ("term_end", "months", "rule", "deadline"),
    [
        # Three months before 2020-12-31 is 2020-09-30, a Wednesday.
        (date(2020, 12, 31), 3, NoticeRule.BEFORE_END, date(2020, 9, 30)),
        # 2021-02-28 minus one month is 2021-01-28 (no month end rule).
        (date(2021, 2, 28), 1, NoticeRule.BEFORE_END, date(2021, 1, 28)),
        # To the end of a month: the month three before December 2020 ends 2020-09-30.
        (date(2020, 12, 15), 3, NoticeRule.MONTH_END, date(2020, 9, 30)),
        # To the end of a quarter: 2020-11-15 ends with Q4 (12-31); three months before: 09-30.
        (date(2020, 11, 15), 3, NoticeRule.QUARTER_END, date(2020, 9, 30)),
        # 2022-06-30 minus six months is 2021-12-30; to the month's end: Nyårsafton,
        # not a working day, so the deadline moves to Monday 2022-01-03.
        (date(2022, 6, 30), 6, NoticeRule.MONTH_END, date(2022, 1, 3)),
        # 2024-09-30 minus three months: 2024-06-30 is a Sunday → Monday 2024-07-01.
        (date(2024, 9, 30), 3, NoticeRule.BEFORE_END, date(2024, 7, 1)),
    ],
)
def test_notice_deadline(term_end: date, months: int, rule: NoticeRule, deadline: date) -> None:
    got = notice_deadline(term_end, RenewalTerms(notice_months=months, notice_rule=rule))
    assert got == deadline
    assert got is not None and is_working_day(got)


def test_no_notice_period_no_deadline() -> None:
    assert notice_deadline(date(2020, 12, 31), RenewalTerms()) is None


def test_decision_date_is_the_lead_time_before_the_deadline_or_the_end() -> None:
    terms = RenewalTerms(notice_months=3, decision_lead_days=60)
    # 2020-09-30 minus 60 days is 2020-08-01, a Saturday → Monday 2020-08-03.
    assert decision_date(date(2020, 12, 31), terms) == date(2020, 8, 3)
    # No notice period: counted from the end (2020-12-31 minus 30 days = 2020-12-01).
    assert decision_date(date(2020, 12, 31), RenewalTerms(decision_lead_days=30)) == date(
        2020, 12, 1
    )
    assert decision_date(date(2020, 12, 31), RenewalTerms(notice_months=3)) is None


EXTENDING = RenewalTerms(notice_months=3, extension_months=12)


def test_without_an_extension_the_term_is_the_period() -> None:
    terms = RenewalTerms(notice_months=3)
    assert current_term_end(date(2020, 12, 31), terms, date(2026, 12, 1)) == date(2020, 12, 31)


def test_an_extension_nobody_gave_notice_on_runs_on_term_by_term() -> None:
    first = date(2020, 12, 31)
    assert current_term_end(first, EXTENDING, date(2020, 6, 1)) == first
    assert current_term_end(first, EXTENDING, first) == first
    assert current_term_end(first, EXTENDING, date(2021, 1, 1)) == date(2021, 12, 31)
    assert current_term_end(first, EXTENDING, date(2026, 12, 1)) == date(2026, 12, 31)


def test_notice_in_time_ends_the_term_and_late_notice_the_next() -> None:
    first = date(2020, 12, 31)
    in_time = current_term_end(first, EXTENDING, date(2026, 12, 1), date(2020, 9, 30))
    assert in_time == first
    late = current_term_end(first, EXTENDING, date(2026, 12, 1), date(2020, 10, 1))
    assert late == date(2021, 12, 31)


def test_terms_count_from_the_first_end_and_do_not_drift() -> None:
    first = date(2021, 2, 28)
    terms = RenewalTerms(extension_months=6)
    # 2021-02-28 + 6 = 08-28, + 12 = 2022-02-28: never clamped to a shorter month for good.
    assert current_term_end(first, terms, date(2021, 3, 1)) == date(2021, 8, 28)
    assert current_term_end(first, terms, date(2023, 3, 1)) == date(2023, 8, 28)
