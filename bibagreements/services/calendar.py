"""Exporting check-ins to an iCalendar file (the format itself is interchange/ics.py).

Without explicit IDs the export covers the agreements whose check-ins are
promised (out for signature, or signed and not ended on the day), as the
reminders do; named agreements
are exported whatever their status. The events' words come from the phrase
tables ("calendar" section) in each agreement's language; the calendar's name
in the first agreement's.

Not covered: the check-ins of an agreement that is no longer in force
disappear from the default export without a cancellation (METHOD:PUBLISH has
no way to say "gone"); removals are not carried by the interchange file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bibagreements.documents.phrases import load_phrases
from bibagreements.domain import clock
from bibagreements.domain.enums import AgreementStatus, Language
from bibagreements.errors import NotFoundError
from bibagreements.interchange.ics import (
    CalendarTexts,
    Contact,
    EventAgreement,
    EventCheckin,
    EventDeadline,
    Removal,
    build_calendar,
    event_count,
)
from bibagreements.scheduling.deadlines import decision_date, notice_deadline
from bibagreements.services.mapping import renewal_terms, row_status_on
from bibagreements.storage.atomic import write_atomically
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow, PartyRow

# Without explicit IDs: agreements whose check-ins are promised (as for reminders):
# out for signature, or signed and not ended on the day of the export.
_OPEN = (AgreementStatus.ACTIVE, AgreementStatus.ENDED, AgreementStatus.OUT_FOR_SIGNATURE)
_TEXT_KEYS = (
    "summary",
    "summary_held",
    "summary_cancelled",
    "about",
    "held",
    "cancelled",
    "removed",
    "parties",
    "contacts",
    "name",
    "decision",
    "decision_about",
    "notice",
    "notice_about",
)


def calendar_texts(language: Language) -> CalendarTexts:
    entries = load_phrases(language.value).entries
    return CalendarTexts(**{key: entries[f"calendar.{key}"] for key in _TEXT_KEYS})


def _open_on(row: AgreementRow, today: date) -> bool:
    if row.status is AgreementStatus.OUT_FOR_SIGNATURE:
        return True
    return row_status_on(row, today).status is not AgreementStatus.ENDED


def _rows(uow: UnitOfWork, agreement_ids: Sequence[int] | None, today: date) -> list[AgreementRow]:
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
        candidates = uow.session.scalars(query.where(AgreementRow.status.in_(_OPEN)))
        return [row for row in candidates if _open_on(row, today)]
    rows = list(uow.session.scalars(query.where(AgreementRow.id.in_(set(agreement_ids)))))
    missing = sorted(set(agreement_ids) - {row.id for row in rows})
    if missing:
        raise NotFoundError("no_agreement", id=", ".join(map(str, missing)))
    return rows


def _deadlines(row: AgreementRow, today: date) -> tuple[EventDeadline, ...]:
    """The current term's decision date and notice deadline, while they matter."""
    state = row_status_on(row, today)
    if row.notice_given_on is not None or state.status is not AgreementStatus.ACTIVE:
        return ()
    term_end = state.end
    if term_end is None:
        return ()
    terms = renewal_terms(
        row.notice_months, row.notice_rule, row.extension_months, row.decision_lead_days
    )
    found = (
        ("decision", decision_date(term_end, terms)),
        ("notice", notice_deadline(term_end, terms)),
    )
    return tuple(EventDeadline(kind, day, term_end) for kind, day in found if day is not None)


def _agreement(row: AgreementRow, today: date) -> EventAgreement:
    return EventAgreement(
        uid=row.uid,
        title=row.title,
        texts=calendar_texts(row.language),
        changed=row.updated_at,
        parties=tuple(p.organisation.name for p in row.parties),
        contacts=tuple(
            Contact(p.contact_person.name, p.contact_person.email, p.organisation.name)
            for p in row.parties
            if p.contact_person
        ),
        checkins=tuple(
            EventCheckin(
                id=c.id,
                due=c.due_date,
                status=c.status,
                held_on=c.held_on,
                scheduled_on=c.scheduled_on,
                event_uid=c.event_uid,
                changed=c.updated_at,
            )
            for c in row.checkins
        ),
        removals=tuple(
            Removal(r.id, r.event_uid, r.due_date, r.removed_at) for r in row.checkin_removals
        ),
        deadlines=_deadlines(row, today),
    )


def checkin_calendar(
    uow: UnitOfWork,
    agreement_ids: Sequence[int] | None = None,
    *,
    now: datetime | None = None,
    today: date | None = None,
) -> Calendar:
    """The calendar of the given (default: not ended on ``today``) agreements' check-ins."""
    day = today or (now.date() if now else clock.today())
    agreements = [_agreement(row, day) for row in _rows(uow, agreement_ids, day)]
    name = (agreements[0].texts if agreements else calendar_texts(Language.SV)).name
    return build_calendar(agreements, name, now=now)


def calendar_bytes(
    uow: UnitOfWork,
    agreement_ids: Sequence[int] | None = None,
    *,
    now: datetime | None = None,
    today: date | None = None,
) -> bytes:
    data: bytes = checkin_calendar(uow, agreement_ids, now=now, today=today).to_ical()
    return data


def export_calendar(
    uow: UnitOfWork,
    path: Path,
    agreement_ids: Sequence[int] | None = None,
    *,
    now: datetime | None = None,
    today: date | None = None,
) -> int:
    """Write the calendar atomically; returns the number of events."""
    calendar = checkin_calendar(uow, agreement_ids, now=now, today=today)
    write_atomically(Path(path), calendar.to_ical())
    return event_count(calendar)
