"""What needs attention on a given day, and snoozing it.

One call answers for the whole database and catches up: anything overdue
shows whatever day the program last ran. It reads with a handful of Core
selects over indexed columns and builds no ORM objects, so it stays fast on
large registers (see tests/bench/bench_reminders.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import Connection, Table, delete, exists, or_, select

from bibagreements.domain.enums import AgreementStatus, CheckinStatus
from bibagreements.errors import NotFoundError, ValidationError
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import Base, SnoozeRow

DEFAULT_HORIZON_DAYS = 30
ENDING_WITHIN_DAYS = 90
DRAFT_UNTOUCHED_DAYS = 30

# Agreements whose check-ins matter: a draft's are not promised yet, and an
# ended or terminated agreement's are no longer owed.
_IN_FORCE = (AgreementStatus.ACTIVE.value, AgreementStatus.OUT_FOR_SIGNATURE.value)
_OPEN = (AgreementStatus.DRAFT.value, *_IN_FORCE)
# SQLite caps bound parameters per statement; stay far below every limit.
_CHUNK = 500


class ReminderKind(StrEnum):
    CHECKIN_OVERDUE = "checkin_overdue"
    CHECKIN_DUE = "checkin_due"
    AGREEMENT_ENDING = "agreement_ending"
    DRAFT_UNTOUCHED = "draft_untouched"
    PARTY_INCOMPLETE = "party_incomplete"


@dataclass(frozen=True, slots=True)
class Reminder:
    """One thing to attend to.

    ``day`` is the date it is about (due date, end date, last edit) and
    ``days_late`` is ``today - day``: negative while there is time left.
    Both are None for incomplete parties, which have no date. ``key`` names
    the item across calls, for snoozing.
    """

    kind: ReminderKind
    key: str
    agreement_id: int
    agreement_title: str
    parties: tuple[str, ...]
    day: date | None
    days_late: int | None
    checkin_id: int | None = None
    detail: str = ""

    @property
    def days_early(self) -> int | None:
        return None if self.days_late is None else -self.days_late


@dataclass(frozen=True, slots=True)
class Snooze:
    key: str
    until: date


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def list_reminders(
    uow: UnitOfWork,
    today: date | None = None,
    days: int = DEFAULT_HORIZON_DAYS,
    *,
    include_snoozed: bool = False,
) -> list[Reminder]:
    """Everything needing attention on ``today``: most urgent (earliest date) first."""
    if days < 0:
        raise ValidationError(["days: the horizon cannot be negative"])
    today = today or date.today()
    uow.session.flush()  # Core reads below skip the ORM's autoflush
    conn = uow.session.connection()
    items = [
        *_checkins(conn, today, days),
        *_ending(conn, today),
        *_drafts(conn, today),
    ]
    names = _party_names(conn, {item[1] for item in items})
    reminders = [
        Reminder(kind, key, aid, title, names.get(aid, ()), day, (today - day).days, cid)
        for kind, aid, title, day, key, cid in items
    ]
    reminders.extend(_incomplete_parties(conn))
    if not include_snoozed:
        hidden = snoozed_keys(uow, today)
        reminders = [r for r in reminders if r.key not in hidden]
    # Undated items (incomplete parties) last; ties in a stable order.
    reminders.sort(key=lambda r: (r.day is None, r.day or today, r.agreement_id, r.key))
    return reminders


_Item = tuple[ReminderKind, int, str, date, str, int | None]


def _checkins(conn: Connection, today: date, days: int) -> Iterable[_Item]:
    c, a = _table("checkin"), _table("agreement")
    query = (
        select(c.c.id, c.c.agreement_id, c.c.due_date, a.c.title)
        .join(a, a.c.id == c.c.agreement_id)
        .where(
            # ix_checkin_status_due: a range scan over planned check-ins only.
            c.c.status == CheckinStatus.PLANNED.value,
            c.c.due_date <= today + timedelta(days=days),
            a.c.status.in_(_IN_FORCE),
        )
    )
    for cid, aid, due, title in conn.execute(query):
        kind = ReminderKind.CHECKIN_OVERDUE if due < today else ReminderKind.CHECKIN_DUE
        yield kind, aid, title, due, f"checkin:{cid}:{due.isoformat()}", cid


def _ending(conn: Connection, today: date) -> Iterable[_Item]:
    a = _table("agreement")
    successor = a.alias("successor")
    query = select(a.c.id, a.c.title, a.c.end_date).where(
        a.c.status == AgreementStatus.ACTIVE.value,
        # No lower bound: an agreement that ended but is still marked active
        # needs attention just as much (catch-up).
        a.c.end_date <= today + timedelta(days=ENDING_WITHIN_DAYS),
        ~exists().where(successor.c.predecessor_id == a.c.id),
    )
    for aid, title, end in conn.execute(query):
        yield ReminderKind.AGREEMENT_ENDING, aid, title, end, f"ending:{aid}:{end}", None


def _drafts(conn: Connection, today: date) -> Iterable[_Item]:
    a = _table("agreement")
    cutoff = datetime.combine(today - timedelta(days=DRAFT_UNTOUCHED_DAYS), time.min)
    query = select(a.c.id, a.c.title, a.c.updated_at).where(
        a.c.status == AgreementStatus.DRAFT.value, a.c.updated_at < cutoff
    )
    for aid, title, updated in conn.execute(query):
        day = updated.date()
        yield ReminderKind.DRAFT_UNTOUCHED, aid, title, day, f"draft:{aid}:{day}", None


def _party_names(conn: Connection, agreement_ids: set[int]) -> dict[int, tuple[str, ...]]:
    p, o = _table("party"), _table("organisation")
    names: dict[int, list[str]] = defaultdict(list)
    ordered = sorted(agreement_ids)
    for i in range(0, len(ordered), _CHUNK):
        query = (
            select(p.c.agreement_id, o.c.name)
            .join(o, o.c.id == p.c.organisation_id)
            .where(p.c.agreement_id.in_(ordered[i : i + _CHUNK]))
            .order_by(p.c.agreement_id, p.c.position)
        )
        for aid, name in conn.execute(query):
            names[aid].append(name)
    return {aid: tuple(n) for aid, n in names.items()}


def _incomplete_parties(conn: Connection) -> list[Reminder]:
    p, o, a = _table("party"), _table("organisation"), _table("agreement")
    query = (
        select(
            p.c.agreement_id,
            a.c.title,
            o.c.name,
            p.c.contact_person_id.is_(None),
            p.c.signatory_id.is_(None),
        )
        .join(a, a.c.id == p.c.agreement_id)
        .join(o, o.c.id == p.c.organisation_id)
        .where(
            or_(p.c.contact_person_id.is_(None), p.c.signatory_id.is_(None)),
            a.c.status.in_(_OPEN),
        )
        .order_by(p.c.agreement_id, p.c.position)
    )
    titles: dict[int, str] = {}
    lacking: dict[int, list[str]] = defaultdict(list)
    no_contact: dict[int, list[str]] = defaultdict(list)
    no_signatory: dict[int, list[str]] = defaultdict(list)
    for aid, title, name, lacks_contact, lacks_signatory in conn.execute(query):
        titles[aid] = title
        lacking[aid].append(name)
        if lacks_contact:
            no_contact[aid].append(name)
        if lacks_signatory:
            no_signatory[aid].append(name)
    result = []
    for aid, title in titles.items():
        detail = "; ".join(
            f"{label}: {', '.join(names)}"
            for label, names in (
                ("no contact person", no_contact[aid]),
                ("no signatory", no_signatory[aid]),
            )
            if names
        )
        result.append(
            Reminder(
                ReminderKind.PARTY_INCOMPLETE,
                f"parties:{aid}",
                aid,
                title,
                tuple(lacking[aid]),
                None,
                None,
                detail=detail,
            )
        )
    return result


# Snoozing --------------------------------------------------------------------

_KEY = re.compile(r"^(checkin|ending|draft|parties):(\d+)(?::(\d{4}-\d{2}-\d{2}))?$")


def _check_key(uow: UnitOfWork, key: str) -> None:
    match = _KEY.match(key)
    if not match or (match.group(1) == "parties") != (match.group(3) is None):
        raise ValidationError([f"key: {key!r} is not a reminder key (see the reminders list)"])
    kind, number = match.group(1), int(match.group(2))
    table = _table("checkin" if kind == "checkin" else "agreement")
    found = uow.session.connection().execute(select(table.c.id).where(table.c.id == number))
    if found.first() is None:
        what = "check-in" if kind == "checkin" else "agreement"
        raise NotFoundError(f"no {what} with ID {number} (key {key})")


def snooze(uow: UnitOfWork, key: str, until: date, today: date | None = None) -> Snooze:
    """Hide the reminder ``key`` until ``until`` (it shows again on that day)."""
    today = today or date.today()
    _check_key(uow, key)
    if until <= today:
        raise ValidationError(
            [f"until: {until.isoformat()} is not after today ({today.isoformat()})"]
        )
    row = uow.session.scalars(select(SnoozeRow).where(SnoozeRow.item_key == key)).first()
    if row is None:
        row = SnoozeRow(item_key=key)
        uow.session.add(row)
    row.until = until
    uow.session.flush()
    return Snooze(key, until)


def unsnooze(uow: UnitOfWork, key: str) -> bool:
    """Show the reminder again; False when it was not snoozed."""
    result = uow.session.execute(delete(SnoozeRow).where(SnoozeRow.item_key == key))
    return bool(getattr(result, "rowcount", 0))


def snoozed_keys(uow: UnitOfWork, today: date) -> set[str]:
    s = _table("snooze")
    query = select(s.c.item_key).where(s.c.until > today)
    return set(uow.session.connection().execute(query).scalars())


def list_snoozes(uow: UnitOfWork, today: date | None = None) -> list[Snooze]:
    """Snoozes still in effect on ``today`` (all when None), by date."""
    s = _table("snooze")
    query = select(s.c.item_key, s.c.until).order_by(s.c.until, s.c.item_key)
    if today is not None:
        query = query.where(s.c.until > today)
    return [Snooze(key, until) for key, until in uow.session.connection().execute(query)]
