"""Calendar export: parses with icalendar, stable UIDs, status, sequence, language."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import update

from bibagreements.domain.enums import AgreementStatus, CheckinStatus, Language
from bibagreements.domain.records import Checkin
from bibagreements.errors import NotFoundError
from bibagreements.interchange.ics import PRODID
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.calendar import calendar_bytes, export_calendar
from bibagreements.services.checkins import save_checkin
from bibagreements.services.demo import (
    FIRST_FRAMEWORK_CHECKIN_HELD,
    FRAMEWORK_UID,
    PROJECT_UID,
    REFERENCE_TITLE,
    REFERENCE_UID,
)
from bibagreements.services.interchange import export_data, import_data
from bibagreements.services.schedule import (
    add_checkin,
    cancel_checkin,
    list_checkins,
    move_checkin,
    record_checkin,
)
from bibagreements.storage.database import Database, UnitOfWork
from bibagreements.storage.models import AgreementRow, CheckinRow
from tests.builders import REFERENCE_DUE, id_of, make_agreement, new_db

# A day all the example agreements are signed and none has ended.
IN_FORCE = date(2020, 6, 1)


def _all_events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def _events(data: bytes) -> list[icalendar.Event]:
    """The check-ins' events (not the decision and notice deadlines)."""
    return [e for e in _all_events(data) if str(e["uid"]).startswith("checkin-")]


def _uids(data: bytes) -> list[str]:
    return [str(e["uid"]) for e in _events(data)]


def _by_uid(data: bytes) -> dict[str, icalendar.Event]:
    return {str(e["uid"]): e for e in _events(data)}


def _backdate(uow: UnitOfWork, when: datetime = datetime(2020, 1, 1, 12, 0)) -> None:
    """Pretend every row was last changed long ago (changes within one second
    would otherwise share a SEQUENCE)."""
    uow.session.execute(update(CheckinRow).values(updated_at=when))
    uow.session.execute(update(AgreementRow).values(updated_at=when))
    uow.session.expire_all()


def test_one_all_day_event_per_check_in_of_agreements_in_force(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        data = calendar_bytes(uow, now=datetime(2020, 4, 1, 8, 0, tzinfo=UTC))
        reference = get_agreement(uow, id_of(uow))
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["prodid"]) == PRODID and str(calendar["version"]) == "2.0"
    assert str(calendar["method"]) == "PUBLISH"
    events = _events(data)
    # Reference: two planned; framework: first held, two planned; project is a draft.
    assert len(events) == 5
    assert [str(e["status"]) for e in events] == ["CONFIRMED"] * 5
    first = events[0]
    assert first.decoded("dtstart") == REFERENCE_DUE[0]
    assert first.decoded("dtend") == date(2020, 5, 9)
    assert first.decoded("dtstamp") == datetime(2020, 4, 1, 8, 0, tzinfo=UTC)
    assert isinstance(first.decoded("sequence"), int) and first.decoded("sequence") > 0
    assert str(first["summary"]) == f"Avstämning: {REFERENCE_TITLE}"
    description = str(first["description"])
    assert REFERENCE_TITLE in description
    assert (
        "Biblioteken i Kristianstad" in description
        and "Region Skånes kulturförvaltning" in description
    )
    assert str(first["uid"]) == f"checkin-{REFERENCE_UID}-20200508@bibagreements"
    assert reference.uid == REFERENCE_UID
    attendees = first["attendee"]
    assert [str(a) for a in attendees] == [
        "mailto:sara.lind@example.org",
        "mailto:maria.ek@example.org",
    ]
    assert [a.params["CN"] for a in attendees] == ["Sara Lind", "Maria Ek"]


