"""Check-ins as an iCalendar file, for Outlook, Thunderbird and the like.

Every check-in of the exported agreements becomes one all-day event, whatever
its status: a planned one as STATUS:CONFIRMED, a held one also as CONFIRMED,
marked held in its summary and with the date it was held in its description
(it stays in the calendar as done), a cancelled one as STATUS:CANCELLED. A
calendar that imported an earlier export then updates or strikes out the
event it already has instead of keeping a stale one.

UID: the same check-in gets the same UID in every export, also after the
schedule was regenerated or the data moved to another database (interchange
file); domain.event_uids says how. Of two check-ins that claim the same
generated date (only possible through imports), the one with the lower ID
keeps the date UID and the other falls back to its ID.

A check-in a re-plan deleted is exported as a cancelled event under its old
UID (from the ``checkin_removal`` table), so a calendar that has it strikes it
out; once the schedule brings the date back, the planned event wins again.

SEQUENCE: seconds since 2000-01-01 UTC of the later of the check-in's and its
agreement's ``updated_at`` (moving, holding, cancelling or editing the
agreement all bump it, and it never decreases for a UID as long as the
clock does not run backwards). Two changes within the same second share a
value. The same moment is LAST-MODIFIED.

Not covered: the check-ins of an agreement that is no longer in force
disappear from the default export without a cancellation (METHOD:PUBLISH has
no way to say "gone"); removals are not carried by the interchange file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bibagreements import __version__
from bibagreements.domain.enums import AgreementStatus, CheckinStatus, Language
from bibagreements.domain.event_uids import generated_uid, id_based_uid
from bibagreements.errors import NotFoundError
from bibagreements.storage.atomic import write_atomically
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow, CheckinRemovalRow, CheckinRow, PartyRow

PRODID = f"-//bibagreements//bibagreements {__version__}//SV"
# Without explicit IDs: agreements whose check-ins are promised (as for reminders).
_IN_FORCE = (AgreementStatus.ACTIVE, AgreementStatus.OUT_FOR_SIGNATURE)
# SEQUENCE counts seconds from here (fits the 32-bit INTEGER of RFC 5545 until 2068).
SEQUENCE_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_SEQUENCE_MAX = 2**31 - 1

_TEXTS = {
    Language.SV: {
        "summary": "Avstämning: {title}",
        "summary_held": "Avstämning (hållen): {title}",
        "summary_cancelled": "Avstämning (inställd): {title}",
        "about": "Avstämning enligt avtalet ”{title}”.",
        "held": "Avstämningen hölls {day}.",
        "cancelled": "Avstämningen är inställd.",
        "removed": "Avstämningen är borttagen ur planen.",
        "parties": "Parter: {names}.",
        "contacts": "Kontaktpersoner: {names}.",
        "calendar": "Avstämningar",
    },
    Language.EN: {
        "summary": "Check-in: {title}",
        "summary_held": "Check-in (held): {title}",
        "summary_cancelled": "Check-in (cancelled): {title}",
        "about": "Check-in under the agreement “{title}”.",
        "held": "The check-in was held on {day}.",
        "cancelled": "This check-in was cancelled.",
        "removed": "This check-in was removed from the schedule.",
        "parties": "Parties: {names}.",
        "contacts": "Contact persons: {names}.",
        "calendar": "Check-ins",
    },
}


def checkin_uid(agreement_uid: str, scheduled_on: date | None, checkin_id: int) -> str:
    """The UID of a check-in without a stored one: by generated date, else by ID."""
    if scheduled_on is not None:
        return generated_uid(agreement_uid, scheduled_on)
    return id_based_uid(agreement_uid, checkin_id)


def _utc(moment: datetime) -> datetime:
    # Stored naive in local time (storage.models.now); aware values pass as they are.
    return moment.astimezone(UTC)


def last_change(agreement: AgreementRow, checkin: CheckinRow) -> datetime:
    """When the event's content last changed (check-in or agreement), in UTC."""
    return max(_utc(checkin.updated_at), _utc(agreement.updated_at)).replace(microsecond=0)


def sequence(agreement: AgreementRow, checkin: CheckinRow) -> int:
    """The event's SEQUENCE: whole seconds from SEQUENCE_EPOCH to its last change."""
    seconds = int((last_change(agreement, checkin) - SEQUENCE_EPOCH).total_seconds())
    return min(max(seconds, 0), _SEQUENCE_MAX)


