"""The trust list: the CA certificates whose signatures on returned PDFs count.

It starts empty. The user adds the CA certificates of the signing services
the region uses (`trust add FILE.pem|.cer`); a signature that does not chain
to one of them is reported as from an unknown issuer and is not counted.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from bibagreements.domain.problems import Problem
from bibagreements.errors import ValidationError
from bibagreements.services.rows import row_or_not_found
from bibagreements.storage.bounded import read_capped
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import TrustAnchorRow

CERTIFICATE_BYTES = 64 * 1024


@dataclass(frozen=True)
class TrustAnchor:
    id: int
    subject: str  # RFC 4514, as the certificate has it
    sha256: str
    added_at: datetime
    new: bool = True  # False: add_trust_anchor found it on the list already

    @property
    def name(self) -> str:
        """``Test Root CA (Testtjänst)``: the common name, and the organisation."""
        from cryptography import x509
        from cryptography.x509.oid import NameOID

        try:
            parsed = x509.Name.from_rfc4514_string(self.subject)
        except ValueError:
            return self.subject

        def first(oid: x509.ObjectIdentifier) -> str:
            found = parsed.get_attributes_for_oid(oid)
            return str(found[0].value) if found else ""

        common, organisation = first(NameOID.COMMON_NAME), first(NameOID.ORGANIZATION_NAME)
        if not common:
            return organisation or self.subject
        return f"{common} ({organisation})" if organisation else common


def _record(row: TrustAnchorRow) -> TrustAnchor:
    return TrustAnchor(row.id, row.subject, row.sha256, row.added_at)


def certificate_der(data: bytes, name: str) -> tuple[bytes, str]:
    """A CA certificate's DER bytes and subject, from PEM or DER; refused otherwise."""
    from cryptography import x509

    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            cert = x509.load_pem_x509_certificate(data)
        else:
            cert = x509.load_der_x509_certificate(data)
    except ValueError:
        raise ValidationError([Problem("not_a_certificate", "file", name=name)]) from None
    try:
        is_ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        is_ca = False
    if not is_ca:
        raise ValidationError([Problem("not_a_ca", "file", name=name)])
    from cryptography.hazmat.primitives.serialization import Encoding

    return cert.public_bytes(Encoding.DER), cert.subject.rfc4514_string()


def add_trust_anchor(uow: UnitOfWork, path: Path) -> TrustAnchor:
    der, subject = certificate_der(read_capped(path, CERTIFICATE_BYTES), Path(path).name)
    digest = hashlib.sha256(der).hexdigest()
    uow.write_first()
    existing = uow.session.scalar(select(TrustAnchorRow).where(TrustAnchorRow.sha256 == digest))
    if existing is not None:
        return replace(_record(existing), new=False)
    row = TrustAnchorRow(subject=subject, sha256=digest, der=der)
    uow.session.add(row)
    uow.session.flush()
    return _record(row)


def list_trust_anchors(uow: UnitOfWork) -> list[TrustAnchor]:
    query = select(TrustAnchorRow).order_by(TrustAnchorRow.added_at, TrustAnchorRow.id)
    return [_record(row) for row in uow.session.scalars(query)]


def trusted_certificates(uow: UnitOfWork) -> list[bytes]:
    return list(uow.session.scalars(select(TrustAnchorRow.der).order_by(TrustAnchorRow.id)))


def remove_trust_anchor(uow: UnitOfWork, anchor_id: int) -> None:
    row = row_or_not_found(uow, TrustAnchorRow, anchor_id, "no_trust_anchor")
    uow.session.delete(row)
    uow.session.flush()
