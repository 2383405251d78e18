"""The clause library: list, read, save (version-checked), delete; preview; insert.

A clause is a heading and a body with {placeholders} (domain.placeholders).
Its body is refused at save when it cannot be filled, with the name and the
position of the fault. Inserted into an agreement it becomes a section whose
text is filled when the document is built (``Section.filled``); the clause
itself can change later without changing the agreements that used it.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from bibagreements.documents.clauses import fill
from bibagreements.domain.enums import Language
from bibagreements.domain.library import Clause
from bibagreements.domain.limits import TEXT
from bibagreements.domain.placeholders import PlaceholderError
from bibagreements.domain.records import Agreement, Section
from bibagreements.errors import BibError, ConflictError, NotFoundError, ValidationError
from bibagreements.interchange.library import clause_problems
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.storage.bounded import read_capped
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import ClauseRow


def clause_record(row: ClauseRow) -> Clause:
    return Clause(
        id=row.id,
        uid=row.uid,
        category=row.category,
        heading=row.heading,
        body=row.body,
        language=row.language,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def list_clauses(uow: UnitOfWork, category: str | None = None) -> list[Clause]:
    """The clauses by category, then heading (``category``: only that one's)."""
    query = select(ClauseRow).order_by(ClauseRow.category, ClauseRow.heading, ClauseRow.id)
    if category is not None:
        query = query.where(ClauseRow.category == category)
    return [clause_record(row) for row in uow.session.scalars(query)]


def categories(uow: UnitOfWork) -> list[str]:
    query = select(ClauseRow.category).distinct().order_by(ClauseRow.category)
    return list(uow.session.scalars(query))


def _row(uow: UnitOfWork, clause_id: int) -> ClauseRow:
    row = uow.session.get(ClauseRow, clause_id)
    if row is None:
        raise NotFoundError("no_clause", id=clause_id)
    return row


def get_clause(uow: UnitOfWork, clause_id: int) -> Clause:
    return clause_record(_row(uow, clause_id))


def save_clause(uow: UnitOfWork, clause: Clause) -> Clause:
    """Add (id None) or update a clause; an update must carry the version it was read at."""
    problems = clause_problems(clause)
    row: ClauseRow | None = None
    if clause.id is not None:
        row = _row(uow, clause.id)
        if row.version != clause.version:
            raise ConflictError(
                "changed_by_someone_else",
                title=row.heading,
                stored=row.version,
                yours=clause.version,
            )
    if problems:
        raise ValidationError(problems)
    moment = datetime.now().replace(microsecond=0)
    if row is None:
        row = ClauseRow(uid=clause.uid or str(uuid.uuid4()), created_at=moment)
        uow.session.add(row)
    row.category = clause.category.strip()
    row.heading = clause.heading.strip()
    row.body = clause.body
    row.language = clause.language
    row.updated_at = moment
    uow.session.flush()
    return clause_record(row)


def delete_clause(uow: UnitOfWork, clause_id: int) -> None:
    """Delete a clause; agreements that used it keep their own copy of its text."""
    uow.session.delete(_row(uow, clause_id))
    uow.session.flush()


def preview(uow: UnitOfWork, text: str, agreement_id: int, language: Language | None = None) -> str:
    """``text`` as it will read in the agreement (ValidationError: where it cannot be filled)."""
    a = get_agreement(uow, agreement_id)
    return preview_in(text, a, language)


def preview_in(text: str, a: Agreement, language: Language | None = None) -> str:
    try:
        return fill(text, a, language.value if language else None)
    except PlaceholderError as error:
        raise ValidationError([error.problem.within("body")]) from None


def insert_clause(
    uow: UnitOfWork, agreement_id: int, clause_id: int, position: int | None = None
) -> Agreement:
    """Add the clause to the agreement as a section to be filled (at the end by default)."""
    clause = get_clause(uow, clause_id)
    a = get_agreement(uow, agreement_id)
    sections = list(a.sections)
    at = len(sections) if position is None else max(0, min(position, len(sections)))
    sections.insert(at, Section(heading=clause.heading, text=clause.body, filled=True))
    return save_agreement(uow, replace(a, sections=tuple(sections)))


def read_clause_text(path: Path) -> str:
    """A clause's body from a UTF-8 text file (capped: a running text's length, in bytes)."""
    raw = read_capped(path, 4 * TEXT)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BibError("not_utf8", path=str(path)) from None
