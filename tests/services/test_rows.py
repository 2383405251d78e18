"""The one "row or NotFoundError" helper and the messages its callers report."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibagreements.domain.records import FollowUp
from bibagreements.errors import NotFoundError
from bibagreements.services.database import Database, UnitOfWork
from bibagreements.services.followups import delete_followup, save_followup
from bibagreements.services.organisations import get_organisation, get_person
from bibagreements.services.rows import row_or_not_found
from bibagreements.services.schedule import cancel_checkin, list_checkins
from bibagreements.storage.models import CheckinRow
from tests.builders import id_of


def test_the_row_its_agreements_row_or_the_callers_error(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        reference = id_of(uow)
        first = list_checkins(uow, reference)[0]
        assert first.id is not None
        row = row_or_not_found(uow, CheckinRow, first.id, "no_checkin")
        assert row.id == first.id and row.agreement_id == reference
        assert (
            row_or_not_found(
                uow, CheckinRow, first.id, "no_checkin_in_agreement", within_agreement=reference
            )
            is row
        )
        with pytest.raises(NotFoundError) as missing:
            row_or_not_found(uow, CheckinRow, 9999, "no_checkin")
        assert (missing.value.code, str(missing.value)) == (
            "no_checkin",
            "no check-in with ID 9999",
        )
        with pytest.raises(NotFoundError) as elsewhere:
            row_or_not_found(
                uow, CheckinRow, first.id, "no_checkin_in_agreement", within_agreement=reference + 1
            )
        assert str(elsewhere.value) == f"no check-in with ID {first.id} in this agreement"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda uow: get_organisation(uow, 999), "no organisation with ID 999"),
        (lambda uow: get_person(uow, 998), "no person with ID 998"),
        (lambda uow: cancel_checkin(uow, 997), "no check-in with ID 997"),
        (lambda uow: list_checkins(uow, 996), "no agreement with ID 996"),
        (
            lambda uow: delete_followup(uow, 1, 995),
            "no follow-up entry with ID 1 in this agreement",
        ),
        (
            lambda uow: save_followup(uow, FollowUp(1, 2020, activity="x", id=994)),
            "no follow-up entry with ID 994",
        ),
    ],
)
def test_each_caller_keeps_its_message(
    demo: Database, call: Callable[[UnitOfWork], object], message: str
) -> None:
    with pytest.raises(NotFoundError) as info, demo.unit_of_work() as uow:
        call(uow)
    assert str(info.value) == message
