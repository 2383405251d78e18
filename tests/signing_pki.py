"""A small PKI of the tests' own, and pyHanko signing with it.

A root CA, a signing service's CA under it, signer certificates for the two
parties (one more that has expired, one the service revoked), an issuer
nobody trusts and its signer; a CRL and PKCS#12 files on request.
"""

from __future__ import annotations

import dataclasses
import datetime
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from bibagreements.domain.enums import AgreementStatus, DocumentFormat
from bibagreements.services.agreements import save_agreement
from bibagreements.services.documents import render_agreement
from bibagreements.services.renewal import duplicate_agreement
from bibagreements.services.trust import add_trust_anchor
from bibagreements.storage.database import Database
from tests.builders import id_of
from tests.databases import fresh_database

NOW = datetime.datetime.now(datetime.UTC)
DAY = datetime.timedelta(days=1)


@dataclass
class Issued:
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey


def name(common: str, organisation: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )


def issue(
    subject: x509.Name,
    issuer: Issued | None,
    ca: bool,
    *,
    valid_from: datetime.datetime = NOW - DAY,
    valid_to: datetime.datetime = NOW + 365 * DAY,
    non_repudiation: bool | None = None,  # None: a signer's have it, a CA's not
) -> Issued:
    key = ec.generate_private_key(ec.SECP256R1())
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid_from)
        .not_valid_after(valid_to)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=(not ca) if non_repudiation is None else non_repudiation,
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
    if issuer is not None:  # where its issuer publishes revocations, as real ones say
        where = issuer.cert.subject.rfc4514_string().encode().hex()[:16]
        builder = builder.add_extension(
            x509.CRLDistributionPoints(
                [
                    x509.DistributionPoint(
                        [x509.UniformResourceIdentifier(f"http://crl.test.invalid/{where}.crl")],
                        None,
                        None,
                        None,
                    )
                ]
            ),
            critical=False,
        )
    cert = builder.sign(issuer.key if issuer else key, hashes.SHA256())
    return Issued(cert, key)


def make_pki() -> dict[str, Issued]:
    root = issue(name("Test Root CA", "Testtjänst"), None, True, valid_from=NOW - 3650 * DAY)
    service = issue(name("Test Signing CA", "Testtjänst"), root, True, valid_from=NOW - 3000 * DAY)
    stranger = issue(name("Unknown CA", "Okänd"), None, True)
    return {
        "root": root,
        "service": service,
        "sara": issue(name("Sara Lind", "Biblioteken i Kristianstad"), service, False),
        "maria": issue(name("Maria Ek", "Region Skånes kulturförvaltning"), service, False),
        "expired": issue(
            name("Sara Lind", "Biblioteken i Kristianstad"),
            service,
            False,
            valid_from=NOW - 800 * DAY,
            valid_to=NOW - 30 * DAY,
        ),
        "revoked": issue(name("Maria Ek", "Region Skånes kulturförvaltning"), service, False),
        "stranger": issue(name("Eve Okänd", "Okänd"), stranger, False),
        # An organisation certificate: digital signature only, no non-repudiation.
        "digital": issue(
            name("Maria Ek", "Region Skånes kulturförvaltning"),
            service,
            False,
            non_repudiation=False,
        ),
        "unknown": stranger,
    }


def der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def crl(issuer: Issued, revoked: list[Issued], *, stale: bool = False) -> bytes:
    """The issuer's CRL (DER), listing ``revoked`` as revoked yesterday; a ``stale``
    one was due for its next update a week ago."""
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.cert.subject)
        .last_update(NOW - (30 if stale else 1) * DAY)
        .next_update(NOW + (-7 if stale else 30) * DAY)
    )
    for r in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(r.cert.serial_number)
            .revocation_date(NOW - DAY)
            .build()
        )
    return builder.sign(issuer.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def pkcs12_file(who: Issued, chain: list[Issued], password: bytes) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        b"signer",
        who.key,
        who.cert,
        [c.cert for c in chain],
        serialization.BestAvailableEncryption(password),
    )


