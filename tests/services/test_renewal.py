"""Renewing and duplicating an agreement: the next period, a linked draft, no signatures."""

from __future__ import annotations

from datetime import date

import pytest

from bibagreements.domain.enums import AgreementStatus
from bibagreements.services.renewal import duplicate_agreement, next_period, renew_agreement
from tests.services.conftest import Signed


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2020, 1, 1), date(2023, 12, 31), (date(2024, 1, 1), date(2027, 12, 31))),
        (date(2021, 3, 1), date(2022, 2, 28), (date(2022, 3, 1), date(2023, 2, 28))),
        (date(2020, 3, 15), date(2021, 3, 14), (date(2021, 3, 15), date(2022, 3, 14))),
        # Whole years stay whole years, also across a leap day.
        (date(2019, 1, 1), date(2020, 12, 31), (date(2021, 1, 1), date(2022, 12, 31))),
        (date(2019, 3, 1), date(2020, 2, 29), (date(2020, 3, 1), date(2021, 2, 28))),
        # Whole months stay whole months, whatever the months' lengths.
        (date(2021, 2, 1), date(2021, 7, 31), (date(2021, 8, 1), date(2022, 1, 31))),
        (date(2021, 1, 15), date(2021, 2, 14), (date(2021, 2, 15), date(2021, 3, 14))),
        # Ending with a year (a month): whole calendar years (months), the nearest.
        (date(2019, 11, 8), date(2020, 12, 31), (date(2021, 1, 1), date(2021, 12, 31))),
        (date(2019, 5, 20), date(2020, 12, 31), (date(2021, 1, 1), date(2022, 12, 31))),
        (date(2021, 1, 10), date(2021, 6, 30), (date(2021, 7, 1), date(2021, 12, 31))),
        (date(2021, 1, 20), date(2021, 1, 31), (date(2021, 2, 1), date(2021, 2, 28))),
        # Neither: as many days.
        (date(2020, 11, 8), date(2021, 12, 14), (date(2021, 12, 15), date(2023, 1, 20))),
        (date(2021, 1, 31), date(2021, 2, 27), (date(2021, 2, 28), date(2021, 3, 27))),
    ],
)
def test_next_period_has_the_same_length(
    start: date, end: date, expected: tuple[date, date]
) -> None:
    assert next_period(start, end) == expected


def test_renewal_links_predecessor_and_clears_signatures(signed: Signed) -> None:
    db, active, _ = signed
    with db.unit_of_work() as uow:
        renewed = renew_agreement(uow, active.id or 0)
    assert renewed.status is AgreementStatus.DRAFT
    assert renewed.predecessor_id == active.id
    assert (renewed.start, renewed.end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert all(p.signed_on is None and p.registry_number == "" for p in renewed.parties)
    assert renewed.parties[0].contact_person_id == active.parties[0].contact_person_id
    assert renewed.uid != active.uid
    with db.unit_of_work() as uow:
        copy = duplicate_agreement(uow, active.id or 0)
    assert copy.title == active.title and copy.id not in (active.id, renewed.id)


def test_renewal_from_a_chosen_day_keeps_whole_years(signed: Signed) -> None:
    db, active, _ = signed
    with db.unit_of_work() as uow:
        renewed = renew_agreement(uow, active.id or 0, start=date(2025, 3, 1))
    assert (renewed.start, renewed.end) == (date(2025, 3, 1), date(2026, 2, 28))


def test_renewal_moves_a_short_titles_year_to_the_new_period(signed: Signed) -> None:
    from dataclasses import replace

    from bibagreements.services.agreements import get_agreement, save_agreement

    db, active, _ = signed
    with db.unit_of_work() as uow:
        named = save_agreement(uow, replace(active, short_title="Kristianstad 2024"))
    with db.unit_of_work() as uow:
        renewed = renew_agreement(uow, named.id or 0)
        again = get_agreement(uow, named.id or 0)
    assert (again.short_title, renewed.short_title) == ("Kristianstad 2024", "Kristianstad 2025")
