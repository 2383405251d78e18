"""Scanned signed copies: one per party, stored with its checksum.

Attaching a party's copy records that party's signing date; once every party
has signed, an agreement out for signature becomes active.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from bibagreements.domain import clock
from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.lifecycle import agreement_on
from bibagreements.domain.limits import SIGNED_COPY_BYTES, control_character_problem
from bibagreements.domain.problems import Problem
from bibagreements.domain.signature_checks import SignatureCheck, dump_checks, load_checks
from bibagreements.errors import BibError, NotFoundError, ValidationError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.file_content import checked_media_type
from bibagreements.services.rows import row_or_not_found
from bibagreements.storage.atomic import write_atomically
from bibagreements.storage.bounded import read_capped
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import OrganisationRow, SignedCopyRow


@dataclass(frozen=True)
class SignedCopy:
    id: int
    agreement_id: int
    organisation_id: int
    party_name: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    # An electronically signed PDF's signatures as found when it came in; () for a scan.
    signatures: tuple[SignatureCheck, ...] = ()


@dataclass(frozen=True)
class AttachResult:
    copy: SignedCopy
    status: AgreementStatus  # the agreement's status afterwards, on the day it was attached
    unsigned: tuple[str, ...]  # parties still to sign


def _record(row: SignedCopyRow, party_name: str) -> SignedCopy:
    return SignedCopy(
        id=row.id,
        agreement_id=row.agreement_id,
        organisation_id=row.organisation_id,
        party_name=party_name,
        file_name=row.file_name,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        added_at=row.added_at,
        signatures=load_checks(row.signatures),
    )


def attach_signed_copy(
    uow: UnitOfWork,
    agreement_id: int,
    organisation_id: int,
    path: Path,
    signed_on: date,
    signed_place: str = "",
    *,
    today: date | None = None,
) -> AttachResult:
    file_name = Path(path).name
    if problem := control_character_problem(file_name, "file"):
        raise ValidationError([problem])
    data = read_capped(Path(path), SIGNED_COPY_BYTES)
    return attach_signed_bytes(
        uow, agreement_id, organisation_id, file_name, data, signed_on, signed_place, today=today
    )


def attach_signed_bytes(
    uow: UnitOfWork,
    agreement_id: int,
    organisation_id: int,
    file_name: str,
    data: bytes,
    signed_on: date,
    signed_place: str = "",
    *,
    today: date | None = None,
    signatures: tuple[SignatureCheck, ...] = (),
) -> AttachResult:
    """Record a party's signing with its signed copy (``data``, named ``file_name``)."""
    agreement = get_agreement(uow, agreement_id)
    index = next(
        (i for i, p in enumerate(agreement.parties) if p.organisation_id == organisation_id), None
    )
    if index is None:
        raise NotFoundError("not_a_party", id=organisation_id)
    if signed_on > (today or clock.today()):
        raise ValidationError([Problem("in_future", "signed_on", date=signed_on.isoformat())])
    kind = checked_media_type(data, file_name)

    party = agreement.parties[index]
    if party.signed_on is not None and party.signed_on != signed_on:
        raise ValidationError(
            [
                Problem(
                    "signed_on_other_day",
                    "signed_on",
                    party=party.name,
                    signed=party.signed_on.isoformat(),
                    given=signed_on.isoformat(),
                )
            ]
        )
    parties = list(agreement.parties)
    parties[index] = replace(
        party, signed_on=signed_on, signed_place=signed_place.strip() or party.signed_place
    )
    updated = replace(agreement, parties=tuple(parties))
    everyone = all(p.signed_on for p in parties)
    if agreement.status is AgreementStatus.DRAFT and everyone:
        updated = save_agreement(uow, replace(updated, status=AgreementStatus.OUT_FOR_SIGNATURE))
    if updated.status is AgreementStatus.OUT_FOR_SIGNATURE and everyone:
        updated = replace(updated, status=AgreementStatus.ACTIVE)
    updated = save_agreement(uow, updated)

    row = SignedCopyRow(
        agreement_id=agreement_id,
        organisation_id=organisation_id,
        file_name=file_name[:255],
        media_type=kind,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        content=data,
        signatures=dump_checks(signatures),
    )
    uow.session.add(row)
    uow.session.flush()
    unsigned = tuple(p.name for p in updated.parties if p.signed_on is None)
    # As the calendar has it: a copy of an agreement whose period is over comes
    # back to an agreement that has ended, not to an active one.
    now = agreement_on(updated, today or clock.today())
    return AttachResult(_record(row, party.name), now.status, unsigned)


def list_signed_copies(uow: UnitOfWork, agreement_id: int) -> list[SignedCopy]:
    get_agreement(uow, agreement_id)
    query = (
        select(SignedCopyRow, OrganisationRow.name)
        .join(OrganisationRow, OrganisationRow.id == SignedCopyRow.organisation_id)
        .where(SignedCopyRow.agreement_id == agreement_id)
        .order_by(SignedCopyRow.added_at, SignedCopyRow.id)
    )
    return [_record(row, name) for row, name in uow.session.execute(query)]


def signed_copy_bytes(uow: UnitOfWork, copy_id: int) -> bytes:
    """A stored copy's bytes, checked against its checksum."""
    row = row_or_not_found(uow, SignedCopyRow, copy_id, "no_signed_copy")
    if hashlib.sha256(row.content).hexdigest() != row.sha256:
        raise BibError("checksum_mismatch", id=copy_id)
    return row.content


def save_signed_copy(
    uow: UnitOfWork, copy_id: int, target: Path, agreement_id: int | None = None
) -> Path:
    """Write a stored copy to ``target``, checking it is byte for byte what was attached."""
    if agreement_id is None:
        row = row_or_not_found(uow, SignedCopyRow, copy_id, "no_signed_copy")
    else:
        row = row_or_not_found(
            uow,
            SignedCopyRow,
            copy_id,
            "no_signed_copy_for",
            within_agreement=agreement_id,
            agreement=agreement_id,
        )
    data = row.content
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise BibError("checksum_mismatch", id=copy_id)
    return write_atomically(target, data)
