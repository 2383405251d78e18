"""Is this file an unaltered rendering of one of the agreement's versions?

For the day a party sends a file back: its SHA-256 is looked up among the
renderings recorded for the agreement; failing that (the file was made in
another database, or its record is gone), every frozen version is rendered
again in each format, language and variant, and the bytes compared. Frozen
versions render byte for byte the same (services.versions), so a match means
the file is exactly what the program made; anything else is not.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from bibagreements.domain.limits import VERIFIED_FILE_BYTES
from bibagreements.services.agreements import get_agreement
from bibagreements.services.versions import LANGUAGES, agreement_versions, frozen_document
from bibagreements.storage.bounded import read_capped
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import RenderingRow

# (format, PDF/A, signature fields): every variant the program renders.
_VARIANTS = (
    ("pdf", False, False),
    ("pdf", True, False),
    ("pdf", False, True),
    ("docx", False, False),
)


@dataclass(frozen=True)
class Verified:
    number: int
    format: str
    language: str
    archive: bool
    sign_fields: bool
    frozen_at: datetime
    rendered_at: datetime | None  # when it was recorded here; None if made elsewhere


def _digest(path: Path) -> tuple[str, bytes]:
    """SHA-256 and the first bytes of ``path``, read with a cap (not trusting its size)."""
    data = read_capped(Path(path), VERIFIED_FILE_BYTES)
    return hashlib.sha256(data).hexdigest(), data[:8]


def verify_file(uow: UnitOfWork, agreement_id: int, path: Path) -> Verified | None:
    """Which version, format and language ``path`` is, if it is one unaltered; else None."""
    agreement = get_agreement(uow, agreement_id)
    sha, head = _digest(path)
    frozen = {v.number: v for v in agreement_versions(uow, agreement_id)}
    recorded = uow.session.scalars(
        select(RenderingRow)
        .where(
            RenderingRow.agreement_id == agreement_id,
            RenderingRow.sha256 == sha,
            RenderingRow.document == "agreement",
            RenderingRow.version_number.is_not(None),
        )
        .order_by(RenderingRow.created_at)
    ).first()
    if recorded is not None and recorded.version_number in frozen:
        return Verified(
            recorded.version_number,
            recorded.format,
            recorded.language,
            recorded.archive,
            False,
            frozen[recorded.version_number].frozen_at,
            recorded.created_at,
        )
    from bibagreements.services.documents import DocumentFormat, document_bytes

    kinds = {"pdf"} if head.startswith(b"%PDF") else {"docx"} if head.startswith(b"PK") else set()
    for number, version in sorted(frozen.items(), reverse=True):
        for language in LANGUAGES:
            _v, document = frozen_document(uow, agreement.id or agreement_id, number, language)
            for fmt, archive, sign in _VARIANTS:
                if fmt not in kinds:
                    continue
                data = document_bytes(
                    document, DocumentFormat(fmt), archive=archive, sign_fields=sign
                )
                if hashlib.sha256(data).hexdigest() == sha:
                    return Verified(number, fmt, language, archive, sign, version.frozen_at, None)
    return None
