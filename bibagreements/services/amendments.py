"""Amendments (ändringsavtal, tilläggsavtal): changing a signed agreement by signing anew.

An amendment is an agreement of its own (kind ``amendment``) that names the
agreement it amends. Its parties are by default the same; it may give a new
end date (an extension, förlängning), bring parties in (its parties the
amended agreement lacks), let parties leave (those marked ``leaves``) and add
areas of collaboration (its areas). When every party has signed it, its
changes take effect on the amended agreement's data — the list shows the new
period and the check-ins are planned to the new end — while that agreement's
signed text stays as it was frozen (services.versions).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select

from bibagreements.domain.enums import AgreementKind, AgreementStatus, Cadence
from bibagreements.domain.records import Agreement, Party
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow


def draft_amendment(
    uow: UnitOfWork,
    agreement_id: int,
    *,
    new_end: date | None = None,
    effective: date | None = None,
    title: str = "",
) -> Agreement:
    """A draft amendment of a signed agreement: its parties and signatories, its language."""
    from bibagreements.services.agreements import get_agreement, save_agreement

    a = get_agreement(uow, agreement_id)
    parties = tuple(
        Party(
            organisation_id=p.organisation_id,
            contact_person_id=p.contact_person_id,
            signatory_id=p.signatory_id,
            signatory_title=p.signatory_title,
        )
        for p in a.parties
        if p.left_on is None
    )
    draft = Agreement(
        title=title or a.title,
        kind=AgreementKind.AMENDMENT,
        status=AgreementStatus.DRAFT,
        language=a.language,
        programme=a.programme,
        development_area=a.development_area,
        start=effective,
        cadence=Cadence.NONE,
        amends_id=agreement_id,
        new_end=new_end,
        parties=parties,
    )
    return save_agreement(uow, draft)


@dataclass(frozen=True)
class Related:
    id: int
    title: str
    kind: AgreementKind
    status: AgreementStatus  # on the day asked for, as the calendar has it


@dataclass(frozen=True)
class Relations:
    """An agreement's links in both directions."""

    renews: Related | None
    renewed_by: tuple[Related, ...]
    amends: Related | None
    amended_by: tuple[Related, ...]
    part_of: Related | None  # a project agreement's framework
    projects: tuple[Related, ...]  # a framework's project agreements


def relations(uow: UnitOfWork, agreement_id: int, day: date | None = None) -> Relations:
    """The links, each agreement's status that of ``day`` (today): an agreement whose
    period is over is ended here as in the list."""
    from bibagreements.domain import clock
    from bibagreements.domain.lifecycle import agreement_on
    from bibagreements.services.agreements import get_agreement

    on = day or clock.today()
    a = AgreementRow
    row = uow.session.get(a, agreement_id)
    if row is None:
        from bibagreements.errors import NotFoundError

        raise NotFoundError("no_agreement", id=agreement_id)

    def related(where: ColumnElement[bool]) -> tuple[Related, ...]:
        query = select(a.id, a.title, a.kind).where(where).order_by(a.id)
        return tuple(
            Related(i, title, kind, agreement_on(get_agreement(uow, i), on).status)
            for i, title, kind in uow.session.execute(query)
        )

    def one(ref: int | None) -> Related | None:
        found = related(a.id == ref) if ref is not None else ()
        return found[0] if found else None

    return Relations(
        renews=one(row.predecessor_id),
        renewed_by=related(a.predecessor_id == agreement_id),
        amends=one(row.amends_id),
        amended_by=related(a.amends_id == agreement_id),
        part_of=one(row.parent_id),
        projects=related(a.parent_id == agreement_id),
    )
