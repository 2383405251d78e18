"""Messages to the parties, parsed back: recipients, encodings, attachments, recording."""

from __future__ import annotations

import email
import email.policy
import hashlib
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest
from icalendar import Calendar

from bibagreements.domain import clock
from bibagreements.domain.enums import AgreementStatus, CheckinStatus, ReminderKind
from bibagreements.errors import NotFoundError, ValidationError
from bibagreements.services.agreements import get_agreement
from bibagreements.services.calendar import calendar_bytes
from bibagreements.services.documents import list_renderings
from bibagreements.services.house_styles import HouseStyleChange, set_house_style
from bibagreements.services.messages import (
    coordinator_of,
    invitation,
    minutes_message,
    parse_sender,
    review_request,
    signature_requests,
)
from bibagreements.services.reminders import list_reminders
from bibagreements.services.schedule import find_checkin, record_checkin
from bibagreements.storage.models import SignatureDispatchRow
from tests.builders import id_of, make_agreement, new_db

COORDINATOR = parse_sender("Åsa Öberg <asa.oberg@example.org>")


def _parsed(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _addresses(message: EmailMessage, header: str = "To") -> list[tuple[str, str]]:
    return [(a.display_name, a.addr_spec) for a in message[header].addresses]


def _attachments(message: EmailMessage) -> dict[str, EmailMessage]:
    return {str(part.get_filename()): part for part in message.iter_attachments()}


def test_the_invitation_goes_to_both_contact_persons_with_the_check_in_s_uid(
    tmp_path: Path,
) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        agreement_id = id_of(uow)
        message = _parsed(invitation(uow, agreement_id, date(2020, 5, 8), COORDINATOR).as_bytes())
        export = Calendar.from_ical(calendar_bytes(uow, [agreement_id], today=date(2020, 5, 8)))
    assert message["X-Unsent"] == "1"
    assert _addresses(message, "From") == [("Åsa Öberg", "asa.oberg@example.org")]
    assert sorted(_addresses(message)) == [
        ("Maria Ek", "maria.ek@example.org"),
        ("Sara Lind", "sara.lind@example.org"),
    ]
    assert message["Subject"].startswith("Avstämning 2020-05-08: Överenskommelse om samarbete")
    raw = message.as_bytes()
    assert b"=?utf-8?" in raw.split(b"\n\n", 1)[0]  # non-ASCII headers encoded
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "Förslag till dagordning:" in text and "Med vänlig hälsning\nÅsa Öberg" in text
    (part,) = _attachments(message).values()
    assert part.get_content_type() == "text/calendar" and part.get_param("method") == "REQUEST"
    invite = Calendar.from_ical(part.get_content())
    assert str(invite["method"]) == "REQUEST"
    (event,) = invite.walk("VEVENT")
    exported = [e for e in export.walk("VEVENT") if e.decoded("dtstart") == date(2020, 5, 8)]
    assert [str(e["uid"]) for e in exported] == [str(event["uid"])]
    assert str(event["organizer"]) == "mailto:asa.oberg@example.org"
    assert event["organizer"].params["cn"] == "Åsa Öberg"
    attendees = sorted(str(a) for a in event["attendee"])
    assert attendees == ["mailto:maria.ek@example.org", "mailto:sara.lind@example.org"]


def test_an_invitation_for_a_day_without_a_check_in_is_refused(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with pytest.raises(NotFoundError, match="no check-in due"), db.unit_of_work() as uow:
        invitation(uow, id_of(uow), date(2020, 5, 9), COORDINATOR)


def test_a_bad_sender_is_refused() -> None:
    with pytest.raises(ValidationError, match="address is needed"):
        parse_sender(" ")
    for text in ("Åsa", "a@" + "x" * 300, "<@>"):
        with pytest.raises(ValidationError, match="not an e-mail address"):
            parse_sender(text)


def test_without_a_sender_the_issuing_party_s_contact_person_writes(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        a = make_agreement(uow, "Avtal")
        first = coordinator_of(uow, a)
        set_house_style(uow, "Avtal B", HouseStyleChange(footer="Region"), version=None)
        styled = coordinator_of(uow, a)
        bare = make_agreement(uow, "Utan", contacts=False)
        assert bare.id is not None
        with pytest.raises(ValidationError, match="address is needed"):
            invitation(uow, bare.id, date(2020, 5, 8))
    assert first is not None and first.addr_spec == "a@avtal.example.org"
    assert styled is not None and styled.addr_spec == "b@avtal.example.org"
    assert styled.display_name == "Kontakt Avtal B"


def test_the_draft_for_comments_attaches_the_recorded_pdf_and_docx(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        a = make_agreement(uow, "Samarbete om läsfrämjande")
        draft = review_request(
            uow, a.id or 0, date(2027, 2, 1), None, tmp_path, "utkast", with_docx=True
        )
        recorded = {r.path: r.sha256 for r in list_renderings(uow, a.id or 0)}
    message = _parsed(draft.as_bytes())
    assert message["From"] is None  # the mail program fills in its own account
    assert message["Subject"] == "Utkast för synpunkter: Samarbete om läsfrämjande"
    parts = _attachments(message)
    assert sorted(parts) == ["utkast.docx", "utkast.pdf"]
    assert parts["utkast.docx"].get_content_type() == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert parts["utkast.pdf"].get_content_type() == "application/pdf"
    for name, part in parts.items():
        data = part.get_content()
        assert hashlib.sha256(data).hexdigest() == recorded[str((tmp_path / name).resolve())]
    body = message.get_body(("plain",))
    assert body is not None and "senast 2027-02-01" in body.get_content()


def test_the_signing_round_one_message_per_party_recorded_and_then_reminded(
    tmp_path: Path,
) -> None:
    db = new_db(tmp_path)
    clock.set_today(date(2027, 1, 10))
    try:
        with db.unit_of_work() as uow:
            a = make_agreement(uow, "Avtal om e-medier", start=date(2027, 3, 1), end=None)
            drafts = signature_requests(uow, a.id or 0, COORDINATOR, tmp_path, "underskrift")
            stored = get_agreement(uow, a.id or 0)
            dispatches = uow.session.query(SignatureDispatchRow).all()
            (rendering,) = list_renderings(uow, a.id or 0)
        assert stored.status is AgreementStatus.OUT_FOR_SIGNATURE
        assert len(drafts) == 2 and {len(d.recipients) for d in drafts} == {1}
        assert {d.sent_on for d in dispatches} == {date(2027, 1, 10)}
        assert {d.sha256 for d in dispatches} == {rendering.sha256}
        assert rendering.version_number == 1  # the frozen version, not the draft
        for draft in drafts:
            message = _parsed(draft.as_bytes())
            assert message["Subject"] == "För underskrift: Avtal om e-medier"
            (pdf,) = _attachments(message).values()
            assert hashlib.sha256(pdf.get_content()).hexdigest() == rendering.sha256
            body = message.get_body(("plain",))
            assert body is not None and "underteckna två likalydande exemplar" in body.get_content()
        with db.unit_of_work() as uow:
            soon = list_reminders(uow, date(2027, 1, 20))
            later = list_reminders(uow, date(2027, 1, 25), signature_days=14)
        (reminder,) = [r for r in later if r.kind is ReminderKind.SIGNATURE_MISSING]
        assert reminder.day == date(2027, 1, 24) and reminder.days_late == 1
        assert reminder.sent == (
            "Avtal om e-medier A (2027-01-10)",
            "Avtal om e-medier B (2027-01-10)",
        )
        assert [r.days_late for r in soon if r.kind is ReminderKind.SIGNATURE_MISSING] == [-4]
    finally:
        clock.set_today(None)


def test_one_message_to_all_and_nothing_for_a_signed_agreement(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        a = make_agreement(uow, "Avtal B")
        (draft,) = signature_requests(
            uow, a.id or 0, COORDINATOR, tmp_path, "alla", one_to_all=True
        )
        assert len(draft.recipients) == 2
        signed = make_agreement(uow, "Avtal C", status=AgreementStatus.ACTIVE)
    with pytest.raises(ValidationError, match="out for signature"), db.unit_of_work() as uow:
        signature_requests(uow, signed.id or 0, COORDINATOR, tmp_path, "x")


def test_a_signing_round_that_fails_records_nothing(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        a = make_agreement(uow, "Utan adresser", contacts=False)
    with pytest.raises(ValidationError, match="nobody to send it to"), db.unit_of_work() as uow:
        signature_requests(uow, a.id or 0, COORDINATOR, tmp_path, "x")
    with db.unit_of_work() as uow:
        assert uow.session.query(SignatureDispatchRow).count() == 0
        assert get_agreement(uow, a.id or 0).status is AgreementStatus.DRAFT


def test_the_minutes_go_to_the_participants_with_an_address(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        a = make_agreement(uow, "Avtal D", status=AgreementStatus.ACTIVE)
        checkin = find_checkin(uow, a.id or 0, date(2020, 5, 8))
        with pytest.raises(ValidationError, match="not been recorded as held"):
            minutes_message(uow, a.id or 0, checkin.due, None, tmp_path, "m")
        record_checkin(
            uow,
            checkin.id or 0,
            date(2020, 5, 8),
            participants=("Kontakt Avtal D A", "Gäst Utan Adress"),
            notes="Vi gick igenom läget.",
            today=date(2021, 1, 1),
        )
        draft = minutes_message(uow, a.id or 0, checkin.due, COORDINATOR, tmp_path, "m")
    message = _parsed(draft.as_bytes())
    assert _addresses(message) == [("Kontakt Avtal D A", "a@avtal-d.example.org")]
    assert draft.without_address == ("Gäst Utan Adress",)
    assert list(_attachments(message)) == ["m.pdf"]
    assert message["Subject"] == "Minnesanteckningar från avstämningen 2020-05-08: Avtal D"


def test_the_invitation_carries_the_previous_notes(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        a = make_agreement(uow, "Avtal E", status=AgreementStatus.ACTIVE)
        first = find_checkin(uow, a.id or 0, date(2020, 5, 8))
        record_checkin(
            uow,
            first.id or 0,
            date(2020, 5, 8),
            notes="Nästa steg: utbildning.",
            today=date(2021, 1, 1),
        )
        second = [
            c for c in get_agreement(uow, a.id or 0).checkins if c.status is CheckinStatus.PLANNED
        ]
        draft = invitation(uow, a.id or 0, second[0].due, COORDINATOR)
    body = _parsed(draft.as_bytes()).get_body(("plain",))
    assert body is not None
    assert (
        "Anteckningar från förra avstämningen (2020-05-08):\nNästa steg: utbildning."
        in body.get_content()
    )
