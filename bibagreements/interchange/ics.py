"""Planned check-ins as an iCalendar file, for Outlook, Thunderbird and the like.

Each event's UID is derived from the check-in's ID and its agreement's uid, so
importing a newer export updates the events already in a calendar instead of
adding them twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bibagreements import __version__
from bibagreements.domain.enums import AgreementStatus, CheckinStatus, Language
from bibagreements.errors import NotFoundError
from bibagreements.storage.atomic import write_atomically
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow, CheckinRow, PartyRow

PRODID = f"-//bibagreements//bibagreements {__version__}//SV"
# Without explicit IDs: agreements whose check-ins are promised (as for reminders).
_IN_FORCE = (AgreementStatus.ACTIVE, AgreementStatus.OUT_FOR_SIGNATURE)

_TEXTS = {
    Language.SV: {
        "summary": "Avstämning: {title}",
        "about": "Avstämning enligt avtalet ”{title}”.",
        "parties": "Parter: {names}.",
        "contacts": "Kontaktpersoner: {names}.",
        "calendar": "Avstämningar",
    },
    Language.EN: {
        "summary": "Check-in: {title}",
        "about": "Check-in under the agreement “{title}”.",
        "parties": "Parties: {names}.",
        "contacts": "Contact persons: {names}.",
        "calendar": "Check-ins",
    },
}


def checkin_uid(checkin_id: int, agreement_uid: str) -> str:
    return f"checkin-{checkin_id}-{agreement_uid}@bibagreements"


def _agreements(uow: UnitOfWork, agreement_ids: Sequence[int] | None) -> list[AgreementRow]:
    query = (
        select(AgreementRow)
        .options(
            selectinload(AgreementRow.parties).selectinload(PartyRow.organisation),
            selectinload(AgreementRow.parties).selectinload(PartyRow.contact_person),
            selectinload(AgreementRow.checkins),
        )
        .order_by(AgreementRow.id)
    )
    if agreement_ids is None:
        return list(uow.session.scalars(query.where(AgreementRow.status.in_(_IN_FORCE))))
    rows = list(uow.session.scalars(query.where(AgreementRow.id.in_(set(agreement_ids)))))
    missing = sorted(set(agreement_ids) - {row.id for row in rows})
    if missing:
        raise NotFoundError(f"no agreement with ID {', '.join(map(str, missing))}")
    return rows


def _event(agreement: AgreementRow, checkin: CheckinRow, stamp: datetime) -> Event:
    texts = _TEXTS[agreement.language]
    parties = [p.organisation.name for p in agreement.parties]
    contacts = [
        (p.contact_person, p.organisation.name) for p in agreement.parties if p.contact_person
    ]
    lines = [
        texts["about"].format(title=agreement.title),
        texts["parties"].format(names=", ".join(parties)),
    ]
    if contacts:
        names = ", ".join(f"{person.name} ({org})" for person, org in contacts)
        lines.append(texts["contacts"].format(names=names))
    event = Event()
    event.add("uid", checkin_uid(checkin.id, agreement.uid))
    event.add("dtstamp", stamp)
    event.add("dtstart", checkin.due_date)
    event.add("dtend", checkin.due_date + timedelta(days=1))
    event.add("summary", texts["summary"].format(title=agreement.title))
    event.add("description", "\n".join(lines))
    # An all-day reminder, not a meeting time: do not show the day as busy.
    event.add("transp", "TRANSPARENT")
    event.add("last-modified", checkin.updated_at.astimezone(UTC))
    for person, _org in contacts:
        if not person.email.strip():
            continue
        attendee = vCalAddress(f"mailto:{person.email.strip()}")
        attendee.params["cn"] = person.name
        attendee.params["role"] = "REQ-PARTICIPANT"
        attendee.params["cutype"] = "INDIVIDUAL"
        event.add("attendee", attendee, encode=False)
    return event


def build_calendar(
    uow: UnitOfWork,
    agreement_ids: Sequence[int] | None = None,
    *,
    now: datetime | None = None,
) -> Calendar:
    """One all-day event per planned check-in of the given (default: in force) agreements."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    agreements = _agreements(uow, agreement_ids)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    language = agreements[0].language if agreements else Language.SV
    calendar.add("x-wr-calname", f"bibagreements – {_TEXTS[language]['calendar']}")
    for agreement in agreements:
        for checkin in agreement.checkins:
            if checkin.status is CheckinStatus.PLANNED:
                calendar.add_component(_event(agreement, checkin, stamp))
    return calendar


def calendar_bytes(
    uow: UnitOfWork, agreement_ids: Sequence[int] | None = None, *, now: datetime | None = None
) -> bytes:
    data: bytes = build_calendar(uow, agreement_ids, now=now).to_ical()
    return data


def export_calendar(
    uow: UnitOfWork,
    path: Path,
    agreement_ids: Sequence[int] | None = None,
    *,
    now: datetime | None = None,
) -> int:
    """Write the calendar atomically; returns the number of events."""
    calendar = build_calendar(uow, agreement_ids, now=now)
    write_atomically(Path(path), calendar.to_ical())
    return len(calendar.walk("VEVENT"))
