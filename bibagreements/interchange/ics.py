"""Check-ins as an iCalendar file, for Outlook, Thunderbird and the like.

Every check-in given becomes one all-day event, whatever its status: a
planned one as STATUS:CONFIRMED, a held one also as CONFIRMED, marked held in
its summary and with the date it was held in its description (it stays in the
calendar as done), a cancelled one as STATUS:CANCELLED. A calendar that
imported an earlier export then updates or strikes out the event it already
has instead of keeping a stale one.

UID: the same check-in gets the same UID in every export, also after the
schedule was regenerated or the data moved to another database (interchange
file); domain.event_uids says how. Of two check-ins that claim the same
generated date (only possible through imports), the one with the lower ID
keeps the date UID and the other falls back to its ID.

A check-in a re-plan deleted is given as a removal and exported as a
cancelled event under its old UID, so a calendar that has it strikes it out;
once the schedule brings the date back, the planned event wins again.

SEQUENCE: seconds since 2000-01-01 UTC of the later of the check-in's and its
agreement's last change (moving, holding, cancelling or editing the
agreement all bump it, and it never decreases for a UID as long as the
clock does not run backwards). Two changes within the same second share a
value. The same moment is LAST-MODIFIED.

An agreement with notice terms also gets its current term's decision date
and notice deadline as all-day events (no attendees: they are the
coordinator's own), under a UID per agreement, kind and term.

Nothing here touches a database: services.calendar reads the check-ins and
the texts (the phrase tables' "calendar" section) and hands them over.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event, vCalAddress

from bibagreements import __version__
from bibagreements.domain.enums import CheckinStatus
from bibagreements.domain.event_uids import generated_uid, id_based_uid

PRODID = f"-//bibagreements//bibagreements {__version__}//SV"
# SEQUENCE counts seconds from here (fits the 32-bit INTEGER of RFC 5545 until 2068).
SEQUENCE_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_SEQUENCE_MAX = 2**31 - 1


@dataclass(frozen=True)
class CalendarTexts:
    """The words of the events, in the agreement's language ({title}, {day}, {names})."""

    summary: str
    summary_held: str
    summary_cancelled: str
    about: str
    held: str
    cancelled: str
    removed: str
    parties: str
    contacts: str
    name: str
    decision: str = "{title}"  # the coordinator's decision date ({title}, {end})
    decision_about: str = ""
    notice: str = "{title}"  # the last day to give notice ({title}, {end})
    notice_about: str = ""


@dataclass(frozen=True)
class Contact:
    name: str
    email: str
    organisation: str


@dataclass(frozen=True)
class EventCheckin:
    id: int
    due: date
    status: CheckinStatus
    held_on: date | None
    scheduled_on: date | None
    event_uid: str | None
    changed: datetime  # naive: local time, as stored


@dataclass(frozen=True)
class Removal:
    """A check-in a re-plan deleted, remembered under the UID it was exported with."""

    id: int
    event_uid: str
    due: date
    removed: datetime  # naive: local time, as stored


@dataclass(frozen=True)
class EventDeadline:
    """A decision date or a notice deadline of the term ending ``term_end``."""

    kind: str  # "decision" or "notice"
    day: date
    term_end: date


@dataclass(frozen=True)
class EventAgreement:
    uid: str
    title: str
    texts: CalendarTexts
    changed: datetime  # naive: local time, as stored
    parties: tuple[str, ...]
    contacts: tuple[Contact, ...]
    checkins: tuple[EventCheckin, ...]  # by due date
    removals: tuple[Removal, ...] = ()
    deadlines: tuple[EventDeadline, ...] = ()


def checkin_uid(agreement_uid: str, scheduled_on: date | None, checkin_id: int) -> str:
    """The UID of a check-in without a stored one: by generated date, else by ID."""
    if scheduled_on is not None:
        return generated_uid(agreement_uid, scheduled_on)
    return id_based_uid(agreement_uid, checkin_id)


def _utc(moment: datetime) -> datetime:
    # Stored naive in local time (storage.models.now); aware values pass as they are.
    return moment.astimezone(UTC)


def _last_change(agreement: EventAgreement, moment: datetime) -> datetime:
    """When the event's content last changed (its own change or the agreement's), in UTC."""
    return max(_utc(moment), _utc(agreement.changed)).replace(microsecond=0)


def _sequence(agreement: EventAgreement, moment: datetime) -> int:
    """Whole seconds from SEQUENCE_EPOCH to the event's last change."""
    seconds = int((_last_change(agreement, moment) - SEQUENCE_EPOCH).total_seconds())
    return min(max(seconds, 0), _SEQUENCE_MAX)


def _uids(agreement: EventAgreement) -> dict[int, str]:
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


