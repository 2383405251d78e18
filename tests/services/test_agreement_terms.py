"""Reminders from the calendar of an agreement's terms (services/agreement_terms.py)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import exists, or_, select, update

from bibagreements.domain.enums import AgreementStatus, Cadence
from bibagreements.services.agreement_terms import (
    ENDED_WINDOW_DAYS,
    ENDING_WITHIN_DAYS,
    _signed_without_successor,
)
from bibagreements.services.reminders import ReminderKind, list_reminders, snooze
from bibagreements.storage.database import Database, UnitOfWork
from bibagreements.storage.models import AgreementRow
from tests.bench.synthetic import generate
from tests.builders import make_agreement
from tests.databases import fresh_database

TERMS = {"notice_months": 3, "notice_rule": "before_end", "decision_lead_days": 30}


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return fresh_database(tmp_path / "terms.sqlite3")


def _signed(uow: UnitOfWork, **terms: object) -> int:
    """A signed agreement 2019-11-08 – 2020-12-31 with the given notice terms."""
    a = make_agreement(uow, "Villkor", status=AgreementStatus.ACTIVE, cadence=Cadence.NONE)
    assert a.id is not None
    uow.session.execute(update(AgreementRow).where(AgreementRow.id == a.id).values(**terms))
    return a.id


def _kinds(uow: UnitOfWork, today: date, *kinds: ReminderKind) -> list[tuple[str, str, int]]:
    return [
        (r.kind.value, r.key, r.days_early or 0)
        for r in list_reminders(uow, today)
        if r.kind in kinds
    ]


DECISION, NOTICE = ReminderKind.DECISION_DUE, ReminderKind.NOTICE_DEADLINE


def test_decision_and_notice_show_at_each_stage_and_on_the_day(db: Database) -> None:
    with db.unit_of_work() as uow:
        aid = _signed(uow, **TERMS)
        # Notice by 2020-09-30; decide 30 days before: 2020-08-31 (a Monday).
        assert _kinds(uow, date(2020, 5, 1), DECISION, NOTICE) == []  # 122/152 days ahead
        assert _kinds(uow, date(2020, 6, 2), NOTICE) == [
            ("notice_deadline", f"notice:{aid}:2020-09-30:120", 120)
        ]
        assert _kinds(uow, date(2020, 7, 2), DECISION) == [
            ("decision_due", f"decision:{aid}:2020-08-31:60", 60)
        ]
        stage_30 = _kinds(uow, date(2020, 8, 31), DECISION, NOTICE)
        assert stage_30 == [
            ("decision_due", f"decision:{aid}:2020-08-31:0", 0),
            ("notice_deadline", f"notice:{aid}:2020-09-30:30", 30),
        ]
        assert _kinds(uow, date(2020, 10, 1), DECISION, NOTICE) == []  # both passed


def test_dismissing_one_stage_brings_the_next_back_in_its_time(db: Database) -> None:
    with db.unit_of_work() as uow:
        aid = _signed(uow, **TERMS)
        snooze(uow, f"notice:{aid}:2020-09-30:120", date(2020, 12, 31), date(2020, 6, 2))
        assert _kinds(uow, date(2020, 6, 3), NOTICE) == []
        assert _kinds(uow, date(2020, 8, 1), NOTICE) == [
            ("notice_deadline", f"notice:{aid}:2020-09-30:60", 60)
        ]


def test_a_stage_list_of_ones_own(db: Database) -> None:
    with db.unit_of_work() as uow:
        _signed(uow, **TERMS)
        items = list_reminders(uow, date(2020, 9, 20), stages=(14,))
        assert [r.kind for r in items if r.kind is NOTICE] == [NOTICE]
        assert [
            r for r in list_reminders(uow, date(2020, 9, 1), stages=(14,)) if r.kind is NOTICE
        ] == []


def test_notice_given_means_no_more_decision_or_notice_reminders(db: Database) -> None:
    with db.unit_of_work() as uow:
        _signed(uow, **TERMS, notice_given_on=date(2020, 6, 1))
        assert _kinds(uow, date(2020, 8, 31), DECISION, NOTICE) == []
        # It ends with its term: that is a reminder of its own.
        assert [k for k, _key, _d in _kinds(uow, date(2020, 12, 1), ReminderKind.AGREEMENT_ENDING)]


def test_an_extending_agreement_is_not_ending_but_its_next_deadline_comes(db: Database) -> None:
    with db.unit_of_work() as uow:
        aid = _signed(uow, **TERMS, extension_months=12)
        assert _kinds(uow, date(2020, 12, 1), ReminderKind.AGREEMENT_ENDING) == []
        # Nobody gave notice: the term runs to 2021-12-31, notice by 2021-09-30.
        assert _kinds(uow, date(2021, 7, 1), NOTICE) == [
            ("notice_deadline", f"notice:{aid}:2021-09-30:120", 91)
        ]


def test_an_ended_agreement_is_late_no_more(db: Database) -> None:
    with db.unit_of_work() as uow:
        make_agreement(uow, "Gammalt", status=AgreementStatus.ACTIVE)
        late = ReminderKind.CHECKIN_OVERDUE
        # Its last check-in (2020-11-09) was never recorded: overdue while it ran …
        assert [r.day for r in list_reminders(uow, date(2020, 12, 1)) if r.kind is late]
        # … but not "N days late" years after the agreement ended.
        assert [r for r in list_reminders(uow, date(2026, 12, 1)) if r.kind is late] == []
        ended = [r for r in list_reminders(uow, date(2021, 1, 5))]
        assert [r.kind for r in ended if r.kind is ReminderKind.AGREEMENT_ENDED] == [
            ReminderKind.AGREEMENT_ENDED
        ]


def test_the_example_framework_shows_its_decision_date(tmp_path: Path) -> None:
    from bibagreements.services.demo import FRAMEWORK_UID

    db = fresh_database(tmp_path / "demo.sqlite3", demo=True)
    with db.unit_of_work() as uow:
        framework = uow.session.query(AgreementRow).filter_by(uid=FRAMEWORK_UID).one()
        # Extended year by year; notice six months before the term's end, decide 60 days
        # before that: for the term ending 2026-12-31, notice by 2026-06-30, decide by
        # 2026-05-01 (a holiday, första maj) → Monday 2026-05-04.
        items = [
            r
            for r in list_reminders(uow, date(2026, 4, 1))
            if r.agreement_id == framework.id and r.kind is DECISION
        ]
        assert [(r.day, r.key.rsplit(":", 1)[1]) for r in items] == [(date(2026, 5, 4), "60")]


def _signed_by_one_select(uow: UnitOfWork, today: date) -> set[int]:
    """The candidates as the single select before the query was split in two (kept as
    the reference: one filter, read however SQLite likes)."""
    a = AgreementRow.__table__
    successor = a.alias("successor")
    query = select(a.c.id).where(
        a.c.status.in_((AgreementStatus.ACTIVE.value, AgreementStatus.ENDED.value)),
        a.c.end_date.is_not(None),
        or_(
            a.c.end_date.between(
                today - timedelta(days=ENDED_WINDOW_DAYS + 1),
                today + timedelta(days=ENDING_WITHIN_DAYS),
            ),
            a.c.notice_months.is_not(None),
            a.c.extension_months.is_not(None),
            a.c.decision_lead_days.is_not(None),
        ),
        ~exists().where(successor.c.predecessor_id == a.c.id),
    )
    return set(uow.session.connection().execute(query).scalars())


def test_split_candidate_query_reads_what_one_select_did(tmp_path: Path) -> None:
    db = fresh_database(tmp_path / "synthetic.sqlite3")
    generate(db, agreements=600, checkins_per_agreement=2, seed=3)
    with db.unit_of_work() as uow:
        # Terms on a share of the register (the synthetic one has none), notice given on some.
        ids = list(uow.session.connection().execute(select(AgreementRow.id)).scalars())
        for aid in ids[::5]:
            values: dict[str, object] = {"notice_months": 3, "decision_lead_days": 30}
            if aid % 3 == 0:
                values["extension_months"] = 12
            if aid % 7 == 0:
                values["notice_given_on"] = date(2025, 3, 1)
            uow.session.execute(update(AgreementRow).where(AgreementRow.id == aid).values(values))
        days = [date(2024, 2, 29), date(2025, 6, 30), date(2026, 1, 1), date(2027, 12, 31)]
        for today in days:
            found = [s[0] for s in _signed_without_successor(uow.session.connection(), today)]
            assert len(found) == len(set(found)), today  # the halves do not overlap
            assert set(found) == _signed_by_one_select(uow, today), today
            assert found, today  # the comparison says something
