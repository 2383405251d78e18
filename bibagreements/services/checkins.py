"""Check-in records: adding and storing them (scheduling rules live in scheduling/)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from bibagreements.domain.event_uids import generated_uid, new_manual_uid
from bibagreements.domain.records import Checkin
from bibagreements.domain.validation import checkin_problems, fold_text
from bibagreements.errors import ConflictError, ValidationError
from bibagreements.services.mapping import checkin_record
from bibagreements.services.rows import changed_since, row_or_not_found
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


def save_checkin(uow: UnitOfWork, checkin: Checkin) -> Checkin:
    """Store a check-in as given (create when id is None)."""
    agreement = row_or_not_found(uow, AgreementRow, checkin.agreement_id, "no_agreement")
    problems = checkin_problems(checkin)
    if problems:
        raise ValidationError(problems)
    row = (
        CheckinRow()
        if checkin.id is None
        else row_or_not_found(
            uow,
            CheckinRow,
            checkin.id,
            "no_checkin_in_agreement",
            within_agreement=checkin.agreement_id,
        )
    )
    if (changed := changed_since(uow, row, checkin.version)) is not None:
        raise ConflictError("checkin_changed", due=row.due_date.isoformat(), **changed)
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
