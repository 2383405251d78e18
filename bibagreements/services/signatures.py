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

import dataclasses
import io
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bibagreements.domain import clock
from bibagreements.domain.enums import AgreementStatus, DocumentFormat
from bibagreements.domain.limits import SIGNED_COPY_BYTES, control_character_problem
from bibagreements.domain.problems import Problem
from bibagreements.domain.signature_checks import EXPIRED, REVOKED, UNTRUSTED, SignatureCheck
from bibagreements.errors import NotFoundError, ValidationError
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


def _parsed_crl(data: bytes) -> Any:
    """The revocation list in ``data`` (DER or PEM), parsed through; ValueError if none."""
    from asn1crypto import crl, pem

    try:
        if pem.detect(data):
            _, _, data = pem.unarmor(data)
        parsed = crl.CertificateList.load(data)
        parsed.native  # noqa: B018 - parses it all, here and not later in pyHanko
    except (ValueError, TypeError, KeyError) as exc:
        raise ValueError("not a CRL") from exc
    return parsed


def _current(parsed: Any) -> bool:
    """Not past its next update: a list out of date proves nothing either way."""
    next_update = parsed["tbs_cert_list"]["next_update"].native
    return next_update is None or next_update >= datetime.now(UTC)


def read_crls(paths: Sequence[Path]) -> list[bytes]:
    """Certificate revocation lists (DER or PEM), each checked to be one, and current."""
    found = []
    for path in paths:
        name = Path(path).name
        try:
            parsed = _parsed_crl(read_capped(Path(path), CRL_BYTES))
        except ValueError:
            raise ValidationError([Problem("not_a_crl", "crl", file=name)]) from None
        if not _current(parsed):
            raise ValidationError([Problem("crl_out_of_date", "crl", file=name)])
        found.append(parsed.dump())
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
        streams = [bytes(c.get_object().data) for c in dss.crls]
    except Exception:  # no DSS, or one pyHanko cannot read: nothing at hand from it
        return []
    found = []
    for data in streams:
        try:
            parsed = _parsed_crl(data)
        except ValueError:
            continue  # not a list: nothing to learn from it
        if _current(parsed):
            found.append(parsed.dump())
    return found


def key_usage() -> Any:
    """Either usage will do: organisation certificates often have digital signature
    only, qualified personal ones non-repudiation."""
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    return KeyUsageConstraints(key_usage=set(SIGNING_USAGES), match_all_key_usages=False)


SIGNING_USAGES = ("digital_signature", "non_repudiation")
_FIELD = re.compile(r"Signature_([1-9][0-9]{0,2})")


def serial_hex(number: int) -> str:
    """A certificate serial as its bytes in hexadecimal, as certificate viewers show it."""
    digits = format(number, "X")
    return digits.zfill(len(digits) + len(digits) % 2)


