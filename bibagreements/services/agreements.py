"""Agreements: list, read, save (create or update), delete drafts."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from bibagreements.domain.enums import (
    AgreementKind,
    AgreementStatus,
)
from bibagreements.domain.lifecycle import agreement_on
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Agreement, AgreementSummary
from bibagreements.domain.validation import (
    SIGNED_STATUSES,
    agreement_problems,
    amends_problems,
    signed_content,
    transition_problem,
)
from bibagreements.errors import ConflictError, NotFoundError, ValidationError
from bibagreements.services.amendment_effects import apply_amendment
from bibagreements.services.mapping import agreement_record, amended_record
from bibagreements.services.organisations import ancestor_ids
from bibagreements.services.schedule import regenerate_schedule
from bibagreements.services.versions import freeze, needs_freezing
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import (
    AgreementRow,
    AreaRow,
    CheckinRow,
    FollowUpRow,
    GoverningDocumentRow,
    OrganisationRow,
    PartyRow,
    PersonRow,
    SectionRow,
)


def list_agreements(
    uow: UnitOfWork, status: AgreementStatus | None = None, today: date | None = None
) -> list[AgreementSummary]:
    """One summary per agreement, newest period first, with its status on ``today``.

    ``status`` filters by that status (an agreement whose period ended is
    ``ended`` whatever was last saved: domain.lifecycle). Plain column selects,
    no ORM objects: the list is read whole at start-up, and ten thousand
    agreements must stay quick and light.
    """
    from bibagreements.services.agreement_list import agreement_list

    summaries = agreement_list(uow, today, texts=False).summaries
    if status is not None:
        summaries = [s for s in summaries if s.status is status]
    return summaries


# An agreement with everything its record holds (services.mapping.agreement_record).
_WHOLE = (
    selectinload(AgreementRow.parties).selectinload(PartyRow.organisation),
    selectinload(AgreementRow.parties).selectinload(PartyRow.contact_person),
    selectinload(AgreementRow.parties).selectinload(PartyRow.signatory),
    selectinload(AgreementRow.areas),
    selectinload(AgreementRow.sections),
    selectinload(AgreementRow.governing_documents),
    selectinload(AgreementRow.checkins).selectinload(CheckinRow.participants),
    selectinload(AgreementRow.followups).selectinload(FollowUpRow.area),
    selectinload(AgreementRow.versions),
)


def _agreement_row(uow: UnitOfWork, agreement_id: int) -> AgreementRow:
    query = select(AgreementRow).where(AgreementRow.id == agreement_id).options(*_WHOLE)
    row = uow.session.scalars(query).first()
    if row is None:
        raise NotFoundError("no_agreement", id=agreement_id)
    return row


def _title(uow: UnitOfWork, agreement_id: int | None) -> str | None:
    if agreement_id is None:
        return None
    return uow.session.scalar(select(AgreementRow.title).where(AgreementRow.id == agreement_id))


def get_agreement(uow: UnitOfWork, agreement_id: int) -> Agreement:
    row = _agreement_row(uow, agreement_id)
    amended = None
    if row.amends_id is not None:
        amended = amended_record(_agreement_row(uow, row.amends_id))
    return agreement_record(
        row, _title(uow, row.parent_id), _title(uow, row.predecessor_id), amended
    )


def get_agreements(uow: UnitOfWork, ids: list[int]) -> list[Agreement]:
    """Several agreements, each as get_agreement gives it, read together (an import's batch)."""
    query = select(AgreementRow).where(AgreementRow.id.in_(ids)).options(*_WHOLE)
    rows = {row.id: row for row in uow.session.scalars(query)}
    records = []
    for agreement_id in ids:
        row = rows[agreement_id]
        amended = None
        if row.amends_id is not None:
            amended = amended_record(_agreement_row(uow, row.amends_id))
        records.append(
            agreement_record(
                row, _title(uow, row.parent_id), _title(uow, row.predecessor_id), amended
            )
        )
    return records


def agreement_ids(uow: UnitOfWork) -> list[int]:
    return list(uow.session.scalars(select(AgreementRow.id).order_by(AgreementRow.id)))


def _reference_problems(uow: UnitOfWork, a: Agreement) -> list[Problem]:
    session = uow.session
    problems = []
    for i, party in enumerate(a.parties):
        if session.get(OrganisationRow, party.organisation_id) is None:
            problems.append(
                Problem(
                    "party_organisation_missing",
                    "parties",
                    i,
                    "organisation",
                    id=party.organisation_id,
                )
            )
            continue
        allowed = ancestor_ids(uow, party.organisation_id)
        for role, person_id in (
            ("contact_person", party.contact_person_id),
            ("signatory", party.signatory_id),
        ):
            if person_id is None:
                continue
            person = session.get(PersonRow, person_id)
            if person is None:
                problems.append(Problem("no_person", "parties", i, role, id=person_id))
            elif person.organisation_id not in allowed:
                problems.append(
                    Problem(
                        "not_in_organisation",
                        "parties",
                        i,
                        role,
                        person=person.name,
                        party=party.name,
                    )
                )
    for label, ref in (
        ("parent", a.parent_id),
        ("predecessor", a.predecessor_id),
        ("amends", a.amends_id),
    ):
        if ref is None:
            continue
        target = session.get(AgreementRow, ref)
        if target is None:
            problems.append(Problem("no_agreement", label, id=ref))
        elif label == "parent" and target.kind is AgreementKind.PROJECT:
            problems.append(Problem("project_as_parent", "parent"))
        elif label == "amends":
            found = amends_problems(target.kind, target.status, a)
            problems += found or _amends_ended(uow, ref, a)
    return problems


def _amends_ended(uow: UnitOfWork, amended_id: int, a: Agreement) -> list[Problem]:
    """An unsigned amendment takes effect while the agreement it amends still runs: one
    that has ended by then is renewed or followed by a new agreement, not amended."""
    if a.start is None or a.status not in (
        AgreementStatus.DRAFT,
        AgreementStatus.OUT_FOR_SIGNATURE,
    ):
        return []
    amended = get_agreement(uow, amended_id)
    state = agreement_on(amended, a.start)
    if state.status is not AgreementStatus.ENDED or state.end is None:
        return []
    return [
        Problem(
            "amends_ended",
            "start",
            title=amended.title,
            date=a.start.isoformat(),
            end=state.end.isoformat(),
        )
    ]


def save_agreement(
    uow: UnitOfWork,
    agreement: Agreement,
    *,
    freeze_on_signing: bool = True,
    apply_on_signing: bool = True,
) -> Agreement:
    """Create (id None) or update an agreement with its parties and texts.

    An update must carry the version it was read at; a newer stored version
    means someone else saved in the meantime, and the save is refused. Going
    out for signature freezes a version (``freeze_on_signing=False``: the caller
    does, once the rest is in place, as an import does with its check-ins).
    An amendment every party has now signed takes effect on the agreement it
    amends (``apply_on_signing=False``: not again, for an import, whose amended
    agreement already carries its effect).
    """
    a = agreement
    problems = agreement_problems(a) + _reference_problems(uow, a)
    row: AgreementRow | None = None
    if a.id is not None:
        row = _agreement_row(uow, a.id)
        if row.version != a.version:
            raise ConflictError(
                "changed_by_someone_else", title=row.title, stored=row.version, yours=a.version
            )
        problem = transition_problem(row.status, a.status)
        if problem:
            problems.append(problem)
        if row.status in SIGNED_STATUSES and signed_content(
            agreement_record(row)
        ) != signed_content(a):
            problems.append(Problem("signed_content_changed", "content", title=row.title))
        problems.extend(_removed_area_problems(row, a))
    if problems:
        raise ValidationError(problems)
    old_schedule = (row.start_date, row.end_date, row.cadence) if row else None
    old_status = row.status if row else None
    if row is None:
        row = AgreementRow(uid=a.uid or str(uuid.uuid4()))
        uow.session.add(row)
    _write_fields(row, a)
    _write_children(row, a)
    row.updated_at = datetime.now().replace(microsecond=0)
    uow.session.flush()
    if (row.start_date, row.end_date, row.cadence) != old_schedule:
        regenerate_schedule(uow, row.id)
    saved = get_agreement(uow, row.id)
    if freeze_on_signing and needs_freezing(old_status, row.status, bool(saved.versions)):
        # What goes out for signature is kept as it is now (services.versions).
        freeze(uow, saved, signed_at(saved))
        uow.session.expire(row, ["versions"])
        saved = get_agreement(uow, row.id)
    signed_now = row.status in SIGNED_STATUSES and old_status not in SIGNED_STATUSES
    if apply_on_signing and signed_now and row.kind is AgreementKind.AMENDMENT:
        apply_amendment(uow, saved)
    return saved


def freeze_unless_frozen(uow: UnitOfWork, agreement_id: int) -> None:
    """Freeze a version of an agreement out for signature or signed that has none."""
    a = get_agreement(uow, agreement_id)
    if needs_freezing(None, a.status, bool(a.versions)) and not a.versions:
        freeze(uow, a, signed_at(a))


def signed_at(a: Agreement) -> datetime | None:
    """For an agreement stored already signed (an import): the day the last party signed."""
    days = [p.signed_on for p in a.parties]
    if a.status in SIGNED_STATUSES and days and all(days):
        return datetime.combine(max(d for d in days if d is not None), time())
    return None


def _removed_area_problems(row: AgreementRow, a: Agreement) -> list[Problem]:
    kept = {area.id for area in a.areas if area.id is not None}
    used = {f.area_id for f in row.followups}
    return [
        Problem("area_has_followups", "areas", title=area.title)
        for area in row.areas
        if area.id not in kept and area.id in used
    ]


def _write_fields(row: AgreementRow, a: Agreement) -> None:
    row.title = a.title.strip()
    row.kind = a.kind
    row.status = a.status
    row.language = a.language
    row.start_date = a.start
    row.end_date = a.end
    row.programme = a.programme
    row.development_area = a.development_area.strip()
    row.short_title = a.short_title.strip()
    row.purpose = a.purpose
    row.background = a.background
    row.cadence = a.cadence
    row.parent_id = a.parent_id
    row.predecessor_id = a.predecessor_id
    project = a.project
    row.project_goals = project.goals if project else ""
    row.project_funding_sek = project.funding_sek if project else None
    row.project_funder = project.funder if project else ""
    row.project_implementation = project.implementation if project else ""
    terms = a.renewal
    row.notice_months = terms.notice_months
    row.notice_rule = terms.notice_rule.value if terms.notice_months is not None else None
    row.extension_months = terms.extension_months
    row.decision_lead_days = terms.decision_lead_days
    row.notice_given_on = a.notice_given_on
    row.amends_id = a.amends_id
    row.new_end_date = a.new_end


def _write_children(row: AgreementRow, a: Agreement) -> None:
    existing_parties = {p.organisation_id: p for p in row.parties}
    parties = []
    for position, party in enumerate(a.parties):
        prow = existing_parties.get(party.organisation_id) or PartyRow(
            organisation_id=party.organisation_id
        )
        prow.position = position
        prow.registry_number = party.registry_number.strip()
        prow.contact_person_id = party.contact_person_id
        prow.signatory_id = party.signatory_id
        prow.signatory_title = party.signatory_title.strip()
        prow.signed_on = party.signed_on
        prow.signed_place = party.signed_place.strip()
        prow.leaves = party.leaves
        prow.left_on = party.left_on
        parties.append(prow)
    row.parties = parties

    existing_areas = {area.id: area for area in row.areas}
    areas = []
    for position, area in enumerate(a.areas):
        arow = existing_areas.get(area.id) if area.id is not None else None
        arow = arow or AreaRow()
        arow.position = position
        arow.title = area.title.strip()
        arow.description = area.description
        areas.append(arow)
    row.areas = areas

    row.sections = [
        SectionRow(position=i, heading=s.heading.strip(), text=s.text, filled=s.filled)
        for i, s in enumerate(a.sections)
    ]
    row.governing_documents = [
        GoverningDocumentRow(
            position=i,
            title=d.title.strip(),
            owner=d.owner.strip(),
            period_start_year=d.period_start_year,
            period_end_year=d.period_end_year,
            adopted_on=d.adopted_on,
            adopted_by=d.adopted_by.strip(),
        )
        for i, d in enumerate(a.governing_documents)
    ]


def delete_agreement(uow: UnitOfWork, agreement_id: int) -> None:
    """Delete a draft; signed agreements are public records and can only be ended."""
    row = _agreement_row(uow, agreement_id)
    if row.status is not AgreementStatus.DRAFT:
        raise ConflictError("not_a_draft", title=row.title, status=row.status.value)
    children = uow.session.scalar(
        select(func.count(AgreementRow.id)).where(AgreementRow.parent_id == agreement_id)
    )
    if children:
        raise ConflictError("has_project_agreements", title=row.title, count=children)
    uow.session.delete(row)