def _agreements(uow: UnitOfWork, agreement_ids: Sequence[int] | None) -> list[AgreementRow]:
    query = (
        select(AgreementRow)
        .options(
            selectinload(AgreementRow.parties).selectinload(PartyRow.organisation),
            selectinload(AgreementRow.parties).selectinload(PartyRow.contact_person),
            selectinload(AgreementRow.checkins),
            selectinload(AgreementRow.checkin_removals),
        )
        .order_by(AgreementRow.id)
    )
    if agreement_ids is None:
        return list(uow.session.scalars(query.where(AgreementRow.status.in_(_IN_FORCE))))
    rows = list(uow.session.scalars(query.where(AgreementRow.id.in_(set(agreement_ids)))))
    missing = sorted(set(agreement_ids) - {row.id for row in rows})
    if missing:
        raise NotFoundError("no_agreement", id=", ".join(map(str, missing)))
    return rows


def _uids(agreement: AgreementRow) -> dict[int, str]:
    """Check-in ID → UID; of two claiming one generated date, the lower ID keeps it."""
    claimed: dict[date, int] = {}
    for checkin in sorted(agreement.checkins, key=lambda c: c.id):
        if checkin.scheduled_on is not None:
            claimed.setdefault(checkin.scheduled_on, checkin.id)
    uids = {}
    for c in agreement.checkins:
        if c.event_uid is not None:
            uids[c.id] = c.event_uid
            continue
        own_date = c.scheduled_on
        if own_date is not None and claimed[own_date] != c.id:
            own_date = None
        uids[c.id] = checkin_uid(agreement.uid, own_date, c.id)
    return uids


def _event(agreement: AgreementRow, checkin: CheckinRow, uid: str, stamp: datetime) -> Event:
    texts = _TEXTS[agreement.language]
    parties = [p.organisation.name for p in agreement.parties]
    contacts = [
        (p.contact_person, p.organisation.name) for p in agreement.parties if p.contact_person
    ]
    summary, status = texts["summary"], "CONFIRMED"
    lines = [texts["about"].format(title=agreement.title)]
    if checkin.status is CheckinStatus.HELD:
        summary = texts["summary_held"]
        held = checkin.held_on or checkin.due_date
        lines.append(texts["held"].format(day=held.isoformat()))
    elif checkin.status is CheckinStatus.CANCELLED:
        summary, status = texts["summary_cancelled"], "CANCELLED"
        lines.append(texts["cancelled"])
    lines.append(texts["parties"].format(names=", ".join(parties)))
    if contacts:
        names = ", ".join(f"{person.name} ({org})" for person, org in contacts)
        lines.append(texts["contacts"].format(names=names))
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("sequence", sequence(agreement, checkin))
    event.add("status", status)
    event.add("dtstart", checkin.due_date)
    event.add("dtend", checkin.due_date + timedelta(days=1))
    event.add("summary", summary.format(title=agreement.title))
    event.add("description", "\n".join(lines))
    # An all-day reminder, not a meeting time: do not show the day as busy.
    event.add("transp", "TRANSPARENT")
    event.add("last-modified", last_change(agreement, checkin))
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
    """One all-day event per check-in (planned, held or cancelled) of the given
    (default: in force) agreements."""
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
        uids = _uids(agreement)
        removed = {r.event_uid: r for r in agreement.checkin_removals}
        for checkin in agreement.checkins:
            uid = uids[checkin.id]
            event = _event(agreement, checkin, uid, stamp)
            if uid in removed:  # back after a re-plan removed it: outrank the cancellation
                seq = max(event.decoded("sequence"), _removal_sequence(agreement, removed[uid]) + 1)
                event.pop("sequence")
                event.add("sequence", min(seq, _SEQUENCE_MAX))
            calendar.add_component(event)
        current = set(uids.values())
        for removal in sorted(agreement.checkin_removals, key=lambda r: (r.due_date, r.id)):
            if removal.event_uid not in current:
                calendar.add_component(_removed_event(agreement, removal, stamp))
    return calendar


def _removal_change(agreement: AgreementRow, removal: CheckinRemovalRow) -> datetime:
    return max(_utc(removal.removed_at), _utc(agreement.updated_at)).replace(microsecond=0)


def _removal_sequence(agreement: AgreementRow, removal: CheckinRemovalRow) -> int:
    seconds = int((_removal_change(agreement, removal) - SEQUENCE_EPOCH).total_seconds())
    return min(max(seconds, 0), _SEQUENCE_MAX)


def _removed_event(agreement: AgreementRow, removal: CheckinRemovalRow, stamp: datetime) -> Event:
    texts = _TEXTS[agreement.language]
    changed = _removal_change(agreement, removal)
    event = Event()
    event.add("uid", removal.event_uid)
    event.add("dtstamp", stamp)
    event.add("sequence", _removal_sequence(agreement, removal))
    event.add("status", "CANCELLED")
    event.add("dtstart", removal.due_date)
    event.add("dtend", removal.due_date + timedelta(days=1))
    event.add("summary", texts["summary_cancelled"].format(title=agreement.title))
    about = texts["about"].format(title=agreement.title)
    event.add("description", f"{about}\n{texts['removed']}")
    event.add("transp", "TRANSPARENT")
    event.add("last-modified", changed)
    return event


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
