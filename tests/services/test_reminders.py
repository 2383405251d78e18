"""Reminders: what needs attention on a day, catching up, snoozing."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from bibagreements.domain.enums import AgreementStatus, Cadence
from bibagreements.errors import NotFoundError, ValidationError
from bibagreements.services.demo import FRAMEWORK_UID, PROJECT_UID, REFERENCE_TITLE
from bibagreements.services.reminders import (
    Reminder,
    ReminderKind,
    list_reminders,
    list_snoozes,
    snooze,
    unsnooze,
)
from bibagreements.services.schedule import cancel_checkin, list_checkins, record_checkin
from bibagreements.storage.database import Database, UnitOfWork, open_database
from bibagreements.storage.models import AgreementRow
from tests.builders import REFERENCE_DUE, id_of, make_agreement, new_db

REFERENCE_PARTIES = ("Biblioteken i Kristianstad", "Region Skånes kulturförvaltning")


def _checkin_items(uow: UnitOfWork, today: date, days: int = 30) -> list[Reminder]:
    kinds = (ReminderKind.CHECKIN_DUE, ReminderKind.CHECKIN_OVERDUE)
    return [r for r in list_reminders(uow, today, days) if r.kind in kinds]


def test_reference_check_in_is_due_seven_days_ahead(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        items = _checkin_items(uow, date(2020, 5, 1))
        first_id = list_checkins(uow, id_of(uow))[0].id
    assert len(items) == 1
    item = items[0]
    assert item.kind is ReminderKind.CHECKIN_DUE
    assert (item.agreement_title, item.parties) == (REFERENCE_TITLE, REFERENCE_PARTIES)
    assert (item.day, item.days_late, item.days_early) == (REFERENCE_DUE[0], -7, 7)
    assert item.checkin_id == first_id
    assert item.key == f"checkin:{first_id}:2020-05-08"


def test_reference_check_in_is_twelve_days_overdue(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        (item,) = _checkin_items(uow, date(2020, 5, 20))
    assert item.kind is ReminderKind.CHECKIN_OVERDUE
    assert (item.day, item.days_late) == (REFERENCE_DUE[0], 12)


def test_recording_or_cancelling_removes_the_reminder(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        first, second = list_checkins(uow, id_of(uow))
        assert first.id is not None and second.id is not None
        record_checkin(uow, first.id, date(2020, 5, 12), today=date(2020, 5, 20))
        assert _checkin_items(uow, date(2020, 5, 20)) == []
        cancel_checkin(uow, second.id)
        assert _checkin_items(uow, date(2020, 11, 20)) == []


def test_catch_up_lists_everything_due_since_last_time(demo: Database) -> None:
    # Nobody opened the program from spring 2020 to Christmas 2020.
    with demo.unit_of_work() as uow:
        items = _checkin_items(uow, date(2020, 12, 24))
    assert [(r.day, r.days_late) for r in items] == [
        (REFERENCE_DUE[0], 230),
        (REFERENCE_DUE[1], 45),
    ]


@pytest.mark.parametrize(("days", "listed"), [(6, False), (7, True), (30, True)])
def test_horizon_includes_its_last_day(demo: Database, days: int, listed: bool) -> None:
    with demo.unit_of_work() as uow:
        assert bool(_checkin_items(uow, date(2020, 5, 1), days)) is listed


def test_negative_horizon_is_refused(demo: Database) -> None:
    with demo.unit_of_work() as uow, pytest.raises(ValidationError, match="negative"):
        list_reminders(uow, date(2020, 5, 1), -1)


def test_check_ins_of_drafts_and_ended_agreements_are_not_reminders(db: Database) -> None:
    with db.unit_of_work() as uow:
        make_agreement(uow, "Utkast", status=AgreementStatus.DRAFT)
        assert _checkin_items(uow, date(2020, 5, 20)) == []
        active = make_agreement(uow, "Aktivt", status=AgreementStatus.ACTIVE)
        assert [r.agreement_id for r in _checkin_items(uow, date(2020, 5, 20))] == [active.id]


def test_agreement_ending_without_successor(db: Database) -> None:
    with db.unit_of_work() as uow:
        old = make_agreement(uow, "Gammalt", status=AgreementStatus.ACTIVE, cadence=Cadence.NONE)

        def ending(today: date) -> list[Reminder]:
            kind = ReminderKind.AGREEMENT_ENDING
            return [r for r in list_reminders(uow, today) if r.kind is kind]

        assert ending(date(2020, 10, 1)) == []  # 91 days before the end
        (item,) = ending(date(2020, 10, 2))
        assert (item.agreement_id, item.day, item.days_late) == (old.id, date(2020, 12, 31), -90)
        assert item.key == f"ending:{old.id}:2020-12-31"
        assert ending(date(2021, 1, 10)) == []  # it has ended: not "ending" any more

        def ended(today: date) -> list[Reminder]:
            kind = ReminderKind.AGREEMENT_ENDED
            return [r for r in list_reminders(uow, today) if r.kind is kind]

        (late,) = ended(date(2021, 1, 10))  # said once, for a while after the end …
        assert (late.days_late, late.key) == (10, f"ended:{old.id}:2020-12-31")
        assert ended(date(2021, 1, 30)) != []
        assert ended(date(2021, 2, 1)) == []  # … then not again
        assert ended(date(2026, 12, 1)) == []
        make_agreement(uow, "Nytt", predecessor_id=old.id, start=date(2021, 1, 1), end=None)
        assert ending(date(2020, 12, 1)) == []


def test_drafts_untouched_for_over_thirty_days(db: Database) -> None:
    with db.unit_of_work() as uow:
        draft = make_agreement(uow, "Utkast", cadence=Cadence.NONE)
        uow.session.execute(
            update(AgreementRow)
            .where(AgreementRow.id == draft.id)
            .values(updated_at=datetime(2020, 3, 1, 14, 30))
        )

        def stale(today: date) -> list[Reminder]:
            kind = ReminderKind.DRAFT_UNTOUCHED
            return [r for r in list_reminders(uow, today) if r.kind is kind]

        assert stale(date(2020, 3, 31)) == []  # 30 days: not yet
        (item,) = stale(date(2020, 4, 1))
        assert (item.day, item.days_late, item.key) == (
            date(2020, 3, 1),
            31,
            f"draft:{draft.id}:2020-03-01",
        )


def test_parties_without_contact_person_or_signatory(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        items = [
            r
            for r in list_reminders(uow, date(2020, 5, 1))
            if r.kind is ReminderKind.PARTY_INCOMPLETE
        ]
        framework, project = id_of(uow, FRAMEWORK_UID), id_of(uow, PROJECT_UID)
    assert [r.agreement_id for r in items] == [framework, project]
    first = items[0]
    assert first.day is None and first.days_late is None and first.key == f"parties:{framework}"
    assert "Arboga kommun" in first.missing_contact
    assert "Västerås stad" not in first.missing_contact  # it has a contact person
    assert "Västerås stad" in first.missing_signatory
    assert first.parties[0] == "Region Västmanland"  # in the agreement's party order
    assert first.detail.startswith("no contact person: Arboga kommun")


def test_dated_items_first_by_date_then_undated(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        items = list_reminders(uow, date(2020, 12, 24))
    days = [r.day for r in items]
    dated = [d for d in days if d is not None]
    assert dated == sorted(dated) and days[: len(dated)] == dated
    assert len({r.key for r in items}) == len(items)


def test_snooze_hides_until_its_date(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        (item,) = _checkin_items(uow, date(2020, 5, 1))
        snooze(uow, item.key, date(2020, 5, 10), today=date(2020, 5, 1))
        assert _checkin_items(uow, date(2020, 5, 1)) == []
        assert _checkin_items(uow, date(2020, 5, 9)) == []
        assert [r.key for r in _checkin_items(uow, date(2020, 5, 10))] == [item.key]
        shown = list_reminders(uow, date(2020, 5, 1), include_snoozed=True)
        assert item.key in {r.key for r in shown}
        # Snoozing again moves the date; clearing shows it at once.
        snooze(uow, item.key, date(2020, 5, 30), today=date(2020, 5, 1))
        assert [(s.key, s.until) for s in list_snoozes(uow)] == [(item.key, date(2020, 5, 30))]
        assert list_snoozes(uow, date(2020, 6, 1)) == []
        assert unsnooze(uow, item.key) and not unsnooze(uow, item.key)
        assert _checkin_items(uow, date(2020, 5, 1)) != []


def test_snooze_of_undated_item(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        key = f"parties:{id_of(uow, FRAMEWORK_UID)}"
        snooze(uow, key, date(2020, 6, 1), today=date(2020, 5, 1))
        assert key not in {r.key for r in list_reminders(uow, date(2020, 5, 1))}
        assert key in {r.key for r in list_reminders(uow, date(2020, 6, 1))}


@pytest.mark.parametrize(
    ("key", "until", "error", "message"),
    [
        ("nonsense", date(2020, 6, 1), ValidationError, "not a reminder key"),
        ("parties:1:2020-01-01", date(2020, 6, 1), ValidationError, "not a reminder key"),
        ("checkin:1", date(2020, 6, 1), ValidationError, "not a reminder key"),
        ("checkin:999:2020-05-08", date(2020, 6, 1), NotFoundError, "no check-in with ID 999"),
        ("ending:999:2020-12-31", date(2020, 6, 1), NotFoundError, "no agreement with ID 999"),
        ("checkin:1:2020-05-08", date(2020, 5, 1), ValidationError, "not after today"),
    ],
)
def test_snooze_refuses_bad_requests(
    demo: Database, key: str, until: date, error: type[Exception], message: str
) -> None:
    with demo.unit_of_work() as uow, pytest.raises(error, match=message):
        snooze(uow, key, until, today=date(2020, 5, 1))


@pytest.mark.sqlite_only  # reads or reopens the SQLite file
def test_snoozes_survive_reopening(tmp_path: Path) -> None:
    db = new_db(tmp_path, "demo.sqlite3", demo=True)
    with db.unit_of_work() as uow:
        (item,) = _checkin_items(uow, date(2020, 5, 1))
        snooze(uow, item.key, date(2020, 5, 10), today=date(2020, 5, 1))
    db.close()
    reopened = open_database(str(tmp_path / "demo.sqlite3"))
    with reopened.unit_of_work() as uow:
        assert [(s.key, s.until) for s in list_snoozes(uow)] == [(item.key, date(2020, 5, 10))]
        assert _checkin_items(uow, date(2020, 5, 1)) == []
        assert [r.key for r in _checkin_items(uow, date(2020, 5, 10))] == [item.key]
    reopened.close()


@pytest.mark.sqlite_only  # reads or reopens the SQLite file
def test_simultaneous_snoozes_of_one_reminder_all_succeed(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        key = f"parties:{id_of(uow, FRAMEWORK_UID)}"
    path = str(demo.sqlite_path)
    days = range(2, 10)
    barrier = threading.Barrier(len(days))
    errors: list[BaseException] = []

    def snooze_until(day: int) -> None:
        db = open_database(path)
        try:
            barrier.wait()
            with db.unit_of_work() as uow:
                snooze(uow, key, date(2020, 6, day), today=date(2020, 5, 1))
        except BaseException as exc:  # collected: the test names what failed
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=snooze_until, args=(day,)) for day in days]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with demo.unit_of_work() as uow:
        (only,) = list_snoozes(uow)
    assert only.key == key and only.until.day in days


def test_signatures_missing_while_out_for_signature(tmp_path: Path) -> None:
    from dataclasses import replace

    from bibagreements.services.agreements import save_agreement
    from bibagreements.services.signed_copies import attach_signed_copy
    from tests.builders import scan_pdf, two_party_agreement

    db = new_db(tmp_path)
    (tmp_path / "a.pdf").write_bytes(scan_pdf())
    with db.unit_of_work() as uow:
        sent = save_agreement(
            uow, replace(two_party_agreement(uow), status=AgreementStatus.OUT_FOR_SIGNATURE)
        )
    assert sent.start is not None and sent.id is not None
    today = sent.start.replace(day=1) if sent.start.day > 1 else sent.start
    with db.unit_of_work() as uow:
        (item,) = [
            r for r in list_reminders(uow, today) if r.kind is ReminderKind.SIGNATURE_MISSING
        ]
    assert item.key == f"signatures:{sent.id}" and item.day == sent.start
    assert item.days_late == (today - sent.start).days
    assert item.unsigned == tuple(p.name for p in sent.parties)
    assert item.detail.startswith("not signed by: ")
    first = sent.parties[0].organisation_id
    with db.unit_of_work() as uow:
        attach_signed_copy(uow, sent.id, first, tmp_path / "a.pdf", today, today=today)
        (item,) = [
            r for r in list_reminders(uow, today) if r.kind is ReminderKind.SIGNATURE_MISSING
        ]
        assert item.unsigned == (sent.parties[1].name,)
        snooze(uow, item.key, today.replace(year=today.year + 1), today=today)
        assert ReminderKind.SIGNATURE_MISSING not in {r.kind for r in list_reminders(uow, today)}
