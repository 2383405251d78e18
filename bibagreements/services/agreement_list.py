"""The agreement list as the window shows it: every summary, and the text to search it by.

Read whole at start-up, so built for 100,000 agreements: a few plain selects on
the driver's own connection (no ORM loading, no SQLAlchemy row or type
processing of 400,000 party rows), the child tables' texts joined by the
database (group_concat, string_agg), and repeated strings and dates
(organisation names, areas, days) shared by the rows. The window's first list
is read before the database layer has even loaded (``agreement_list_directly``,
storage.direct_sqlite) when the file is an up-to-date one of ours.
"""

from __future__ import annotations

from collections import defaultdict
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
from bibagreements.storage.direct_sqlite import DirectRead, read_directly

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
# The child texts a search finds an agreement by: (table, first, second) per part;
# the order of the parts does not matter to a search.
_CHILD_TEXTS = (
    ("party JOIN organisation ON organisation.id = party.organisation_id",
     "organisation.name", "party.registry_number"),
    ("area", "area.title", "area.description"),
    ("section", "section.heading", "section.text"),
    ("governing_document", "governing_document.title", "governing_document.owner"),
)  # fmt: skip

_AMENDED_ENDS = (
    "SELECT id, end_date FROM agreement WHERE id IN"
    " (SELECT amends_id FROM agreement WHERE amends_id IS NOT NULL)"
)
_PLANNED = CheckinStatus.PLANNED.value
_NEXT_CHECKINS = f"SELECT agreement_id, min(due_date) FROM checkin WHERE status = '{_PLANNED}' GROUP BY agreement_id"  # noqa: E501, S608  (ours)
Execute = Callable[[str], Iterable[Any]]


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
    driver = conn.connection.driver_connection
    assert driver is not None
    execute: Execute = driver.execute
    aggregate = "string_agg" if conn.dialect.name == "postgresql" else "group_concat"
    children = (lambda: _child_texts(execute, aggregate)) if texts else None
    return _read(execute, today or clock.today(), children)


def agreement_list_directly(db: str | None, today: date | None = None) -> AgreementList | None:
    """The list with its texts, read straight from the SQLite file ``db`` names when it is
    an up-to-date one of ours (see storage.direct_sqlite); None when it must be opened
    first (open it, then ``agreement_list``). DatabaseError when it is damaged."""
    day = today or clock.today()

    def read(reads: DirectRead) -> AgreementList:
        execute = reads.conn.execute
        return _read(execute, day, lambda: _child_texts(execute, "group_concat"))

    return read_directly(db, read)


def _read(
    execute: Execute, day: date, children: Callable[[], dict[int, str]] | None
) -> AgreementList:
    columns = _LIST_COLUMNS + (", " + _TEXT_COLUMNS if children else "")
    query = f"SELECT {columns} FROM agreement ORDER BY start_date DESC, id"  # noqa: S608  (ours)
    days = _Days()
    # What an amendment lasts to: the end of what it amends.
    ends = {aid: days[end] for aid, end in execute(_AMENDED_ENDS)}
    shared: dict[str, str] = {}  # one string per organisation name and area
    organisations = {
        oid: (shared.setdefault(name, name), _ORGANISATION_KINDS[kind])
        for oid, name, kind in execute("SELECT id, name, kind FROM organisation")
    }
    names, kinds = _parties(execute, organisations)
    next_due: dict[int, date | None] = {aid: days[due] for aid, due in execute(_NEXT_CHECKINS)}
    statuses: dict[tuple[object, ...], StatusOnDay] = {}  # many rows share their dates
    summaries: list[AgreementSummary] = []
    texts_of: list[list[str | None]] = []  # each agreement's own texts, in its order
    rows = execute(query)  # row by row: a hundred thousand rows are not all kept
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
    ) in rows:
        start, end = days[start_value], days[end_value]
        stored = _STATUSES[stored_value]
        notice_given_on = days[notice_given]
        terms = (notice_months, notice_rule, extension_months, lead_days)
        renewal = NO_RENEWAL_TERMS if terms == _NO_TERMS else renewal_terms(*terms)
        if amends is not None:
            end = ends.get(amends)  # an amendment lasts as long as what it amends
        key = (stored, start, end, renewal, notice_given_on)
        state = statuses.get(key)
        if state is None:
            state = statuses[key] = status_on(stored, start, end, day, renewal, notice_given_on)
        summaries.append(
            AgreementSummary(
                id=aid,
                title=title,
                kind=_AGREEMENT_KINDS[kind],
                stored_status=stored,
                start=start,
                end=end,
                party_names=names.get(aid, ()),
                next_checkin=next_due.get(aid),
                updated_at=_moment(updated),
                state=state,
                renewal=renewal,
                notice_given_on=notice_given_on,
                short_title=short,
                development_area=shared.setdefault(area, area),
                party_kinds=kinds.get(aid, ()),
            )
        )
        if children is not None:
            texts_of.append([title, short, *agreement_texts, area])
    return AgreementList(summaries, _folded(summaries, texts_of, children))


