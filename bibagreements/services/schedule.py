"""The check-in schedule of an agreement: preview, regenerate, move, add, cancel, record.

The rules (due dates, what a re-plan may change) are in ``scheduling/``; this
module loads check-ins, applies the plans and guards every change a person
asks for.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bibagreements.domain import clock
from bibagreements.domain.enums import Cadence, CheckinStatus
from bibagreements.domain.event_uids import new_manual_uid
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Checkin, FollowUp
from bibagreements.domain.validation import checkin_problems
from bibagreements.errors import ConflictError, NotFoundError, ValidationError
from bibagreements.scheduling import ExistingCheckin, plan_regeneration
from bibagreements.services.checkins import participant_rows, remove_checkin_row
from bibagreements.services.followups import save_followup
from bibagreements.services.mapping import checkin_record
from bibagreements.services.rows import changed_since, row_or_not_found
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow, CheckinRow


@dataclass(frozen=True)
class SchedulePreview:
    """What a re-plan keeps, deletes and creates (shown before it is applied)."""

    keep: tuple[Checkin, ...]
    delete: tuple[Checkin, ...]
    create: tuple[date, ...]

    @property
    def is_noop(self) -> bool:
        return not self.delete and not self.create


def _agreement(uow: UnitOfWork, agreement_id: int) -> AgreementRow:
    return row_or_not_found(uow, AgreementRow, agreement_id, "no_agreement")


def _checkin_rows(uow: UnitOfWork, agreement_id: int) -> list[CheckinRow]:
    query = (
        select(CheckinRow)
        .where(CheckinRow.agreement_id == agreement_id)
        .order_by(CheckinRow.due_date, CheckinRow.id)
        .options(selectinload(CheckinRow.participants))
    )
    return list(uow.session.scalars(query))


def _checkin_row(uow: UnitOfWork, checkin_id: int, version: int = 0) -> CheckinRow:
    """The check-in, refused if it changed since it was read at ``version`` (0: not read)."""
    row = row_or_not_found(uow, CheckinRow, checkin_id, "no_checkin")
    if (changed := changed_since(uow, row, version)) is not None:
        raise ConflictError("checkin_changed", due=row.due_date.isoformat(), **changed)
    return row


def list_checkins(uow: UnitOfWork, agreement_id: int) -> list[Checkin]:
    """The agreement's check-ins by due date (NotFoundError for an unknown agreement)."""
    _agreement(uow, agreement_id)
    return [checkin_record(row) for row in _checkin_rows(uow, agreement_id)]


# Of several check-ins due on one day, the one a person means: the one still to
# hold, else the one held; a cancelled one only when nothing else is due that day.
_DUE_ON_PRECEDENCE = {CheckinStatus.PLANNED: 0, CheckinStatus.HELD: 1, CheckinStatus.CANCELLED: 2}


def checkin_due_on(checkins: Iterable[Checkin], due: date) -> Checkin | None:
    """The check-in due on ``due`` ("the check-in of 2020-05-08"), None when there is none.

    By its current due date: a moved check-in is found at the date it was moved
    to, which is the date every list, document and calendar shows, not at the
    date the schedule generated. A planned one comes before a held one, a
    cancelled one only when it is all there is; of equals, the one added first.
    """
    matches = [c for c in checkins if c.due == due]
    return min(matches, key=lambda c: (_DUE_ON_PRECEDENCE[c.status], c.id or 0), default=None)


def find_checkin(uow: UnitOfWork, agreement_id: int, due: date) -> Checkin:
    """The agreement's check-in due on ``due`` (see checkin_due_on)."""
    found = checkin_due_on(list_checkins(uow, agreement_id), due)
    if found is None:
        raise NotFoundError("no_checkin_due_on", agreement=agreement_id, due=due.isoformat())
    return found


def _plan(
    rows: Sequence[CheckinRow], start: date | None, end: date | None, cadence: Cadence
) -> SchedulePreview:
    existing = [
        ExistingCheckin(r.id, r.due_date, r.status.value, r.scheduled_on, r.touched) for r in rows
    ]
    by_id = {r.id: checkin_record(r) for r in rows}
    if start is None or end is None or end < start:
        # No (valid) period, no schedule: only untouched generated ones go.
        delete = tuple(by_id[c.id] for c in existing if c.deletable)
        keep = tuple(by_id[c.id] for c in existing if not c.deletable)
        return SchedulePreview(keep, delete, ())
    plan = plan_regeneration(existing, start, end, cadence)
    return SchedulePreview(
        keep=tuple(by_id[i] for i in plan.keep),
        delete=tuple(by_id[i] for i in plan.delete),
        create=plan.create,
    )


def preview_schedule(
    uow: UnitOfWork,
    agreement_id: int | None,
    start: date | None,
    end: date | None,
    cadence: Cadence,
) -> SchedulePreview:
    """What saving the agreement with this period and cadence would do to its check-ins.

    ``agreement_id`` None stands for an agreement not saved yet (nothing to keep).
    """
    rows = [] if agreement_id is None else _checkin_rows(uow, _agreement(uow, agreement_id).id)
    return _plan(rows, start, end, cadence)


