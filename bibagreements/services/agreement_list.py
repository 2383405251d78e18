"""The agreement list as the window shows it: every summary, and the text to search it by.

Read whole at start-up, so built for 100,000 agreements: a few Core selects on
the connection (no ORM loading, no Enum processing of 400,000 party rows), the
child tables' texts joined by SQLite (group_concat), and repeated strings
(organisation names, development areas) shared between the rows.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import NamedTuple

from sqlalchemy import String, func, literal, select, type_coerce

from bibagreements.domain import clock
from bibagreements.domain.enums import CheckinStatus, OrganisationKind
from bibagreements.domain.lifecycle import status_on
from bibagreements.domain.records import AgreementSummary, RenewalTerms
from bibagreements.services.mapping import renewal_terms
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import (
    AgreementRow,
    AreaRow,
    CheckinRow,
    GoverningDocumentRow,
    OrganisationRow,
    PartyRow,
    SectionRow,
)

NO_RENEWAL_TERMS = RenewalTerms()
_NO_TERMS = (None, None, None, None)
_KINDS = {kind.value: kind for kind in OrganisationKind}
_NL = literal("\n")


class AgreementList(NamedTuple):
    summaries: list[AgreementSummary]
    # Each summary's folded search text (titles, texts, parties, areas, sections,
    # governing documents), in the same order; empty without ``texts=True``.
    texts: list[str]


def agreement_list(
    uow: UnitOfWork, today: date | None = None, *, texts: bool = True
) -> AgreementList:
    """One summary per agreement, newest period first, with its status on ``today``."""
    conn = uow.session.connection()
    day = today or clock.today()
    a = AgreementRow
    text_columns = [a.programme, a.purpose, a.background, a.project_goals]
    text_columns += [a.project_funder, a.project_implementation]
    query = select(
        a.id,
        a.title,
        a.kind,
        a.status,
        a.start_date,
        a.end_date,
        a.updated_at,
        a.short_title,
        a.development_area,
        a.notice_months,
        a.notice_rule,
        a.extension_months,
        a.decision_lead_days,
        a.notice_given_on,
        a.amends_id,
        *(text_columns if texts else []),
    ).order_by(a.start_date.desc(), a.id)
    rows = conn.execute(query).all()
    ends = {row[0]: row[5] for row in rows}

    shared: dict[str, str] = {}  # one string per organisation name and area
    names: dict[int, list[str]] = defaultdict(list)
    kinds: dict[int, list[OrganisationKind]] = defaultdict(list)
    party_texts: dict[int, list[str]] = defaultdict(list)
    party_query = (
        select(
            PartyRow.agreement_id,
            OrganisationRow.name,
            type_coerce(OrganisationRow.kind, String),  # a dict look-up, not Enum processing
            PartyRow.registry_number,
            PartyRow.left_on,
        )
        .join(OrganisationRow, OrganisationRow.id == PartyRow.organisation_id)
        .order_by(PartyRow.agreement_id, PartyRow.position)
    )
    for agreement_id, name, kind, registry, left_on in conn.execute(party_query):
        name = shared.setdefault(name, name)
        if left_on is None:  # a party that left by an amendment is no more
            names[agreement_id].append(name)
            kinds[agreement_id].append(_KINDS[kind])
        if texts:
            party_texts[agreement_id].append(f"{name}\n{registry}" if registry else name)
    next_query = (
        select(CheckinRow.agreement_id, func.min(CheckinRow.due_date))
        .where(CheckinRow.status == CheckinStatus.PLANNED)
        .group_by(CheckinRow.agreement_id)
    )
    next_due: dict[int, date] = {aid: due for aid, due in conn.execute(next_query)}
    children = _child_texts(uow) if texts else {}

    summaries: list[AgreementSummary] = []
    folded: list[str] = []
    kind_tuples: dict[tuple[OrganisationKind, ...], tuple[OrganisationKind, ...]] = {}
    for (
        aid,
        title,
        kind,
        stored,
        start,
        end,
        updated,
        short,
        area,
        notice_months,
        notice_rule,
        extension_months,
        lead_days,
        notice_given,
        amends,
        *agreement_texts,
    ) in rows:
        terms = (notice_months, notice_rule, extension_months, lead_days)
        renewal = NO_RENEWAL_TERMS if terms == _NO_TERMS else renewal_terms(*terms)
        if amends is not None:
            end = ends.get(amends)  # an amendment lasts as long as what it amends
        party_kinds = tuple(kinds[aid])
        summaries.append(
            AgreementSummary(
                id=aid,
                title=title,
                kind=kind,
                stored_status=stored,
                start=start,
                end=end,
                party_names=tuple(names[aid]),
                next_checkin=next_due.get(aid),
                updated_at=updated,
                state=status_on(stored, start, end, day, renewal, notice_given),
                renewal=renewal,
                notice_given_on=notice_given,
                short_title=short,
                development_area=shared.setdefault(area, area),
                party_kinds=kind_tuples.setdefault(party_kinds, party_kinds),
            )
        )
        if texts:
            parts = [
                title,
                short,
                *agreement_texts,
                area,
                *party_texts.get(aid, ()),
                children.get(aid),
            ]
            folded.append("\n".join(filter(None, parts)).casefold())
    return AgreementList(summaries, folded)


def _child_texts(uow: UnitOfWork) -> dict[int, str]:
    """Each agreement's areas, sections and governing documents, joined by SQLite."""
    found: dict[int, list[str]] = defaultdict(list)
    for agreement_id, first, second in (
        (AreaRow.agreement_id, AreaRow.title, AreaRow.description),
        (SectionRow.agreement_id, SectionRow.heading, SectionRow.text),
        (GoverningDocumentRow.agreement_id, GoverningDocumentRow.title, GoverningDocumentRow.owner),
    ):
        query = select(
            agreement_id, func.group_concat(first + _NL + func.coalesce(second, ""), "\n")
        ).group_by(agreement_id)
        for aid, text in uow.session.connection().execute(query):
            found[aid].append(text)
    return {aid: "\n".join(parts) for aid, parts in found.items()}
