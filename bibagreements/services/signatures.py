"""Signed PDFs the parties send back: validate every PAdES/CMS signature, offline.

For each signature: are the signed bytes intact, who signed (subject,
organisation, serial), when, does the certificate chain to a trust anchor the
user accepted (services.trust) and was it valid then (not expired, not revoked
by a CRL at hand: in the file's own validation data or given), and is the
revision that was signed byte for byte our signable rendering of one of the
agreement's frozen versions, with nothing after it but signatures. A valid,
trusted signature in a party's field (our renderings name them Signature_1,
Signature_2 … in the parties' order) records that party's signing, with the
result kept beside the file; an invalid file records nothing.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bibagreements.domain import clock
from bibagreements.domain.enums import AgreementStatus, DocumentFormat
from bibagreements.domain.limits import SIGNED_COPY_BYTES, control_character_problem
from bibagreements.domain.problems import Problem
from bibagreements.domain.signature_checks import EXPIRED, REVOKED, UNTRUSTED, SignatureCheck
from bibagreements.errors import ValidationError
from bibagreements.storage.bounded import read_capped
from bibagreements.storage.database import UnitOfWork

if TYPE_CHECKING:
    from pyhanko_certvalidator import ValidationContext

__all__ = [
    "ReceiveResult",
    "SignatureCheck",
    "check_signed_pdf",
    "read_crls",
    "read_signed",
    "receive_signed",
]

CRL_BYTES = 8 * 1024 * 1024


def _renderings(uow: UnitOfWork, agreement_id: int) -> list[tuple[int, bytes]]:
    """(version, bytes) of the signable rendering of every frozen version, each language."""
    import json

    from bibagreements.services.document_files import document_bytes, kept_document
    from bibagreements.services.versions import version_content

    found = []
    for number, _at, content in version_content(uow, agreement_id):
        for language in sorted(json.loads(content)["documents"]):
            document = kept_document(content, language)
            found.append((number, document_bytes(document, DocumentFormat.PDF, sign_fields=True)))
    return found


def read_signed(path: Path) -> bytes:
    return read_capped(Path(path), SIGNED_COPY_BYTES)


def read_crls(paths: Sequence[Path]) -> list[bytes]:
    """Certificate revocation lists (DER or PEM), each checked to be one."""
    from asn1crypto import crl, pem

    found = []
    for path in paths:
        data = read_capped(Path(path), CRL_BYTES)
        if pem.detect(data):
            _, _, data = pem.unarmor(data)
        try:
            crl.CertificateList.load(data).native  # noqa: B018 - parses it all
        except (ValueError, TypeError):
            raise ValidationError([Problem("not_a_crl", "crl", file=Path(path).name)]) from None
        found.append(data)
    return found


def validation_context(uow: UnitOfWork, crls: Sequence[bytes] = ()) -> ValidationContext:
    """The trust list and the CRLs at hand; nothing is fetched."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import ValidationContext

    from bibagreements.services.trust import trusted_certificates

    anchors = [asn1_x509.Certificate.load(der) for der in trusted_certificates(uow)]
    # With a CRL at hand a revoked certificate fails; without one it is not held against it.
    return ValidationContext(
        trust_roots=anchors,
        crls=list(crls),
        allow_fetching=False,
        revocation_mode="soft-fail",
    )


def _embedded_crls(reader: Any) -> list[bytes]:
    """The CRLs in the file's own validation data (a B-LT signature's DSS)."""
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    try:
        dss = DocumentSecurityStore.read_dss(reader)
    except Exception:  # no DSS, or one pyHanko cannot read: nothing at hand from it
        return []
    return [bytes(c.get_object().data) for c in dss.crls]


def _trouble(status: Any) -> str:
    from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate

    if status.trusted:
        return ""
    indication = status.trust_problem_indic
    if indication in (
        AdESFailure.REVOKED,
        AdESIndeterminate.REVOKED_NO_POE,
        AdESIndeterminate.REVOKED_CA_NO_POE,
    ):
        return REVOKED
    if indication in (
        AdESIndeterminate.EXPIRED,
        AdESIndeterminate.OUT_OF_BOUNDS_NO_POE,
        AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED,
        AdESFailure.NOT_YET_VALID,
        AdESIndeterminate.NOT_YET_VALID,
    ):
        return EXPIRED
    return UNTRUSTED


