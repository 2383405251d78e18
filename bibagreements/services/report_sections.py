"""A year's free introductory sections of the follow-up report, and its history.

The sections (the unit's mission, staff, the year's conditions) open the
report before the development areas, as the Västmanland report does. They are
saved as a whole: the list the user edited replaces the year's list, unless a
colleague changed it since it was read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from bibagreements.domain.limits import report_section_text_problems
from bibagreements.domain.problems import Problem
from bibagreements.domain.report import ReportSection
from bibagreements.domain.validation import MAX_YEAR, MIN_YEAR
from bibagreements.errors import ConflictError, ValidationError
from bibagreements.storage.bounded import read_capped
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import ReportRecordRow, ReportSectionRow

MAX_SECTIONS = 50
SECTION_TEXT_BYTES = 1024 * 1024  # a section's text read from a file


def read_section_text(path: Path) -> str:
    """A section's text from a UTF-8 file, read with a cap."""
    try:
        text = read_capped(path, SECTION_TEXT_BYTES).decode("utf-8-sig")
        return text.replace("\r\n", "\n").replace("\r", "\n")  # a Windows file
    except UnicodeDecodeError:
        raise ValidationError([Problem("not_utf8", "text_file", path=str(path))]) from None


def report_sections(uow: UnitOfWork, year: int) -> list[ReportSection]:
    query = (
        select(ReportSectionRow)
        .where(ReportSectionRow.year == year)
        .order_by(ReportSectionRow.position, ReportSectionRow.id)
    )
    return [
        ReportSection(row.heading, row.text, row.id, row.version)
        for row in uow.session.scalars(query)
    ]


def _problems(year: int, sections: Sequence[ReportSection]) -> list[Problem]:
    problems = []
    if not MIN_YEAR <= year <= MAX_YEAR:
        problems.append(Problem("four_digit_year", "year"))
    if len(sections) > MAX_SECTIONS:
        problems.append(Problem("too_many_report_sections", "sections", max=MAX_SECTIONS))
    for i, section in enumerate(sections):
        if not section.heading.strip():
            problems.append(Problem("report_section_heading", "sections", i, "heading"))
        problems += [p.within("sections", i) for p in report_section_text_problems(section)]
    return problems


def save_report_sections(
    uow: UnitOfWork,
    year: int,
    sections: Sequence[ReportSection],
    read: Sequence[ReportSection] = (),
) -> list[ReportSection]:
    """Replace the year's sections by ``sections``; ``read``: the list as it was read.

    When a colleague has added, changed or removed a section since it was read,
    the whole save is refused (the sections are one text, edited as one).
    """
    if problems := _problems(year, sections):
        raise ValidationError(problems)
    uow.write_first()
    rows = {
        row.id: row
        for row in uow.session.scalars(
            select(ReportSectionRow).where(ReportSectionRow.year == year)
        )
    }
    if {row.id: row.version for row in rows.values()} != {s.id: s.version for s in read}:
        raise ConflictError("report_sections_changed", year=year)
    kept = {s.id for s in sections if s.id is not None}
    if kept - set(rows):
        raise ConflictError("report_sections_changed", year=year)
    for row_id in set(rows) - kept:
        uow.session.delete(rows[row_id])
    for position, section in enumerate(sections):
        row = rows[section.id] if section.id is not None else ReportSectionRow(year=year)
        row.position = position
        row.heading = section.heading.strip()
        row.text = section.text.strip()
        uow.session.add(row)
    uow.session.flush()
    return report_sections(uow, year)


@dataclass(frozen=True)
class ReportRecord:
    """One written yearly report, as the report history keeps it."""

    id: int
    year: int
    format: str
    language: str
    archive: bool
    agreements: int
    path: str
    size: int
    sha256: str
    created_at: datetime


def report_history(uow: UnitOfWork, year: int | None = None) -> list[ReportRecord]:
    """The reports written, newest first (of ``year`` only, when given)."""
    query = select(ReportRecordRow).order_by(
        ReportRecordRow.created_at.desc(), ReportRecordRow.id.desc()
    )
    if year is not None:
        query = query.where(ReportRecordRow.year == year)
    return [
        ReportRecord(
            r.id,
            r.year,
            r.format,
            r.language,
            r.archive,
            r.agreements,
            r.path,
            r.size,
            r.sha256,
            r.created_at,
        )
        for r in uow.session.scalars(query)
    ]
