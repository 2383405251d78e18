"""The list's next date that matters, and what counts as ending soon."""

from __future__ import annotations

from datetime import date

from bibagreements.domain.enums import AgreementKind, AgreementStatus
from bibagreements.domain.lifecycle import status_on
from bibagreements.domain.records import AgreementSummary, RenewalTerms
from bibagreements.services.list_dates import DateKind, NextDate, ends_soon, next_date

TODAY = date(2025, 6, 2)
NO_TERMS = RenewalTerms()


def _summary(
    stored: AgreementStatus = AgreementStatus.ACTIVE,
    end: date | None = date(2025, 12, 31),
    checkin: date | None = None,
    terms: RenewalTerms = NO_TERMS,
    notice_given_on: date | None = None,
) -> AgreementSummary:
    start = date(2024, 1, 1)
    return AgreementSummary(
        id=1,
        title="Avtal",
        kind=AgreementKind.COOPERATION,
        stored_status=stored,
        start=start,
        end=end,
        party_names=(),
        next_checkin=checkin,
        updated_at=None,
        state=status_on(stored, start, end, TODAY, terms, notice_given_on),
        renewal=terms,
        notice_given_on=notice_given_on,
    )


def test_the_earliest_of_check_in_decision_notice_and_end() -> None:
    assert next_date(_summary(), TODAY) == NextDate(DateKind.END, date(2025, 12, 31))
    assert next_date(_summary(checkin=date(2025, 9, 1)), TODAY) == NextDate(
        DateKind.CHECKIN, date(2025, 9, 1)
    )
    notice = RenewalTerms(notice_months=3)  # notice by 2025-09-30
    assert next_date(_summary(checkin=date(2025, 10, 1), terms=notice), TODAY) == NextDate(
        DateKind.NOTICE, date(2025, 9, 30)
    )
    decide = RenewalTerms(notice_months=3, decision_lead_days=60)
    assert next_date(_summary(terms=decide), TODAY) == NextDate(DateKind.DECISION, date(2025, 8, 1))


def test_an_overdue_check_in_comes_first_and_a_given_notice_leaves_the_end() -> None:
    late = date(2025, 5, 1)
    assert next_date(_summary(checkin=late), TODAY) == NextDate(DateKind.CHECKIN, late)
    given = _summary(terms=RenewalTerms(notice_months=3), notice_given_on=date(2025, 3, 1))
    assert next_date(given, TODAY) == NextDate(DateKind.END, date(2025, 12, 31))


def test_drafts_and_ended_agreements_have_no_date_that_matters() -> None:
    draft = _summary(AgreementStatus.DRAFT, checkin=date(2025, 9, 1))
    assert next_date(draft, TODAY) is None
    assert next_date(_summary(end=date(2025, 1, 31), checkin=date(2025, 9, 1)), TODAY) is None


def test_ending_soon_is_within_90_days_and_not_extended_by_itself() -> None:
    assert ends_soon(_summary(end=date(2025, 8, 31)), TODAY)
    assert not ends_soon(_summary(end=date(2025, 9, 1)), TODAY)  # 91 days
    extends = RenewalTerms(extension_months=12)
    assert not ends_soon(_summary(end=date(2025, 8, 31), terms=extends), TODAY)
    assert not ends_soon(_summary(AgreementStatus.DRAFT, end=date(2025, 8, 31)), TODAY)
