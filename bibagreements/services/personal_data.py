"""A person's data under GDPR: where it is used, export, erasure and replacement.

Contact persons' data is processed as a task in the public interest. A person
can be exported and erased, except from agreements that are already signed:
those are public records, and erasing would alter them.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.problems import Problem
from bibagreements.domain.validation import SIGNED_STATUSES
from bibagreements.errors import ConflictError, ValidationError
from bibagreements.services.history import person_entries, redact_person
from bibagreements.services.organisations import ancestor_ids, get_person, person_row
from bibagreements.storage.atomic import write_atomically
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import (
    AgreementRow,
    CheckinParticipantRow,
    CheckinRow,
    PartyRow,
)

# Where a contact person may still be swapped (follow-up goes on while active);
# a signatory only before signing.
_CONTACT_REPLACEABLE = frozenset(
    {AgreementStatus.DRAFT, AgreementStatus.OUT_FOR_SIGNATURE, AgreementStatus.ACTIVE}
)
_SIGNATORY_REPLACEABLE = frozenset({AgreementStatus.DRAFT, AgreementStatus.OUT_FOR_SIGNATURE})


def _roles(uow: UnitOfWork, person_id: int) -> list[tuple[PartyRow, AgreementRow]]:
    query = (
        select(PartyRow, AgreementRow)
        .join(AgreementRow, AgreementRow.id == PartyRow.agreement_id)
        .where(or_(PartyRow.contact_person_id == person_id, PartyRow.signatory_id == person_id))
        .order_by(AgreementRow.id)
    )
    return [(party, agreement) for party, agreement in uow.session.execute(query)]


def person_usage(uow: UnitOfWork, person_id: int) -> int:
    """In how many agreements the person is a contact person or signatory."""
    person_row(uow, person_id)
    return len({agreement.id for _party, agreement in _roles(uow, person_id)})


def export_person_data(uow: UnitOfWork, person_id: int) -> dict[str, Any]:
    """Everything stored about the person, for a request under GDPR art. 15."""
    person = get_person(uow, person_id)
    roles = []
    for party, agreement in _roles(uow, person_id):
        for role, ref in (
            ("contact_person", party.contact_person_id),
            ("signatory", party.signatory_id),
        ):
            if ref == person_id:
                roles.append(
                    {"agreement": agreement.title, "agreement_id": agreement.id, "role": role}
                )
    participation = uow.session.execute(
        select(CheckinRow.due_date, AgreementRow.title)
        .join(CheckinParticipantRow, CheckinParticipantRow.checkin_id == CheckinRow.id)
        .join(AgreementRow, AgreementRow.id == CheckinRow.agreement_id)
        .where(CheckinParticipantRow.person_id == person_id)
    )
    return {
        "person": {
            "name": person.name,
            "title": person.title,
            "email": person.email,
            "phone": person.phone,
            "organisation": person.organisation_name,
        },
        "roles": roles,
        "checkins": [{"due": due.isoformat(), "agreement": title} for due, title in participation],
        "audit_trail": [
            change.as_json() for change in person_entries(uow, person_id, person.name, person.email)
        ],
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
    }


def erase_person(uow: UnitOfWork, person_id: int) -> None:
    """Remove the person, unless a signed agreement names them."""
    row = person_row(uow, person_id)
    roles = _roles(uow, person_id)
    signed = sorted({a.title for _p, a in roles if a.status in SIGNED_STATUSES})
    if signed:
        raise ConflictError(
            "person_in_signed", person=row.name, count=len(signed), titles="; ".join(signed)
        )
    now = datetime.now().replace(microsecond=0)
    for party, agreement in roles:
        if party.contact_person_id == person_id:
            party.contact_person_id = None
        if party.signatory_id == person_id:
            party.signatory_id = None
        agreement.updated_at = now
    for participant in uow.session.scalars(
        select(CheckinParticipantRow).where(CheckinParticipantRow.person_id == person_id)
    ):
        uow.session.delete(participant)
    uow.session.flush()
    name, email = row.name, row.email
    uow.session.delete(row)
    redact_person(uow, person_id, name, email)


def replace_person(uow: UnitOfWork, old_id: int, new_id: int) -> int:
    """Put ``new_id`` where ``old_id`` is contact (ongoing) or signatory (unsigned).

    Returns the number of agreements changed.
    """
    person_row(uow, old_id)
    new = person_row(uow, new_id)
    if old_id == new_id:
        raise ValidationError([Problem("same_person", "replacement")])
    changed: set[int] = set()
    problems: list[Problem] = []
    now = datetime.now().replace(microsecond=0)
    for party, agreement in _roles(uow, old_id):
        if new.organisation_id not in ancestor_ids(uow, party.organisation_id):
            problems.append(
                Problem("replacement_not_in_party", agreement=agreement.title, person=new.name)
            )
            continue
        if party.contact_person_id == old_id and agreement.status in _CONTACT_REPLACEABLE:
            party.contact_person_id = new_id
            changed.add(agreement.id)
        if party.signatory_id == old_id and agreement.status in _SIGNATORY_REPLACEABLE:
            party.signatory_id = new_id
            changed.add(agreement.id)
        if agreement.id in changed:
            agreement.updated_at = now
    if problems:
        raise ValidationError(problems)
    return len(changed)


def export_person_to_file(uow: UnitOfWork, person_id: int, path: Path) -> dict[str, Any]:
    """export_person_data written as JSON to ``path`` atomically; returns the data."""
    data = export_person_data(uow, person_id)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, text.encode("utf-8"))
    return data
