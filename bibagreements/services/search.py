"""Text to search agreements by: one lower-cased blob per agreement.

The GUI filters the agreement list as the user types; matching a substring
against a precomputed blob per row is fast enough for tens of thousands of
agreements, and needs only a few Core selects here (no ORM objects).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import (
    AgreementRow,
    AreaRow,
    GoverningDocumentRow,
    OrganisationRow,
    PartyRow,
    SectionRow,
)


def search_texts(uow: UnitOfWork) -> dict[int, str]:
    """Agreement ID → lower-cased title, short title, programme, development area, texts,
    parties, areas and sections."""
    session = uow.session
    parts: dict[int, list[str]] = defaultdict(list)
    agreements = select(
        AgreementRow.id,
        AgreementRow.title,
        AgreementRow.short_title,
        AgreementRow.programme,
        AgreementRow.development_area,
        AgreementRow.purpose,
        AgreementRow.background,
        AgreementRow.project_goals,
        AgreementRow.project_funder,
        AgreementRow.project_implementation,
    )
    for agreement_id, *texts in session.execute(agreements):
        parts[agreement_id].extend(t for t in texts if t)
    parties = select(PartyRow.agreement_id, OrganisationRow.name, PartyRow.registry_number).join(
        OrganisationRow, OrganisationRow.id == PartyRow.organisation_id
    )
    for agreement_id, name, registry in session.execute(parties):
        parts[agreement_id].append(name)
        if registry:
            parts[agreement_id].append(registry)
    children = (
        select(AreaRow.agreement_id, AreaRow.title, AreaRow.description),
        select(SectionRow.agreement_id, SectionRow.heading, SectionRow.text),
        select(
            GoverningDocumentRow.agreement_id,
            GoverningDocumentRow.title,
            GoverningDocumentRow.owner,
        ),
    )
    for query in children:
        for agreement_id, first, second in session.execute(query):
            parts[agreement_id].append(first)
            if second:
                parts[agreement_id].append(second)
    return {key: "\n".join(values).casefold() for key, values in parts.items()}
