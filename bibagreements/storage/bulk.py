"""Many rows of one table in one statement (executemany), in the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(table), rows)


def insert_rows_returning_ids(
    session: Session, table: Table, rows: Sequence[dict[str, Any]]
) -> list[int]:
    """The new rows' IDs, in the order of ``rows`` (the database assigns them, as one by one)."""
    if not rows:
        return []
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [row_id for (row_id,) in session.execute(statement, rows)]


def insert_row(session: Session, table: Table, row: dict[str, Any]) -> int:
    new_id: int = session.execute(insert(table).values(row).returning(table.c.id)).scalar_one()
    return new_id