def test_only_contact_persons_with_e_mail_attend(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        data = calendar_bytes(uow, [id_of(uow, FRAMEWORK_UID)])
    events = _events(data)
    assert len(events) == 3  # the first one was held and stays, marked as such
    # Three municipal library chiefs are contact persons, but without e-mail.
    for event in events:
        assert str(event["attendee"]) == "mailto:eva.noren@example.org"
    assert "(Sala kommun)" in str(events[0]["description"])


def test_a_held_check_in_stays_in_the_calendar_as_done(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        _backdate(uow)
        before = _by_uid(calendar_bytes(uow, [id_of(uow)]))
        first = list_checkins(uow, id_of(uow))[0]
        assert first.id is not None
        record_checkin(uow, first.id, date(2020, 5, 11), today=date(2020, 5, 11))
        after = _by_uid(calendar_bytes(uow, [id_of(uow)]))
        framework = _events(calendar_bytes(uow, [id_of(uow, FRAMEWORK_UID)]))[0]
    assert list(after) == list(before)
    uid = next(iter(before))
    held = after[uid]
    assert held.decoded("dtstart") == REFERENCE_DUE[0]
    assert str(held["status"]) == "CONFIRMED"
    assert str(held["summary"]) == f"Avstämning (hållen): {REFERENCE_TITLE}"
    assert "Avstämningen hölls 2020-05-11." in str(held["description"])
    assert held.decoded("sequence") > before[uid].decoded("sequence")
    # The other check-in did not change.
    other = list(before)[1]
    assert after[other].decoded("sequence") == before[other].decoded("sequence")
    held_on = FIRST_FRAMEWORK_CHECKIN_HELD.isoformat()
    assert f"Avstämningen hölls {held_on}." in str(framework["description"])


def test_a_cancelled_check_in_is_exported_cancelled_with_a_higher_sequence(
    demo: Database,
) -> None:
    with demo.unit_of_work() as uow:
        _backdate(uow)
        before = _by_uid(calendar_bytes(uow, [id_of(uow)]))
        second = list_checkins(uow, id_of(uow))[1]
        assert second.id is not None
        cancel_checkin(uow, second.id)
        after = _by_uid(calendar_bytes(uow, [id_of(uow)]))
    assert list(after) == list(before)
    uid = f"checkin-{REFERENCE_UID}-20201109@bibagreements"
    cancelled = after[uid]
    assert str(before[uid]["status"]) == "CONFIRMED"
    assert str(cancelled["status"]) == "CANCELLED"
    assert cancelled.decoded("dtstart") == REFERENCE_DUE[1]
    assert str(cancelled["summary"]) == f"Avstämning (inställd): {REFERENCE_TITLE}"
    assert "Avstämningen är inställd." in str(cancelled["description"])
    assert cancelled.decoded("sequence") > before[uid].decoded("sequence")
    assert cancelled.decoded("last-modified") > before[uid].decoded("last-modified")


def test_uids_are_stable_across_exports_and_moves(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        _backdate(uow)
        before = calendar_bytes(uow, now=datetime(2020, 1, 1, tzinfo=UTC))
        again = calendar_bytes(uow, now=datetime(2020, 2, 1, tzinfo=UTC))
        first = list_checkins(uow, id_of(uow))[0]
        assert first.id is not None
        move_checkin(uow, first.id, date(2020, 5, 14))
        moved = calendar_bytes(uow, today=IN_FORCE)
    assert _uids(before) == _uids(again) == _uids(moved)
    assert again == before.replace(b"DTSTAMP:20200101T000000Z", b"DTSTAMP:20200201T000000Z")
    event = _events(moved)[0]
    assert event.decoded("dtstart") == date(2020, 5, 14)
    assert event.decoded("sequence") > _events(before)[0].decoded("sequence")


def test_uids_survive_a_regeneration_of_the_schedule(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        # A draft, so its period may still change (2019-11-08 – 2020-12-31, half-yearly).
        draft = make_agreement(uow)
        assert draft.id is not None and draft.end is not None
        dues = [c.due for c in draft.checkins]
        before = _uids(calendar_bytes(uow, [draft.id]))
        # Shorter: the untouched second check-in is deleted …
        shorter = save_agreement(uow, dataclasses.replace(draft, end=date(2020, 10, 30)))
        assert [c.due for c in shorter.checkins] == dues[:1]
        make_agreement(uow, "Annat avtal")  # takes the freed row IDs
        # … and the original period generates it anew, as a new row.
        restored = save_agreement(uow, dataclasses.replace(shorter, end=draft.end))
        after = _uids(calendar_bytes(uow, [draft.id]))
        # A longer period keeps both and adds one.
        longer = save_agreement(uow, dataclasses.replace(restored, end=date(2021, 6, 30)))
        extended = _uids(calendar_bytes(uow, [draft.id]))
    assert [c.due for c in restored.checkins] == dues
    assert restored.checkins[0].id == draft.checkins[0].id
    assert restored.checkins[1].id != draft.checkins[1].id
    assert after == before == [f"checkin-{draft.uid}-{due:%Y%m%d}@bibagreements" for due in dues]
    assert len(longer.checkins) == 3 and extended[:2] == before


def test_uids_survive_a_move_to_another_database(demo: Database, tmp_path: Path) -> None:
    with demo.unit_of_work() as uow:
        data = export_data(uow)
        before = _uids(calendar_bytes(uow, today=IN_FORCE))
    target = new_db(tmp_path, "elsewhere.sqlite3")
    with target.unit_of_work() as uow:
        # Something else first, so that the row IDs differ from the source's.
        make_agreement(uow, "Annat avtal")
        import_data(uow, data)
    with target.unit_of_work() as uow:
        after = _uids(calendar_bytes(uow, today=IN_FORCE))
    assert len(before) == 5 and after == before


def test_a_hand_added_check_in_keeps_its_own_uid_across_moves_and_databases(
    demo: Database, tmp_path: Path
) -> None:
    with demo.unit_of_work() as uow:
        added = add_checkin(uow, id_of(uow), date(2020, 8, 17))
        assert added.id is not None and added.event_uid is not None
        before = calendar_bytes(uow, [id_of(uow)])
        move_checkin(uow, added.id, date(2020, 8, 24))
        after = calendar_bytes(uow, [id_of(uow)])
        data = export_data(uow)
    assert added.event_uid.startswith(f"checkin-{REFERENCE_UID}-")
    assert added.event_uid != f"checkin-{REFERENCE_UID}-id{added.id}@bibagreements"
    assert _uids(before) == _uids(after)
    assert _uids(before)[1] == added.event_uid
    assert _by_uid(after)[added.event_uid].decoded("dtstart") == date(2020, 8, 24)
    target = new_db(tmp_path, "elsewhere.sqlite3")
    with target.unit_of_work() as uow:
        make_agreement(uow, "Annat avtal")  # other row IDs than in the source
        import_data(uow, data)
    with target.unit_of_work() as uow:
        moved = calendar_bytes(uow, [id_of(uow)])
    assert _uids(moved) == _uids(after)


def test_a_check_in_removed_by_a_re_plan_is_exported_cancelled_until_it_returns(
    tmp_path: Path,
) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        draft = make_agreement(uow)  # 2019-11-08 – 2020-12-31, half-yearly
        assert draft.id is not None and draft.end is not None
        _backdate(uow)
        before = _by_uid(calendar_bytes(uow, [draft.id]))
        gone = f"checkin-{draft.uid}-20201109@bibagreements"
        shorter = save_agreement(uow, dataclasses.replace(draft, end=date(2020, 10, 30)))
        assert len(shorter.checkins) == 1
        during = _by_uid(calendar_bytes(uow, [draft.id]))
        # Removed twice (the period changes back and forth): still one cancelled event.
        restored = save_agreement(uow, dataclasses.replace(shorter, end=draft.end))
        again = save_agreement(uow, dataclasses.replace(restored, end=date(2020, 10, 30)))
        twice = _uids(calendar_bytes(uow, [draft.id]))
        back = save_agreement(uow, dataclasses.replace(again, end=draft.end))
        after = _by_uid(calendar_bytes(uow, [draft.id]))
    assert list(during) == list(before)  # same UIDs: the calendar updates its event
    cancelled = during[gone]
    assert str(cancelled["status"]) == "CANCELLED"
    assert cancelled.decoded("dtstart") == date(2020, 11, 9)
    assert cancelled.decoded("sequence") > before[gone].decoded("sequence")
    assert "borttagen ur planen" in str(cancelled["description"])
    assert twice.count(gone) == 1
    assert len(back.checkins) == 2
    assert str(after[gone]["status"]) == "CONFIRMED"  # the schedule brought it back
    assert after[gone].decoded("sequence") > cancelled.decoded("sequence")
    assert list(after) == list(before)


def test_two_check_ins_for_one_generated_date_get_distinct_uids(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        agreement_id = id_of(uow)
        first = list_checkins(uow, agreement_id)[0]
        move_checkin(uow, first.id or 0, date(2020, 5, 12))
        # e.g. from an interchange file: generated for the same date, already moved
        twin = save_checkin(
            uow,
            Checkin(
                agreement_id,
                date(2020, 5, 20),
                scheduled_on=REFERENCE_DUE[0],
                touched=True,
            ),
        )
        uids = _uids(calendar_bytes(uow, [agreement_id]))
    assert len(set(uids)) == len(uids) == 3
    assert uids[0] == f"checkin-{REFERENCE_UID}-20200508@bibagreements"
    assert uids[1] == f"checkin-{REFERENCE_UID}-id{twin.id}@bibagreements"


def test_english_agreement_gets_english_text(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        saved = make_agreement(
            uow, "Reading together", language=Language.EN, status=AgreementStatus.ACTIVE
        )
        assert saved.checkins[1].id is not None
        cancel_checkin(uow, saved.checkins[1].id)
        data = calendar_bytes(uow, today=IN_FORCE)
    events = _events(data)
    assert [str(e["summary"]) for e in events] == [
        "Check-in: Reading together",
        "Check-in (cancelled): Reading together",
    ]
    assert str(events[0]["description"]).startswith("Check-in under the agreement")
    assert "Parties: Reading together A, Reading together B." in str(events[0]["description"])
    assert "This check-in was cancelled." in str(events[1]["description"])
    assert saved.uid is not None and saved.uid in str(events[0]["uid"])


def test_named_agreements_are_exported_whatever_their_status(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        data = calendar_bytes(uow, [id_of(uow, PROJECT_UID)])
        with pytest.raises(NotFoundError, match="no agreement with ID 998, 999"):
            calendar_bytes(uow, [999, 998, id_of(uow)])
    assert len(_events(data)) == 3


def test_export_writes_the_file_atomically(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "out" / "checkins.ics"
    target.parent.mkdir()
    with demo.unit_of_work() as uow:
        assert export_calendar(uow, target, today=IN_FORCE) == 5
    assert len(_events(target.read_bytes())) == 5
    assert [p.name for p in target.parent.iterdir()] == ["checkins.ics"]


def test_every_status_is_exported(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        checkins = list_checkins(uow, id_of(uow, FRAMEWORK_UID))
        assert checkins[1].id is not None
        cancel_checkin(uow, checkins[1].id)
        statuses = [c.status for c in list_checkins(uow, id_of(uow, FRAMEWORK_UID))]
        events = _events(calendar_bytes(uow, [id_of(uow, FRAMEWORK_UID)]))
    assert statuses == [CheckinStatus.HELD, CheckinStatus.CANCELLED, CheckinStatus.PLANNED]
    assert [str(e["status"]) for e in events] == ["CONFIRMED", "CANCELLED", "CONFIRMED"]


def test_importing_an_agreement_with_its_own_check_ins_cancels_nothing(
    demo: Database, tmp_path: Path
) -> None:
    with demo.unit_of_work() as uow:
        data = export_data(uow, [id_of(uow)])
    data["agreements"][0]["checkins"] = []  # the file's schedule: none at all
    target = new_db(tmp_path, "elsewhere.sqlite3")
    with target.unit_of_work() as uow:
        import_data(uow, data)
    with target.unit_of_work() as uow:
        # The schedule generated on saving the imported agreement never left the
        # transaction: no calendar has its events, so none is sent as cancelled.
        assert b"STATUS:CANCELLED" not in calendar_bytes(uow, today=IN_FORCE)


def test_decision_and_notice_deadlines_are_events_with_stable_uids(demo: Database) -> None:
    from bibagreements.services.demo import FRAMEWORK_UID

    def deadlines(today: date) -> dict[str, str]:
        with demo.unit_of_work() as uow:
            data = calendar_bytes(uow, [id_of(uow, FRAMEWORK_UID)], today=today)
        return {
            str(e["uid"]): e.decoded("dtstart").isoformat()
            for e in _all_events(data)
            if str(e["uid"]).startswith(("decision-", "notice-"))
        }

    # The term ending 2026-12-31: notice by 2026-06-30, decide by 2026-05-04.
    found = deadlines(date(2026, 3, 1))
    assert found == {
        f"decision-{FRAMEWORK_UID}-20261231@bibagreements": "2026-05-04",
        f"notice-{FRAMEWORK_UID}-20261231@bibagreements": "2026-06-30",
    }
    assert deadlines(date(2026, 4, 1)) == found  # the same UIDs on another day
    # The reference agreement has no notice terms: no such events.
    with demo.unit_of_work() as uow:
        data = calendar_bytes(uow, [id_of(uow)], today=IN_FORCE)
    assert not [e for e in _all_events(data) if str(e["uid"]).startswith("decision-")]
