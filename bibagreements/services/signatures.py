"""Signed PDFs the parties send back: validate every PAdES/CMS signature, offline.

For each signature: are the signed bytes intact, who signed (subject,
organisation, serial), when, does the certificate chain to a trust anchor the
user accepted (services.trust), and is the revision that was signed byte for
byte our signable rendering of one of the agreement's frozen versions, with
nothing after it but signatures. A valid, trusted signature in a party's
field (our renderings name them Signature_1, Signature_2 … in the parties'
order) records that party's signing; an invalid file records nothing.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bibagreements.domain import clock
from bibagreements.domain.enums import AgreementStatus, DocumentFormat
from bibagreements.domain.limits import SIGNED_COPY_BYTES
from bibagreements.domain.problems import Problem
from bibagreements.errors import ValidationError
from bibagreements.storage.bounded import read_capped
from bibagreements.storage.database import UnitOfWork

SWEDEN = ZoneInfo("Europe/Stockholm")


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    party: int | None  # 1, 2 … the party whose field it is (our renderings' names)
    signer: str  # the certificate's common name
    organisation: str
    serial: str
    signed_at: datetime | None  # as the signer reported it
    intact: bool  # the signed bytes are unchanged
    trusted: bool  # chains to a trust anchor, and valid then
    version: int | None  # the frozen version whose rendering was signed
    unchanged_since: bool  # only signatures (and their data) added after it

    @property
    def counts(self) -> bool:
        return self.intact and self.trusted and self.version is not None and self.unchanged_since

    @property
    def problem(self) -> Problem | None:
        """The first thing wrong (None when it counts)."""
        who = {"field": self.field, "signer": self.signer}
        if not self.intact:
            return Problem("signature_altered", "file", **who)
        if not self.unchanged_since:
            return Problem("signature_changed_after", "file", **who)
        if self.version is None:
            return Problem("signature_not_ours", "file", **who)
        if not self.trusted:
            return Problem("signature_untrusted", "file", **who)
        return None


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


def check_signed_pdf(uow: UnitOfWork, agreement_id: int, data: bytes) -> list[SignatureCheck]:
    """Every signature in ``data``, checked; ValidationError when it has none."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from bibagreements.services.agreements import get_agreement
    from bibagreements.services.trust import trusted_certificates

    get_agreement(uow, agreement_id)  # NotFoundError for an unknown ID
    anchors = [asn1_x509.Certificate.load(der) for der in trusted_certificates(uow)]
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
    checks = []
    # An issuer not on the trust list is an answer here, not an error to log.
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    for sig in signatures:
        context = ValidationContext(trust_roots=anchors, allow_fetching=False)
        status = validate_pdf_signature(sig, context)
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
            )
        )
    return checks


@dataclass(frozen=True)
class ReceiveResult:
    checks: tuple[SignatureCheck, ...]
    recorded: tuple[str, ...]  # the parties whose signing was recorded
    status: AgreementStatus


def receive_signed(
    uow: UnitOfWork, agreement_id: int, path: Path, *, today: date | None = None
) -> ReceiveResult:
    """Check ``path``'s signatures; record each counted one's party, with the file.

    Nothing is recorded when a signature is altered, changed after signing or
    not on our rendering; an untrusted one is reported and not counted.
    """
    from bibagreements.services.agreements import get_agreement
    from bibagreements.services.signed_copies import attach_signed_copy

    checks = check_signed_pdf(uow, agreement_id, read_signed(path))
    found = [p for c in checks if (p := c.problem) is not None]
    broken = [p for p in found if p.code != "signature_untrusted"]
    if broken:
        raise ValidationError(broken)
    if not any(c.counts for c in checks):
        raise ValidationError(found)
    counted = [c for c in checks if c.counts]
    agreement = get_agreement(uow, agreement_id)
    recorded = []
    status = agreement.status
    for check in counted:
        if check.party is None or not 1 <= check.party <= len(agreement.parties):
            raise ValidationError([Problem("signature_no_party", "file", field=check.field)])
        party = agreement.parties[check.party - 1]
        signed_on = (check.signed_at or clock.now()).astimezone(SWEDEN).date()
        result = attach_signed_copy(
            uow, agreement_id, party.organisation_id, Path(path), signed_on, today=today
        )
        recorded.append(party.name)
        status = result.status
    return ReceiveResult(tuple(checks), tuple(recorded), status)
