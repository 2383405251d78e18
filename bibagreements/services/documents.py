"""Generating agreement documents, check-in minutes and the yearly follow-up report.

What only some renderings need (the builders, the whole agreement) is imported
where it is used: rendering a frozen version needs neither.

Every rendering is written to a temporary file beside the target and renamed,
then recorded (agreement, version, format, time, SHA-256) so the coordinator
can tell which version was sent to whom.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import Table, insert, select

from bibagreements.documents.model import Document
from bibagreements.domain import clock
from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.enums import DocumentFormat as DocumentFormat  # re-exported
from bibagreements.domain.records import Agreement
from bibagreements.errors import NotFoundError
from bibagreements.services.document_files import (
    Rendering,
    check_target,
    document_bytes,
    put_in_place,
    stage,
    unrecorded,
)
from bibagreements.services.versions import freeze, frozen_document
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import Base, RenderingRow, ReportRecordRow

__all__ = [
    "DocumentFormat",
    "Rendering",
    "ReportFile",
    "agreement_document_of",
    "document_bytes",
    "list_renderings",
    "render_agreement",
    "render_followup_report",
    "render_minutes",
]


def _record(row: RenderingRow) -> Rendering:
    return Rendering(
        id=row.id,
        agreement_id=row.agreement_id,
        agreement_version=row.agreement_version,
        document=row.document,
        checkin_id=row.checkin_id,
        format=row.format,
        language=row.language,
        archive=row.archive,
        path=row.path,
        size=row.size,
        sha256=row.sha256,
        created_at=row.created_at,
        version_number=row.version_number,
    )


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _store(
    uow: UnitOfWork,
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
    staged = stage(output, data)
    rendering = unrecorded(
        output,
        data,
        agreement_id=agreement_id,
        version=version,
        kind=kind,
        fmt=fmt,
        language=language,
        archive=archive,
        checkin_id=checkin_id,
        version_number=version_number,
    )
    values = asdict(rendering)
    del values["id"]
    try:
        uow.session.flush()  # what the unit of work changed before goes first
        # A Core insert: rendering a frozen version then never configures the ORM
        # mappers (about 20 ms, a twentieth of the whole command).
        result = uow.session.connection().execute(insert(_table("rendering")).values(values))
    except BaseException:
        staged.discard()
        raise
    # The document appears only once its row is committed: a failed commit
    # (a damaged or full disk, a colleague's lock) leaves no unrecorded file.
    uow.when_committed(lambda: put_in_place(staged), staged.discard)
    key = result.inserted_primary_key
    assert key is not None
    return replace(rendering, id=int(key[0]))


def agreement_document_of(
    uow: UnitOfWork, agreement: Agreement, language: str | None, version: int | None
) -> tuple[Document, int | None]:
    """The document to render and the frozen version it is (None for a draft's own).

    Once an agreement went out for signature its documents come from the frozen
    version (the latest unless ``version`` names one); a draft renders its data.
    """
    assert agreement.id is not None
    if version is None and agreement.status is AgreementStatus.DRAFT:
        from bibagreements.documents.signable import signable_document
        from bibagreements.services.house_styles import styling_for

        styling = styling_for(uow, (party.name for party in agreement.parties))
        return signable_document(agreement, language, styling), None
    if version is None and not agreement.versions:
        freeze(uow, agreement)  # signed before versions were kept: freeze what it says
    frozen, document = frozen_document(
        uow, agreement.id, version, language or agreement.language.value
    )
    return document, frozen.number


def _agreement_document(
    uow: UnitOfWork, agreement_id: int, language: str | None, version: int | None
) -> tuple[Document, int | None, int]:
    """As agreement_document_of, with the agreement's row version; a frozen version
    needs only the agreement's own row, not everything get_agreement loads."""
    a, v = _table("agreement"), _table("agreement_version")
    conn = uow.session.connection()  # Core, as in _store
    found = conn.execute(
        select(a.c.status, a.c.language, a.c.version).where(a.c.id == agreement_id)
    ).first()
    first = select(v.c.number).where(v.c.agreement_id == agreement_id).limit(1)
    if (
        found is None
        or (version is None and found.status is AgreementStatus.DRAFT)
        or conn.execute(first).first() is None
    ):
        from bibagreements.services.agreements import get_agreement

        agreement = get_agreement(uow, agreement_id)  # NotFoundError; a draft; freezing
        document, number = agreement_document_of(uow, agreement, language, version)
        return document, number, agreement.version
    frozen, document = frozen_document(uow, agreement_id, version, language or found.language.value)
    return document, frozen.number, found.version


def render_agreement(
    uow: UnitOfWork,
    agreement_id: int,
    fmt: DocumentFormat,
    output: Path,
    *,
    language: str | None = None,
    archive: bool = False,
    sign_fields: bool = False,
    version: int | None = None,
) -> Rendering:
    """Write the agreement's document: a draft as it stands, else a frozen version."""
    return rendered_agreement(
        uow,
        agreement_id,
        fmt,
        output,
        language=language,
        archive=archive,
        sign_fields=sign_fields,
        version=version,
    )[0]


def rendered_agreement(
    uow: UnitOfWork,
    agreement_id: int,
    fmt: DocumentFormat,
    output: Path,
    *,
    language: str | None = None,
    archive: bool = False,
    sign_fields: bool = False,
    version: int | None = None,
) -> tuple[Rendering, bytes]:
    """As ``render_agreement``, with the bytes (the file appears once committed)."""
    target = check_target(output, fmt)
    document, number, row_version = _agreement_document(uow, agreement_id, language, version)
    data = document_bytes(document, fmt, archive=archive, sign_fields=sign_fields)
    rendering = _store(
        uow,
        target,
        data,
        agreement_id=agreement_id,
        version=row_version,
        version_number=number,
        kind="agreement",
        fmt=fmt,
        language=document.primary_language,
        archive=archive,
    )
    return rendering, data


def render_minutes(
    uow: UnitOfWork,
    agreement_id: int,
    due: date,
    fmt: DocumentFormat,
    output: Path,
    *,
    language: str | None = None,
) -> Rendering:
    return rendered_minutes(uow, agreement_id, due, fmt, output, language=language)[0]


def rendered_minutes(
    uow: UnitOfWork,
    agreement_id: int,
    due: date,
    fmt: DocumentFormat,
    output: Path,
    *,
    language: str | None = None,
) -> tuple[Rendering, bytes]:
    """As ``render_minutes``, with the bytes (the file appears once committed)."""
    target = check_target(output, fmt)
    from bibagreements.documents.builder import minutes_document
    from bibagreements.services.agreements import get_agreement
    from bibagreements.services.house_styles import styling_for
    from bibagreements.services.schedule import checkin_due_on

    agreement = get_agreement(uow, agreement_id)
    checkin = checkin_due_on(agreement.checkins, due)
    if checkin is None:
        raise NotFoundError("no_checkin_due", agreement=agreement_id, due=due.isoformat())
    styling = styling_for(uow, (party.name for party in agreement.parties))
    document = minutes_document(agreement, checkin, language, styling)
    data = document_bytes(document, fmt)
    rendering = _store(
        uow,
        target,
        data,
        agreement_id=agreement_id,
        version=agreement.version,
        kind="minutes",
        fmt=fmt,
        language=document.primary_language,
        checkin_id=checkin.id,
    )
    return rendering, data


def list_renderings(uow: UnitOfWork, agreement_id: int) -> list[Rendering]:
    from bibagreements.services.agreements import get_agreement

    get_agreement(uow, agreement_id)  # NotFoundError for an unknown ID
    query = (
        select(RenderingRow)
        .where(RenderingRow.agreement_id == agreement_id)
        .order_by(RenderingRow.created_at.desc(), RenderingRow.id.desc())
    )
    return [_record(row) for row in uow.session.scalars(query)]


@dataclass(frozen=True)
class ReportFile:
    """A written yearly follow-up report (not in any agreement's history)."""

    path: str
    year: int
    agreements: int
    size: int
    sha256: str


def render_followup_report(
    uow: UnitOfWork,
    year: int,
    fmt: DocumentFormat,
    output: Path,
    *,
    language: str = "sv",
    today: date | None = None,
    archive: bool = False,
) -> ReportFile:
    """The yearly follow-up report by development area, written atomically.

    ``archive``: PDF/A-2b with every font embedded. The report history keeps
    each one written, with its checksum.
    """
    from bibagreements.documents.report_builder import report_document
    from bibagreements.services.followup_report import followup_report
    from bibagreements.services.house_styles import styling_for

    target = check_target(output, fmt)
    day = today or clock.today()
    report = followup_report(uow, year, day)
    document = report_document(report, language, day, styling_for(uow))  # the default style
    data = document_bytes(document, fmt, archive=archive)
    digest = hashlib.sha256(data).hexdigest()
    staged = stage(target, data)
    try:
        uow.session.add(
            ReportRecordRow(
                year=year,
                format=fmt.value,
                language=language,
                archive=archive,
                agreements=report.agreement_count,
                path=str(target),
                size=len(data),
                sha256=digest,
            )
        )
        uow.session.flush()
    except BaseException:
        staged.discard()
        raise
    # As a rendering: the report appears once its record is committed, and a
    # failed commit leaves neither.
    uow.when_committed(lambda: put_in_place(staged), staged.discard)
    return ReportFile(str(target), year, report.agreement_count, len(data), digest)
