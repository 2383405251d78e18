"""Organisations and people: the register of parties and contacts."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from bibagreements.domain.orgnr import normalise_org_number
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Organisation, Person
from bibagreements.domain.validation import organisation_problems, person_problems
from bibagreements.errors import ConflictError, ValidationError
from bibagreements.services.mapping import organisation_record, person_record
from bibagreements.services.rows import changed_since, row_or_not_found
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import OrganisationRow, PartyRow, PersonRow
from bibagreements.storage.textfold import fold, fold_text, like_pattern


def list_organisations(uow: UnitOfWork, search: str = "") -> list[Organisation]:
    query = select(OrganisationRow).order_by(fold(OrganisationRow.name))
    if search.strip():
        pattern = like_pattern(search.strip())
        query = query.where(
            or_(
                fold(OrganisationRow.name).like(pattern, escape="\\"),
                fold(OrganisationRow.org_number).like(pattern, escape="\\"),
            )
        )
    return [organisation_record(row) for row in uow.session.scalars(query)]


def get_organisation(uow: UnitOfWork, organisation_id: int) -> Organisation:
    return organisation_record(_organisation_row(uow, organisation_id))


def _organisation_row(uow: UnitOfWork, organisation_id: int) -> OrganisationRow:
    return row_or_not_found(uow, OrganisationRow, organisation_id, "no_organisation")


def find_organisation(uow: UnitOfWork, name: str, org_number: str | None) -> Organisation | None:
    """The organisation with this name and number, used to avoid duplicates on import."""
    number = normalise_org_number(org_number) if org_number and org_number.strip() else None
    query = select(OrganisationRow).where(
        fold(OrganisationRow.name) == fold_text(name.strip()),
        OrganisationRow.org_number.is_(None)
        if number is None
        else OrganisationRow.org_number == number,
    )
    row = uow.session.scalars(query.order_by(OrganisationRow.id)).first()
    return organisation_record(row) if row else None


def save_organisation(uow: UnitOfWork, org: Organisation) -> Organisation:
    problems = organisation_problems(org)
    if org.parent_id is not None and uow.session.get(OrganisationRow, org.parent_id) is None:
        problems.append(Problem("no_organisation", "parent", id=org.parent_id))
    elif (
        org.id is not None
        and org.parent_id is not None
        and _is_ancestor(uow, org.id, org.parent_id)
    ):
        problems.append(Problem("own_ancestor", "parent"))
    if problems:
        raise ValidationError(problems)
    row = OrganisationRow() if org.id is None else _organisation_row(uow, org.id)
    if (changed := changed_since(uow, row, org.version)) is not None:
        raise ConflictError("organisation_changed", name=row.name, **changed)
    row.name = org.name.strip()
    row.kind = org.kind
    number = (org.org_number or "").strip()
    row.org_number = normalise_org_number(number) if number else None
    row.parent_id = org.parent_id
    row.address = org.address
    uow.session.add(row)
    uow.session.flush()
    uow.session.refresh(row)
    return organisation_record(row)


def _is_ancestor(uow: UnitOfWork, org_id: int, start_id: int) -> bool:
    current: int | None = start_id
    seen: set[int] = set()
    while current is not None and current not in seen:
        if current == org_id:
            return True
        seen.add(current)
        row = uow.session.get(OrganisationRow, current)
        current = row.parent_id if row else None
    return False


def ancestor_ids(uow: UnitOfWork, organisation_id: int) -> set[int]:
    """The organisation itself and every organisation above it."""
    ids: set[int] = set()
    current: int | None = organisation_id
    while current is not None and current not in ids:
        ids.add(current)
        row = uow.session.get(OrganisationRow, current)
        current = row.parent_id if row else None
    return ids


def organisation_usage(uow: UnitOfWork, organisation_id: int) -> int:
    """In how many agreements the organisation is a party."""
    query = select(func.count(PartyRow.id)).where(PartyRow.organisation_id == organisation_id)
    return int(uow.session.scalar(query) or 0)


def list_people(
    uow: UnitOfWork, organisation_id: int | None = None, search: str = ""
) -> list[Person]:
    query = select(PersonRow).order_by(fold(PersonRow.name))
    if organisation_id is not None:
        query = query.where(PersonRow.organisation_id == organisation_id)
    if search.strip():
        pattern = like_pattern(search.strip())
        query = query.where(
            or_(
                fold(PersonRow.name).like(pattern, escape="\\"),
                fold(PersonRow.email).like(pattern, escape="\\"),
                fold(PersonRow.title).like(pattern, escape="\\"),
            )
        )
    return [person_record(row) for row in uow.session.scalars(query)]


def get_person(uow: UnitOfWork, person_id: int) -> Person:
    return person_record(person_row(uow, person_id))


def person_row(uow: UnitOfWork, person_id: int) -> PersonRow:
    return row_or_not_found(uow, PersonRow, person_id, "no_person")


def find_person(uow: UnitOfWork, person: Person) -> Person | None:
    """The stored person matching by work e-mail, else by name within the organisation."""
    if person.email.strip():
        query = select(PersonRow).where(fold(PersonRow.email) == fold_text(person.email.strip()))
    else:
        query = select(PersonRow).where(
            fold(PersonRow.name) == fold_text(person.name.strip()),
            PersonRow.organisation_id.is_(None)
            if person.organisation_id is None
            else PersonRow.organisation_id == person.organisation_id,
        )
    row = uow.session.scalars(query.order_by(PersonRow.id)).first()
    return person_record(row) if row else None


def save_person(uow: UnitOfWork, person: Person) -> Person:
    problems = person_problems(person)
    if (
        person.organisation_id is not None
        and uow.session.get(OrganisationRow, person.organisation_id) is None
    ):
        problems.append(Problem("no_organisation", "organisation", id=person.organisation_id))
    if problems:
        raise ValidationError(problems)
    row = PersonRow() if person.id is None else person_row(uow, person.id)
    if (changed := changed_since(uow, row, person.version)) is not None:
        raise ConflictError("person_changed", name=row.name, **changed)
    row.name = person.name.strip()
    row.title = person.title.strip()
    row.email = person.email.strip()
    row.phone = person.phone.strip()
    row.organisation_id = person.organisation_id
    uow.session.add(row)
    uow.session.flush()
    uow.session.refresh(row)
    return person_record(row)
