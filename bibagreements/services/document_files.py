"""What every rendering shares, free of the database layer: the record, the bytes, the file.

Kept apart from services.documents so that rendering a frozen version straight
from an up-to-date SQLite file (services.direct_rendering) loads no SQLAlchemy.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bibagreements.documents.model import Document
from bibagreements.domain.clock import now
from bibagreements.domain.enums import DocumentFormat
from bibagreements.domain.problems import Problem
from bibagreements.errors import DocumentError, ValidationError
from bibagreements.storage.atomic import StagedFile, check_output, stage_atomically


@dataclass(frozen=True)
class Rendering:
    id: int
    agreement_id: int
    agreement_version: int
    document: str
    checkin_id: int | None
    format: str
    language: str
    archive: bool
    path: str
    size: int
    sha256: str
    created_at: datetime
    version_number: int | None = None  # the frozen version shown; None: a draft as it stood


def unrecorded(
    output: Path,
    data: bytes,
    *,
    agreement_id: int,
    version: int,
    kind: str,
    fmt: DocumentFormat,
    language: str,
    archive: bool = False,
    checkin_id: int | None = None,
    version_number: int | None = None,
) -> Rendering:
    """The rendering of ``data`` at ``output`` as it is to be recorded (id 0: the row's)."""
    return Rendering(
        id=0,
        agreement_id=agreement_id,
        agreement_version=version,
        version_number=version_number,
        document=kind,
        checkin_id=checkin_id,
        format=fmt.value,
        language=language,
        archive=archive,
        path=str(output),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        created_at=now(),
    )


def check_target(output: Path, fmt: DocumentFormat) -> Path:
    output = check_output(output)
    if output.suffix.lower() != f".{fmt.value}":
        raise ValidationError(
            [Problem("wrong_suffix", "output", kind=fmt.value.upper(), suffix=fmt.value)]
        )
    return output.resolve()


def document_bytes(
    document: Document, fmt: DocumentFormat, *, archive: bool = False, sign_fields: bool = False
) -> bytes:
    """Render the document model to a file's bytes (writers are imported lazily)."""
    if fmt is DocumentFormat.DOCX:
        if archive or sign_fields:
            raise ValidationError([Problem("pdf_only", "format")])
        from bibagreements.documents.docx_writer import render_docx

        return render_docx(document)
    if archive and sign_fields:
        raise ValidationError([Problem("archive_with_fields", "format")])
    if sign_fields:
        from bibagreements.documents.signature_fields import render_signable_pdf

        data = render_signable_pdf(document)
    else:
        from bibagreements.documents.pdf_writer import render_pdf

        data = render_pdf(document)
    if archive:
        from bibagreements.documents.pdfa import PdfaConversionError, convert_to_pdfa

        try:
            data = convert_to_pdfa(data)
        except PdfaConversionError as exc:
            raise DocumentError("pdfa_failed", reason=str(exc)) from exc
    return data


def stage(target: Path, data: bytes) -> StagedFile:
    """``data`` written beside ``target``, to take its place once its row is committed."""
    try:
        return stage_atomically(target, data)
    except OSError as exc:
        raise DocumentError(
            "cannot_write", path=str(target), reason=exc.strerror or str(exc)
        ) from exc


def put_in_place(staged: StagedFile) -> None:
    try:
        staged.put_in_place()
    except OSError as exc:
        raise DocumentError(
            "cannot_write", path=str(staged.target), reason=exc.strerror or str(exc)
        ) from exc


def kept_document(content: str, language: str) -> Document:
    """The document in ``language`` of a frozen version's content (services.versions)."""
    import json

    from bibagreements.documents.model_json import document_from_json

    documents = json.loads(content)["documents"]
    return document_from_json(json.dumps(documents[language]))
