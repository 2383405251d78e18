"""Signed PDFs that are not what they seem, and the certificates and lists around them:
text changed before signing, one signer in two fields, a revocation in the file's own
validation data, broken or stale lists, an older version, a mixed file."""

from __future__ import annotations

import dataclasses
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from bibagreements.domain.enums import AgreementStatus, DocumentFormat
from bibagreements.errors import ValidationError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.documents import render_agreement
from bibagreements.services.signatures import check_signed_pdf, read_crls, receive_signed
from bibagreements.services.signing import sign_here
from bibagreements.storage.database import Database
from tests.signing_pki import (
    Issued,
    altered_then_signed,
    crl,
    pkcs12_file,
    sign,
    signed_in_own_field,
    with_dss_crls,
)

PASSWORD = b"hemligt"


@pytest.fixture
def sent(sent_trusted: tuple[Database, int, bytes]) -> tuple[Database, int, bytes]:
    return sent_trusted


def _chain(pki: dict[str, Issued]) -> list[Issued]:
    return [pki["service"], pki["root"]]


def _receive(db: Database, agreement_id: int, tmp_path: Path, data: bytes) -> Any:
    path = tmp_path / "in.pdf"
    path.write_bytes(data)
    with db.unit_of_work() as uow:
        return receive_signed(uow, agreement_id, path)


def _refused_again(db: Database, agreement_id: int, tmp_path: Path, data: bytes) -> list[str]:
    with pytest.raises(ValidationError) as info:
        _receive(db, agreement_id, tmp_path, data)
    return [p.code for p in info.value.problems]


def _refused(db: Database, agreement_id: int, tmp_path: Path, data: bytes) -> list[str]:
    codes = _refused_again(db, agreement_id, tmp_path, data)
    with db.unit_of_work() as uow:  # and nothing was recorded
        assert all(p.signed_on is None for p in get_agreement(uow, agreement_id).parties)
    return codes


