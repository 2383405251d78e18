"""The window's list: read through a unit of work, or straight from the file before the
database layer loads; the same list either way, and on PostgreSQL as on SQLite."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bibagreements.domain.enums import AgreementKind
from bibagreements.services.agreement_list import (
    AgreementList,
    agreement_list,
    agreement_list_directly,
)
from bibagreements.services.agreements import get_agreements
from bibagreements.services.database import Database, open_database
from tests.interchange.rich_register import make_rich_register

DAY = date(2026, 3, 1)


def _rich(path: Path) -> Database:
    db = open_database(str(path))
    make_rich_register(db, agreements=120)
    return db


def test_read_straight_from_the_file_it_is_the_list_a_unit_of_work_reads(tmp_path: Path) -> None:
    db = _rich(tmp_path / "rich.sqlite3")
    with db.unit_of_work() as uow:
        listed = agreement_list(uow, DAY)
    db.close()
    assert agreement_list_directly(str(tmp_path / "rich.sqlite3"), DAY) == listed
    assert len(listed.summaries) == len(listed.texts) == 120


def test_each_summary_says_what_its_agreement_holds(tmp_path: Path) -> None:
    db = _rich(tmp_path / "rich.sqlite3")
    with db.unit_of_work() as uow:
        listed = agreement_list(uow, DAY)
        agreements = {a.id: a for a in get_agreements(uow, [s.id for s in listed.summaries])}
    starts = [s.start for s in listed.summaries]
    assert starts == sorted(starts, key=lambda d: d or date.min, reverse=True)
    amendments = 0
    for summary, text in zip(listed.summaries, listed.texts, strict=True):
        a = agreements[summary.id]
        assert (summary.title, summary.kind, summary.stored_status) == (a.title, a.kind, a.status)
        assert (summary.start, summary.short_title) == (a.start, a.short_title)
        assert summary.renewal == a.renewal and summary.notice_given_on == a.notice_given_on
        if a.kind is AgreementKind.AMENDMENT:
            amendments += 1
            assert summary.end == agreements[a.amends_id or 0].end  # lasts as what it amends
        else:
            assert summary.end == a.end
        assert len(summary.party_names) == len([p for p in a.parties if p.left_on is None])
        for word in (a.title + " " + a.short_title).casefold().split():
            assert word in text.split()
        for party in a.parties:
            assert all(w in text for w in party.registry_number.casefold().split())
    assert amendments > 0


def _without_times(listed: AgreementList) -> AgreementList:
    return listed._replace(summaries=[s._replace(updated_at=None) for s in listed.summaries])


def test_postgresql_gives_the_list_sqlite_gives(tmp_path: Path, pg: Database) -> None:
    make_rich_register(pg, agreements=120)
    with pg.unit_of_work() as uow:
        on_postgresql = agreement_list(uow, DAY)
    db = _rich(tmp_path / "rich.sqlite3")
    with db.unit_of_work() as uow:
        on_sqlite = agreement_list(uow, DAY)
    assert _without_times(on_postgresql) == _without_times(on_sqlite)
    assert all(s.updated_at is not None for s in on_postgresql.summaries)
