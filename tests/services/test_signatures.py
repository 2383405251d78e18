"""Signed PDFs received back: validated offline against our own small PKI.

A root CA, a signing service's CA under it, signer certificates for the two
parties and one from an issuer nobody trusts; the program's own signable PDF
of the frozen version, signed with pyHanko in each party's field.
"""

from __future__ import annotations

import dataclasses
import datetime
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from bibagreements.cli import main
from bibagreements.domain.enums import AgreementStatus, DocumentFormat
from bibagreements.domain.records import Agreement, Party
from bibagreements.errors import ValidationError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.documents import render_agreement
from bibagreements.services.signatures import SWEDEN, check_signed_pdf, receive_signed
from bibagreements.services.trust import add_trust_anchor, list_trust_anchors
from bibagreements.storage.database import Database
from tests.builders import id_of
from tests.databases import fresh_database

NOW = datetime.datetime.now(datetime.UTC)


@dataclass
class Issued:
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey


def _name(common: str, organisation: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )


def _issue(subject: x509.Name, issuer: Issued | None, ca: bool) -> Issued:
    key = ec.generate_private_key(ec.SECP256R1())
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - datetime.timedelta(days=1))
        .not_valid_after(NOW + datetime.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=not ca,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    cert = builder.sign(issuer.key if issuer else key, hashes.SHA256())
    return Issued(cert, key)


@pytest.fixture(scope="module")
def pki() -> dict[str, Issued]:
    root = _issue(_name("Test Root CA", "Testtjänst"), None, True)
    service = _issue(_name("Test Signing CA", "Testtjänst"), root, True)
    stranger = _issue(_name("Unknown CA", "Okänd"), None, True)
    return {
        "root": root,
        "service": service,
        "sara": _issue(_name("Sara Lind", "Biblioteken i Kristianstad"), service, False),
        "maria": _issue(_name("Maria Ek", "Region Skånes kulturförvaltning"), service, False),
        "stranger": _issue(_name("Eve Okänd", "Okänd"), stranger, False),
        "unknown": stranger,
    }


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def _sign(pdf: bytes, field: str, who: Issued, chain: list[Issued]) -> bytes:
    key = asn1_keys.PrivateKeyInfo.load(
        who.key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(_der(who.cert)),
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs(
            [asn1_x509.Certificate.load(_der(c.cert)) for c in chain]
        ),
    )
    out = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)),
        signers.PdfSignatureMetadata(field_name=field),
        signer=signer,
    )
    data: bytes = out.getvalue()
    return data


@pytest.fixture
def sent(tmp_path: Path) -> tuple[Database, int, bytes]:
    """A new agreement sent for signature (frozen, nobody signed) and its signable PDF."""
    db = fresh_database(tmp_path / "signing.sqlite3", demo=True)
    with db.unit_of_work() as uow:
        reference = get_agreement(uow, id_of(uow))
        draft = save_agreement(
            uow,
            Agreement(
                title="Överenskommelse om e-underskrift",
                start=datetime.date(2026, 12, 1),
                end=datetime.date(2027, 12, 31),
                parties=tuple(Party(p.organisation_id) for p in reference.parties),
            ),
        )
        out = save_agreement(
            uow, dataclasses.replace(draft, status=AgreementStatus.OUT_FOR_SIGNATURE)
        )
        assert out.id is not None
        render_agreement(
            uow, out.id, DocumentFormat.PDF, tmp_path / "signable.pdf", sign_fields=True
        )
    return db, out.id, (tmp_path / "signable.pdf").read_bytes()


def _trust(db: Database, tmp_path: Path, issued: Issued) -> None:
    pem = tmp_path / "ca.pem"
    pem.write_bytes(issued.cert.public_bytes(serialization.Encoding.PEM))
    with db.unit_of_work() as uow:
        add_trust_anchor(uow, pem)


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
    today = datetime.datetime.now(SWEDEN).date()  # the signatures' time, in Sweden
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
    root = tmp_path / "root.pem"
    root.write_bytes(pki["root"].cert.public_bytes(serialization.Encoding.PEM))
    assert main(["--db", cli_db, "trust", "add", str(root)]) == 0
    assert main(["--db", cli_db, "trust", "add", str(root)]) == 0  # once
    capsys.readouterr()
    assert main(["--db", cli_db, "trust", "list"]) == 0
    listed = capsys.readouterr().out
    assert listed.count("Test Root CA") == 1
    assert main(["--db", cli_db, "trust", "remove", "1"]) == 0
    with fresh_database(tmp_path / "empty.sqlite3").unit_of_work() as uow:
        assert list_trust_anchors(uow) == []
