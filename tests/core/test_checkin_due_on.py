"""One rule for "the check-in due on D": recording, moving, cancelling and the minutes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bibagreements.domain.enums import CheckinStatus
from bibagreements.domain.records import Checkin
from bibagreements.errors import NotFoundError
from bibagreements.services.checkins import save_checkin
from bibagreements.services.documents import DocumentFormat, render_minutes
from bibagreements.services.schedule import (
    cancel_checkin,
    checkin_due_on,
    find_checkin,
    move_checkin,
    record_checkin,
)
from tests.core._schedule_fixtures import REFERENCE_DUE, make_agreement, open_db

D = date(2020, 5, 8)
PLANNED, HELD, CANCELLED = CheckinStatus.PLANNED, CheckinStatus.HELD, CheckinStatus.CANCELLED


def _checkin(id: int, status: CheckinStatus, due: date = D, scheduled: date | None = D) -> Checkin:
    held = due if status is HELD else None
    return Checkin(1, due, status, held_on=held, scheduled_on=scheduled, id=id)


@pytest.mark.parametrize(
    ("checkins", "expected"),
    [
        ([_checkin(1, CANCELLED), _checkin(2, HELD), _checkin(3, PLANNED)], 3),
        ([_checkin(1, CANCELLED), _checkin(2, HELD)], 2),
        ([_checkin(2, HELD), _checkin(1, CANCELLED)], 2),
        ([_checkin(4, CANCELLED)], 4),
        ([_checkin(5, PLANNED), _checkin(3, PLANNED)], 3),  # of equals, the one added first
        ([_checkin(1, PLANNED, date(2020, 5, 9)), _checkin(2, CANCELLED)], 2),
        # Moved away from D (its generated date): not due on D any more …
        ([_checkin(1, PLANNED, date(2020, 5, 20), scheduled=D)], None),
        # … and moved onto D from elsewhere: due on D.
        ([_checkin(1, PLANNED, D, scheduled=date(2020, 5, 1))], 1),
        ([], None),
    ],
)
def test_the_check_in_due_on_a_day(checkins: list[Checkin], expected: int | None) -> None:
    found = checkin_due_on(checkins, D)
    assert (found.id if found else None) == expected


def test_recording_and_the_minutes_choose_the_same_check_in(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    with db.unit_of_work() as uow:
        saved = make_agreement(uow)
        assert saved.id is not None
        agreement, generated = saved.id, saved.checkins[0]
        assert generated.id is not None and generated.due == D
        cancelled = save_checkin(uow, Checkin(agreement, D, touched=True))
        assert cancelled.id is not None
        cancel_checkin(uow, cancelled.id)
        held = save_checkin(uow, Checkin(agreement, D, HELD, held_on=D, touched=True))

        def minutes_of() -> int | None:
            target = tmp_path / "minutes.docx"
            return render_minutes(uow, agreement, D, DocumentFormat.DOCX, target).checkin_id

        # Planned, held and cancelled on one day: the planned one.
        assert find_checkin(uow, agreement, D).id == generated.id == minutes_of()
        # Once it is moved away, the held one (not the cancelled, added earlier).
        move_checkin(uow, generated.id, date(2020, 5, 11))
        assert find_checkin(uow, agreement, D).id == held.id == minutes_of()
        # The moved one is found at its new date only.
        assert find_checkin(uow, agreement, date(2020, 5, 11)).id == generated.id
        record_checkin(uow, generated.id, date(2020, 5, 11), today=date(2020, 6, 1))
        assert find_checkin(uow, agreement, date(2020, 5, 11)).id == generated.id


def test_only_a_cancelled_one_that_day_is_found_and_none_is_an_error(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    with db.unit_of_work() as uow:
        saved = make_agreement(uow)
        assert saved.id is not None
        second = saved.checkins[1]
        assert second.id is not None and second.due == REFERENCE_DUE[1]
        cancel_checkin(uow, second.id)
        assert find_checkin(uow, saved.id, REFERENCE_DUE[1]).id == second.id
        target = tmp_path / "minutes.docx"
        rendering = render_minutes(uow, saved.id, REFERENCE_DUE[1], DocumentFormat.DOCX, target)
        assert rendering.checkin_id == second.id
        with pytest.raises(NotFoundError, match="no check-in due on 2020-05-09"):
            find_checkin(uow, saved.id, date(2020, 5, 9))
        with pytest.raises(NotFoundError, match="has no check-in due 2020-05-09"):
            render_minutes(uow, saved.id, date(2020, 5, 9), DocumentFormat.DOCX, target)
