"""The agreement list as the window shows it: every summary, and the text to search it by.

Read whole at start-up, so built for 100,000 agreements: a few Core selects on
the connection (no ORM loading, no Enum processing of 400,000 party rows), the
child tables' texts joined by the database (group_concat, string_agg), and
repeated strings and dates (organisation names, areas, days) shared by the rows.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import groupby
from operator import itemgetter
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
    # Each summary's folded search words (of its titles, texts, parties, areas,
    # sections and governing documents), each once, in the same order as the
    # summaries; empty without ``texts=True``.
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
    # What an amendment lasts to: the end of what it amends.
    amended = select(a.amends_id).where(a.amends_id.is_not(None))
    ends = dict(conn.execute(select(a.id, a.end_date).where(a.id.in_(amended))).all())

    shared: dict[str, str] = {}  # one string per organisation name and area
    organisations = {
        oid: (shared.setdefault(name, name), _KINDS[kind])
        for oid, name, kind in conn.execute(
            select(
                OrganisationRow.id, OrganisationRow.name, type_coerce(OrganisationRow.kind, String)
            )
        )
    }
    names, kinds = _parties(uow, organisations)
    next_query = (
        select(CheckinRow.agreement_id, func.min(CheckinRow.due_date))
        .where(CheckinRow.status == CheckinStatus.PLANNED)
        .group_by(CheckinRow.agreement_id)
    )
    # Ten years hold a few thousand days: one date object each, not one per row.
    days: dict[date | None, date | None] = {None: None}
    next_due: dict[int, date | None] = {
        aid: days.setdefault(due, due) for aid, due in conn.execute(next_query)
    }
    children = _child_texts(uow) if texts else {}

    summaries: list[AgreementSummary] = []
    folded: list[str] = []
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
    ) in conn.execute(query):  # row by row: a hundred thousand rows are not all kept
        start, end = days.setdefault(start, start), days.setdefault(end, end)
        terms = (notice_months, notice_rule, extension_months, lead_days)
        renewal = NO_RENEWAL_TERMS if terms == _NO_TERMS else renewal_terms(*terms)
        if amends is not None:
            end = ends.get(amends)  # an amendment lasts as long as what it amends
        summaries.append(
            AgreementSummary(
                id=aid,
                title=title,
                kind=kind,
                stored_status=stored,
                start=start,
                end=end,
                party_names=names.get(aid, ()),
                next_checkin=next_due.get(aid),
                updated_at=updated,
                state=status_on(stored, start, end, day, renewal, notice_given),
                renewal=renewal,
                notice_given_on=notice_given,
                short_title=short,
                development_area=shared.setdefault(area, area),
                party_kinds=kinds.get(aid, ()),
            )
        )
        if texts:
            parts = [title, short, *agreement_texts, area, children.pop(aid, None)]
            # Each word once: a search's words have no spaces, so each is found within
            # one word of the text, and the text is half as long to keep and to scan.
            words = " ".join(filter(None, parts)).casefold().split()
            folded.append(" ".join(dict.fromkeys(words)))
    return AgreementList(summaries, folded)


def _parties(
    uow: UnitOfWork, organisations: dict[int, tuple[str, OrganisationKind]]
) -> tuple[dict[int, tuple[str, ...]], dict[int, tuple[OrganisationKind, ...]]]:
    """Each agreement's parties' names and kinds, in their order; a party that left by
    an amendment is no more."""
    names: dict[int, tuple[str, ...]] = {}
    kinds: dict[int, tuple[OrganisationKind, ...]] = {}
    shared: dict[tuple[OrganisationKind, ...], tuple[OrganisationKind, ...]] = {}  # few differ
    query = (
        select(PartyRow.agreement_id, PartyRow.organisation_id)
        .where(PartyRow.left_on.is_(None))
        .order_by(PartyRow.agreement_id, PartyRow.position)
    )
    for agreement_id, group in groupby(uow.session.connection().execute(query), itemgetter(0)):
        parties = [organisations[row[1]] for row in group]
        names[agreement_id] = tuple(name for name, _kind in parties)
        key = tuple(kind for _name, kind in parties)
        kinds[agreement_id] = shared.setdefault(key, key)
    return names, kinds


def _child_texts(uow: UnitOfWork) -> dict[int, str]:
    """Each agreement's parties (with registry numbers), areas, sections and governing
    documents, joined by SQLite: the order of the parts does not matter to a search."""
    found: dict[int, list[str]] = defaultdict(list)
    party = (
        select(
            PartyRow.agreement_id.label("agreement_id"),
            OrganisationRow.name.label("first"),
            PartyRow.registry_number.label("second"),
        )
        .join(OrganisationRow, OrganisationRow.id == PartyRow.organisation_id)
        .subquery()
    )
    for agreement_id, first, second in (
        (party.c.agreement_id, party.c.first, party.c.second),
        (AreaRow.agreement_id, AreaRow.title, AreaRow.description),
        (SectionRow.agreement_id, SectionRow.heading, SectionRow.text),
        (GoverningDocumentRow.agreement_id, GoverningDocumentRow.title, GoverningDocumentRow.owner),
    ):
        joined = func.aggregate_strings(first + _NL + func.coalesce(second, ""), "\n")
        query = select(agreement_id, joined).group_by(agreement_id)
        for aid, text in uow.session.connection().execute(query):
            found[aid].append(text)
    return {aid: "\n".join(parts) for aid, parts in found.items()}
