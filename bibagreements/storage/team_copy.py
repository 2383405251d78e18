"""Copying a whole register into an empty database (a local file into the team's server).

Every table of the schema is copied row by row with its IDs, in the order its
foreign keys need, in one transaction on the target: a failure leaves the
target as empty as it was. A column that points into its own table (an
organisation's parent, an agreement's predecessor) is filled in once all the
table's rows are there. PostgreSQL's ID sequences then continue after the
highest ID copied. Before it commits both are read again, table by table, and
each table's row count and checksum (SHA-256 over its rows in key order,
values in one canonical form) must agree, or nothing is committed. The source
is only read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam, func, insert, select, update

from bibagreements.storage.models import Base

CHUNK = 1000  # rows read and written at a time


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int
    checksum: str  # of the source's rows; the target's was found equal


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _canonical(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    if isinstance(value, bool):
        return int(value)
    return value


def _ordered(table: Table) -> Any:
    return select(table).order_by(*table.primary_key.columns)


def _rows(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    result = conn.execution_options(yield_per=CHUNK).execute(_ordered(table))
    for row in result.mappings():
        yield dict(row)


def table_digest(conn: Connection, table: Table) -> tuple[int, str]:
    """(rows, SHA-256 of the rows in key order, each as canonical JSON)."""
    digest = hashlib.sha256()
    count = 0
    names = [c.name for c in table.columns]
    for row in _rows(conn, table):
        values = [_canonical(row[name]) for name in names]
        digest.update(json.dumps(values, ensure_ascii=False, default=str).encode("utf-8"))
        digest.update(b"\n")
        count += 1
    return count, digest.hexdigest()


def rows_in(conn: Connection) -> dict[str, int]:
    """Every table's row count (the schema's version table aside)."""
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
        for t in _tables()
    }


def _self_references(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _copy_table(source: Connection, target: Connection, table: Table) -> None:
    later = _self_references(table)
    key = table.primary_key.columns.values()[0].name
    # Columns an UPDATE would set by itself (updated_at): given their copied value.
    kept = [c.name for c in table.columns if c.onupdate is not None]
    pending: list[dict[str, Any]] = []
    chunk: list[dict[str, Any]] = []
    for row in _rows(source, table):
        if later:
            pending += [{"_key": row[key], **{c: row[c] for c in [*later, *kept]}}]
            row = {**row, **dict.fromkeys(later)}
        chunk.append(row)
        if len(chunk) == CHUNK:
            target.execute(insert(table), chunk)
            chunk = []
    if chunk:
        target.execute(insert(table), chunk)
    for column in later:
        values = [
            {"_key": p["_key"], "_value": p[column], **{f"_{c}": p[c] for c in kept}}
            for p in pending
            if p[column] is not None
        ]
        if values:
            statement = (
                update(table)
                .where(table.c[key] == bindparam("_key"))
                .values({column: bindparam("_value"), **{c: bindparam(f"_{c}") for c in kept}})
            )
            target.execute(statement, values)


def _continue_sequences(target: Connection) -> None:
    """On PostgreSQL, each table's ID sequence goes on after the highest ID copied."""
    if target.dialect.name != "postgresql":
        return
    for table in _tables():
        if "id" not in table.c:
            continue
        highest = target.execute(select(func.max(table.c.id))).scalar() or 0
        sequence = func.pg_get_serial_sequence(table.name, "id")
        target.execute(select(func.setval(sequence, int(highest) + 1, False)))


class CopyMismatch(Exception):
    """The copy differs from the source in ``tables`` (it was rolled back)."""

    def __init__(self, tables: list[str]) -> None:
        super().__init__(", ".join(tables))
        self.tables = tables


def copy_register(source: Engine, target: Engine) -> list[TableCopy]:
    """Copy every row of ``source`` into ``target`` (whose tables are empty), then compare
    each table's count and checksum as the transaction sees them before it commits:
    a copy that differs is rolled back (CopyMismatch), so the target stays empty."""
    with source.connect() as reading, target.begin() as writing:
        for table in _tables():
            _copy_table(reading, writing, table)
        _continue_sequences(writing)
        copies: list[TableCopy] = []
        differ: list[str] = []
        for table in _tables():
            count, checksum = table_digest(reading, table)
            if table_digest(writing, table) != (count, checksum):
                differ.append(table.name)
            copies.append(TableCopy(table.name, count, checksum))
        if differ:
            raise CopyMismatch(differ)
    return copies
