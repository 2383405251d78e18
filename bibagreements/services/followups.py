"""Follow-up entries: sub-goal, activity and outcome per area and year."""

from __future__ import annotations

from sqlalchemy import select

from bibagreements.domain.limits import followup_text_problems
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import FollowUp
from bibagreements.domain.validation import MAX_YEAR, MIN_YEAR, funding_problems
from bibagreements.errors import ConflictError, ValidationError
from bibagreements.services.mapping import followup_record
from bibagreements.services.rows import changed_since, row_or_not_found
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow, AreaRow, CheckinRow, FollowUpRow


def followup_problems(uow: UnitOfWork, entry: FollowUp) -> list[Problem]:
    problems = []
    if not MIN_YEAR <= entry.year <= MAX_YEAR:
        problems.append(Problem("four_digit_year", "year"))
    if not (entry.sub_goal.strip() or entry.activity.strip() or entry.outcome.strip()):
        problems.append(Problem("empty_followup", "entry"))
    problems += funding_problems(entry)
    if entry.area_id is not None:
        area = uow.session.get(AreaRow, entry.area_id)
        if area is None or area.agreement_id != entry.agreement_id:
            problems.append(Problem("not_an_area", "area"))
    if entry.checkin_id is not None:
        checkin = uow.session.get(CheckinRow, entry.checkin_id)
        if checkin is None or checkin.agreement_id != entry.agreement_id:
            problems.append(Problem("not_a_checkin", "checkin"))
    return problems + followup_text_problems(entry)


def save_followup(uow: UnitOfWork, entry: FollowUp) -> FollowUp:
    row_or_not_found(uow, AgreementRow, entry.agreement_id, "no_agreement")
    problems = followup_problems(uow, entry)
    if problems:
        raise ValidationError(problems)
    row = (
        FollowUpRow()
        if entry.id is None
        else row_or_not_found(uow, FollowUpRow, entry.id, "no_followup")
    )
    if (changed := changed_since(uow, row, entry.version)) is not None:
        raise ConflictError("followup_changed", year=row.year, **changed)
    row.agreement_id = entry.agreement_id
    row.area_id = entry.area_id
    row.checkin_id = entry.checkin_id
    row.year = entry.year
    row.sub_goal = entry.sub_goal
    row.activity = entry.activity
    row.outcome = entry.outcome
    row.funding_sek = entry.funding_sek
    row.funder = entry.funder.strip()
    uow.session.add(row)
    uow.session.flush()
    uow.session.refresh(row)
    return followup_record(row)


def list_followups(uow: UnitOfWork, year: int | None = None) -> list[FollowUp]:
    query = select(FollowUpRow).order_by(FollowUpRow.year, FollowUpRow.agreement_id, FollowUpRow.id)
    if year is not None:
        query = query.where(FollowUpRow.year == year)
    return [followup_record(row) for row in uow.session.scalars(query)]


def agreement_followups(uow: UnitOfWork, agreement_id: int) -> list[FollowUp]:
    """One agreement's entries, newest year first."""
    row_or_not_found(uow, AgreementRow, agreement_id, "no_agreement")
    query = (
        select(FollowUpRow)
        .where(FollowUpRow.agreement_id == agreement_id)
        .order_by(FollowUpRow.year.desc(), FollowUpRow.id)
    )
    return [followup_record(row) for row in uow.session.scalars(query)]


def delete_followup(
    uow: UnitOfWork, followup_id: int, agreement_id: int, *, version: int = 0
) -> None:
    """Delete an entry; ``version``: as it was read (a colleague's change since refuses it)."""
    row = row_or_not_found(
        uow, FollowUpRow, followup_id, "no_followup_in_agreement", within_agreement=agreement_id
    )
    if (changed := changed_since(uow, row, version)) is not None:
        raise ConflictError("followup_changed", year=row.year, **changed)
    uow.session.delete(row)
    uow.session.flush()
