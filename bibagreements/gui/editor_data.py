"""The agreement editor's data: what it reads before opening, and the job that saves it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from bibagreements.domain.enums import AgreementKind, Cadence
from bibagreements.domain.records import Agreement, AgreementSummary, Organisation, Person

if TYPE_CHECKING:
    from bibagreements.services.amendments import Relations
    from bibagreements.services.database import UnitOfWork

# The user's own organisation, proposed in a new agreement but not yet in the register.
PENDING_OWN_ID = -1


@dataclass(frozen=True)
class EditorData:
    """Everything the editor shows, read in one unit of work before it opens."""

    agreement: Agreement | None
    organisations: list[Organisation]
    people: list[Person]
    parents: list[AgreementSummary]
    development_areas: tuple[str, ...] = ()  # suggestions: the areas already in use
    relations: Relations | None = None  # renews, amends, part of … and the other way round


def load_editor_data(uow: UnitOfWork, agreement_id: int | None) -> EditorData:
    from bibagreements.services.agreements import get_agreement, list_agreements
    from bibagreements.services.amendments import relations
    from bibagreements.services.followup_report import development_areas
    from bibagreements.services.organisations import list_organisations, list_people

    agreement = get_agreement(uow, agreement_id) if agreement_id is not None else None
    parents = [
        s
        for s in list_agreements(uow)
        if s.kind is not AgreementKind.PROJECT and s.id != agreement_id
    ]
    return EditorData(
        agreement,
        list_organisations(uow),
        list_people(uow),
        parents,
        tuple(development_areas(uow)),
        relations(uow, agreement_id) if agreement_id is not None else None,
    )


def save_job(uow: UnitOfWork, agreement: Agreement) -> tuple[Agreement, Organisation | None]:
    """Save the agreement; first create the proposed own organisation if it is a party."""
    from bibagreements.services.agreements import save_agreement
    from bibagreements.services.organisations import save_organisation

    created: Organisation | None = None
    pending = [p for p in agreement.parties if p.organisation_id == PENDING_OWN_ID]
    if pending and pending[0].organisation is not None:
        proposed = pending[0].organisation
        created = save_organisation(uow, replace(proposed, id=None))
        assert created.id is not None
        parties = tuple(
            replace(p, organisation_id=created.id, organisation=created)
            if p.organisation_id == PENDING_OWN_ID
            else p
            for p in agreement.parties
        )
        agreement = replace(agreement, parties=parties)
    return save_agreement(uow, agreement), created


def schedule_of(a: Agreement) -> tuple[date | None, date | None, Cadence]:
    """What the check-ins are planned from."""
    return a.start, a.end, a.cadence


def parse_year(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def parse_amount(text: str) -> Decimal | None:
    from bibagreements.domain.validation import parse_kronor

    return parse_kronor(text)


def format_amount(value: Decimal | None) -> str:
    if value is None:
        return ""
    whole = value == value.to_integral_value()
    text = f"{int(value):,}" if whole else f"{value:,.2f}"
    return text.replace(",", " ").replace(".", ",")  # 12 500,50 kr, as Swedes write it