def regenerate_schedule(uow: UnitOfWork, agreement_id: int) -> SchedulePreview:
    """Bring the check-ins in line with the stored period and cadence; returns the changes.

    Only untouched planned generated check-ins are deleted; held, moved,
    cancelled and hand-added ones stay.
    """
    agreement = _agreement(uow, agreement_id)
    rows = _checkin_rows(uow, agreement_id)
    result = _plan(rows, agreement.start_date, agreement.end_date, agreement.cadence)
    if result.is_noop:
        return result
    doomed = {c.id for c in result.delete}
    for row in rows:
        if row.id in doomed:
            remove_checkin_row(uow, agreement, row)
    for due in result.create:
        uow.session.add(
            CheckinRow(
                agreement_id=agreement_id,
                due_date=due,
                status=CheckinStatus.PLANNED,
                scheduled_on=due,
                touched=False,
                notes="",
            )
        )
    uow.session.flush()
    # The agreement's loaded collection no longer matches the table.
    uow.session.expire(agreement, ["checkins"])
    return result


def _period_problem(agreement: AgreementRow, due: date, field: str) -> Problem | None:
    start, end = agreement.start_date, agreement.end_date
    if (start and due < start) or (end and due > end):
        return Problem(
            "outside_period",
            field,
            date=due.isoformat(),
            start=start.isoformat() if start else "…",
            end=end.isoformat() if end else "…",
        )
    return None


def _planned(row: CheckinRow, action: str) -> None:
    if row.status is not CheckinStatus.PLANNED:
        raise ConflictError(
            "checkin_not_planned",
            due=row.due_date.isoformat(),
            checkin_status=row.status.value,
            action=action,
        )


def move_checkin(uow: UnitOfWork, checkin_id: int, due: date, *, version: int = 0) -> Checkin:
    """Give a planned check-in a new due date inside the period; a re-plan then leaves it."""
    row = _checkin_row(uow, checkin_id, version)
    _planned(row, "moved")
    problem = _period_problem(_agreement(uow, row.agreement_id), due, "due")
    if problem:
        raise ValidationError([problem])
    row.due_date = due
    row.touched = True
    return _stored(uow, row)


def add_checkin(uow: UnitOfWork, agreement_id: int, due: date, notes: str = "") -> Checkin:
    """Add a check-in by hand (scheduled_on None: no re-plan ever removes it)."""
    agreement = _agreement(uow, agreement_id)
    problem = _period_problem(agreement, due, "due")
    if problem:
        raise ValidationError([problem])
    row = CheckinRow(
        agreement_id=agreement_id,
        due_date=due,
        status=CheckinStatus.PLANNED,
        scheduled_on=None,
        touched=False,
        notes=notes,
        event_uid=new_manual_uid(agreement.uid),
    )
    uow.session.add(row)
    return _stored(uow, row)


def cancel_checkin(uow: UnitOfWork, checkin_id: int, *, version: int = 0) -> Checkin:
    """Cancel a planned check-in; cancelling it twice changes nothing."""
    row = _checkin_row(uow, checkin_id, version)
    if row.status is CheckinStatus.CANCELLED:
        return checkin_record(row)
    _planned(row, "cancelled")
    row.status = CheckinStatus.CANCELLED
    row.touched = True
    return _stored(uow, row)


def record_checkin(
    uow: UnitOfWork,
    checkin_id: int,
    held_on: date,
    *,
    participants: Iterable[str] | None = None,
    notes: str | None = None,
    followups: Iterable[FollowUp] = (),
    today: date | None = None,
    version: int = 0,
) -> Checkin:
    """Record a check-in as held.

    Recording a held one again (to correct the date, say) keeps its notes and
    participants unless new ones are given. Follow-up entries are attached to
    the check-in and its agreement. ``version``: the check-in as it was read; a
    colleague who recorded it since has the refusal, not a silent overwrite.
    """
    today = today or clock.today()
    row = _checkin_row(uow, checkin_id, version)
    if row.status is CheckinStatus.CANCELLED:
        raise ConflictError("checkin_cancelled", due=row.due_date.isoformat())
    agreement = _agreement(uow, row.agreement_id)
    record = Checkin(
        agreement_id=row.agreement_id,
        due=row.due_date,
        status=CheckinStatus.HELD,
        held_on=held_on,
        participants=tuple(p.name for p in row.participants)
        if participants is None
        else tuple(name.strip() for name in participants),
        notes=row.notes if notes is None else notes,
    )
    problems = checkin_problems(record)
    if held_on > today:
        problems.append(
            Problem("held_in_future", "held_on", date=held_on.isoformat(), today=today.isoformat())
        )
    if agreement.start_date and held_on < agreement.start_date:
        problems.append(
            Problem(
                "held_before_start",
                "held_on",
                date=held_on.isoformat(),
                start=agreement.start_date.isoformat(),
            )
        )
    if problems:
        raise ValidationError(problems)
    row.status = CheckinStatus.HELD
    row.held_on = held_on
    row.notes = record.notes
    row.touched = True
    if participants is not None:
        row.participants = participant_rows(uow, row.agreement_id, record.participants)
    stored = _stored(uow, row)
    for entry in followups:
        save_followup(
            uow, dataclasses.replace(entry, agreement_id=row.agreement_id, checkin_id=row.id)
        )
    return stored


def _stored(uow: UnitOfWork, row: CheckinRow) -> Checkin:
    uow.session.flush()
    agreement = uow.session.get(AgreementRow, row.agreement_id)
    if agreement is not None:
        uow.session.expire(agreement, ["checkins"])
    uow.session.refresh(row)
    return checkin_record(row)
