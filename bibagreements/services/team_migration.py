"""Moving a local register to the team: ``migrate_to`` copies it into an empty database.

The target is opened (its tables made by the migrations, as any first start
makes them) and must hold no row at all; the copy and its verification run in
one transaction there (storage.team_copy). The local database is only read.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from bibagreements.errors import DatabaseError
from bibagreements.storage.database import Database, open_database
from bibagreements.storage.team_copy import CopyMismatch, TableCopy, copy_register, rows_in


@dataclass(frozen=True)
class Migration:
    target: str  # the URL, without its password
    tables: tuple[TableCopy, ...]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def migrate_to(source: Database, target_name: str, *, password: str | None = None) -> Migration:
    """Copy every record of ``source`` into the empty database ``target_name``."""
    target = open_database(target_name, password=password)
    shown = target.url
    try:
        if target.url == source.url:
            raise DatabaseError("migrate_to_itself", url=shown)
        with target.engine.connect() as conn:
            filled = [(table, n) for table, n in rows_in(conn).items() if n]
        if filled:
            table, n = filled[0]
            raise DatabaseError("migrate_target_not_empty", url=shown, table=table, rows=n)
        try:
            copies = copy_register(source.engine, target.engine)
        except CopyMismatch as exc:
            raise DatabaseError("migrate_mismatch", url=shown, tables=str(exc)) from None
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:300]
            raise DatabaseError("migrate_failed", url=shown, reason=reason) from None
        return Migration(shown, tuple(copies))
    finally:
        target.close()
