"""The agreement list as the window shows it: every summary, and the text to search it by.

Read whole at start-up, so built for 100,000 agreements: a few plain selects on
the driver's own connection (no ORM loading, no SQLAlchemy row or type
processing), the 400,000 parties and the child tables' texts aggregated per
agreement by the database (group_concat, string_agg), and repeated strings and
records (organisation names, areas, days, terms, statuses) shared by the rows.
The window's first list is read before the database layer has even loaded
(``agreement_list_directly``, storage.direct_sqlite) when the file is an
up-to-date one of ours.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from bibagreements.domain import clock
from bibagreements.domain.enums import (
    AgreementKind,
    AgreementStatus,
    CheckinStatus,
    OrganisationKind,
)
from bibagreements.domain.lifecycle import status_on
from bibagreements.domain.records import (
    AgreementSummary,
    RenewalTerms,
    StatusOnDay,
    renewal_terms,
)
from bibagreements.storage.direct_sqlite import read_directly

if TYPE_CHECKING:
    from bibagreements.storage.database import UnitOfWork

NO_RENEWAL_TERMS = RenewalTerms()
_NO_TERMS = (None, None, None, None)
_ORGANISATION_KINDS = {kind.value: kind for kind in OrganisationKind}
_AGREEMENT_KINDS = {kind.value: kind for kind in AgreementKind}
_STATUSES = {status.value: status for status in AgreementStatus}
_TEXT_COLUMNS = (
    "programme, purpose, background, project_goals, project_funder, project_implementation"
)
_LIST_COLUMNS = (
    "id, title, kind, status, start_date, end_date, updated_at, short_title, development_area,"
    " notice_months, notice_rule, extension_months, decision_lead_days, notice_given_on, amends_id"
)
_AMENDED_ENDS = (
    "SELECT id, end_date FROM agreement WHERE id IN"
    " (SELECT amends_id FROM agreement WHERE amends_id IS NOT NULL)"
)
_PLANNED = CheckinStatus.PLANNED.value
_NEXT_CHECKINS = f"SELECT agreement_id, min(due_date) FROM checkin WHERE status = '{_PLANNED}' GROUP BY agreement_id"  # noqa: E501, S608  (ours)
# Each agreement's parties as "PPPPPID PPPPPID-" (the position zero-padded, the
# organisation, "-" when it left by an amendment), and their registry numbers.
_PARTIES = (
    "SELECT agreement_id, {agg}({position} || {organisation}"
    " || CASE WHEN left_on IS NULL THEN '' ELSE '-' END, ' '), {agg}(registry_number, '\n')"
    " FROM party GROUP BY agreement_id"
)
# The child texts a search finds an agreement by besides its parties': (table, first,
# second); the order of the parts does not matter to a search.
_CHILD_TEXTS = (
    ("area", "title", "description"),
    ("section", "heading", "text"),
    ("governing_document", "title", "owner"),
)
_CHILD_QUERY = (
    "SELECT agreement_id, {agg}({first} || '\n' || coalesce({second}, ''), '\n')"
    " FROM {table} GROUP BY agreement_id"
)


class _Dialect(NamedTuple):
    aggregate: str
    position: str
    organisation: str


_SQLITE = _Dialect("group_concat", "printf('%05d', position)", "organisation_id")
_POSTGRESQL = _Dialect("string_agg", "lpad(position::text, 5, '0')", "organisation_id::text")
Execute = Callable[[str], Iterable[Any]]


class AgreementList(NamedTuple):
    summaries: list[AgreementSummary]
    # Each summary's folded search text (its titles, texts, parties, areas, sections
    # and governing documents), in the same order as the summaries; empty without
    # ``texts=True``. Words repeat: the window keeps each once (gui.text_search) once
    # the list shows, which costs a third of the read at 100,000 agreements.
    texts: list[str]


def agreement_list(
    uow: UnitOfWork, today: date | None = None, *, texts: bool = True
) -> AgreementList:
    """One summary per agreement, newest period first, with its status on ``today``."""
    conn = uow.session.connection()
    driver = conn.connection.driver_connection
    assert driver is not None
    dialect = _POSTGRESQL if conn.dialect.name == "postgresql" else _SQLITE
    return _read(driver.execute, dialect, today or clock.today(), texts)


def agreement_list_directly(db: str | None, today: date | None = None) -> AgreementList | None:
    """The list with its texts, read straight from the SQLite file ``db`` names when it is
    an up-to-date one of ours (see storage.direct_sqlite); None when it must be opened
    first (open it, then ``agreement_list``). DatabaseError when it is damaged."""
    day = today or clock.today()

    def read(conn: sqlite3.Connection) -> AgreementList:
        return _read(conn.execute, _SQLITE, day, True)

    return read_directly(db, read)


def _read(execute: Execute, dialect: _Dialect, day: date, texts: bool) -> AgreementList:
    columns = _LIST_COLUMNS + (", " + _TEXT_COLUMNS if texts else "")
    query = f"SELECT {columns} FROM agreement ORDER BY start_date DESC, id"  # noqa: S608  (ours)
    days = _Days()
    # What an amendment lasts to: the end of what it amends.
    ends = {aid: days[end] for aid, end in execute(_AMENDED_ENDS)}
    shared: dict[str, str] = {}  # one string per organisation name and area
    organisations = {
        oid: (shared.setdefault(name, name), _ORGANISATION_KINDS[kind])
        for oid, name, kind in execute("SELECT id, name, kind FROM organisation")
    }
    parties = _parties(execute, dialect, organisations, texts)
    next_due = {aid: days[due] for aid, due in execute(_NEXT_CHECKINS)}
    children = _child_texts(execute, dialect) if texts else []
    # Many rows share their terms and dates: one record of each.
    renewals: dict[tuple[object, ...], RenewalTerms] = {_NO_TERMS: NO_RENEWAL_TERMS}
    statuses: dict[tuple[object, ...], StatusOnDay] = {}
    summaries: list[AgreementSummary] = []
    folded: list[str] = []
    from_iso = datetime.fromisoformat
    for (
        aid,
        title,
        kind,
        stored_value,
        start_value,
        end_value,
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
    ) in execute(query):  # row by row: a hundred thousand rows are not all kept
        start, end = days[start_value], days[end_value]
        stored = _STATUSES[stored_value]
        notice_given_on = days[notice_given]
        terms = (notice_months, notice_rule, extension_months, lead_days)
        renewal = renewals.get(terms)
        if renewal is None:
            renewal = renewals[terms] = renewal_terms(*terms)
        if amends is not None:
            end = ends.get(amends)  # an amendment lasts as long as what it amends
        # Keyed by what is stored: hashing an enum or a dataclass runs Python code.
        key = (stored_value, start, end, terms, notice_given_on)
        state = statuses.get(key)
        if state is None:
            state = statuses[key] = status_on(stored, start, end, day, renewal, notice_given_on)
        names, kinds, party_text = parties.get(aid, _NO_PARTIES)
        summaries.append(
            AgreementSummary(  # by position, in the fields' order: a quarter cheaper
                aid,
                title,
                _AGREEMENT_KINDS[kind],
                stored,
                start,
                end,
                names,
                next_due.get(aid),
                from_iso(updated) if updated.__class__ is str else updated,
                state,
                renewal,
                notice_given_on,
                short,
                shared.setdefault(area, area),
                kinds,
            )
        )
        if texts:
            parts = [title, short, *agreement_texts, area, party_text]
            parts += [part.get(aid) for part in children]
            folded.append(" ".join(filter(None, parts)).casefold())
    return AgreementList(summaries, folded)


class _Days(dict[object, date | None]):
    """Stored days as dates (SQLite gives text, PostgreSQL dates), one object per day:
    ten years hold a few thousand days, not one per row."""

    def __missing__(self, value: object) -> date | None:
        day = date.fromisoformat(value) if isinstance(value, str) else value
        assert day is None or isinstance(day, date)
        self[value] = day
        return day


_Parties = tuple[tuple[str, ...], tuple[OrganisationKind, ...], str]
_NO_PARTIES: _Parties = ((), (), "")


def _parties(
    execute: Execute,
    dialect: _Dialect,
    organisations: dict[int, tuple[str, OrganisationKind]],
    texts: bool,
) -> dict[int, _Parties]:
    """Each agreement's current parties' names and kinds, in their order, and (with
    ``texts``) every party's name and registry number to search by; a party that left
    by an amendment is no more, but is still found."""
    query = _PARTIES.format(
        agg=dialect.aggregate, position=dialect.position, organisation=dialect.organisation
    )
    shared: dict[tuple[OrganisationKind, ...], tuple[OrganisationKind, ...]] = {}  # few differ
    by_number = {str(oid): pair for oid, pair in organisations.items()}  # as the text has it
    found: dict[int, _Parties] = {}
    for agreement_id, items_text, registry_numbers in execute(query):
        items = items_text.split(" ")
        if len(items) > 1:
            items.sort()
        left = "-" in items_text
        current = [by_number[item[5:]] for item in items if not left or item[-1] != "-"]
        names, kinds = zip(*current, strict=True) if current else ((), ())
        text = ""
        if texts:
            everyone = _all_names(items, by_number) if left else names
            text = " ".join(everyone) + "\n" + (registry_numbers or "")
        found[agreement_id] = (names, shared.setdefault(kinds, kinds), text)
    return found


def _all_names(
    items: list[str], by_number: dict[str, tuple[str, OrganisationKind]]
) -> tuple[str, ...]:
    return tuple(by_number[item[5:].rstrip("-")][0] for item in items)


def _child_texts(execute: Execute, dialect: _Dialect) -> list[dict[int, str]]:
    """Each agreement's areas, sections and governing documents: each table's texts joined
    by the database."""
    return [
        dict(execute(_CHILD_QUERY.format(agg=dialect.aggregate, table=t, first=f, second=s)))
        for t, f, s in _CHILD_TEXTS
    ]
