"""The audit trail, read: an agreement's history, who changed a record last, a
person's entries for an export, and their redaction when the person is erased.

The entries are written by storage.audit in the transaction of each change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update

from bibagreements.domain.signature_checks import load_checks
from bibagreements.errors import NotFoundError
from bibagreements.storage import audit
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow, AuditRow

ERASED = "(erased)"


@dataclass(frozen=True)
class Change:
    """One entry of the trail: ``changes`` maps each field to [old, new]."""

    at: datetime
    actor: str
    os_user: str
    db_role: str
    table: str
    record_id: int | None
    agreement_id: int | None
    action: str  # insert, update, delete, erase, import
    changes: dict[str, list[Any]]

    def who(self, role: str = " as {0}") -> str:
        """The name, the system user if it differs, and the database role if there is one
        (``role`` says how: the window gives its own wording)."""
        shown = self.actor or self.os_user or "?"
        if self.os_user and self.os_user != shown:
            shown += f" ({self.os_user})"
        return shown + (role.format(self.db_role) if self.db_role else "")

    def fields(self, shown: int = 60, quote: bool = False) -> str:
        """``field: old → new; …`` (a value added or removed alone), values cut at ``shown``."""

        def value(v: Any, name: str = "") -> str:
            if v is None or v == "":
                return "—"
            if name == "signatures":  # a signed copy's checked signatures: who, and counted
                return _signatures(v)
            text = str(v) if len(str(v)) <= shown else str(v)[: shown - 1] + "…"
            return f"“{text}”" if quote and isinstance(v, str) else text

        parts = []
        for name, pair in sorted(self.changes.items()):
            if not isinstance(pair, list) or len(pair) != 2:
                continue
            old, new = pair
            if self.action == "update":
                parts.append(f"{name}: {value(old, name)} → {value(new, name)}")
            else:
                parts.append(f"{name}: {value(old if self.action == 'delete' else new, name)}")
        return "; ".join(parts)

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(timespec="seconds"),
            "actor": self.actor,
            "os_user": self.os_user,
            "db_role": self.db_role,
            "table": self.table,
            "record_id": self.record_id,
            "agreement_id": self.agreement_id,
            "action": self.action,
            "changes": {k: _as_data(k, v) for k, v in self.changes.items()},
        }


def _as_data(name: str, pair: Any) -> Any:
    """A signed copy's kept checks as JSON data, not a string of JSON (unless cut)."""
    if name != "signatures" or not isinstance(pair, list):
        return pair
    decoded = []
    for kept in pair:
        try:
            decoded.append(json.loads(kept) if isinstance(kept, str) else kept)
        except ValueError:
            decoded.append(kept)
    return decoded


def _signatures(kept: Any) -> str:
    """``Signature_1 Sara Lind: valid, …`` from a signed copy's kept checks (JSON)."""
    try:
        found = load_checks(str(kept))
    except (ValueError, TypeError, KeyError):  # cut in the trail, or not ours
        return str(kept)[:59] + "…"
    return ", ".join(
        f"{c.field} {c.signer}: " + ("valid" if c.problem is None else c.problem.code)
        for c in found
    )


def _change(row: AuditRow) -> Change:
    try:
        changes = json.loads(row.changes)
    except ValueError:
        changes = {}
    return Change(
        row.at, row.actor, row.os_user, row.db_role, row.table_name, row.record_id,
        row.agreement_id, row.action, changes if isinstance(changes, dict) else {},
    )  # fmt: skip


def agreement_history(uow: UnitOfWork, agreement_id: int) -> list[Change]:
    """Every entry about the agreement and what belongs to it, oldest first.

    An agreement deleted since still has its history; an ID never used is not found.
    """
    query = select(AuditRow).where(AuditRow.agreement_id == agreement_id)
    entries = [_change(row) for row in uow.session.scalars(query.order_by(AuditRow.id))]
    if not entries and uow.session.get(AgreementRow, agreement_id) is None:
        raise NotFoundError("no_agreement", id=agreement_id)
    return entries


def last_changed(uow: UnitOfWork, table: str, record_id: int) -> Change | None:
    """The newest entry about one record (None: none, as for a row older than the trail)."""
    query = (
        select(AuditRow)
        .where(AuditRow.table_name == table, AuditRow.record_id == record_id)
        .order_by(AuditRow.id.desc())
        .limit(1)
    )
    row = uow.session.scalars(query).first()
    return _change(row) if row is not None else None


def _containing(text: str) -> str:
    """A LIKE pattern for ``text`` exactly as written (its wildcards escaped)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _about(person_id: int, needles: Iterable[str]) -> Any:
    mentions = [AuditRow.changes.like(_containing(n), escape="\\") for n in needles]
    return or_(
        (AuditRow.table_name == "person") & (AuditRow.record_id == person_id),
        *mentions,
    )


def _needles(name: str, email: str) -> list[str]:
    return [n for n in (name.strip(), email.strip()) if len(n) >= 3]


def person_entries(uow: UnitOfWork, person_id: int, name: str, email: str) -> list[Change]:
    """The entries about the person or naming them (their data export shows these)."""
    query = select(AuditRow).where(_about(person_id, _needles(name, email)))
    return [_change(row) for row in uow.session.scalars(query.order_by(AuditRow.id))]


def _redacted(value: Any, needles: list[str]) -> Any:
    if isinstance(value, str):
        for needle in needles:
            value = value.replace(needle, ERASED)
        return value
    if isinstance(value, list):
        return [_redacted(v, needles) for v in value]
    if isinstance(value, dict):
        return {k: _redacted(v, needles) for k, v in value.items()}
    return value


def redact_person(uow: UnitOfWork, person_id: int, name: str, email: str) -> int:
    """Take the person out of the trail, then record that an erasure happened.

    The entries of the person's own record lose their values; elsewhere their name
    and address are replaced by "(erased)". Returns how many entries were redacted.
    """
    uow.session.flush()  # the person's deletion is in the trail before it is redacted
    needles = _needles(name, email)
    rows = list(uow.session.scalars(select(AuditRow).where(_about(person_id, needles))))
    for row in rows:
        own = row.table_name == "person" and row.record_id == person_id
        changes: Any = {} if own else _redacted(json.loads(row.changes), needles)
        uow.session.execute(
            update(AuditRow)
            .where(AuditRow.id == row.id)
            .values(changes=json.dumps(changes, ensure_ascii=False, sort_keys=True))
        )
    audit.record(
        uow.session, "person", [(person_id, None, "erase", {"entries": [None, len(rows)]})]
    )
    return len(rows)
