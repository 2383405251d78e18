"""One statement that inserts a row or updates the one with the same key.

Read-then-insert races: two processes both find no row and the second INSERT
breaks the unique constraint. SQLite and PostgreSQL share ``INSERT … ON
CONFLICT DO UPDATE``, which settles it inside the database.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert_or_update(
    session: Session, table: Table, key: Mapping[str, object], values: Mapping[str, object]
) -> None:
    """Insert ``key`` + ``values`` into ``table``, or set ``values`` where ``key`` exists
    (``key``'s columns must carry a unique constraint)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(table).values({**key, **values})
    session.execute(statement.on_conflict_do_update(index_elements=list(key), set_=dict(values)))
