"""The automatic backup the window makes at start-up, at most once a day, and its pruning.

Copies go to the folder storage.backup_files names (private: 0700, files 0600),
each made by storage.sqlite_copy (SQLite's backup API, integrity-checked,
written atomically). After a new copy, the oldest are pruned: the newest
``daily`` copies stay, and of the ``weekly`` ISO weeks with copies before the
week of the oldest of those, the newest copy of each. Only files named as ours
are ever removed. A PostgreSQL database gets no automatic backup.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bibagreements.services.backup import backup_database
from bibagreements.storage.backup_files import (
    create_backups_folder,
    daily_backup_path,
    existing_backups,
)
from bibagreements.storage.database import UnitOfWork

DAILY_KEPT = 7
WEEKLY_KEPT = 8
PRIVATE_FILE = 0o600


@dataclass(frozen=True)
class DailyBackup:
    path: str
    agreements: int
    removed: tuple[str, ...]  # older copies pruned


def _iso_week(day: date) -> tuple[int, int]:
    year, week, _weekday = day.isocalendar()
    return year, week


def retained(days: Iterable[date], today: date, daily: int, weekly: int) -> set[date]:
    """The days of ``days`` whose copies to keep.

    The newest ``daily`` days up to ``today``; then, of the ISO weeks before the
    week of the oldest of those (before today's week when ``daily`` is 0), the
    newest day of each of the ``weekly`` newest weeks. Days after ``today`` (a
    clock set back) are kept and count for nothing.
    """
    past = sorted({d for d in days if d <= today}, reverse=True)
    kept = {d for d in days if d > today}
    dailies = past[: max(daily, 0)]
    kept.update(dailies)
    before = _iso_week(dailies[-1]) if dailies else (_iso_week(today)[0], _iso_week(today)[1] + 1)
    weeks: dict[tuple[int, int], date] = {}
    for day in past:  # newest first: the first day seen in a week is its newest
        week = _iso_week(day)
        if week < before and week not in weeks:
            if len(weeks) >= max(weekly, 0):
                break
            weeks[week] = day
    kept.update(weeks.values())
    return kept


def make_daily_backup(
    uow: UnitOfWork, today: date, daily: int = DAILY_KEPT, weekly: int = WEEKLY_KEPT
) -> DailyBackup | None:
    """Today's copy of the database, unless there is one (or none is kept, or it is
    PostgreSQL); then the copies no longer kept are removed."""
    url = uow.session.connection().engine.url
    if url.get_backend_name() != "sqlite" or not url.database or daily + weekly <= 0:
        return None
    database = Path(url.database)
    target = daily_backup_path(database, today)
    if target.exists():
        return None
    create_backups_folder(database)
    copy = backup_database(uow, target)
    os.chmod(copy.path, PRIVATE_FILE)
    return DailyBackup(copy.path, copy.agreements, prune(database, today, daily, weekly))


def prune(database: Path, today: date, daily: int, weekly: int) -> tuple[str, ...]:
    """Remove ``database``'s automatic copies no longer kept; the paths removed."""
    # Named exactly as ours: another stem's file in the folder is left alone.
    backups = [
        (day, path)
        for day, path in existing_backups(database)
        if path.name == daily_backup_path(database, day).name
    ]
    keep = retained([day for day, _path in backups], today, daily, weekly)
    removed = []
    for day, path in backups:
        if day not in keep:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(str(path))
    return tuple(removed)
