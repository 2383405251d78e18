"""The automatic daily backup: once a day, private, checked, and pruned to 7 daily + 8 weekly."""

from __future__ import annotations

import random
import shutil
import sqlite3
import stat
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from bibagreements.services.daily_backups import make_daily_backup, prune, retained
from bibagreements.storage.backup_files import backups_folder, daily_backup_path, existing_backups
from bibagreements.storage.database import Database
from tests.builders import new_db

pytestmark = pytest.mark.sqlite_only  # SQLite's files: backups, restores


def _days(first: date, last: date, step: int = 1) -> list[date]:
    return [first + timedelta(days=n) for n in range(0, (last - first).days + 1, step)]


def test_every_day_for_three_years_keeps_the_last_seven_days_and_eight_sundays() -> None:
    today = date(2026, 12, 2)  # a Wednesday
    kept = retained(_days(date(2024, 1, 1), today), today, 7, 8)
    dailies = _days(date(2026, 11, 26), today)  # Thursday of the week before … today
    # The dailies reach into ISO week 48 (from Thursday 26 November): the eight weeks
    # before it are weeks 40–47, each kept by its Sunday.
    sundays = [date(2026, 11, 22) - timedelta(weeks=n) for n in range(8)]
    assert sorted(kept) == sorted(dailies + sundays)
    assert all(day.isoweekday() == 7 for day in sundays)


def test_pruning_every_day_leaves_what_one_pruning_of_all_would() -> None:
    """Day by day for four years, as the window would: each day's set is the policy's."""
    rng = random.Random(12)
    for daily, weekly in ((7, 8), (1, 0), (0, 3), (3, 52)):
        have: set[date] = set()
        every: list[date] = []
        for today in _days(date(2023, 1, 1), date(2026, 12, 31)):
            if rng.random() < 0.4:  # the program is not started every day
                continue
            have.add(today)
            every.append(today)
            have = retained(have, today, daily, weekly)
            assert have == retained(every, today, daily, weekly)
            assert len(have) <= daily + weekly


def test_a_week_is_kept_by_its_newest_copy_and_sparse_weeks_count_as_weeks() -> None:
    today = date(2025, 6, 30)  # Monday, week 27
    days = [date(2025, 6, 30), date(2025, 6, 2), date(2025, 6, 3), date(2025, 3, 1)]
    days += [date(2024, 1, 1), date(2023, 5, 5)]
    assert retained(days, today, 1, 3) == {
        date(2025, 6, 30),
        date(2025, 6, 3),  # week 23's newest
        date(2025, 3, 1),
        date(2024, 1, 1),
    }


def test_days_after_today_are_kept_and_nothing_kept_when_both_are_zero() -> None:
    today = date(2025, 1, 10)
    future = date(2025, 2, 1)
    assert retained([future, today], today, 0, 0) == {future}
    assert retained([today - timedelta(days=n) for n in range(10)], today, 0, 0) == set()


def test_the_first_start_of_the_day_makes_one_private_checked_copy(tmp_path: Path) -> None:
    db = new_db(tmp_path, "live.sqlite3", demo=True)
    live = tmp_path / "live.sqlite3"
    today = date(2026, 3, 4)
    with db.unit_of_work() as uow:
        first = make_daily_backup(uow, today)
    with db.unit_of_work() as uow:
        again = make_daily_backup(uow, today)
    db.close()
    assert first is not None and again is None
    assert first.agreements == 3 and first.removed == ()
    assert [p for _d, p in existing_backups(live)] == [daily_backup_path(live, today)]
    assert Path(first.path) == daily_backup_path(live, today)
    assert stat.S_IMODE(Path(first.path).stat().st_mode) == 0o600
    folder = backups_folder(live)
    for level in (folder, folder.parent, folder.parent.parent):
        assert stat.S_IMODE(level.stat().st_mode) == 0o700
    assert _integrity(Path(first.path)) == "ok"


def test_pruning_removes_exactly_the_copies_no_longer_kept_and_only_ours(tmp_path: Path) -> None:
    db = new_db(tmp_path, "live.sqlite3")
    live = tmp_path / "live.sqlite3"
    today = date(2026, 12, 2)
    with db.unit_of_work() as uow:
        made = make_daily_backup(uow, today - timedelta(days=500))
    assert made is not None
    for day in _days(date(2025, 10, 1), today - timedelta(days=1)):
        shutil.copyfile(made.path, daily_backup_path(live, day))
    folder = backups_folder(live)
    strangers = [
        folder / "other-2025-10-05.sqlite3",  # another stem: not ours
        folder / "live-2025-10-06.sqlite3.bak",
        folder / "notes.txt",
    ]
    for path in strangers:
        path.write_text("the user's")
    (folder / "live-2025-10-07.sqlite3-dir").mkdir()

    with db.unit_of_work() as uow:
        result = make_daily_backup(uow, today)
    db.close()
    assert result is not None
    expected = retained(_days(date(2025, 10, 1), today), today, 7, 8)
    assert {d for d, _p in existing_backups(live) if _p.name.startswith("live-")} == expected
    assert len(expected) == 15
    assert all(path.read_text() == "the user's" for path in strangers)
    assert (folder / "live-2025-10-07.sqlite3-dir").is_dir()
    assert len(result.removed) == len(_days(date(2025, 10, 1), today)) - 15 + 1
    assert not Path(made.path).exists()  # 500 days old
    for _day, path in existing_backups(live):
        if path.name.startswith("live-"):
            assert _integrity(path) == "ok"


def test_the_kept_counts_are_the_callers(tmp_path: Path) -> None:
    db = new_db(tmp_path, "live.sqlite3")
    live = tmp_path / "live.sqlite3"
    today = date(2026, 1, 20)
    for n in range(5, 0, -1):
        with db.unit_of_work() as uow:
            make_daily_backup(uow, today - timedelta(days=n), daily=2, weekly=0)
    two_days_ago, yesterday = today - timedelta(days=2), today - timedelta(days=1)
    assert [d for d, _p in existing_backups(live)] == [two_days_ago, yesterday]
    assert prune(live, today, 1, 0) == (str(daily_backup_path(live, today - timedelta(days=2))),)
    with db.unit_of_work() as uow:
        assert make_daily_backup(uow, today, daily=0, weekly=0) is None
    db.close()
    assert not daily_backup_path(live, today).exists()


def test_two_databases_of_one_name_keep_their_own_copies(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    today = date(2026, 5, 5)
    dbs: list[Database] = [new_db(tmp_path / "a", "x.sqlite3"), new_db(tmp_path / "b", "x.sqlite3")]
    for db in dbs:
        with db.unit_of_work() as uow:
            assert make_daily_backup(uow, today) is not None
        db.close()
    a, b = tmp_path / "a" / "x.sqlite3", tmp_path / "b" / "x.sqlite3"
    assert backups_folder(a) != backups_folder(b)
    assert daily_backup_path(tmp_path / "b" / "x.sqlite3", today).exists()


def _integrity(path: Path) -> str:
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