def check_signed_pdf(
    uow: UnitOfWork, agreement_id: int, data: bytes, crls: Sequence[bytes] = ()
) -> list[SignatureCheck]:
    """Every signature in ``data``, checked; ValidationError when it has none."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature

    from bibagreements.services.agreements import get_agreement

    get_agreement(uow, agreement_id)  # NotFoundError for an unknown ID
    renderings = _renderings(uow, agreement_id)
    # The file begins with our signable rendering of this version, or of none.
    version = next((n for n, rendered in renderings if data.startswith(rendered)), None)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception:  # pyHanko's reader raises several kinds for a broken file
        raise ValidationError([Problem("not_a_signed_pdf", "file")]) from None
    if not signatures:
        raise ValidationError([Problem("not_a_signed_pdf", "file")])
    allowed = {
        ModificationLevel.NONE,
        ModificationLevel.LTA_UPDATES,
        ModificationLevel.FORM_FILLING,
    }
    at_hand = list(crls) + _embedded_crls(reader)
    checked_at = clock.now()
    checks = []
    # An issuer not on the trust list is an answer here, not an error to log.
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    for sig in signatures:
        status = validate_pdf_signature(sig, validation_context(uow, at_hand))
        cert = status.signing_cert
        names = cert.subject.native if cert is not None else {}
        field = sig.field_name or ""
        number = field.removeprefix("Signature_")
        checks.append(
            SignatureCheck(
                field=field,
                party=int(number) if number.isdigit() else None,
                signer=str(names.get("common_name", "")),
                organisation=str(names.get("organization_name", "")),
                serial=format(cert.serial_number, "X") if cert is not None else "",
                signed_at=status.signer_reported_dt,
                intact=bool(status.intact and status.valid),
                trusted=bool(status.trusted),
                version=version,
                unchanged_since=status.modification_level in allowed,
                trouble=_trouble(status),
                checked_at=checked_at,
            )
        )
    return checks


@dataclass(frozen=True)
class ReceiveResult:
    checks: tuple[SignatureCheck, ...]
    recorded: tuple[str, ...]  # the parties whose signing was recorded
    status: AgreementStatus
    copies: tuple[int, ...] = ()  # the signed copies stored, one per party recorded


def record_signatures(
    uow: UnitOfWork,
    agreement_id: int,
    file_name: str,
    data: bytes,
    checks: Sequence[SignatureCheck],
    *,
    place: str = "",
    today: date | None = None,
) -> ReceiveResult:
    """Record each counted signature's party, with ``data`` and what was found.

    Nothing is recorded when a signature is altered, changed after signing or
    not on our rendering; one not trusted (unknown issuer, expired, revoked)
    is reported and not counted. A party already recorded as signed is left as
    it is (a file coming back with a second party's signature on top).
    """
    from bibagreements.services.agreements import get_agreement
    from bibagreements.services.signed_copies import attach_signed_bytes

    if problem := control_character_problem(file_name, "file"):
        raise ValidationError([problem])
    found = [p for c in checks if (p := c.problem) is not None]
    broken = [p for p in found if p.code not in UNCOUNTED]
    if broken:
        raise ValidationError(broken)
    counted = [c for c in checks if c.counts]
    if not counted:
        raise ValidationError(found)
    agreement = get_agreement(uow, agreement_id)
    for check in counted:
        if check.party is None or not 1 <= check.party <= len(agreement.parties):
            raise ValidationError([Problem("signature_no_party", "file", field=check.field)])
    new = [c for c in counted if c.party and agreement.parties[c.party - 1].signed_on is None]
    if not new:
        raise ValidationError([Problem("signatures_already_recorded", "file")])
    recorded = []
    copies = []
    status = agreement.status
    for check in new:
        assert check.party is not None
        party = agreement.parties[check.party - 1]
        # The day in the computer's own time zone, as "today" is (Swedish time on a
        # Swedish computer): a signature just after midnight is not "in the future".
        signed_on = check.signed_at.astimezone().date() if check.signed_at else clock.today()
        result = attach_signed_bytes(
            uow,
            agreement_id,
            party.organisation_id,
            file_name,
            data,
            signed_on,
            place,
            today=today,
            signatures=tuple(checks),
        )
        recorded.append(party.name)
        copies.append(result.copy.id)
        status = result.status
    return ReceiveResult(tuple(checks), tuple(recorded), status, tuple(copies))


UNCOUNTED = frozenset({"signature_untrusted", "signature_expired", "signature_revoked"})


def receive_signed(
    uow: UnitOfWork,
    agreement_id: int,
    path: Path,
    *,
    crls: Sequence[bytes] = (),
    today: date | None = None,
) -> ReceiveResult:
    """Check ``path``'s signatures; record each counted one's party, with the file."""
    data = read_signed(path)
    checks = check_signed_pdf(uow, agreement_id, data, crls)
    return record_signatures(uow, agreement_id, Path(path).name, data, checks, today=today)
