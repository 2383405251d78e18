"""What needs attention on a given day, and snoozing it.

One call answers for the whole database and catches up: anything overdue
shows whatever day the program last ran. It reads with a handful of Core
selects over indexed columns and builds no ORM objects, so it stays fast on
large registers (see tests/bench/bench_reminders.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, Table, bindparam, delete, func, or_, select

from bibagreements.domain import clock
from bibagreements.domain.defaults import DEFAULT_HORIZON_DAYS as DEFAULT_HORIZON_DAYS
from bibagreements.domain.defaults import DEFAULT_SIGNATURE_DAYS
from bibagreements.domain.enums import AgreementStatus, CheckinStatus
from bibagreements.domain.enums import ReminderKind as ReminderKind  # re-exported
from bibagreements.domain.lifecycle import status_on
from bibagreements.domain.problems import Problem
from bibagreements.errors import NotFoundError, ValidationError
from bibagreements.services.agreement_terms import DEFAULT_STAGES, TermItem, term_items

__all__ = ["DEFAULT_HORIZON_DAYS", "DEFAULT_STAGES", "Reminder", "ReminderKind", "list_reminders"]
from bibagreements.services.mapping import renewal_terms
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import Base, SnoozeRow
from bibagreements.storage.upsert import insert_or_update

DRAFT_UNTOUCHED_DAYS = 30

# Agreements whose check-ins matter: a draft's are not promised yet, and an
# ended or terminated agreement's are no longer owed (one whose period is over
# has ended, whatever its stored status says).
_SIGNED = (AgreementStatus.ACTIVE.value, AgreementStatus.ENDED.value)
_IN_FORCE = (*_SIGNED, AgreementStatus.OUT_FOR_SIGNATURE.value)
_OPEN = (AgreementStatus.DRAFT.value, *_IN_FORCE)
# SQLite caps bound parameters per statement; stay far below every limit.
_CHUNK = 500


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
    # Incomplete parties only: who lacks what.
    missing_contact: tuple[str, ...] = ()
    missing_signatory: tuple[str, ...] = ()
    # Missing signatures only: the parties that have not signed yet, and of them those
    # the agreement was sent to for signature ("Name (2026-12-03)").
    unsigned: tuple[str, ...] = ()
    sent: tuple[str, ...] = ()

    @property
    def days_early(self) -> int | None:
        return None if self.days_late is None else -self.days_late

    @property
    def detail(self) -> str:
        parts = [
            f"{label}: {', '.join(names)}"
            for label, names in (
                ("no contact person", self.missing_contact),
                ("no signatory", self.missing_signatory),
                ("not signed by", self.unsigned),
                ("sent for signature to", self.sent),
            )
            if names
        ]
        return "; ".join(parts)


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
    stages: tuple[int, ...] = DEFAULT_STAGES,
    signature_days: int = DEFAULT_SIGNATURE_DAYS,
) -> list[Reminder]:
    """Everything needing attention on ``today``: earliest date first, undated last.

    ``stages``: how many days before a decision date or notice deadline it shows
    (and again at each later stage, and on the day). ``signature_days``: how long
    a party sent the agreement for signature has before its copy is reminded of.
    """
    if days < 0:
        raise ValidationError([Problem("negative_horizon", "days")])
    today = today or clock.today()
    uow.session.flush()  # the Core reads below skip the ORM's autoflush
    conn = uow.session.connection()
    hidden = set() if include_snoozed else snoozed_keys(uow, today)
    dated = _checkins(conn, today, days) + term_items(conn, today, stages) + _drafts(conn, today)
    if hidden:
        dated = [item for item in dated if item[2] not in hidden]
    organisations = _organisation_names(conn)
    names = _party_names(conn, organisations, {item[1] for item in dated})
    unsigned = [
        r for r in _unsigned(conn, organisations, today, signature_days) if r.key not in hidden
    ]
    # The dated signature reminders are sorted in with the rest, as their items.
    signatures: dict[str, Reminder] = {}
    for r in unsigned:
        if r.day is not None:
            signatures[r.key] = r
            dated.append((r.day, r.agreement_id, r.key, r.kind, r.agreement_title, None))
    # Plain tuples sort in C: (day, agreement, key) is unique, so later fields never compare.
    dated.sort()
    made = signatures.get
    result = [
        made(key)
        or Reminder(kind, key, aid, title, names.get(aid, ()), day, (today - day).days, cid)
        for day, aid, key, kind, title, cid in dated
    ]
    result.extend(r for r in unsigned if r.day is None)
    result.extend(r for r in _incomplete_parties(conn, organisations) if r.key not in hidden)
    return result


@cache
def _unsigned_query() -> Select[Any]:
    p, a = _table("party"), _table("agreement")
    return (
        select(p.c.agreement_id, a.c.title, a.c.start_date, p.c.organisation_id, p.c.signed_on)
        .join(a, a.c.id == p.c.agreement_id)
        .where(a.c.status == AgreementStatus.OUT_FOR_SIGNATURE.value)
        .order_by(a.c.start_date, p.c.agreement_id, p.c.position)
    )


@cache
def _dispatch_query() -> Select[Any]:
    d, a = _table("signature_dispatch"), _table("agreement")
    return (
        select(d.c.agreement_id, d.c.organisation_id, func.max(d.c.sent_on))
        .join(a, a.c.id == d.c.agreement_id)
        .where(a.c.status == AgreementStatus.OUT_FOR_SIGNATURE.value)
        .group_by(d.c.agreement_id, d.c.organisation_id)
    )


def _unsigned(
    conn: Connection,
    organisations: dict[int, str],
    today: date,
    signature_days: int = DEFAULT_SIGNATURE_DAYS,
) -> list[Reminder]:
    """Agreements out for signature that some party has not signed: dated by the start
    (the signatures are needed by then), undated when there is none; a party the
    agreement was sent to is due ``signature_days`` after the sending, if that is sooner."""
    sent = {(aid, org): day for aid, org, day in conn.execute(_dispatch_query()).all()}
    found: dict[int, tuple[str, date | None, list[str], list[str], list[str]]] = {}
    for aid, title, start, org_id, signed_on in conn.execute(_unsigned_query()).all():
        entry = found.setdefault(aid, (title, start, [], [], []))
        entry[2].append(organisations[org_id])
        if signed_on is None:
            entry[3].append(organisations[org_id])
            sent_on = sent.get((aid, org_id))
            if sent_on is not None:
                entry[4].append(f"{organisations[org_id]} ({sent_on.isoformat()})")
                due = sent_on + timedelta(days=signature_days)
                if entry[1] is None or due < entry[1]:
                    found[aid] = (title, due, entry[2], entry[3], entry[4])
    kind = ReminderKind.SIGNATURE_MISSING
    return [
        Reminder(
            kind,
            f"signatures:{aid}",
            aid,
            title,
            tuple(names),
            day,
            None if day is None else (today - day).days,
            unsigned=tuple(unsigned),
            sent=tuple(sent_to),
        )
        for aid, (title, day, names, unsigned, sent_to) in found.items()
        if unsigned
    ]


# (day, agreement id, key, kind, agreement title, check-in id)
_Item = TermItem


@cache
def _checkins_query() -> Select[Any]:
    """``today`` and ``horizon``: bound when run (statements are built once, as building
    one costs about as much as running it)."""
    c, a = _table("checkin"), _table("agreement")
    return (
        select(
            c.c.id,
            c.c.agreement_id,
            c.c.due_date,
            a.c.title,
            a.c.status,
            a.c.start_date,
            a.c.end_date,
            a.c.notice_months,
            a.c.notice_rule,
            a.c.extension_months,
            a.c.decision_lead_days,
            a.c.notice_given_on,
        )
        .join(a, a.c.id == c.c.agreement_id)
        .where(
            # ix_checkin_status_due: a range scan over planned check-ins only.
            c.c.status == CheckinStatus.PLANNED.value,
            c.c.due_date <= bindparam("horizon"),
            a.c.status.in_(_IN_FORCE),
            # A signed agreement whose period is over owes no check-ins; only one
            # that extends itself may run on past its end date (checked below).
            or_(
                a.c.status == AgreementStatus.OUT_FOR_SIGNATURE.value,
                a.c.end_date >= bindparam("today"),
                a.c.extension_months.is_not(None),
                (a.c.end_date.is_(None) & (a.c.status == AgreementStatus.ACTIVE.value)),
            ),
        )
    )


def _checkins(conn: Connection, today: date, days: int) -> list[_Item]:
    bounds = {"today": today, "horizon": today + timedelta(days=days)}
    overdue, due_soon = ReminderKind.CHECKIN_OVERDUE, ReminderKind.CHECKIN_DUE
    items: list[_Item] = []
    for cid, aid, due, title, stored, start, end, *terms, given in conn.execute(
        _checkins_query(), bounds
    ).all():
        if stored in _SIGNED and end is not None and end < today:
            state = status_on(
                AgreementStatus(stored), start, end, today, renewal_terms(*terms), given
            )
            if state.status is AgreementStatus.ENDED:
                continue
        kind = overdue if due < today else due_soon
        items.append((due, aid, f"checkin:{cid}:{due}", kind, title, cid))
    return items


@cache
def _drafts_query() -> Select[Any]:
    a = _table("agreement")
    return select(a.c.id, a.c.title, a.c.updated_at).where(
        a.c.status == AgreementStatus.DRAFT.value,
        a.c.updated_at < bindparam("cutoff"),
    )


def _drafts(conn: Connection, today: date) -> list[_Item]:
    cutoff = datetime.combine(today - timedelta(days=DRAFT_UNTOUCHED_DAYS), time.min)
    kind = ReminderKind.DRAFT_UNTOUCHED
    result: list[_Item] = []
    for aid, title, updated in conn.execute(_drafts_query(), {"cutoff": cutoff}).all():
        day = updated.date()
        result.append((day, aid, f"draft:{aid}:{day}", kind, title, None))
    return result


def _organisation_names(conn: Connection) -> dict[int, str]:
    # A register has a few hundred organisations: one read beats joining per party.
    o = _table("organisation")
    return {oid: name for oid, name in conn.execute(select(o.c.id, o.c.name)).all()}


@cache
def _parties_query() -> Select[Any]:
    p = _table("party")
    return (
        select(p.c.agreement_id, p.c.organisation_id)
        .where(p.c.agreement_id.in_(bindparam("ids", expanding=True)))
        .order_by(p.c.agreement_id, p.c.position)
    )


def _party_names(
    conn: Connection, organisations: dict[int, str], agreement_ids: set[int]
) -> dict[int, tuple[str, ...]]:
    names: dict[int, list[str]] = defaultdict(list)
    ordered = sorted(agreement_ids)
    for i in range(0, len(ordered), _CHUNK):
        chunk = {"ids": ordered[i : i + _CHUNK]}
        for aid, org_id in conn.execute(_parties_query(), chunk).all():
            names[aid].append(organisations[org_id])
    return {aid: tuple(n) for aid, n in names.items()}


@cache
def _incomplete_query() -> Select[Any]:
    p, a = _table("party"), _table("agreement")
    return (
        select(
            p.c.agreement_id,
            a.c.title,
            p.c.organisation_id,
            p.c.contact_person_id.is_(None),
            p.c.signatory_id.is_(None),
        )
        .join(a, a.c.id == p.c.agreement_id)
        .where(
            or_(p.c.contact_person_id.is_(None), p.c.signatory_id.is_(None)),
            a.c.status.in_(_OPEN),
        )
        .order_by(p.c.agreement_id, p.c.position)
    )


def _incomplete_parties(conn: Connection, organisations: dict[int, str]) -> list[Reminder]:
    # agreement id -> (title, lacking anyone, lacking a contact, lacking a signatory)
    found: dict[int, tuple[str, list[str], list[str], list[str]]] = {}
    for aid, title, org_id, lacks_contact, lacks_signatory in conn.execute(
        _incomplete_query()
    ).all():
        entry = found.get(aid)
        if entry is None:
            entry = found[aid] = (title, [], [], [])
        name = organisations[org_id]
        entry[1].append(name)
        if lacks_contact:
            entry[2].append(name)
        if lacks_signatory:
            entry[3].append(name)
    kind = ReminderKind.PARTY_INCOMPLETE
    return [
        Reminder(
            kind,
            f"parties:{aid}",
            aid,
            title,
            tuple(lacking),
            None,
            None,
            missing_contact=tuple(contact),
            missing_signatory=tuple(signatory),
        )
        for aid, (title, lacking, contact, signatory) in found.items()
    ]


# Snoozing --------------------------------------------------------------------

_KEY = re.compile(
    r"^(checkin|ending|ended|draft|parties|signatures|decision|notice):(\d+)"
    r"(?::(\d{4}-\d{2}-\d{2}))?(?::(\d{1,4}))?$"
)
_STAGED = frozenset({"decision", "notice"})
_UNDATED = frozenset({"parties", "signatures"})


def _check_key(uow: UnitOfWork, key: str) -> None:
    match = _KEY.match(key)
    if (
        not match
        or (match.group(1) in _UNDATED) != (match.group(3) is None)
        or (match.group(1) in _STAGED) != (match.group(4) is not None)
    ):
        raise ValidationError([Problem("not_a_reminder_key", "key", key=key)])
    kind, number = match.group(1), int(match.group(2))
    table = _table("checkin" if kind == "checkin" else "agreement")
    found = uow.session.connection().execute(select(table.c.id).where(table.c.id == number))
    if found.first() is None:
        if kind == "checkin":
            raise NotFoundError("no_checkin_for_key", id=number, key=key)
        raise NotFoundError("no_agreement_for_key", id=number, key=key)


def snooze(uow: UnitOfWork, key: str, until: date, today: date | None = None) -> Snooze:
    """Hide the reminder ``key`` until ``until`` (it shows again on that day)."""
    today = today or clock.today()
    _check_key(uow, key)
    if until <= today:
        raise ValidationError(
            [Problem("not_after_today", "until", date=until.isoformat(), today=today.isoformat())]
        )
    # One statement: two snoozes of one reminder at once must not break its uniqueness.
    insert_or_update(uow.session, _table("snooze"), {"item_key": key}, {"until": until})
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