def party_of_field(field: str) -> int | None:
    """1, 2 … from our renderings' field names; None for any other name."""
    found = _FIELD.fullmatch(field)
    return int(found.group(1)) if found else None


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
    from bibagreements.services.signed_revision import signed_as_rendered

    parties = [p.name for p in get_agreement(uow, agreement_id).parties]  # or NotFoundError
    renderings = _renderings(uow, agreement_id)
    latest = max((n for n, _ in renderings), default=None)
    # The file begins with our signable rendering of this version, or of none.
    begins = next(((n, r) for n, r in renderings if data.startswith(r)), None)
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
    first = min(signatures, key=lambda s: int(s.signed_revision))
    try:
        on_rendering = begins is not None and signed_as_rendered(
            reader, begins[1], first.field_name or ""
        )
    except Exception:  # a structure pyHanko cannot follow is not our rendering
        on_rendering = False
    version = begins[0] if begins is not None and on_rendering else None
    at_hand = list(crls) + _embedded_crls(reader)
    checked_at = clock.now()
    checks = []
    # An issuer not on the trust list is an answer here, not an error to log.
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    for sig in signatures:
        status = validate_pdf_signature(
            sig, validation_context(uow, at_hand), key_usage_settings=key_usage()
        )
        cert = status.signing_cert
        names = cert.subject.native if cert is not None else {}
        issuer = cert.issuer.native if cert is not None else {}
        field = sig.field_name or ""
        checks.append(
            SignatureCheck(
                field=field,
                party=(party := party_of_field(field)),
                party_name=parties[party - 1] if party and party <= len(parties) else "",
                signer=str(names.get("common_name", "")),
                organisation=str(names.get("organization_name", "")),
                serial=serial_hex(cert.serial_number) if cert is not None else "",
                signed_at=status.signer_reported_dt,
                intact=bool(status.intact and status.valid),
                trusted=bool(status.trusted),
                version=version,
                unchanged_since=status.modification_level in allowed,
                trouble=_trouble(status),
                checked_at=checked_at,
                issuer=str(issuer.get("common_name", "")),
                valid_from=cert.not_valid_before if cert is not None else None,
                valid_until=cert.not_valid_after if cert is not None else None,
                superseded=version is not None and version != latest,
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
    party: int | None = None,
) -> ReceiveResult:
    """Record each counted signature's party, with ``data`` and what was found.

    Nothing is recorded when a signature is altered, changed after signing or
    not on our rendering; one not trusted (unknown issuer, expired, revoked)
    is reported and not counted. A party already recorded as signed is left as
    it is (a file coming back with a second party's signature on top). A
    signature in a field of the signing service's own goes to ``party`` (1, 2 …),
    the party the user says signed it.
    """
    from bibagreements.services.agreements import get_agreement
    from bibagreements.services.signed_copies import attach_signed_bytes

    if problem := control_character_problem(file_name, "file"):
        raise ValidationError([problem])
    agreement = get_agreement(uow, agreement_id)
    names = [p.name for p in agreement.parties]
    checks = attributed(checks, party, names, known_attributions(uow, agreement_id))
    found = [p for c in checks if (p := c.problem) is not None]
    broken = [p for p in found if p.code not in UNCOUNTED]
    if broken:
        raise ValidationError(broken)
    counted = [c for c in checks if c.counts]
    if not counted:
        raise ValidationError(found)
    if agreement.status is not AgreementStatus.OUT_FOR_SIGNATURE:
        raise ValidationError([Problem("signing_not_out", "status", status=agreement.status.value)])
    for check in counted:
        if check.party is None or not 1 <= check.party <= len(agreement.parties):
            raise ValidationError([Problem("signature_no_party", "file", field=check.field)])
    for number in {c.party for c in counted}:
        fields = [c.field for c in counted if c.party == number]
        if len(fields) > 1:  # a party's own field and a field given to it
            raise ValidationError(
                [Problem("signature_party_twice", "file", fields=", ".join(fields))]
            )
    # One certificate signs for one party: the same signer in two fields is refused.
    fields_of: dict[tuple[str, str], list[SignatureCheck]] = {}
    for check in counted:
        fields_of.setdefault(check.certificate, []).append(check)
    for same in fields_of.values():
        if len({c.party for c in same}) > 1:
            raise ValidationError(
                [
                    Problem(
                        "signature_same_signer",
                        "file",
                        signer=same[0].signer,
                        fields=", ".join(c.field for c in same),
                    )
                ]
            )
    new = [c for c in counted if c.party and agreement.parties[c.party - 1].signed_on is None]
    if not new:  # and why the others, if any, do not count
        raise ValidationError([Problem("signatures_already_recorded", "file"), *found])
    recorded = []
    copies = []
    status: AgreementStatus = agreement.status
    for check in new:
        assert check.party is not None
        signing = agreement.parties[check.party - 1]
        # The day in the computer's own time zone, as "today" is (Swedish time on a
        # Swedish computer): a signature just after midnight is not "in the future".
        signed_on = check.signed_at.astimezone().date() if check.signed_at else clock.today()
        result = attach_signed_bytes(
            uow,
            agreement_id,
            signing.organisation_id,
            file_name,
            data,
            signed_on,
            place,
            today=today,
            signatures=tuple(checks),
        )
        recorded.append(signing.name)
        copies.append(result.copy.id)
        status = result.status
    return ReceiveResult(tuple(checks), tuple(recorded), status, tuple(copies))


Attribution = tuple[str, tuple[str, str]]  # a field, and its certificate's issuer and serial


def attributed(
    checks: Sequence[SignatureCheck],
    party: int | None,
    parties: Sequence[str],
    known: Mapping[Attribution, int] | None = None,
) -> list[SignatureCheck]:
    """Signatures in fields that are no party's, given a party: one recorded before
    (``known``: by field and certificate) to the party it went to then; then the one
    left, if only one, to ``party`` (1, 2 …): two could not be told apart."""
    if party is not None and not 1 <= party <= len(parties):
        raise NotFoundError("no_such_party", party=str(party))

    def given(c: SignatureCheck, number: int) -> SignatureCheck:
        name = parties[number - 1] if 1 <= number <= len(parties) else ""
        return dataclasses.replace(c, party=number, party_name=name, attributed=True)

    before = known or {}
    found = [
        given(c, before[(c.field, c.certificate)])
        if c.party is None and (c.field, c.certificate) in before
        else c
        for c in checks
    ]
    if party is None or len([c for c in found if c.party is None]) != 1:
        return found
    return [given(c, party) if c.party is None else c for c in found]


def known_attributions(uow: UnitOfWork, agreement_id: int) -> dict[Attribution, int]:
    """The fields of their own already given to a party, in the copies received."""
    from bibagreements.services.signed_copies import list_signed_copies

    return {
        (c.field, c.certificate): c.party
        for copy in list_signed_copies(uow, agreement_id)
        for c in copy.signatures
        if c.attributed and c.party is not None
    }


def checked_for_party(
    uow: UnitOfWork,
    agreement_id: int,
    data: bytes,
    crls: Sequence[bytes] = (),
    party: int | None = None,
) -> list[SignatureCheck]:
    """``check_signed_pdf``, each signature in a field of its own given its party as
    ``record_signatures`` would."""
    from bibagreements.services.agreements import get_agreement

    names = [p.name for p in get_agreement(uow, agreement_id).parties]
    found = check_signed_pdf(uow, agreement_id, data, crls)
    return attributed(found, party, names, known_attributions(uow, agreement_id))


UNCOUNTED = frozenset({"signature_untrusted", "signature_expired", "signature_revoked"})


def receive_signed(
    uow: UnitOfWork,
    agreement_id: int,
    path: Path,
    *,
    crls: Sequence[bytes] = (),
    today: date | None = None,
    party: int | None = None,
) -> ReceiveResult:
    """Check ``path``'s signatures; record each counted one's party, with the file (a
    signature in a field of its own going to ``party``, see ``record_signatures``)."""
    data = read_signed(path)
    checks = check_signed_pdf(uow, agreement_id, data, crls)
    return record_signatures(
        uow, agreement_id, Path(path).name, data, checks, today=today, party=party
    )
