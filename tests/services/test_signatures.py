"""Signed PDFs received back: validated offline against our own small PKI.

A root CA, a signing service's CA under it, signer certificates for the two
parties and one from an issuer nobody trusts; the program's own signable PDF
of the frozen version, signed with pyHanko in each party's field.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization

from bibagreements.cli import main
from bibagreements.domain.enums import AgreementStatus, DocumentFormat
from bibagreements.errors import ValidationError
from bibagreements.services.agreements import get_agreement
from bibagreements.services.documents import render_agreement
from bibagreements.services.signatures import check_signed_pdf, receive_signed
from bibagreements.services.trust import add_trust_anchor, list_trust_anchors
from bibagreements.storage.database import Database
from tests.builders import id_of
from tests.databases import fresh_database
from tests.signing_pki import Issued, sent_for_signature, trust
from tests.signing_pki import der as _der
from tests.signing_pki import sign as _sign


@pytest.fixture
def sent(tmp_path: Path) -> tuple[Database, int, bytes]:
    return sent_for_signature(tmp_path)


def _trust(db: Database, tmp_path: Path, issued: Issued) -> None:
    trust(db, tmp_path, issued)


def test_both_parties_signed_and_trusted_make_the_agreement_active(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    chain = [pki["service"], pki["root"]]
    signed = _sign(
        _sign(pdf, "Signature_1", pki["sara"], chain), "Signature_2", pki["maria"], chain
    )
    (tmp_path / "signed.pdf").write_bytes(signed)
    _trust(db, tmp_path, pki["root"])
    with db.unit_of_work() as uow:
        result = receive_signed(uow, agreement_id, tmp_path / "signed.pdf")
    assert [(c.field, c.signer, c.organisation, c.counts) for c in result.checks] == [
        ("Signature_1", "Sara Lind", "Biblioteken i Kristianstad", True),
        ("Signature_2", "Maria Ek", "Region Skånes kulturförvaltning", True),
    ]
    assert all(c.version == 1 and c.intact and c.trusted for c in result.checks)
    assert result.status is AgreementStatus.ACTIVE
    with db.unit_of_work() as uow:
        agreement = get_agreement(uow, agreement_id)
    today = datetime.date.today()  # the signatures' day, in the computer's time zone
    assert [p.signed_on for p in agreement.parties] == [today, today]
    assert agreement.status is AgreementStatus.ACTIVE


def test_a_byte_changed_after_signing_is_refused_and_nothing_recorded(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    chain = [pki["service"], pki["root"]]
    signed = bytearray(_sign(pdf, "Signature_1", pki["sara"], chain))
    at = signed.find(b"/Producer")
    signed[at + 2] ^= 0x01  # inside the signed bytes
    (tmp_path / "tampered.pdf").write_bytes(bytes(signed))
    _trust(db, tmp_path, pki["root"])
    with db.unit_of_work() as uow, pytest.raises(ValidationError) as info:
        receive_signed(uow, agreement_id, tmp_path / "tampered.pdf")
    assert [p.code for p in info.value.problems] == ["signature_altered"]
    assert "altered after signing" in str(info.value)
    with db.unit_of_work() as uow:
        assert all(p.signed_on is None for p in get_agreement(uow, agreement_id).parties)


def test_an_untrusted_issuer_is_reported_and_not_counted_until_trusted(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, pdf = sent
    signed = _sign(pdf, "Signature_1", pki["stranger"], [pki["unknown"]])
    (tmp_path / "signed.pdf").write_bytes(signed)
    with db.unit_of_work() as uow:
        [check] = check_signed_pdf(uow, agreement_id, signed)
        assert (check.intact, check.trusted, check.version) == (True, False, 1)
        with pytest.raises(ValidationError) as info:
            receive_signed(uow, agreement_id, tmp_path / "signed.pdf")
    assert [p.code for p in info.value.problems] == ["signature_untrusted"]
    _trust(db, tmp_path, pki["unknown"])
    with db.unit_of_work() as uow:
        result = receive_signed(uow, agreement_id, tmp_path / "signed.pdf")
    assert result.recorded == ("Biblioteken i Kristianstad",)
    assert result.status is AgreementStatus.OUT_FOR_SIGNATURE  # one party still to sign


def test_a_signature_on_another_document_is_not_ours(
    sent: Any, pki: dict[str, Issued], tmp_path: Path
) -> None:
    db, agreement_id, _pdf = sent
    with db.unit_of_work() as uow:
        other = id_of(uow)  # the reference agreement's own frozen version
        render_agreement(uow, other, DocumentFormat.PDF, tmp_path / "other.pdf", sign_fields=True)
    chain = [pki["service"], pki["root"]]
    signed = _sign((tmp_path / "other.pdf").read_bytes(), "Signature_1", pki["sara"], chain)
    _trust(db, tmp_path, pki["root"])
    with db.unit_of_work() as uow:
        [check] = check_signed_pdf(uow, agreement_id, signed)
    assert check.intact and check.trusted and check.version is None
    assert check.problem is not None and check.problem.code == "signature_not_ours"


def test_trust_list_and_cli(
    sent: Any, pki: dict[str, Issued], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _agreement_id, _pdf = sent
    leaf = tmp_path / "leaf.cer"
    leaf.write_bytes(_der(pki["sara"].cert))
    with db.unit_of_work() as uow, pytest.raises(ValidationError) as info:
        add_trust_anchor(uow, leaf)
    assert [p.code for p in info.value.problems] == ["not_a_ca"]
    cli_db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", cli_db, "demo"]) == 0
    capsys.readouterr()
    root = tmp_path / "root.pem"
    root.write_bytes(pki["root"].cert.public_bytes(serialization.Encoding.PEM))
    assert main(["--db", cli_db, "trust", "add", str(root)]) == 0
    assert capsys.readouterr().out.startswith("trusted 1: Test Root CA (Testtjänst) (sha256 ")
    assert main(["--db", cli_db, "trust", "add", str(root)]) == 0  # once
    assert capsys.readouterr().out.startswith("already trusted 1: Test Root CA (Testtjänst)")
    assert main(["--db", cli_db, "trust", "list"]) == 0
    [listed] = capsys.readouterr().out.splitlines()
    assert listed.startswith("   1  Test Root CA (Testtjänst)  sha256 ")
    assert main(["--db", cli_db, "trust", "remove", "1"]) == 0
    with fresh_database(tmp_path / "empty.sqlite3").unit_of_work() as uow:
        assert list_trust_anchors(uow) == []