def _folded(
    summaries: list[AgreementSummary],
    texts_of: list[list[str | None]],
    children: Callable[[], dict[int, str]] | None,
) -> list[str]:
    """Each agreement's own and its children's texts, folded, each word once: a search's
    words have no spaces, so each is found within one word of the text, and the text is
    half as long to keep and to scan."""
    if children is None:
        return []
    child_texts = children()
    folded: list[str] = []
    for summary, parts in zip(summaries, texts_of, strict=True):
        parts.append(child_texts.get(summary.id))
        words = " ".join(filter(None, parts)).casefold().split()
        folded.append(" ".join(dict.fromkeys(words)))
    return folded


class _Days(dict[object, date | None]):
    """Stored days as dates (SQLite gives text, PostgreSQL dates), one object per day:
    ten years hold a few thousand days, not one per row."""

    def __missing__(self, value: object) -> date | None:
        day = date.fromisoformat(value) if isinstance(value, str) else value
        assert day is None or isinstance(day, date)
        self[value] = day
        return day


def _moment(value: object) -> datetime | None:
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    assert value is None or isinstance(value, datetime)
    return value


def _parties(
    execute: Execute, organisations: dict[int, tuple[str, OrganisationKind]]
) -> tuple[dict[int, tuple[str, ...]], dict[int, tuple[OrganisationKind, ...]]]:
    """Each agreement's parties' names and kinds, in their order; a party that left by
    an amendment is no more."""
    ids_of: dict[int, list[int]] = {}
    query = (
        "SELECT agreement_id, organisation_id FROM party WHERE left_on IS NULL"
        " ORDER BY agreement_id, position"
    )
    for agreement_id, organisation_id in execute(query):
        ids = ids_of.get(agreement_id)
        if ids is None:
            ids_of[agreement_id] = [organisation_id]
        else:
            ids.append(organisation_id)
    name_of = {oid: name for oid, (name, _kind) in organisations.items()}.__getitem__
    kind_of = {oid: kind for oid, (_name, kind) in organisations.items()}.__getitem__
    shared: dict[tuple[OrganisationKind, ...], tuple[OrganisationKind, ...]] = {}  # few differ
    names: dict[int, tuple[str, ...]] = {}
    kinds: dict[int, tuple[OrganisationKind, ...]] = {}
    for agreement_id, ids in ids_of.items():
        names[agreement_id] = tuple(map(name_of, ids))
        key = tuple(map(kind_of, ids))
        kinds[agreement_id] = shared.setdefault(key, key)
    return names, kinds


def _child_texts(execute: Execute, aggregate: str) -> dict[int, str]:
    """Each agreement's parties (with registry numbers), areas, sections and governing
    documents, each part's texts joined by the database."""
    found: dict[int, list[str]] = defaultdict(list)
    for table, first, second in _CHILD_TEXTS:
        owner = table.split()[0] + ".agreement_id"
        joined = f"{aggregate}({first} || '\n' || coalesce({second}, ''), '\n')"
        query = f"SELECT {owner}, {joined} FROM {table} GROUP BY {owner}"  # noqa: S608  (ours)
        for aid, text in execute(query):
            found[aid].append(text)
    return {aid: "\n".join(parts) for aid, parts in found.items()}
