"""Messages to the parties, written as drafts the coordinator's mail program opens.

Each message is an RFC 5322 message built with the standard library's
``email`` (``X-Unsent: 1``: Outlook opens the file as a draft to send;
Thunderbird opens it with "Edit as new message"). Names in headers and the
body are encoded as the standard says (non-ASCII display names, long
subjects); the words come from the phrase tables ("mail" section) in the
agreement's language, reworded by its house style where it has its own. The
attachments are the documents as the program rendered and recorded them: a
PDF attached here has the checksum of its entry in the document history.

- ``invitation``: to every contact person, with the check-in's calendar
  invitation (METHOD:REQUEST, the UID of the check-in's event in the .ics
  export, the coordinator as organiser), the agenda from the areas of
  collaboration and the notes of the previous check-in held.
- ``review_request``: the current draft as PDF (and DOCX) to the contact persons.
- ``signature_requests``: the frozen version's PDF to each party's signatory,
  one message per party or one to all; the sending is recorded per party.
- ``minutes_message``: a held check-in's minutes to its participants with an address.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from functools import partial
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress

from bibagreements.documents.phrases import Phrases, load_phrases, with_overrides
from bibagreements.domain import clock
from bibagreements.domain.enums import (
    AgreementStatus,
    CheckinStatus,
    DocumentFormat,
    OrganisationKind,
)
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Agreement, Checkin, Person
from bibagreements.errors import NotFoundError, ValidationError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.calendar import checkin_calendar
from bibagreements.services.document_files import Rendering
from bibagreements.services.documents import rendered_agreement, rendered_minutes
from bibagreements.services.house_styles import styled_organisations, styling_for
from bibagreements.services.schedule import checkin_due_on
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import SignatureDispatchRow

PDF, DOCX = (
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
)
MAX_ADDRESS = 254  # RFC 5321's path limit


@dataclass(frozen=True)
class Draft:
    """A message ready to write (``bytes``), with who it goes to and what it carries."""

    message: EmailMessage
    recipients: tuple[str, ...]  # "Name <address>"
    without_address: tuple[str, ...]  # people it should reach who have no e-mail address
    renderings: tuple[Rendering, ...] = ()  # the documents attached, as recorded

    def as_bytes(self) -> bytes:
        return self.message.as_bytes()


def parse_sender(text: str) -> Address:
    """``Name <address>`` or a bare address, checked; ValidationError if it is none."""
    if not text.strip():
        raise ValidationError([Problem("no_sender", "sender")])
    name, addr = parseaddr(text.strip())
    if "@" not in addr or len(addr) > MAX_ADDRESS:
        raise ValidationError([Problem("not_an_email_address", "sender", value=text[:80])])
    try:
        return Address(display_name=name, addr_spec=addr)
    except (ValueError, IndexError):
        raise ValidationError(
            [Problem("not_an_email_address", "sender", value=text[:80])]
        ) from None


def _address(person: Person) -> Address | None:
    email = person.email.strip()
    if "@" not in email or len(email) > MAX_ADDRESS:
        return None
    try:
        return Address(display_name=person.name, addr_spec=email)
    except (ValueError, IndexError):
        return None  # not an address the header can carry: reported as without one


def coordinator_of(uow: UnitOfWork, a: Agreement) -> Address | None:
    """The coordinator when none is given: the contact person of the issuing party.

    The issuing party is the one with a house style of its own, else a region,
    else the first party; its contact person must have an e-mail address.
    """
    styled = styled_organisations(uow, (p.name for p in a.parties))
    ranked = sorted(
        a.parties,
        key=lambda p: (
            p.name not in styled,
            p.organisation is None or p.organisation.kind is not OrganisationKind.REGION,
        ),
    )
    for party in ranked:
        address = _address(party.contact_person) if party.contact_person else None
        if address is not None:
            return address
    return None


def _coordinator(uow: UnitOfWork, a: Agreement, sender: Address | None) -> Address:
    found = sender or coordinator_of(uow, a)
    if found is None:
        raise ValidationError([Problem("no_sender", "sender")])
    return found


def _phrases(uow: UnitOfWork, a: Agreement) -> Phrases:
    styling = styling_for(uow, (p.name for p in a.parties))
    phrases = load_phrases(a.language.value)
    overrides = styling.phrases.get(phrases.language)
    if overrides:
        phrases = with_overrides(phrases, overrides)
    return phrases.for_kind(a.kind.value)


def _message(
    phrases: Phrases,
    sender: Address | None,
    to: Sequence[Address],
    subject: str,
    paragraphs: Iterable[str],
) -> EmailMessage:
    message = EmailMessage()
    if sender is not None:
        message["From"] = sender
    message["To"] = list(to)
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now().astimezone().replace(microsecond=0))
    message["Message-ID"] = make_msgid(domain="bibagreements.invalid")
    message["X-Unsent"] = "1"  # Outlook: open as a draft, ready to send
    closing = [phrases.text("mail.closing")]
    if sender is not None and sender.display_name:
        closing.append(sender.display_name)
    body = [phrases.text("mail.greeting"), *paragraphs, "\n".join(closing)]
    message.set_content("\n\n".join(body) + "\n", charset="utf-8")
    return message


def _attach(message: EmailMessage, data: bytes, media_type: str, name: str) -> None:
    main, sub = media_type.split("/", 1)
    message.add_attachment(data, maintype=main, subtype=sub, filename=name)


def _people(persons: Iterable[Person | None]) -> tuple[list[Address], list[str]]:
    """The addresses of ``persons`` (each once), and the names of those without one."""
    found: dict[str, Address] = {}
    missing: list[str] = []
    for person in persons:
        if person is None:
            continue
        address = _address(person)
        if address is None:
            missing.append(person.name)
        else:
            found.setdefault(address.addr_spec.lower(), address)
    return list(found.values()), missing


def _draft(
    message: EmailMessage,
    to: Sequence[Address],
    missing: Sequence[str],
    renderings: Sequence[Rendering] = (),
) -> Draft:
    return Draft(message, tuple(str(a) for a in to), tuple(missing), tuple(renderings))


def _need_recipients(to: Sequence[Address], who: str, missing: Sequence[str]) -> None:
    if not to:
        raise ValidationError(
            [Problem("no_recipients", who, names=", ".join(missing) or "(nobody)")]
        )


def save_drafts(
    uow: UnitOfWork, drafts: Sequence[Draft], target: Path, *, sent: bool = False
) -> list[Path]:
    """Write the drafts to ``target`` (several: ``stem-1.eml`` …) once the unit of work commits.

    The messages appear with the documents they attach, or not at all; ``sent``
    keeps the copies of messages sent as they went (not marked as drafts).
    """
    from bibagreements.services.document_files import put_in_place, stage
    from bibagreements.services.output_paths import check_output
    from bibagreements.services.sending import outgoing

    if target.suffix.lower() != ".eml":
        raise ValidationError([Problem("wrong_suffix", "output", kind="EML", suffix="eml")])
    paths = (
        [target]
        if len(drafts) == 1
        else [target.with_name(f"{target.stem}-{n}.eml") for n in range(1, len(drafts) + 1)]
    )
    written = []
    for draft, path in zip(drafts, paths, strict=True):
        path = check_output(path).resolve()
        staged = stage(path, outgoing(draft.message).as_bytes() if sent else draft.as_bytes())
        uow.when_committed(partial(put_in_place, staged), staged.discard)
        written.append(path)
    return written


def signature_dispatches(uow: UnitOfWork, agreement_id: int) -> dict[int, date]:
    """Organisation ID → the last day the agreement was sent to it for signature."""
    rows = uow.session.query(SignatureDispatchRow).filter_by(agreement_id=agreement_id)
    sent: dict[int, date] = {}
    for row in rows:
        if row.organisation_id not in sent or row.sent_on > sent[row.organisation_id]:
            sent[row.organisation_id] = row.sent_on
    return sent


# --- the check-in invitation ----------------------------------------------------------


def _event_for(calendar: Calendar, due: date) -> Event:
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("uid"))
        if event.decoded("dtstart") == due and not uid.startswith(("decision-", "notice-")):
            assert isinstance(event, Event)
            return event
    raise LookupError(due)


def invitation_calendar(
    uow: UnitOfWork, agreement_id: int, due: date, organiser: Address
) -> tuple[bytes, str]:
    """The check-in's event as an invitation (METHOD:REQUEST) and its UID.

    The event is the one the .ics export writes for the check-in — the same UID,
    sequence, summary and attendees — with the coordinator as organiser.
    """
    export = checkin_calendar(uow, [agreement_id], today=due)
    try:
        event = _event_for(export, due)
    except LookupError:
        raise NotFoundError("no_checkin_due", agreement=agreement_id, due=due.isoformat()) from None
    request = Calendar()
    for key in ("prodid", "version", "calscale"):
        request.add(key, export[key])
    request.add("method", "REQUEST")
    organizer = vCalAddress(f"mailto:{organiser.addr_spec}")
    if organiser.display_name:
        organizer.params["cn"] = organiser.display_name
    event.add("organizer", organizer, encode=False)
    attendees = event.get("attendee", [])
    for attendee in attendees if isinstance(attendees, list) else [attendees]:
        attendee.params["partstat"] = "NEEDS-ACTION"
        attendee.params["rsvp"] = "TRUE"
    request.add_component(event)
    return request.to_ical(), str(event.get("uid"))


def _previous_notes(checkins: Sequence[Checkin], due: date) -> Checkin | None:
    held = [
        c
        for c in checkins
        if c.status is CheckinStatus.HELD and (c.held_on or c.due) < due and c.notes.strip()
    ]
    return max(held, key=lambda c: c.held_on or c.due, default=None)


def invitation(
    uow: UnitOfWork, agreement_id: int, due: date, sender: Address | None = None
) -> Draft:
    """The invitation to a check-in; without ``sender`` the issuing party's contact
    person organises it (see ``coordinator_of``)."""
    a = get_agreement(uow, agreement_id)
    sender = _coordinator(uow, a, sender)
    if checkin_due_on(a.checkins, due) is None:
        raise NotFoundError("no_checkin_due", agreement=agreement_id, due=due.isoformat())
    phrases = _phrases(uow, a)
    to, missing = _people(p.contact_person for p in a.parties)
    _need_recipients(to, "contact_person", missing)
    values = {"title": a.title, "date": due.isoformat()}
    paragraphs = [phrases.text("mail.invite.body", **values)]
    if a.areas:
        agenda = [phrases.text("mail.invite.agenda"), *(f"– {area.title}" for area in a.areas)]
        paragraphs.append("\n".join(agenda))
    previous = _previous_notes(a.checkins, due)
    if previous is None:
        paragraphs.append(phrases.text("mail.invite.none"))
    else:
        day = (previous.held_on or previous.due).isoformat()
        paragraphs.append(phrases.text("mail.invite.previous", date=day) + "\n" + previous.notes)
    message = _message(
        phrases, sender, to, phrases.text("mail.invite.subject", **values), paragraphs
    )
    ical, _uid = invitation_calendar(uow, agreement_id, due, sender)
    # As a text/calendar part with its method: Outlook and Thunderbird offer Accept/Decline.
    message.add_attachment(
        ical,
        maintype="text",
        subtype="calendar",
        filename="invitation.ics",
        params={"method": "REQUEST", "charset": "utf-8"},
    )
    return _draft(message, to, missing)


# --- the review round, the signing round, the minutes -----------------------------------


def review_request(
    uow: UnitOfWork,
    agreement_id: int,
    reply_by: date,
    sender: Address | None,
    folder: Path,
    stem: str,
    *,
    with_docx: bool = False,
) -> Draft:
    """The current draft as PDF (and DOCX) to the contact persons, comments asked by a date."""
    a = get_agreement(uow, agreement_id)
    phrases = _phrases(uow, a)
    to, missing = _people(p.contact_person for p in a.parties)
    _need_recipients(to, "contact_person", missing)
    values = {"title": a.title, "date": reply_by.isoformat()}
    message = _message(
        phrases,
        sender,
        to,
        phrases.text("mail.draft.subject", **values),
        [phrases.text("mail.draft.body", **values)],
    )
    formats = [(DocumentFormat.PDF, PDF)] + ([(DocumentFormat.DOCX, DOCX)] if with_docx else [])
    renderings = []
    for fmt, media in formats:
        target = folder / f"{stem}.{fmt.value}"
        rendering, data = rendered_agreement(uow, agreement_id, fmt, target)
        _attach(message, data, media, target.name)
        renderings.append(rendering)
    return _draft(message, to, missing, renderings)


def signature_requests(
    uow: UnitOfWork,
    agreement_id: int,
    sender: Address | None,
    folder: Path,
    stem: str,
    *,
    one_to_all: bool = False,
    sent_on: date | None = None,
) -> list[Draft]:
    """The frozen version's PDF to each party's signatory; the sending recorded per party.

    A draft goes out for signature first (its version is frozen then); an
    agreement every party has signed is refused. Without ``sender`` the issuing
    party's contact person signs the messages (see ``coordinator_of``).
    """
    a = get_agreement(uow, agreement_id)
    sender = _coordinator(uow, a, sender)
    if a.status is AgreementStatus.DRAFT:
        a = save_agreement(uow, replace(a, status=AgreementStatus.OUT_FOR_SIGNATURE))
    elif a.status is not AgreementStatus.OUT_FOR_SIGNATURE:
        raise ValidationError([Problem("not_out_for_signature", "status", status=a.status.value)])
    waiting = [p for p in a.parties if p.signed_on is None]
    if not waiting:
        raise ValidationError([Problem("every_party_signed", "parties")])
    phrases = _phrases(uow, a)
    # With the empty signature fields: signed on paper or by a party's e-signing service.
    rendering, pdf = rendered_agreement(
        uow, agreement_id, DocumentFormat.PDF, folder / f"{stem}.pdf", sign_fields=True
    )
    copies = phrases.number(len(a.parties))
    values = {"title": a.title, "copies": copies, "sender": sender.display_name or str(sender)}
    groups = [waiting] if one_to_all else [[p] for p in waiting]
    drafts: list[Draft] = []
    day = sent_on or clock.today()
    for group in groups:
        to, missing = _people(p.signatory for p in group)
        without = [p.name for p in group if p.signatory is None]
        _need_recipients(to, "signatory", missing + without)
        message = _message(
            phrases,
            sender,
            to,
            phrases.text("mail.signature.subject", **values),
            [phrases.text("mail.signature.body", **values)],
        )
        _attach(message, pdf, PDF, Path(rendering.path).name)
        drafts.append(_draft(message, to, missing + without, [rendering]))
    for party in waiting:
        uow.session.add(
            SignatureDispatchRow(
                agreement_id=agreement_id,
                organisation_id=party.organisation_id,
                version_number=rendering.version_number or 0,
                sent_on=day,
                sha256=rendering.sha256,
            )
        )
    uow.session.flush()
    return drafts


def minutes_message(
    uow: UnitOfWork,
    agreement_id: int,
    due: date,
    sender: Address | None,
    folder: Path,
    stem: str,
) -> Draft:
    """A held check-in's minutes as PDF to its participants that have an address."""
    a = get_agreement(uow, agreement_id)
    checkin = checkin_due_on(a.checkins, due)
    if checkin is None:
        raise NotFoundError("no_checkin_due", agreement=agreement_id, due=due.isoformat())
    if checkin.status is not CheckinStatus.HELD:
        raise ValidationError([Problem("checkin_not_held", "due", due=due.isoformat())])
    people = {
        p.name: p for party in a.parties for p in (party.contact_person, party.signatory) if p
    }
    to, missing = _people(people.get(name) for name in checkin.participants)
    missing += [name for name in checkin.participants if name not in people]
    _need_recipients(to, "participants", missing)
    phrases = _phrases(uow, a)
    held = (checkin.held_on or checkin.due).isoformat()
    values = {"title": a.title, "date": held}
    message = _message(
        phrases,
        sender,
        to,
        phrases.text("mail.minutes.subject", **values),
        [phrases.text("mail.minutes.body", **values)],
    )
    target = folder / f"{stem}.pdf"
    rendering, pdf = rendered_minutes(uow, agreement_id, due, DocumentFormat.PDF, target)
    _attach(message, pdf, PDF, target.name)
    return _draft(message, to, missing, [rendering])
