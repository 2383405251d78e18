"""The audit trail: every change a session flushes, written in the same transaction.

Each row a flush inserts, updates or deletes (an orphan too) is noted as it is
written, with its values or, for an update, its attribute history (old and
new); after the flush one ``audit_entry`` per record is inserted on the same
connection: a change and its entry are committed or rolled back together. Who made it comes from the
session (``ACTOR_KEY``, set by each unit of work). A section or governing
document that an agreement's save writes anew at the same position is one
entry with what differs, not a deletion and an insertion. Rows written in bulk
(an import) are recorded by their caller with ``record``.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, object_session

from bibagreements.domain import clock
from bibagreements.storage.models import AgreementRow, AuditRow, Base, CheckinRow

ACTOR_KEY = "audit_actor"
# Bookkeeping, not what a record says.
_SKIPPED = frozenset({"id", "version", "created_at", "updated_at"})
# Too large for the trail, and fixed by a checksum or a number beside them.
_LARGE = frozenset({("agreement_version", "content"), ("signed_copy", "content")})
# Written anew on every save of their agreement: paired by position.
_REWRITTEN = frozenset({"section", "governing_document"})
MAX_TEXT = 2000  # a longer value is cut in the trail (the record keeps it whole)


@dataclass(frozen=True)
class Actor:
    """Who changes the records: the name shown, the system user, the database role."""

    name: str
    os_user: str
    db_role: str = ""


def system_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for the process's user (a container)
        return ""


def default_actor() -> Actor:
    user = system_user()
    return Actor(user, user)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, str) and len(value) > MAX_TEXT:
        return value[:MAX_TEXT] + "…"
    return value


def _agreement_of(session: Session, row: Base) -> int | None:
    if isinstance(row, AgreementRow):
        return row.id
    agreement_id = getattr(row, "agreement_id", None)
    if agreement_id is not None:
        return int(agreement_id)
    checkin_id = getattr(row, "checkin_id", None)
    if checkin_id is not None:
        with session.no_autoflush:
            checkin = session.get(CheckinRow, checkin_id)
        return checkin.agreement_id if checkin is not None else None
    return None


def _kept(table: str, key: str) -> bool:
    return key not in _SKIPPED and (table, key) not in _LARGE


def _values(row: Base) -> dict[str, Any]:
    """The loaded column values (a deferred one never read is left out)."""
    state = inspect(row)
    return {
        attr.key: _plain(state.dict[attr.key])
        for attr in state.mapper.column_attrs
        if _kept(row.__tablename__, attr.key) and attr.key in state.dict
    }


def _changed(row: Base) -> dict[str, list[Any]]:
    state = inspect(row)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if not _kept(row.__tablename__, attr.key):
            continue
        history = state.attrs[attr.key].history
        if history.added or history.deleted:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[attr.key] = [_plain(old), _plain(new)]
    return changes


def _entry(
    actor: Actor, table: str, record_id: int | None, agreement_id: int | None, action: str,
    changes: Mapping[str, Any],
) -> dict[str, Any]:  # fmt: skip
    return {
        "at": clock.now(),
        "actor": actor.name[:200],
        "os_user": actor.os_user[:200],
        "db_role": actor.db_role[:200],
        "table_name": table,
        "record_id": record_id,
        "agreement_id": agreement_id,
        "action": action,
        "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
    }


_PENDING = "audit_pending"  # (row, action, values or changes) seen by this flush


def _is_audited(row: object) -> bool:
    return isinstance(row, Base) and not isinstance(row, AuditRow)


def _seen(action: str) -> Any:
    """A mapper event's handler: note the row and what it holds (an update: what changed)."""

    def handler(_mapper: object, _connection: object, row: Base) -> None:
        session = object_session(row)
        if session is None or not _is_audited(row) or ACTOR_KEY not in session.info:
            return
        values = _changed(row) if action == "update" else _values(row)
        session.info.setdefault(_PENDING, []).append((row, action, values))

    return handler


def _after_flush(session: Session, _context: object) -> None:
    pending = session.info.pop(_PENDING, [])
    actor = session.info.get(ACTOR_KEY)
    if not pending or not isinstance(actor, Actor):
        return
    entries: list[dict[str, Any]] = []
    removed: dict[tuple[str, int | None, int], dict[str, Any]] = {}
    added: list[tuple[Base, dict[str, Any]]] = []

    def add(row: Base, action: str, changes: dict[str, Any]) -> None:
        agreement_id = _agreement_of(session, row)
        record_id = getattr(row, "id", None)
        entries.append(_entry(actor, row.__tablename__, record_id, agreement_id, action, changes))

    for row, action, values in pending:
        table = row.__tablename__
        if action == "update":
            if values:
                add(row, "update", values)
        elif table in _REWRITTEN:
            if action == "delete":
                removed[(table, _agreement_of(session, row), values.get("position", -1))] = values
            else:
                added.append((row, values))
        elif action == "delete":
            add(row, "delete", {k: [v, None] for k, v in values.items()})
        else:
            add(row, "insert", {k: [None, v] for k, v in values.items() if v not in (None, "")})
    for row, values in added:
        key = (row.__tablename__, _agreement_of(session, row), values.get("position", -1))
        before = removed.pop(key, None)
        if before is None:
            add(row, "insert", {k: [None, v] for k, v in values.items() if v not in (None, "")})
            continue
        changes = {k: [before.get(k), v] for k, v in values.items() if before.get(k) != v}
        if changes:
            add(row, "update", changes)
    for (table, agreement_id, _position), before in removed.items():
        changes = {k: [v, None] for k, v in before.items()}
        entries.append(_entry(actor, table, None, agreement_id, "delete", changes))
    if entries:
        session.connection().execute(insert(AuditRow), entries)


def record(
    session: Session,
    table: str,
    entries: Iterable[tuple[int | None, int | None, str, Mapping[str, Sequence[Any]]]],
) -> None:
    """Entries for rows written without the ORM: (record ID, agreement ID, action,
    {field: [old, new]})."""
    actor = session.info.get(ACTOR_KEY)
    if not isinstance(actor, Actor):
        return
    rows = [
        _entry(
            actor, table, rid, aid, action, {k: [_plain(v) for v in pair] for k, pair in c.items()}
        )
        for rid, aid, action, c in entries
    ]
    if rows:
        session.connection().execute(insert(AuditRow), rows)


_MAPPER_EVENTS = ("after_insert", "after_update", "after_delete")


def audited(sessions: Any) -> None:
    """Record the changes of every session ``sessions`` (a sessionmaker) makes."""
    event.listen(sessions, "after_flush", _after_flush)
    for name in _MAPPER_EVENTS:  # once: the rows' events serve every sessionmaker
        if not event.contains(Base, name, _HANDLERS[name]):
            event.listen(Base, name, _HANDLERS[name], propagate=True)


_HANDLERS = {name: _seen(name.removeprefix("after_")) for name in _MAPPER_EVENTS}
