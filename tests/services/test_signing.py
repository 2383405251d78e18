"""Signing here with a PKCS#12 file, certificates that expired or were revoked, and the
validation result kept with the signed copy (its history, the archive package)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from bibagreements.domain.enums import AgreementStatus
from bibagreements.errors import NotFoundError, ValidationError
from bibagreements.services.agreements import get_agreement
from bibagreements.services.archive import build_package
from bibagreements.services.history import agreement_history
from bibagreements.services.signatures import check_signed_pdf, receive_signed
from bibagreements.services.signed_copies import list_signed_copies, signed_copy_bytes
from bibagreements.services.signing import sign_here
from bibagreements.storage.database import Database
from tests.signing_pki import Issued, crl, pkcs12_file, sign

PASSWORD = b"r\xc3\xa4tt l\xc3\xb6senord"  # "rätt lösenord", UTF-8
PREMIS = {"premis": "http://www.loc.gov/premis/v3"}


@pytest.fixture
def sent(sent_trusted: tuple[Database, int, bytes]) -> tuple[Database, int, bytes]:
    return sent_trusted


def _p12(pki: dict[str, Issued], who: str) -> bytes:
    return pkcs12_file(pki[who], [pki["service"], pki["root"]], PASSWORD)


def _codes(info: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.code for p in info.value.problems]


def test_an_expired_certificate_is_reported_and_not_counted(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    signed = sign(pdf, "Signature_1", pki["expired"], [pki["service"], pki["root"]])
    (tmp_path / "signed.pdf").write_bytes(signed)
    with db.unit_of_work() as uow:
        [check] = check_signed_pdf(uow, agreement_id, signed)
        assert (check.intact, check.trusted, check.trouble) == (True, False, "expired")
        with pytest.raises(ValidationError) as info:
            receive_signed(uow, agreement_id, tmp_path / "signed.pdf")
    assert _codes(info) == ["signature_expired"]
    assert "not valid then" in str(info.value)
    # The certificate's own validity is kept, so the person told can see when it ran out.
    assert check.valid_until is not None and check.signed_at is not None
    assert check.valid_until < check.signed_at
    from bibagreements.cli.signatures import describe
    from bibagreements.domain.signature_checks import SignatureCheck

    until = check.valid_until.date().isoformat()
    assert f"– {until}, not then; not counted" in describe(check)
    kept = SignatureCheck.from_json(check.as_json())
    assert (kept.valid_from, kept.valid_until) == (check.valid_from, check.valid_until)


def test_a_revoked_certificate_fails_once_its_crl_is_at_hand(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    signed = sign(pdf, "Signature_2", pki["revoked"], [pki["service"], pki["root"]])
    (tmp_path / "signed.pdf").write_bytes(signed)
    revocations = [crl(pki["service"], [pki["revoked"]]), crl(pki["root"], [])]
    with db.unit_of_work() as uow:
        [without] = check_signed_pdf(uow, agreement_id, signed)
        [checked] = check_signed_pdf(uow, agreement_id, signed, revocations)
        with pytest.raises(ValidationError) as info:
            receive_signed(uow, agreement_id, tmp_path / "signed.pdf", crls=revocations)
    # Offline, nothing fetched: without the list the revocation cannot be known.
    assert without.counts
    assert (checked.trusted, checked.trouble) == (False, "revoked")
    assert _codes(info) == ["signature_revoked"]


def test_signing_here_as_each_party_makes_one_file_with_both_signatures(
    sent: Any, pki: dict[str, Issued]
) -> None:
    db, agreement_id, _pdf = sent
    with db.unit_of_work() as uow:
        first = sign_here(uow, agreement_id, "1", _p12(pki, "sara"), PASSWORD, place="Kristianstad")
    assert first.received.recorded == ("Biblioteken i Kristianstad",)
    assert first.received.status is AgreementStatus.OUT_FOR_SIGNATURE
    with db.unit_of_work() as uow:
        second = sign_here(
            uow, agreement_id, "region skånes kulturförvaltning", _p12(pki, "maria"), PASSWORD
        )
        assert second.received.status is AgreementStatus.ACTIVE
        agreement = get_agreement(uow, agreement_id)
        assert agreement.status is AgreementStatus.ACTIVE
        assert agreement.parties[0].signed_place == "Kristianstad"
        copies = list_signed_copies(uow, agreement_id)
        final = signed_copy_bytes(uow, copies[-1].id)
        checks = check_signed_pdf(uow, agreement_id, final)
    # The second signature went on top of the first: one file, both valid.
    assert final.startswith(first.data)
    assert [(c.field, c.signer, c.counts) for c in checks] == [
        ("Signature_1", "Sara Lind", True),
        ("Signature_2", "Maria Ek", True),
    ]
    # What was found is kept with each copy.
    assert [[c.signer for c in copy.signatures] for copy in copies] == [
        ["Sara Lind"],
        ["Sara Lind", "Maria Ek"],
    ]
    assert copies[0].signatures[0].checked_at is not None
    assert b"/SubFilter /ETSI.CAdES.detached" in final


def test_with_revocation_lists_at_hand_the_signature_is_b_lt(
    sent: Any, pki: dict[str, Issued]
) -> None:
    db, agreement_id, _pdf = sent
    revocations = [crl(pki["service"], []), crl(pki["root"], [])]
    with db.unit_of_work() as uow:
        signed = sign_here(uow, agreement_id, "1", _p12(pki, "sara"), PASSWORD, crls=revocations)
    assert b"/DSS" in signed.data and b"/CRLs" in signed.data
    [check] = signed.received.checks
    assert check.counts


def test_signing_is_refused_for_a_wrong_password_or_an_unusable_certificate(
    sent: Any, pki: dict[str, Issued]
) -> None:
    db, agreement_id, _pdf = sent
    revoked = [crl(pki["service"], [pki["revoked"]]), crl(pki["root"], [])]
    cases = [
        (_p12(pki, "sara"), b"fel", (), "pkcs12_unreadable"),
        (b"not a PKCS#12 file", PASSWORD, (), "pkcs12_unreadable"),
        (_p12(pki, "expired"), PASSWORD, (), "signer_expired"),
        (_p12(pki, "revoked"), PASSWORD, revoked, "signer_revoked"),
        (
            pkcs12_file(pki["stranger"], [pki["unknown"]], PASSWORD),
            PASSWORD,
            (),
            "signer_untrusted",
        ),
    ]
    for p12, password, crls, code in cases:
        with db.unit_of_work() as uow, pytest.raises(ValidationError) as info:
            sign_here(uow, agreement_id, "2", p12, password, crls=crls)
        assert _codes(info) == [code]
    with db.unit_of_work() as uow:
        assert list_signed_copies(uow, agreement_id) == []
        assert all(p.signed_on is None for p in get_agreement(uow, agreement_id).parties)
        with pytest.raises(NotFoundError):
            sign_here(uow, agreement_id, "3", _p12(pki, "sara"), PASSWORD)


def test_a_party_signs_once(sent: Any, pki: dict[str, Issued]) -> None:
    db, agreement_id, _pdf = sent
    with db.unit_of_work() as uow:
        sign_here(uow, agreement_id, "1", _p12(pki, "sara"), PASSWORD)
    with db.unit_of_work() as uow, pytest.raises(ValidationError) as info:
        sign_here(uow, agreement_id, "1", _p12(pki, "sara"), PASSWORD)
    assert _codes(info) == ["party_already_signed"]


def test_the_validation_result_is_in_the_history_and_the_archive_package(
    sent: Any, pki: dict[str, Issued]
) -> None:
    db, agreement_id, _pdf = sent
    with db.unit_of_work() as uow:
        sign_here(uow, agreement_id, "1", _p12(pki, "sara"), PASSWORD)
        sign_here(uow, agreement_id, "2", _p12(pki, "maria"), PASSWORD)
    with db.unit_of_work() as uow:
        history = agreement_history(uow, agreement_id)
        _objid, files = build_package(uow, [agreement_id])
    added = [c for c in history if c.table == "signed_copy" and c.action == "insert"]
    assert len(added) == 2
    kept = json.loads(added[-1].changes["signatures"][1])
    assert "signatures: Signature_1 Sara Lind: valid, Signature_2 Maria Ek: valid" in (
        added[-1].fields()
    )
    assert [(s["signer"], s["trusted"], s["version"]) for s in kept] == [
        ("Sara Lind", True, 1),
        ("Maria Ek", True, 1),
    ]
    # history --json gives them as data, not as a string of JSON
    assert added[-1].as_json()["changes"]["signatures"] == [None, kept]
    premis = etree.fromstring(files["metadata/preservation/premis.xml"])
    validations = [
        e.findtext("premis:eventDetailInformation/premis:eventDetail", namespaces=PREMIS)
        for e in premis.iterfind("premis:event", PREMIS)
        if e.findtext("premis:eventType", namespaces=PREMIS) == "validation"
    ]
    assert len(validations) == 2
    assert "PAdES signature by Maria Ek (Region Skånes kulturförvaltning)" in validations[-1]
    assert "certificate trusted, on version 1" in validations[-1]
