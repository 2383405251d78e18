"""Check-in records: adding and storing them (scheduling rules live in scheduling/)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from bibagreements.domain.enums import CheckinStatus
from bibagreements.domain.event_uids import generated_uid, new_manual_uid, uid_problem
from bibagreements.domain.records import Checkin
from bibagreements.errors import NotFoundError, ValidationError
from bibagreements.services.mapping import checkin_record
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import (
    AgreementRow,
    CheckinParticipantRow,
    CheckinRemovalRow,
    CheckinRow,
    PartyRow,
    PersonRow,
    now,
)
from bibagreements.storage.textfold import fold_text


def checkin_problems(checkin: Checkin) -> list[str]:
    problems = []
    if checkin.status is CheckinStatus.HELD and checkin.held_on is None:
        problems.append("held_on: a held check-in needs the date it was held")
    if checkin.status is not CheckinStatus.HELD and checkin.held_on is not None:
        problems.append("held_on: only a held check-in has a date held")
    if any(not name.strip() for name in checkin.participants):
        problems.append("participants: a participant needs a name")
    if checkin.event_uid is not None and (problem := uid_problem(checkin.event_uid)):
        problems.append(f"event_uid: {problem}")
    return problems


def save_checkin(uow: UnitOfWork, checkin: Checkin) -> Checkin:
    """Store a check-in as given (create when id is None).

    The importer clears the schedule generated on saving before it stores a
    file's check-ins (clear_generated_checkins), so nothing is doubled.
    """
    agreement = uow.session.get(AgreementRow, checkin.agreement_id)
    if agreement is None:
        raise NotFoundError(f"no agreement with ID {checkin.agreement_id}")
    problems = checkin_problems(checkin)
    if problems:
        raise ValidationError(problems)
    row = CheckinRow() if checkin.id is None else uow.session.get(CheckinRow, checkin.id)
    if row is None or (checkin.id is not None and row.agreement_id != checkin.agreement_id):
        raise NotFoundError(f"no check-in with ID {checkin.id} in this agreement")
    row.agreement_id = checkin.agreement_id
    row.due_date = checkin.due
    row.status = checkin.status
    row.held_on = checkin.held_on
    row.notes = checkin.notes
    row.scheduled_on = checkin.scheduled_on
    row.touched = checkin.touched
    if checkin.event_uid is not None:
        row.event_uid = checkin.event_uid
    elif row.event_uid is None and checkin.scheduled_on is None:
        row.event_uid = new_manual_uid(agreement.uid)  # added by hand: a UID of its own
    row.participants = participant_rows(uow, checkin.agreement_id, checkin.participants)
    uow.session.add(row)
    uow.session.flush()
    # Keep the agreement's loaded check-in list in step with the table.
    uow.session.expire(agreement, ["checkins"])
    uow.session.refresh(row)
    return checkin_record(row)


def participant_rows(
    uow: UnitOfWork, agreement_id: int, names: Iterable[str]
) -> list[CheckinParticipantRow]:
    """Participants by name, linked to the register's person where the name is unambiguous.

    The link is what lets a person's data be exported and erased later.
    """
    org_ids = select(PartyRow.organisation_id).where(PartyRow.agreement_id == agreement_id)
    people = uow.session.execute(
        select(PersonRow.id, PersonRow.name).where(PersonRow.organisation_id.in_(org_ids))
    ).all()
    by_name: dict[str, list[int]] = {}
    for person_id, name in people:
        by_name.setdefault(fold_text(name.strip()), []).append(person_id)
    rows = []
    for position, name in enumerate(names):
        matches = by_name.get(fold_text(name.strip()), [])
        rows.append(
            CheckinParticipantRow(
                position=position,
                name=name.strip(),
                person_id=matches[0] if len(matches) == 1 else None,
            )
        )
    return rows


def clear_generated_checkins(uow: UnitOfWork, agreement_id: int) -> int:
    """Delete the agreement's planned, untouched generated check-ins; returns how many.

    The importer calls it when a file brings the agreement's own check-ins, so
    that the schedule generated on saving does not double them.
    """
    rows = uow.session.scalars(
        select(CheckinRow).where(
            CheckinRow.agreement_id == agreement_id,
            CheckinRow.status == CheckinStatus.PLANNED,
            CheckinRow.touched.is_(False),
            CheckinRow.scheduled_on.is_not(None),
        )
    ).all()
    agreement = uow.session.get(AgreementRow, agreement_id)
    if agreement is None:
        return 0
    for row in rows:
        remove_checkin_row(uow, agreement, row)
    uow.session.flush()
    uow.session.expire(agreement, ["checkins"])
    return len(rows)


def remove_checkin_row(uow: UnitOfWork, agreement: AgreementRow, row: CheckinRow) -> None:
    """Delete a check-in, remembering its calendar UID so an .ics export can cancel it."""
    uid = row.event_uid
    if uid is None and row.scheduled_on is not None:
        uid = generated_uid(agreement.uid, row.scheduled_on)
    if uid is not None:
        removal = uow.session.scalars(
            select(CheckinRemovalRow).where(
                CheckinRemovalRow.agreement_id == agreement.id,
                CheckinRemovalRow.event_uid == uid,
            )
        ).one_or_none() or CheckinRemovalRow(agreement_id=agreement.id, event_uid=uid)
        removal.due_date = row.due_date
        removal.removed_at = now()
        uow.session.add(removal)
    uow.session.delete(row)