def test_text_laid_over_the_page_before_signing_is_not_our_rendering(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    signed = altered_then_signed(pdf, "Signature_1", pki["sara"], _chain(pki))
    with db.unit_of_work() as uow:
        [check] = check_signed_pdf(uow, agreement_id, signed)
    # The signature itself is intact and trusted: only what it covers gives it away.
    assert (check.intact, check.trusted, check.version) == (True, True, None)
    assert _refused(db, agreement_id, tmp_path, signed) == ["signature_not_ours"]


def test_one_certificate_in_two_parties_fields_is_refused(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    chain = _chain(pki)
    twice = sign(sign(pdf, "Signature_1", pki["sara"], chain), "Signature_2", pki["sara"], chain)
    assert _refused(db, agreement_id, tmp_path, twice) == ["signature_same_signer"]


def test_a_revocation_in_the_files_own_validation_data_counts(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    signed = sign(pdf, "Signature_2", pki["revoked"], _chain(pki))
    lists = [crl(pki["service"], [pki["revoked"]]), crl(pki["root"], [])]
    assert _refused(db, agreement_id, tmp_path, with_dss_crls(signed, lists)) == [
        "signature_revoked"
    ]


def test_broken_or_stale_lists_in_the_file_are_passed_over(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    signed = sign(pdf, "Signature_1", pki["sara"], _chain(pki))
    junk = with_dss_crls(
        signed, [b"\x30\x03\x02\x01\x01garbage", crl(pki["service"], [], stale=True)]
    )
    result = _receive(db, agreement_id, tmp_path, junk)
    assert result.recorded == ("Biblioteken i Kristianstad",)


def test_a_list_given_must_be_a_current_list(pki: dict[str, Issued], tmp_path: Path) -> None:
    stale, broken = tmp_path / "gammal.crl", tmp_path / "trasig.pem"
    stale.write_bytes(crl(pki["service"], [], stale=True))
    broken.write_text("-----BEGIN X509 CRL-----\nAAAA")
    for path, code in ((stale, "crl_out_of_date"), (broken, "not_a_crl")):
        with pytest.raises(ValidationError) as info:
            read_crls([path])
        assert [p.code for p in info.value.problems] == [code]


def test_a_mixed_file_records_the_valid_signature_and_reports_the_other(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    mixed = sign(
        sign(pdf, "Signature_1", pki["sara"], _chain(pki)),
        "Signature_2",
        pki["stranger"],
        [pki["unknown"]],
    )
    result = _receive(db, agreement_id, tmp_path, mixed)
    assert result.recorded == ("Biblioteken i Kristianstad",)
    assert [c.problem.code if c.problem else None for c in result.checks] == [
        None,
        "signature_untrusted",
    ]
    assert result.status is AgreementStatus.OUT_FOR_SIGNATURE
    # The same file again records nothing new.
    assert _refused_again(db, agreement_id, tmp_path, mixed) == [
        "signatures_already_recorded",
        "signature_untrusted",
    ]


def test_a_signature_on_a_replaced_version_does_not_count(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    old = sign(pdf, "Signature_1", pki["sara"], _chain(pki))
    with db.unit_of_work() as uow:  # back to draft, changed, and sent again: version 2
        a = get_agreement(uow, agreement_id)
        a = save_agreement(uow, dataclasses.replace(a, status=AgreementStatus.DRAFT))
        a = save_agreement(uow, dataclasses.replace(a, title=a.title + " (rättad)"))
        save_agreement(uow, dataclasses.replace(a, status=AgreementStatus.OUT_FOR_SIGNATURE))
        [check] = check_signed_pdf(uow, agreement_id, old)
        render_agreement(
            uow, agreement_id, DocumentFormat.PDF, tmp_path / "v2.pdf", sign_fields=True
        )
    assert (check.version, check.superseded) == (1, True)
    assert _refused(db, agreement_id, tmp_path, old) == ["signature_superseded"]
    new = sign((tmp_path / "v2.pdf").read_bytes(), "Signature_1", pki["sara"], _chain(pki))
    assert _receive(db, agreement_id, tmp_path, new).recorded == ("Biblioteken i Kristianstad",)


def test_certificates_for_signing_and_files_without_a_key(
    sent: Any, pki: dict[str, Issued]
) -> None:
    db, agreement_id, _pdf = sent
    chain = _chain(pki)
    only_cert = pkcs12_file(pki["sara"], chain, PASSWORD)
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    no_key = pkcs12.serialize_key_and_certificates(
        b"x", None, pki["sara"].cert, None, serialization.BestAvailableEncryption(PASSWORD)
    )
    with db.unit_of_work() as uow, pytest.raises(ValidationError) as info:
        sign_here(uow, agreement_id, "1", no_key, PASSWORD)
    assert [p.code for p in info.value.problems] == ["pkcs12_unreadable"]
    with db.unit_of_work() as uow:  # a certificate for digital signatures only signs too
        signed = sign_here(
            uow, agreement_id, "2", pkcs12_file(pki["digital"], chain, PASSWORD), PASSWORD
        )
        assert signed.received.recorded == ("Region Skånes kulturförvaltning",)
        assert sign_here(uow, agreement_id, "1", only_cert, PASSWORD).received.status is (
            AgreementStatus.ACTIVE
        )


def test_signing_here_needs_an_agreement_out_for_signature(
    sent: Any, pki: dict[str, Issued]
) -> None:
    db, agreement_id, _pdf = sent
    with db.unit_of_work() as uow:
        a = get_agreement(uow, agreement_id)
        save_agreement(uow, dataclasses.replace(a, status=AgreementStatus.DRAFT))
    with db.unit_of_work() as uow, pytest.raises(ValidationError) as info:
        sign_here(uow, agreement_id, "1", pkcs12_file(pki["sara"], _chain(pki), PASSWORD), PASSWORD)
    assert [p.code for p in info.value.problems] == ["signing_not_out"]


def test_the_pdf_mailed_for_signature_can_be_signed_by_a_partys_service(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    from bibagreements.services.messages import parse_sender, signature_requests

    db, agreement_id, _pdf = sent
    sender = parse_sender("Åsa Öberg <asa.oberg@example.org>")
    with db.unit_of_work() as uow:
        [draft, *_] = signature_requests(uow, agreement_id, sender, tmp_path, "underskrift")
    message = email.message_from_bytes(draft.as_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    [attached] = list(message.iter_attachments())
    mailed = attached.get_content()
    signed = sign(mailed, "Signature_1", pki["sara"], _chain(pki))  # into the field there
    result = _receive(db, agreement_id, tmp_path, signed)
    assert result.recorded == ("Biblioteken i Kristianstad",)


def test_a_certificate_naming_another_organisation_is_noted_not_refused(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    chain = _chain(pki)
    swapped = sign(sign(pdf, "Signature_1", pki["maria"], chain), "Signature_2", pki["sara"], chain)
    with db.unit_of_work() as uow:
        checks = check_signed_pdf(uow, agreement_id, swapped)
    assert [(c.party_name, c.other_organisation) for c in checks] == [
        ("Biblioteken i Kristianstad", True),
        ("Region Skånes kulturförvaltning", True),
    ]
    right = sign(sign(pdf, "Signature_1", pki["sara"], chain), "Signature_2", pki["maria"], chain)
    with db.unit_of_work() as uow:
        assert not any(c.other_organisation for c in check_signed_pdf(uow, agreement_id, right))
    # The coordinator decides: a signing service's seal may name the service.
    assert _receive(db, agreement_id, tmp_path, swapped).status is AgreementStatus.ACTIVE


def test_serials_are_written_as_whole_bytes() -> None:
    from bibagreements.services.signatures import serial_hex

    assert [serial_hex(n) for n in (0xABC, 0x1ABC, 0)] == ["0ABC", "1ABC", "00"]


def test_a_services_own_field_counts_for_the_party_the_user_names(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    theirs = signed_in_own_field(pdf, pki["maria"], _chain(pki))
    with db.unit_of_work() as uow:
        [check] = check_signed_pdf(uow, agreement_id, theirs)
    assert (check.field, check.party, check.version, check.counts) == (
        "SigningService1",
        None,
        1,
        True,
    )
    assert _refused(db, agreement_id, tmp_path, theirs) == ["signature_no_party"]
    path = tmp_path / "theirs.pdf"
    path.write_bytes(theirs)
    with db.unit_of_work() as uow:
        result = receive_signed(uow, agreement_id, path, party=2)
    assert result.recorded == ("Region Skånes kulturförvaltning",)
    [kept] = result.checks
    assert (kept.party, kept.party_name, kept.attributed) == (
        2,
        "Region Skånes kulturförvaltning",
        True,
    )
    # The other party signs its own field on top: both count, the agreement is active.
    both = sign(theirs, "Signature_1", pki["sara"], _chain(pki))
    assert _receive(db, agreement_id, tmp_path, both).status is AgreementStatus.ACTIVE


def test_a_party_is_counted_once_and_two_own_fields_are_not_guessed(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    chain = _chain(pki)
    theirs = signed_in_own_field(pdf, pki["maria"], chain)
    doubled = sign(theirs, "Signature_2", pki["revoked"], chain)  # same party, its own field
    path = tmp_path / "doubled.pdf"
    path.write_bytes(doubled)
    with db.unit_of_work() as uow, pytest.raises(ValidationError) as info:
        receive_signed(uow, agreement_id, path, party=2)
    assert [p.code for p in info.value.problems] == ["signature_party_twice"]
    two = signed_in_own_field(theirs, pki["sara"], chain, field="SigningService2")
    path.write_bytes(two)
    with db.unit_of_work() as uow, pytest.raises(ValidationError) as info:
        receive_signed(uow, agreement_id, path, party=1)
    assert [p.code for p in info.value.problems] == ["signature_no_party"]