def _signer(who: Issued, chain: list[Issued]) -> signers.SimpleSigner:
    key = asn1_keys.PrivateKeyInfo.load(
        who.key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(der(who.cert)),
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs(
            [asn1_x509.Certificate.load(der(c.cert)) for c in chain]
        ),
    )


def sign(pdf: bytes, field: str, who: Issued, chain: list[Issued]) -> bytes:
    """``pdf`` signed in ``field`` by ``who`` (PAdES-B-B), as a signing service would."""
    out = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)),
        signers.PdfSignatureMetadata(field_name=field),
        signer=_signer(who, chain),
    )
    data: bytes = out.getvalue()
    return data


def sent_for_signature(tmp_path: Path) -> tuple[Database, int, bytes]:
    """The reference agreement's text sent for signature anew (frozen, nobody signed) and
    its signable PDF: a copy of it running from three days ago, so signing makes it active."""
    db = fresh_database(tmp_path / "signing.sqlite3", demo=True)
    today = datetime.date.today()
    with db.unit_of_work() as uow:
        copy = duplicate_agreement(uow, id_of(uow))
        out = save_agreement(
            uow,
            dataclasses.replace(
                copy,
                start=today - 3 * DAY,
                end=today + 390 * DAY,
                status=AgreementStatus.OUT_FOR_SIGNATURE,
            ),
        )
        assert out.id is not None
        render_agreement(
            uow, out.id, DocumentFormat.PDF, tmp_path / "signable.pdf", sign_fields=True
        )
    return db, out.id, (tmp_path / "signable.pdf").read_bytes()


def trust(db: Database, tmp_path: Path, issued: Issued) -> None:
    """``issued`` (a CA) put on the trust list, as the user would from a PEM file."""
    path = tmp_path / "ca.pem"
    path.write_bytes(pem(issued.cert))
    with db.unit_of_work() as uow:
        add_trust_anchor(uow, path)


def with_dss_crls(pdf: bytes, crls: list[bytes]) -> bytes:
    """``pdf`` with ``crls`` added to its document security store, as B-LT files carry them
    (each may be anything: a file is not to be trusted)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.generic import pdf_name

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    streams = [writer.add_object(generic.StreamObject(stream_data=c)) for c in crls]
    writer.root[pdf_name("/DSS")] = generic.DictionaryObject(
        {pdf_name("/CRLs"): generic.ArrayObject(streams)}
    )
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def lay_text_over(writer: IncrementalPdfFileWriter) -> None:
    """A new amount written over the first page."""
    from pyhanko.pdf_utils import generic

    page = writer.root["/Pages"]["/Kids"][0].get_object()
    extra = writer.add_object(
        generic.StreamObject(stream_data=b"BT /F1 40 Tf 50 400 Td (1 000 000 kr) Tj ET")
    )
    contents = page["/Contents"]
    parts = list(contents) if isinstance(contents, generic.ArrayObject) else [contents]
    page["/Contents"] = generic.ArrayObject([*parts, extra])
    writer.update_container(page)


def altered_then_signed(pdf: bytes, field: str, who: Issued, chain: list[Issued]) -> bytes:
    """Text laid over the first page in an update of its own, and then signed: the
    signature is intact and what it covers is not our rendering."""

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    lay_text_over(writer)
    out = io.BytesIO()
    writer.write(out)
    return sign(out.getvalue(), field, who, chain)


Change = Callable[[IncrementalPdfFileWriter], None]


def signed_in_own_field(
    pdf: bytes,
    who: Issued,
    chain: list[Issued],
    *,
    field: str = "SigningService1",
    change: Change | None = None,
    box: tuple[int, int, int, int] | None = None,
    new: bool = True,
) -> bytes:
    """``pdf`` signed as some signing services do: in a new field of their own, its
    widget on the first page (invisible; ``box`` to show it), or in the existing
    ``field`` when not ``new``, with ``change`` made to the file in the same update as
    the signature."""
    from pyhanko.sign import fields

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    if change is not None:
        change(writer)
    out = signers.sign_pdf(
        writer,
        signers.PdfSignatureMetadata(field_name=field),
        signer=_signer(who, chain),
        new_field_spec=fields.SigFieldSpec(field, on_page=0, box=box) if new else None,
    )
    data: bytes = out.getvalue()
    return data
