"""The register list for the registrar: one row per agreement, each party's case number.

A registrar (registrator) checks the program's agreements against the
diarium: title, kind, status, period, each party with its registry number
(diarienummer) and signing date, the development area, and what the
agreement renews, amends or falls under. interchange.register_files writes
the list as CSV or XLSX.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from bibagreements.domain import clock
from bibagreements.domain.problems import Problem
from bibagreements.domain.register import RegisteredParty, RegisterEntry
from bibagreements.domain.report import swedish_key
from bibagreements.domain.validation import MAX_YEAR, MIN_YEAR
from bibagreements.errors import ValidationError
from bibagreements.services.mapping import row_status_on
from bibagreements.storage.atomic import check_output, write_atomically
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow, PartyRow


def _touches(year: int):  # type: ignore[no-untyped-def]
    """In force (its signed period) during ``year``, or signed in it."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    in_period = ((AgreementRow.start_date.is_(None)) | (AgreementRow.start_date <= last)) & (
        (AgreementRow.end_date.is_(None))
        | (AgreementRow.end_date >= first)
        | (AgreementRow.extension_months.is_not(None))
    )
    signed = AgreementRow.id.in_(
        select(PartyRow.agreement_id).where(PartyRow.signed_on.between(first, last))
    )
    return or_(in_period, signed)


def register_list(
    uow: UnitOfWork, year: int | None = None, today: date | None = None
) -> list[RegisterEntry]:
    """Every agreement (drafts too: they may already have a case number), oldest first.

    ``year``: only those in force during it or signed in it; an agreement that
    extends itself is kept when its extended term reaches into the year.
    """
    day = today or clock.today()
    query = select(AgreementRow).options(
        selectinload(AgreementRow.parties).selectinload(PartyRow.organisation),
        selectinload(AgreementRow.versions),
    )
    if year is not None:
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValidationError(
                [Problem("year_outside", "year", year=year, min=MIN_YEAR, max=MAX_YEAR)]
            )
        query = query.where(_touches(year))
    rows = list(uow.session.scalars(query))
    titles = {
        i: t
        for i, t in uow.session.execute(
            select(AgreementRow.id, AgreementRow.title).where(
                AgreementRow.id.in_(
                    {x for r in rows for x in (r.predecessor_id, r.amends_id, r.parent_id) if x}
                )
            )
        )
    }
    entries = []
    for r in rows:
        now = row_status_on(r, day)
        if year is not None and not _reaches(r, year, now.end):
            continue
        entries.append(
            RegisterEntry(
                id=r.id,
                title=r.title,
                short_title=r.short_title,
                kind=r.kind,
                status=now.status,
                start=r.start_date,
                end=now.end,
                signed_end=r.end_date,
                development_area=r.development_area,
                parties=tuple(
                    RegisteredParty(
                        p.organisation.name,
                        p.organisation.org_number or "",
                        p.registry_number,
                        p.signed_on,
                        p.signed_place,
                        p.left_on,
                    )
                    for p in r.parties
                ),
                renews=titles.get(r.predecessor_id, "") if r.predecessor_id else "",
                amends=titles.get(r.amends_id, "") if r.amends_id else "",
                framework=titles.get(r.parent_id, "") if r.parent_id else "",
                versions=len(r.versions),
            )
        )
    return sorted(entries, key=lambda e: (e.start or date.min, swedish_key(e.title), e.id))


def _reaches(row: AgreementRow, year: int, term_end: date | None) -> bool:
    """Signed during ``year``, or its (possibly extended) term reaches into it."""
    if any(p.signed_on and p.signed_on.year == year for p in row.parties):
        return True
    return term_end is None or term_end.year >= year


def write_register_list(
    uow: UnitOfWork,
    fmt: str,
    output: Path,
    year: int | None = None,
    today: date | None = None,
) -> tuple[Path, int]:
    """The list as CSV or XLSX at ``output`` (written atomically); its path and length."""
    from bibagreements.interchange.register_files import register_csv, register_xlsx

    target = check_output(output)
    if target.suffix.lower() != f".{fmt}":
        raise ValidationError([Problem("wrong_suffix", "output", kind=fmt.upper(), suffix=fmt)])
    entries = register_list(uow, year, today)
    data = register_xlsx(entries) if fmt == "xlsx" else register_csv(entries)
    return write_atomically(target, data), len(entries)