def _event(agreement: EventAgreement, checkin: EventCheckin, uid: str, stamp: datetime) -> Event:
    texts = agreement.texts
    summary, status = texts.summary, "CONFIRMED"
    lines = [texts.about.format(title=agreement.title)]
    if checkin.status is CheckinStatus.HELD:
        summary = texts.summary_held
        held = checkin.held_on or checkin.due
        lines.append(texts.held.format(day=held.isoformat()))
    elif checkin.status is CheckinStatus.CANCELLED:
        summary, status = texts.summary_cancelled, "CANCELLED"
        lines.append(texts.cancelled)
    lines.append(texts.parties.format(names=", ".join(agreement.parties)))
    if agreement.contacts:
        names = ", ".join(f"{c.name} ({c.organisation})" for c in agreement.contacts)
        lines.append(texts.contacts.format(names=names))
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("sequence", _sequence(agreement, checkin.changed))
    event.add("status", status)
    event.add("dtstart", checkin.due)
    event.add("dtend", checkin.due + timedelta(days=1))
    event.add("summary", summary.format(title=agreement.title))
    event.add("description", "\n".join(lines))
    # An all-day reminder, not a meeting time: do not show the day as busy.
    event.add("transp", "TRANSPARENT")
    event.add("last-modified", _last_change(agreement, checkin.changed))
    for contact in agreement.contacts:
        if not contact.email.strip():
            continue
        attendee = vCalAddress(f"mailto:{contact.email.strip()}")
        attendee.params["cn"] = contact.name
        attendee.params["role"] = "REQ-PARTICIPANT"
        attendee.params["cutype"] = "INDIVIDUAL"
        event.add("attendee", attendee, encode=False)
    return event


def deadline_uid(agreement_uid: str, kind: str, term_end: date) -> str:
    """One UID per agreement, kind and term: a changed date updates the same event."""
    return f"{kind}-{agreement_uid}-{term_end:%Y%m%d}@bibagreements"


def _deadline_event(agreement: EventAgreement, deadline: EventDeadline, stamp: datetime) -> Event:
    texts = agreement.texts
    summary = texts.decision if deadline.kind == "decision" else texts.notice
    about = texts.decision_about if deadline.kind == "decision" else texts.notice_about
    values = {"title": agreement.title, "end": deadline.term_end.isoformat()}
    event = Event()
    event.add("uid", deadline_uid(agreement.uid, deadline.kind, deadline.term_end))
    event.add("dtstamp", stamp)
    event.add("sequence", _sequence(agreement, agreement.changed))
    event.add("status", "CONFIRMED")
    event.add("dtstart", deadline.day)
    event.add("dtend", deadline.day + timedelta(days=1))
    event.add("summary", summary.format(**values))
    event.add("description", about.format(**values))
    event.add("transp", "TRANSPARENT")
    event.add("last-modified", _last_change(agreement, agreement.changed))
    return event


def _removed_event(agreement: EventAgreement, removal: Removal, stamp: datetime) -> Event:
    texts = agreement.texts
    event = Event()
    event.add("uid", removal.event_uid)
    event.add("dtstamp", stamp)
    event.add("sequence", _sequence(agreement, removal.removed))
    event.add("status", "CANCELLED")
    event.add("dtstart", removal.due)
    event.add("dtend", removal.due + timedelta(days=1))
    event.add("summary", texts.summary_cancelled.format(title=agreement.title))
    about = texts.about.format(title=agreement.title)
    event.add("description", f"{about}\n{texts.removed}")
    event.add("transp", "TRANSPARENT")
    event.add("last-modified", _last_change(agreement, removal.removed))
    return event


def build_calendar(
    agreements: Sequence[EventAgreement], name: str, *, now: datetime | None = None
) -> Calendar:
    """One all-day event per check-in (planned, held or cancelled) and per removal
    the schedule has not brought back; ``name`` is the calendar's display name."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"bibagreements – {name}")
    for agreement in agreements:
        uids = _uids(agreement)
        removed = {r.event_uid: r for r in agreement.removals}
        for checkin in agreement.checkins:
            uid = uids[checkin.id]
            event = _event(agreement, checkin, uid, stamp)
            if uid in removed:  # back after a re-plan removed it: outrank the cancellation
                cancelled = _sequence(agreement, removed[uid].removed)
                seq = max(event.decoded("sequence"), cancelled + 1)
                event.pop("sequence")
                event.add("sequence", min(seq, _SEQUENCE_MAX))
            calendar.add_component(event)
        current = set(uids.values())
        for removal in sorted(agreement.removals, key=lambda r: (r.due, r.id)):
            if removal.event_uid not in current:
                calendar.add_component(_removed_event(agreement, removal, stamp))
        for deadline in agreement.deadlines:
            calendar.add_component(_deadline_event(agreement, deadline, stamp))
    return calendar


def event_count(calendar: Calendar) -> int:
    """The check-in events (and removals): what is not a decision or notice deadline."""
    return sum(
        1
        for event in calendar.walk("VEVENT")
        if not str(event["uid"]).startswith(("decision-", "notice-"))
    )


def deadline_count(calendar: Calendar) -> int:
    return len(calendar.walk("VEVENT")) - event_count(calendar)
