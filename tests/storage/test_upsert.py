"""insert_or_update: one statement, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from bibagreements.storage.database import Database
from bibagreements.storage.models import Base
from bibagreements.storage.upsert import insert_or_update
from tests.databases import fresh_database


def _twice(db: Database) -> list[tuple[str, date]]:
    table = Base.metadata.tables["snooze"]
    for day in (date(2030, 1, 1), date(2030, 2, 1)):
        with db.unit_of_work() as uow:
            insert_or_update(uow.session, table, {"item_key": "parties:1"}, {"until": day})
    with db.unit_of_work() as uow:
        return [tuple(row) for row in uow.session.execute(select(table.c.item_key, table.c.until))]


def test_the_second_call_updates_the_first_row_on_sqlite(tmp_path: Path) -> None:
    assert _twice(fresh_database(tmp_path / "u.sqlite3")) == [("parties:1", date(2030, 2, 1))]


def test_the_second_call_updates_the_first_row_on_postgresql(pg: Database) -> None:
    assert _twice(pg) == [("parties:1", date(2030, 2, 1))]
