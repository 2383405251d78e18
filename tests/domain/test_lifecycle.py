"""An agreement's status on a day (domain/lifecycle.py): the calendar, not the last save."""

from __future__ import annotations

from datetime import date

from bibagreements.domain.enums import AgreementStatus as S
from bibagreements.domain.lifecycle import in_force_on, status_on
from bibagreements.domain.records import RenewalTerms

START, END = date(2019, 11, 8), date(2020, 12, 31)


def test_a_signed_agreement_is_in_force_through_its_end_date_and_ended_the_day_after() -> None:
    assert status_on(S.ACTIVE, START, END, date(2020, 6, 1)).status is S.ACTIVE
    assert status_on(S.ACTIVE, START, END, END).in_force
    after = status_on(S.ACTIVE, START, END, date(2021, 1, 1))
    assert (after.status, after.in_force, after.end) == (S.ENDED, False, END)
    assert status_on(S.ACTIVE, START, END, date(2026, 12, 1)).status is S.ENDED


def test_signed_before_its_start_is_active_but_not_yet_in_force() -> None:
    early = status_on(S.ACTIVE, START, END, date(2019, 11, 1))
    assert early.status is S.ACTIVE and not early.in_force
    assert not in_force_on(S.ACTIVE, START, END, date(2019, 11, 7))
    assert in_force_on(S.ACTIVE, START, END, START)


def test_terminated_is_a_decision_and_stays() -> None:
    seen = status_on(S.TERMINATED, START, END, date(2020, 6, 1))
    assert seen.status is S.TERMINATED and not seen.in_force


def test_a_stored_ended_is_still_true_about_the_days_it_ran() -> None:
    # What an export made after the end says; it was in force during its period all the same.
    assert status_on(S.ENDED, START, END, date(2020, 6, 1)).in_force
    assert status_on(S.ENDED, START, END, date(2021, 1, 1)).status is S.ENDED
    # Without an end date, ended is a decision.
    assert status_on(S.ENDED, START, None, date(2020, 6, 1)).status is S.ENDED


def test_an_unsigned_agreement_keeps_its_status_and_is_flagged_once_its_period_passed() -> None:
    for stored in (S.DRAFT, S.OUT_FOR_SIGNATURE):
        during = status_on(stored, START, END, date(2020, 6, 1))
        assert (during.status, during.period_passed, during.in_force) == (stored, False, False)
        late = status_on(stored, START, END, date(2021, 1, 1))
        assert (late.status, late.period_passed) == (stored, True)
    assert not status_on(S.DRAFT, None, None, date(2030, 1, 1)).period_passed


def test_an_open_ended_agreement_never_ends_by_itself() -> None:
    assert status_on(S.ACTIVE, START, None, date(2090, 1, 1)).in_force


def test_an_automatic_extension_runs_on_and_says_so() -> None:
    terms = RenewalTerms(notice_months=3, extension_months=12)
    seen = status_on(S.ACTIVE, START, END, date(2022, 3, 1), terms)
    assert (seen.status, seen.in_force, seen.end, seen.extended) == (
        S.ACTIVE,
        True,
        date(2022, 12, 31),
        True,
    )
    assert not status_on(S.ACTIVE, START, END, date(2020, 3, 1), terms).extended
    # Notice given in time: it ends with the term that notice was for.
    ended = status_on(S.ACTIVE, START, END, date(2022, 3, 1), terms, date(2021, 9, 1))
    assert (ended.status, ended.end, ended.extended) == (S.ENDED, date(2021, 12, 31), True)
