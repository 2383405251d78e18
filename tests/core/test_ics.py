"""Calendar export: parses with icalendar, stable UIDs, language, attendees."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

from bibagreements.domain.enums import AgreementStatus, Language
from bibagreements.errors import NotFoundError
from bibagreements.interchange.ics import PRODID, calendar_bytes, export_calendar
from bibagreements.services.agreements import get_agreement
from bibagreements.services.demo import FRAMEWORK_UID, PROJECT_UID, REFERENCE_TITLE
from bibagreements.services.schedule import list_checkins, move_checkin, record_checkin
from bibagreements.storage.database import Database
from tests.core._schedule_fixtures import REFERENCE_DUE, demo_db, id_of, make_agreement, open_db


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    return demo_db(tmp_path)


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def _uids(data: bytes) -> list[str]:
    return [str(e["uid"]) for e in _events(data)]


def test_one_all_day_event_per_planned_check_in_of_agreements_in_force(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        data = calendar_bytes(uow, now=datetime(2020, 4, 1, 8, 0, tzinfo=UTC))
        reference = get_agreement(uow, id_of(uow))
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["prodid"]) == PRODID and str(calendar["version"]) == "2.0"
    events = _events(data)
    # Reference: two planned; framework: first held, two planned; project is a draft.
    assert len(events) == 4
    first = events[0]
    assert first.decoded("dtstart") == REFERENCE_DUE[0]
    assert first.decoded("dtend") == date(2020, 5, 9)
    assert first.decoded("dtstamp") == datetime(2020, 4, 1, 8, 0, tzinfo=UTC)
    assert str(first["summary"]) == f"Avstämning: {REFERENCE_TITLE}"
    description = str(first["description"])
    assert REFERENCE_TITLE in description
    assert (
        "Biblioteken i Kristianstad" in description
        and "Region Skånes kulturförvaltning" in description
    )
    assert str(first["uid"]) == f"checkin-{reference.checkins[0].id}-{reference.uid}@bibagreements"
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
    assert len(events) == 2  # the first framework check-in was held
    # Three municipal library chiefs are contact persons, but without e-mail.
    assert str(events[0]["attendee"]) == "mailto:eva.noren@example.org"
    assert "Bibliotekschef Sala" in str(events[0]["description"])


def test_uids_are_stable_across_exports_and_moves(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        before = calendar_bytes(uow, now=datetime(2020, 1, 1, tzinfo=UTC))
        again = calendar_bytes(uow, now=datetime(2020, 2, 1, tzinfo=UTC))
        first = list_checkins(uow, id_of(uow))[0]
        assert first.id is not None
        move_checkin(uow, first.id, date(2020, 5, 14))
        moved = calendar_bytes(uow)
    assert _uids(before) == _uids(again) == _uids(moved)
    assert _events(moved)[0].decoded("dtstart") == date(2020, 5, 14)


def test_held_check_ins_leave_the_calendar(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        first = list_checkins(uow, id_of(uow))[0]
        assert first.id is not None
        record_checkin(uow, first.id, date(2020, 5, 8), today=date(2020, 5, 8))
        data = calendar_bytes(uow, [id_of(uow)])
    assert [e.decoded("dtstart") for e in _events(data)] == [REFERENCE_DUE[1]]


def test_english_agreement_gets_english_text(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    with db.unit_of_work() as uow:
        saved = make_agreement(
            uow, "Reading together", language=Language.EN, status=AgreementStatus.ACTIVE
        )
        data = calendar_bytes(uow)
    events = _events(data)
    assert [str(e["summary"]) for e in events] == ["Check-in: Reading together"] * 2
    assert str(events[0]["description"]).startswith("Check-in under the agreement")
    assert "Parties: Reading together A, Reading together B." in str(events[0]["description"])
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
        assert export_calendar(uow, target) == 4
    assert len(_events(target.read_bytes())) == 4
    assert [p.name for p in target.parent.iterdir()] == ["checkins.ics"]
