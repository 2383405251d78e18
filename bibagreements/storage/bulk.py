"""Many rows of one table in one statement (executemany), in the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(table), rows)


def insert_rows_returning_ids(
    session: Session, table: Table, rows: Sequence[dict[str, Any]]
) -> list[int]:
    """Insert ``rows`` (given an "id" each); their IDs, in order, as the database would assign.

    SQLite gives a new row the highest ID plus one, and a transaction that
    writes sees every row before it (a stale one cannot write): so the IDs are
    given here, and one executemany stores them all. RETURNING would make
    SQLAlchemy insert them one at a time there, as it cannot tell their order.
    Elsewhere the database assigns them (RETURNING, in the order of ``rows``).
    """
    if not rows:
        return []
    if session.get_bind().dialect.name == "sqlite":
        first = (session.scalar(select(func.max(table.c.id))) or 0) + 1
        ids = list(range(first, first + len(rows)))
        for row, row_id in zip(rows, ids, strict=True):
            row["id"] = row_id
        session.execute(insert(table), rows)
        return ids
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [row_id for (row_id,) in session.execute(statement, rows)]


def insert_row(session: Session, table: Table, row: dict[str, Any]) -> int:
    new_id: int = session.execute(insert(table).values(row).returning(table.c.id)).scalar_one()
    return new_id
