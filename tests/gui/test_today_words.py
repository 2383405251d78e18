"""The words of Today: each kind of item says when in its own terms, in both languages."""

from __future__ import annotations

from datetime import date, timedelta

from bibagreements.gui.today_words import detail_text, grouped, heading, reminder_when
from bibagreements.services.reminders import Reminder, ReminderKind

TODAY = date(2027, 3, 1)


def _item(kind: ReminderKind, days_late: int | None, key: str = "k") -> Reminder:
    day = None if days_late is None else TODAY - timedelta(days=days_late)
    return Reminder(kind, key, 1, "Avtal", ("Region Skåne",), day, days_late)


def _when(kind: ReminderKind, days_late: int | None) -> str:
    return reminder_when(_item(kind, days_late))


def test_each_kind_in_its_own_words() -> None:
    k = ReminderKind
    assert _when(k.CHECKIN_DUE, -7) == "in 7 days"
    assert _when(k.CHECKIN_DUE, -1) == "tomorrow"
    assert _when(k.CHECKIN_OVERDUE, 12) == "12 days late"
    assert _when(k.CHECKIN_OVERDUE, 1) == "1 day late"
    assert _when(k.AGREEMENT_ENDING, -49) == "ends in 49 days"
    assert _when(k.AGREEMENT_ENDING, -1) == "ends in 1 day"
    assert _when(k.AGREEMENT_ENDED, 0) == "ends today"
    assert _when(k.AGREEMENT_ENDED, 1) == "ended yesterday"
    assert _when(k.AGREEMENT_ENDED, 3) == "ended 3 days ago"
    assert _when(k.DRAFT_UNTOUCHED, 192) == "untouched for 192 days"
    assert _when(k.NOTICE_DEADLINE, -30) == "last day in 30 days"
    assert _when(k.DECISION_DUE, 0) == "the last day is today"
    assert _when(k.SIGNATURE_MISSING, -14) == "starts in 14 days"
    assert _when(k.SIGNATURE_MISSING, 2) == "started 2 days ago"
    assert _when(k.PARTY_INCOMPLETE, None) == ""


def test_an_end_date_is_never_late() -> None:
    for kind in (ReminderKind.AGREEMENT_ENDING, ReminderKind.AGREEMENT_ENDED):
        for n in (-2402, -1, 0, 1, 30, 2402):
            assert "late" not in _when(kind, n)


def test_groups_in_order_and_nearest_first() -> None:
    k = ReminderKind
    items = [
        _item(k.DRAFT_UNTOUCHED, 40, "d"),
        _item(k.CHECKIN_DUE, -3, "c1"),
        _item(k.AGREEMENT_ENDING, -49, "e"),
        _item(k.CHECKIN_OVERDUE, 12, "c2"),
        _item(k.PARTY_INCOMPLETE, None, "p"),
        _item(k.SIGNATURE_MISSING, -5, "s"),
    ]
    assert [(g, [r.key for r in rs]) for g, rs in grouped(items)] == [
        ("checkins", ["c2", "c1"]),
        ("terms", ["e"]),
        ("signatures", ["s"]),
        ("drafts", ["d"]),
        ("parties", ["p"]),
    ]


def test_heading_and_detail() -> None:
    assert heading(0, "2027-03-01") == "Nothing needs attention on 2027-03-01."
    assert heading(1, "2027-03-01") == "1 item to attend to on 2027-03-01."
    assert heading(3, "2027-03-01") == "3 items to attend to on 2027-03-01."
    unsigned = Reminder(
        ReminderKind.SIGNATURE_MISSING, "s", 1, "A", ("X", "Y"), None, None, unsigned=("Y",)
    )
    assert detail_text(unsigned) == "not signed by: Y"


def test_swedish_plural_forms(swedish: object) -> None:
    k = ReminderKind
    assert _when(k.CHECKIN_DUE, -7) == "om 7 dagar"
    assert _when(k.CHECKIN_DUE, -1) == "i morgon"
    assert _when(k.CHECKIN_OVERDUE, 12) == "12 dagar försenad"
    assert _when(k.CHECKIN_OVERDUE, 1) == "1 dag försenad"
    assert _when(k.AGREEMENT_ENDING, -49) == "löper ut om 49 dagar"
    assert _when(k.AGREEMENT_ENDING, -1) == "löper ut om 1 dag"
    assert _when(k.DRAFT_UNTOUCHED, 192) == "orörd i 192 dagar"
    assert _when(k.AGREEMENT_ENDED, 3) == "löpte ut för 3 dagar sedan"
    assert heading(1, "2027-03-01") == "2027-03-01: 1 sak att ta hand om."
    assert heading(2, "2027-03-01") == "2027-03-01: 2 saker att ta hand om."
