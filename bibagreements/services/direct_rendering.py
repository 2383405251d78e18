"""Rendering a frozen version straight from an up-to-date SQLite file, SQLAlchemy unloaded.

A signed agreement's documents come from its frozen version (services.versions):
the agreement's own row and the version's kept content, two SELECTs, while
opening the database the usual way (SQLAlchemy and the models) costs several
times the rendering. So when the file is an up-to-date one of ours
(storage.direct_sqlite) and the agreement has the frozen version asked for,
that is read with plain SQL, rendered and recorded as services.documents does:
the file is staged beside its target, the row is written in one transaction
that first checks, under the write lock, that the agreement's row and the
version's content are still the ones rendered, and the file takes its place
once the row is committed (a failed commit leaves no unrecorded file).

Anything else gives None and the usual path does the work and says what it
says: a draft, an agreement with no version yet (frozen on the way), an unknown
agreement or version, an output the checks refuse, a URL, a file to migrate or
not ours, anything changed between the read and the write.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, replace
from pathlib import Path
from typing import NamedTuple

from bibagreements.domain.enums import AgreementStatus, DocumentFormat
from bibagreements.errors import ValidationError
from bibagreements.services.document_files import (
    Rendering,
    check_target,
    document_bytes,
    kept_document,
    put_in_place,
    stage,
    unrecorded,
)
from bibagreements.storage.direct_sqlite import Fallback, read_directly, write_directly

_AGREEMENT = "SELECT status, language, version FROM agreement WHERE id = ?"
_LATEST = (
    "SELECT number, content FROM agreement_version WHERE agreement_id = ?"
    " ORDER BY number DESC LIMIT 1"
)
_NUMBERED = "SELECT number, content FROM agreement_version WHERE agreement_id = ? AND number = ?"
_COLUMNS = (
    "agreement_id", "agreement_version", "version_number", "document", "checkin_id", "format",
    "language", "archive", "path", "size", "sha256", "created_at",
)  # fmt: skip
_INSERT = (
    f"INSERT INTO rendering ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})"  # noqa: S608  (ours)
)


class _Frozen(NamedTuple):
    """What a rendering of a frozen version rests on, as read."""

    status: str
    language: str
    row_version: int  # the agreement's, recorded with the rendering
    number: int
    content: str


class _Read(NamedTuple):
    target: Path
    frozen: _Frozen
    rendered: tuple[str, bytes] | Exception  # (its language, its bytes), or why not


def _frozen(conn: sqlite3.Connection, agreement_id: int, version: int | None) -> _Frozen | None:
    """The frozen version to render, as services.documents chooses it; None where that
    takes the agreement's whole data (a draft, no versions) or says it is not there."""
    found = conn.execute(_AGREEMENT, (agreement_id,)).fetchone()
    if found is None or (version is None and found[0] == AgreementStatus.DRAFT.value):
        return None
    if version is None:
        kept = conn.execute(_LATEST, (agreement_id,)).fetchone()
    else:
        kept = conn.execute(_NUMBERED, (agreement_id, version)).fetchone()
    return None if kept is None else _Frozen(found[0], found[1], found[2], kept[0], kept[1])


def render_frozen_directly(
    db: str | None,
    agreement_id: int,
    fmt: DocumentFormat,
    output: Path,
    *,
    language: str | None = None,
    archive: bool = False,
    sign_fields: bool = False,
    version: int | None = None,
) -> Rendering | None:
    """services.documents.render_agreement of a frozen version, straight from the file
    ``db`` names; None when it must be done the usual way (open the database, then that).
    DatabaseError when the file is damaged; the rendering's own errors as that gives them."""

    def read(conn: sqlite3.Connection) -> _Read:
        try:
            target = check_target(output, fmt)
        except ValidationError:
            raise Fallback from None  # said by the usual path, after its own checks
        frozen = _frozen(conn, agreement_id, version)
        if frozen is None:
            raise Fallback
        # Rendered while SQLite's quick check still runs beside it (40 ms at 10,000
        # agreements); an error is raised only once the file is known whole, as the
        # usual path checks the file first.
        try:
            document = kept_document(frozen.content, language or frozen.language)
            data = document_bytes(document, fmt, archive=archive, sign_fields=sign_fields)
        except Exception as exc:
            return _Read(target, frozen, exc)
        return _Read(target, frozen, (document.primary_language, data))

    found = read_directly(db, read)
    if found is None:
        return None
    target, frozen, rendered = found
    if isinstance(rendered, Exception):
        raise rendered
    rendered_language, data = rendered
    staged = stage(target, data)
    rendering = unrecorded(
        target,
        data,
        agreement_id=agreement_id,
        version=frozen.row_version,
        version_number=frozen.number,
        kind="agreement",
        fmt=fmt,
        language=rendered_language,
        archive=archive,
    )

    def record(conn: sqlite3.Connection) -> int:
        if _frozen(conn, agreement_id, version) != frozen:
            raise Fallback  # changed since the read: the usual path reads it again
        values = {**asdict(rendering), "created_at": _stored(rendering)}
        cursor = conn.execute(_INSERT, [values[c] for c in _COLUMNS])
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    try:
        row_id = write_directly(db, record, checked=True)
    except BaseException:
        staged.discard()
        raise
    if row_id is None:
        staged.discard()
        return None
    put_in_place(staged)  # the row is committed: the file takes its place
    return replace(rendering, id=row_id)


def _stored(rendering: Rendering) -> str:
    """created_at as SQLAlchemy's SQLite DateTime stores it (microseconds always shown)."""
    return rendering.created_at.isoformat(sep=" ", timespec="microseconds")
