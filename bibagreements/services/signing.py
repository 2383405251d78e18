"""Signing here: the coordinator signs her own party's field with a PKCS#12 file.

The document signed is the frozen version's signable rendering, or, when
another party has already signed it electronically, that signed file (the new
signature goes on top, an incremental update, leaving theirs intact). The
signature is PAdES-B-B; with revocation lists at hand it is B-LT, the chain
and the lists embedded. The certificate is checked first against the trust
list (and those lists): an untrusted, expired or revoked one signs nothing.
The password is used and dropped, never stored.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.limits import control_character_problem
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Agreement, Party
from bibagreements.errors import NotFoundError, ValidationError
from bibagreements.services.signatures import (
    SIGNING_USAGES,
    UNCOUNTED,
    ReceiveResult,
    check_signed_pdf,
    record_signatures,
    validation_context,
)
from bibagreements.storage.bounded import read_capped
from bibagreements.storage.database import UnitOfWork

if TYPE_CHECKING:
    from pyhanko.sign.signers import SimpleSigner

PKCS12_BYTES = 1024 * 1024


@dataclass(frozen=True)
class SignedHere:
    data: bytes  # the signed PDF, as stored with the party's signing
    file_name: str
    received: ReceiveResult


def read_pkcs12(path: Path) -> bytes:
    return read_capped(Path(path), PKCS12_BYTES)


def find_party(agreement: Agreement, which: str) -> tuple[int, Party]:
    """The party by its number (1, 2 …) or its name, any case."""
    text = which.strip()
    if text.isascii() and text.isdigit() and 1 <= int(text) <= len(agreement.parties):
        return int(text), agreement.parties[int(text) - 1]
    for number, party in enumerate(agreement.parties, start=1):
        if party.name.casefold() == text.casefold():
            return number, party
    raise NotFoundError("no_such_party", party=text[:100])


def _base_document(uow: UnitOfWork, agreement: Agreement) -> bytes:
    """What to sign: the latest file another party signed electronically on the latest
    version (each signature in it counted, or at least not broken), else that version's
    signable rendering in the agreement's language."""
    from bibagreements.domain.enums import DocumentFormat
    from bibagreements.services.document_files import document_bytes
    from bibagreements.services.signed_copies import list_signed_copies, signed_copy_bytes
    from bibagreements.services.versions import frozen_document

    assert agreement.id is not None
    version, document = frozen_document(uow, agreement.id, None, agreement.language.value)
    for copy in reversed(list_signed_copies(uow, agreement.id)):
        found = copy.signatures
        on_latest = any(c.counts and c.version == version.number for c in found)
        unbroken = all(c.problem is None or c.problem.code in UNCOUNTED for c in found)
        if found and on_latest and unbroken:
            return signed_copy_bytes(uow, copy.id)
    return document_bytes(document, DocumentFormat.PDF, sign_fields=True)


def _checked_signer(
    uow: UnitOfWork, pkcs12: bytes, password: bytes, crls: Sequence[bytes]
) -> SimpleSigner:
    """The signer from the PKCS#12 file, its certificate valid and trusted today."""
    from pyhanko.sign import signers
    from pyhanko_certvalidator import CertificateValidator
    from pyhanko_certvalidator import errors as cv

    try:
        signer: SimpleSigner = signers.SimpleSigner.load_pkcs12_data(
            pkcs12, (), passphrase=password or None
        )
    except Exception:  # a wrong password, not PKCS#12, or a certificate without its key
        raise ValidationError([Problem("pkcs12_unreadable", "pkcs12")]) from None
    cert = signer.signing_cert
    if cert is None or signer.signing_key is None:
        raise ValidationError([Problem("pkcs12_unreadable", "pkcs12")])
    names = cert.subject.native
    who = {"signer": str(names.get("common_name", ""))}
    validator = CertificateValidator(
        cert,
        intermediate_certs=list(signer.cert_registry),
        validation_context=validation_context(uow, crls),
    )
    usages = set(cert.key_usage_value.native) if cert.key_usage_value is not None else set()
    if not usages & set(SIGNING_USAGES):
        raise ValidationError([Problem("signer_cannot_sign", "pkcs12", **who)])
    try:
        asyncio.run(validator.async_validate_path())
    except cv.RevokedError:
        raise ValidationError([Problem("signer_revoked", "pkcs12", **who)]) from None
    except (cv.ExpiredError, cv.NotYetValidError):
        raise ValidationError([Problem("signer_expired", "pkcs12", **who)]) from None
    except (cv.PathBuildingError, cv.PathValidationError, cv.InvalidCertificateError):
        raise ValidationError([Problem("signer_untrusted", "pkcs12", **who)]) from None
    return signer


def sign_here(
    uow: UnitOfWork,
    agreement_id: int,
    which: str,
    pkcs12: bytes,
    password: bytes,
    *,
    crls: Sequence[bytes] = (),
    place: str = "",
    today: date | None = None,
) -> SignedHere:
    """Sign party ``which``'s field, check the result as if received, and record it."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    from bibagreements.services.agreements import get_agreement

    if problem := control_character_problem(place, "place"):
        raise ValidationError([problem])
    agreement = get_agreement(uow, agreement_id)
    if agreement.status is not AgreementStatus.OUT_FOR_SIGNATURE:
        raise ValidationError([Problem("signing_not_out", "status", status=agreement.status.value)])
    number, party = find_party(agreement, which)
    if party.signed_on is not None:
        raise ValidationError(
            [
                Problem(
                    "party_already_signed", "party", party=party.name, signed=str(party.signed_on)
                )
            ]
        )
    base = _base_document(uow, agreement)
    signer = _checked_signer(uow, pkcs12, password, crls)
    meta = signers.PdfSignatureMetadata(
        field_name=f"Signature_{number}",
        location=place.strip() or None,
        subfilter=fields.SigSeedSubFilter.PADES,
        embed_validation_info=bool(crls),
        validation_context=validation_context(uow, crls) if crls else None,
        signer_key_usage=set(SIGNING_USAGES),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(base), strict=False)
    try:
        data = signers.sign_pdf(writer, meta, signer=signer).getvalue()
    except Exception as exc:  # pyHanko's signing and validation errors are many kinds
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise ValidationError([Problem("signing_failed", "pkcs12", reason=reason)]) from None
    checks = check_signed_pdf(uow, agreement_id, data, crls)
    mine = [c for c in checks if c.party == number]
    if not mine or not mine[0].counts:
        problem = mine[0].problem if mine else None
        raise ValidationError([problem or Problem("signature_no_party", "file", field="")])
    # Named by place, never by user text: it is written out under this name later.
    file_name = f"agreement-{agreement_id}-signed-party-{number}.pdf"
    received = record_signatures(
        uow, agreement_id, file_name, data, checks, place=place, today=today
    )
    return SignedHere(data, file_name, received)
