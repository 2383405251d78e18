"""Schedule services: generation on save, re-planning, move/add/cancel/record, the check-in due."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from bibagreements.domain.enums import Cadence, CheckinStatus
from bibagreements.domain.records import Checkin, FollowUp
from bibagreements.errors import ConflictError, NotFoundError, ValidationError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.checkins import save_checkin
from bibagreements.services.demo import FRAMEWORK_UID, PROJECT_UID, REFERENCE_UID, load_demo
from bibagreements.services.documents import DocumentFormat, render_minutes
from bibagreements.services.followups import list_followups
from bibagreements.services.interchange import export_to_file, import_file
from bibagreements.services.schedule import (
    add_checkin,
    cancel_checkin,
    checkin_due_on,
    find_checkin,
    list_checkins,
    move_checkin,
    preview_schedule,
    record_checkin,
    regenerate_schedule,
)
from bibagreements.storage.database import Database
from tests.builders import REFERENCE_DUE, id_of, make_agreement, new_db

LONG_END = date(2021, 12, 31)  # half-yearly: 2020-05-08, 2020-11-09, 2021-05-10, 2021-11-08


def _ids(checkins: list[Checkin]) -> list[int]:
    return [c.id for c in checkins if c.id is not None]


def test_saving_an_agreement_with_a_period_generates_its_schedule(db: Database) -> None:
    with db.unit_of_work() as uow:
        saved = make_agreement(uow)
    assert [c.due for c in saved.checkins] == list(REFERENCE_DUE)
    assert all(c.scheduled_on == c.due and not c.touched for c in saved.checkins)
    assert all(c.status is CheckinStatus.PLANNED for c in saved.checkins)


def test_no_period_no_schedule_until_one_is_given(db: Database) -> None:
    with db.unit_of_work() as uow:
        saved = make_agreement(uow, start=None, end=None)
        assert saved.checkins == ()
        assert saved.id is not None
        updated = save_agreement(
            uow, dataclasses.replace(saved, start=date(2019, 11, 8), end=date(2020, 12, 31))
        )
    assert [c.due for c in updated.checkins] == list(REFERENCE_DUE)


def test_cadence_none_gives_no_check_ins(db: Database) -> None:
    with db.unit_of_work() as uow:
        assert make_agreement(uow, cadence=Cadence.NONE).checkins == ()


def test_saving_without_changing_the_period_leaves_check_ins_alone(db: Database) -> None:
    with db.unit_of_work() as uow:
        saved = make_agreement(uow)
        first = saved.checkins[0]
        assert first.id is not None
        move_checkin(uow, first.id, date(2020, 5, 15))
        again = save_agreement(
            uow, dataclasses.replace(get_agreement(uow, saved.id or 0), title="Nytt namn")
        )
    assert [(c.id, c.due) for c in again.checkins] == [
        (first.id, date(2020, 5, 15)),
        (saved.checkins[1].id, REFERENCE_DUE[1]),
    ]


def test_period_change_keeps_held_moved_cancelled_and_manual_check_ins(db: Database) -> None:
    with db.unit_of_work() as uow:
        saved = make_agreement(uow, end=LONG_END)
        assert saved.id is not None
        held, moved, cancelled, untouched = _ids(list(saved.checkins))
        record_checkin(uow, held, date(2020, 5, 8), participants=["Anna"], today=date(2020, 6, 1))
        move_checkin(uow, moved, date(2020, 11, 20))
        cancel_checkin(uow, cancelled)
        manual = add_checkin(uow, saved.id, date(2020, 9, 15))
        before = {c.id: c for c in list_checkins(uow, saved.id)}

        current = get_agreement(uow, saved.id)
        preview = preview_schedule(
            uow, saved.id, current.start, date(2021, 6, 30), Cadence.QUARTERLY
        )
        assert [c.id for c in preview.delete] == [untouched]
        assert preview.create == (date(2020, 2, 10), date(2020, 8, 10), date(2021, 2, 8))
        assert list_checkins(uow, saved.id) == list(before.values())  # a preview changes nothing

        after = save_agreement(
            uow, dataclasses.replace(current, end=date(2021, 6, 30), cadence=Cadence.QUARTERLY)
        ).checkins
    by_id = {c.id: c for c in after}
    for kept in (held, moved, cancelled, manual.id):
        assert by_id[kept] == before[kept]
    assert untouched not in by_id
    new = sorted(c.due for c in after if c.id not in before)
    assert new == [date(2020, 2, 10), date(2020, 8, 10), date(2021, 2, 8)]
    assert all(c.scheduled_on == c.due and not c.touched for c in after if c.id not in before)


def test_regenerating_twice_is_a_no_op(db: Database) -> None:
    with db.unit_of_work() as uow:
        saved = make_agreement(uow)
        assert saved.id is not None
        assert regenerate_schedule(uow, saved.id).is_noop
        assert _ids(list_checkins(uow, saved.id)) == _ids(list(saved.checkins))


def test_removing_the_period_drops_only_untouched_generated_check_ins(db: Database) -> None:
    with db.unit_of_work() as uow:
        saved = make_agreement(uow)
        assert saved.id is not None
        first, _untouched = _ids(list(saved.checkins))
        move_checkin(uow, first, date(2020, 6, 1))
        after = save_agreement(uow, dataclasses.replace(get_agreement(uow, saved.id), end=None))
    assert _ids(list(after.checkins)) == [first]


def test_preview_for_an_unsaved_agreement_lists_the_dates(db: Database) -> None:
    with db.unit_of_work() as uow:
        preview = preview_schedule(
            uow, None, date(2019, 11, 8), date(2020, 12, 31), Cadence.HALF_YEARLY
        )
    assert preview.create == REFERENCE_DUE and preview.keep == preview.delete == ()


def test_move_marks_touched_and_checks_the_period(db: Database) -> None:
    with db.unit_of_work() as uow:
        checkin_id = _ids(list(make_agreement(uow).checkins))[0]
        moved = move_checkin(uow, checkin_id, date(2020, 5, 12))
        assert moved.due == date(2020, 5, 12) and moved.touched
        assert moved.scheduled_on == REFERENCE_DUE[0]
        with pytest.raises(ValidationError, match="outside the agreement's period"):
            move_checkin(uow, checkin_id, date(2021, 1, 4))
        with pytest.raises(ValidationError, match="outside"):
            move_checkin(uow, checkin_id, date(2019, 11, 7))
        with pytest.raises(NotFoundError, match="no check-in with ID 999"):
            move_checkin(uow, 999, date(2020, 5, 12))


def test_held_and_cancelled_check_ins_cannot_be_moved(db: Database) -> None:
    with db.unit_of_work() as uow:
        first, second = _ids(list(make_agreement(uow).checkins))
        record_checkin(uow, first, date(2020, 5, 8), today=date(2020, 5, 8))
        cancel_checkin(uow, second)
        with pytest.raises(ConflictError, match="is held"):
            move_checkin(uow, first, date(2020, 5, 12))
        with pytest.raises(ConflictError, match="is cancelled"):
            move_checkin(uow, second, date(2020, 11, 12))
        with pytest.raises(ConflictError, match="is held"):
            cancel_checkin(uow, first)
        with pytest.raises(ConflictError, match="was cancelled"):
            record_checkin(uow, second, date(2020, 11, 9), today=date(2020, 12, 1))


def test_cancel_twice_changes_nothing(db: Database) -> None:
    with db.unit_of_work() as uow:
        first = _ids(list(make_agreement(uow).checkins))[0]
        once = cancel_checkin(uow, first)
        assert once.status is CheckinStatus.CANCELLED and once.touched
        assert cancel_checkin(uow, first) == once


def test_add_by_hand_inside_the_period_only(db: Database) -> None:
    with db.unit_of_work() as uow:
        saved = make_agreement(uow)
        assert saved.id is not None
        added = add_checkin(uow, saved.id, date(2020, 8, 20), notes="Extra")
        assert added.scheduled_on is None and added.status is CheckinStatus.PLANNED
        assert added.notes == "Extra"
        assert [c.due for c in list_checkins(uow, saved.id)] == [
            REFERENCE_DUE[0],
            date(2020, 8, 20),
            REFERENCE_DUE[1],
        ]
        with pytest.raises(ValidationError, match="2021-02-01 is outside"):
            add_checkin(uow, saved.id, date(2021, 2, 1))
        with pytest.raises(NotFoundError, match="no agreement with ID 999"):
            add_checkin(uow, 999, date(2020, 8, 20))


def test_record_stores_participants_notes_and_follow_ups(db: Database) -> None:
    with db.unit_of_work() as uow:
        saved = make_agreement(uow)
        assert saved.id is not None
        first = _ids(list(saved.checkins))[0]
        held = record_checkin(
            uow,
            first,
            date(2020, 5, 11),
            participants=[" Anna Berg ", "Karl Ek"],
            notes="Gick igenom läget.",
            followups=[FollowUp(0, 2020, activity="Workshop", outcome="Hölls i maj")],
            today=date(2020, 5, 11),
        )
        entries = list_followups(uow, 2020)
    assert held.status is CheckinStatus.HELD and held.held_on == date(2020, 5, 11)
    assert held.participants == ("Anna Berg", "Karl Ek")
    assert held.notes == "Gick igenom läget." and held.touched
    assert [(e.agreement_id, e.checkin_id, e.activity) for e in entries] == [
        (saved.id, first, "Workshop")
    ]


def test_record_refuses_future_and_impossible_dates(db: Database) -> None:
    with db.unit_of_work() as uow:
        first = _ids(list(make_agreement(uow).checkins))[0]
        with pytest.raises(ValidationError, match="2020-05-09 is in the future"):
            record_checkin(uow, first, date(2020, 5, 9), today=date(2020, 5, 8))
        with pytest.raises(ValidationError, match="before the agreement starts"):
            record_checkin(uow, first, date(2019, 1, 1), today=date(2020, 5, 8))
        with pytest.raises(ValidationError, match="participant needs a name"):
            record_checkin(uow, first, date(2020, 5, 8), participants=[" "], today=date(2020, 6, 1))
        with pytest.raises(NotFoundError):
            record_checkin(uow, 999, date(2020, 5, 8), today=date(2020, 6, 1))


def test_find_checkin_by_due_date(db: Database) -> None:
    with db.unit_of_work() as uow:
        saved = make_agreement(uow)
        assert saved.id is not None
        assert find_checkin(uow, saved.id, REFERENCE_DUE[1]).id == saved.checkins[1].id
        with pytest.raises(NotFoundError, match="no check-in due on 2020-05-09"):
            find_checkin(uow, saved.id, date(2020, 5, 9))
        with pytest.raises(NotFoundError, match="no agreement with ID 999"):
            list_checkins(uow, 999)


def test_saving_a_check_in_stores_it_as_given(db: Database) -> None:
    with db.unit_of_work() as uow:
        saved = make_agreement(uow)
        assert saved.id is not None
        stored = save_checkin(
            uow,
            Checkin(
                saved.id,
                REFERENCE_DUE[0],
                CheckinStatus.HELD,
                held_on=REFERENCE_DUE[0],
                scheduled_on=REFERENCE_DUE[0],
                touched=True,
            ),
        )
        checkins = list_checkins(uow, saved.id)
    assert stored.id not in {c.id for c in saved.checkins}
    assert [(c.due, c.status) for c in checkins] == [
        (REFERENCE_DUE[0], CheckinStatus.PLANNED),
        (REFERENCE_DUE[0], CheckinStatus.HELD),
        (REFERENCE_DUE[1], CheckinStatus.PLANNED),
    ]


def test_demo_relies_on_the_schedule_and_stays_idempotent(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        assert load_demo(uow).created == ()
        reference = list_checkins(uow, id_of(uow, REFERENCE_UID))
        framework = list_checkins(uow, id_of(uow, FRAMEWORK_UID))
        project = list_checkins(uow, id_of(uow, PROJECT_UID))
        linked = [f for f in list_followups(uow) if f.checkin_id is not None]
    assert [(c.due, c.status) for c in reference] == [
        (REFERENCE_DUE[0], CheckinStatus.PLANNED),
        (REFERENCE_DUE[1], CheckinStatus.PLANNED),
    ]
    assert [c.due for c in framework] == [date(2021, 1, 4), date(2022, 1, 3), date(2023, 1, 2)]
    assert framework[0].status is CheckinStatus.HELD
    assert framework[0].held_on == date(2021, 1, 12)
    assert [f.checkin_id for f in linked] == [framework[0].id]
    assert [c.due for c in project] == [date(2021, 6, 1), date(2021, 9, 1), date(2021, 12, 1)]


def test_export_then_import_does_not_double_check_ins(demo: Database, tmp_path: Path) -> None:
    with demo.unit_of_work() as uow:
        move_checkin(uow, list_checkins(uow, id_of(uow))[1].id or 0, date(2020, 11, 16))
        export_to_file(uow, tmp_path / "all.json")
        expected = {
            uid: [(c.due, c.status, c.scheduled_on) for c in list_checkins(uow, id_of(uow, uid))]
            for uid in (REFERENCE_UID, FRAMEWORK_UID, PROJECT_UID)
        }
    target = new_db(tmp_path, "target.sqlite3")
    with target.unit_of_work() as uow:
        import_file(uow, tmp_path / "all.json")
        imported = {
            uid: [(c.due, c.status, c.scheduled_on) for c in list_checkins(uow, id_of(uow, uid))]
            for uid in expected
        }
    assert imported == expected


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
    db = new_db(tmp_path)
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
    db = new_db(tmp_path)
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
