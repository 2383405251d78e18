"""Command-line commands for check-ins, reminders and the calendar export."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bibagreements.cli.output import say, say_json
from bibagreements.cli.parser import Commands, iso_date, output_file, record_id
from bibagreements.domain.enums import ReminderKind

if TYPE_CHECKING:
    from bibagreements.domain.records import Checkin
    from bibagreements.services.database import Database
    from bibagreements.services.reminders import (
        Reminder,
    )


commands = Commands()
MAX_HORIZON_DAYS = 3660


def _horizon(text: str) -> int:
    if not text.isdigit() or int(text) > MAX_HORIZON_DAYS:
        raise argparse.ArgumentTypeError(
            f"invalid number of days {text!r} (0 to {MAX_HORIZON_DAYS})"
        )
    return int(text)


def _checkin_json(c: Checkin) -> dict[str, Any]:
    return {
        "id": c.id,
        "due": c.due.isoformat(),
        "status": c.status.value,
        "held_on": c.held_on.isoformat() if c.held_on else None,
        "scheduled_on": c.scheduled_on.isoformat() if c.scheduled_on else None,
        "moved": c.scheduled_on is not None and c.due != c.scheduled_on,
        "manual": c.scheduled_on is None,
        "participants": list(c.participants),
        "notes": c.notes,
    }


def _checkin_line(c: Checkin) -> str:
    flags = []
    if c.scheduled_on is None:
        flags.append("added by hand")
    elif c.due != c.scheduled_on:
        flags.append(f"moved from {c.scheduled_on.isoformat()}")
    if c.held_on:
        flags.append(f"held {c.held_on.isoformat()}")
    extra = f" ({'; '.join(flags)})" if flags else ""
    return f"{c.id:>5}  {c.due.isoformat()}  {c.status.value:<9}{extra}".rstrip()


def _checkins_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id, metavar="ID", help="agreement")
    p.add_argument("--json", action="store_true", help="print JSON")


@commands.add("checkins", "show an agreement's check-ins and their status", _checkins_arguments)
def _checkins(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.json_text import dumps
    from bibagreements.services.schedule import list_checkins

    with db.unit_of_work() as uow:
        rows = list_checkins(uow, args.id)
    if args.json:
        say_json(dumps([_checkin_json(c) for c in rows]))
        return 0
    for c in rows:
        say(_checkin_line(c))
    if not rows:
        say("no check-ins (the agreement needs a period and a cadence)")
    return 0


def _checkin_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id, metavar="ID", help="agreement")
    p.add_argument("--due", type=iso_date, metavar="DATE", help="the check-in's due date")
    action = p.add_mutually_exclusive_group(required=True)
    action.add_argument("--held", type=iso_date, metavar="DATE", help="record it as held")
    action.add_argument("--move-to", type=iso_date, metavar="DATE", help="give it a new date")
    action.add_argument("--cancel", action="store_true", help="cancel it")
    action.add_argument("--add", type=iso_date, metavar="DATE", help="add one by hand")
    p.add_argument("--participant", action="append", default=None, metavar="NAME")
    p.add_argument("--notes", default=None, metavar="TEXT")
    p.add_argument("--today", type=iso_date, metavar="DATE", help="default: today")


@commands.add("checkin", "record, move, cancel or add one check-in", _checkin_arguments)
def _checkin(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.domain.problems import Problem
    from bibagreements.errors import ValidationError
    from bibagreements.services.schedule import (
        add_checkin,
        cancel_checkin,
        find_checkin,
        move_checkin,
        record_checkin,
    )

    if args.participant and args.held is None:
        raise ValidationError([Problem("cli_participant_needs_held")])
    if args.notes is not None and args.held is None and args.add is None:
        raise ValidationError([Problem("cli_notes_need_held")])
    if args.add is not None:
        if args.due is not None:
            raise ValidationError([Problem("cli_add_without_due")])
        with db.unit_of_work() as uow:
            added = add_checkin(uow, args.id, args.add, notes=args.notes or "")
        say(f"added check-in {added.id} due {added.due.isoformat()}")
        return 0
    if args.due is None:
        raise ValidationError([Problem("cli_name_the_checkin")])
    with db.unit_of_work() as uow:
        target = find_checkin(uow, args.id, args.due)
        assert target.id is not None
        if args.held is not None:
            done = record_checkin(
                uow,
                target.id,
                args.held,
                participants=args.participant,
                notes=args.notes,
                today=args.today,
            )
            message = f"recorded: check-in due {done.due.isoformat()} held on {args.held}"
        elif args.move_to is not None:
            done = move_checkin(uow, target.id, args.move_to)
            message = f"moved: check-in {done.id} is now due {done.due.isoformat()}"
        else:
            done = cancel_checkin(uow, target.id)
            message = f"cancelled: check-in due {done.due.isoformat()}"
    say(message)
    return 0


def _when(r: Reminder) -> str:
    n = r.days_late
    if n is None:
        return ""
    days = f"{abs(n)} day{'s' if abs(n) != 1 else ''}"
    if r.kind is ReminderKind.DRAFT_UNTOUCHED:
        return f"untouched for {days}"
    if r.kind in (ReminderKind.AGREEMENT_ENDING, ReminderKind.AGREEMENT_ENDED):
        return f"ends in {days}" if n < 0 else ("ends today" if n == 0 else f"ended {days} ago")
    if r.kind is ReminderKind.SIGNATURE_MISSING:
        return (
            f"starts in {days}" if n < 0 else ("starts today" if n == 0 else f"started {days} ago")
        )
    if r.kind in (ReminderKind.DECISION_DUE, ReminderKind.NOTICE_DEADLINE):
        return f"in {days}" if n < 0 else "today"
    return f"due in {days}" if n < 0 else ("due today" if n == 0 else f"{days} overdue")


_LABELS = {
    ReminderKind.CHECKIN_OVERDUE: "check-in overdue",
    ReminderKind.CHECKIN_DUE: "check-in due",
    ReminderKind.AGREEMENT_ENDING: "ending, no successor",
    ReminderKind.AGREEMENT_ENDED: "ended, no successor",
    ReminderKind.DECISION_DUE: "decide on renewal",
    ReminderKind.NOTICE_DEADLINE: "last day for notice",
    ReminderKind.DRAFT_UNTOUCHED: "draft untouched",
    ReminderKind.PARTY_INCOMPLETE: "parties incomplete",
    ReminderKind.SIGNATURE_MISSING: "signatures missing",
}


def reminder_json(r: Reminder) -> dict[str, Any]:
    return {
        "kind": r.kind.value,
        "key": r.key,
        "agreement_id": r.agreement_id,
        "agreement_title": r.agreement_title,
        "parties": list(r.parties),
        "date": r.day.isoformat() if r.day else None,
        "days_late": r.days_late,
        "days_early": r.days_early,
        "checkin_id": r.checkin_id,
        "unsigned": list(r.unsigned),
        "sent": list(r.sent),
        "detail": r.detail,
    }


def _reminders_arguments(p: argparse.ArgumentParser) -> None:
    from bibagreements.domain.defaults import (
        DEFAULT_HORIZON_DAYS,
        DEFAULT_SIGNATURE_DAYS,
        DEFAULT_STAGES,
    )

    p.add_argument("--today", type=iso_date, metavar="DATE", help="default: today")
    p.add_argument(
        "--days",
        type=_horizon,
        default=DEFAULT_HORIZON_DAYS,
        metavar="N",
        help=f"show check-ins due within N days (default {DEFAULT_HORIZON_DAYS})",
    )
    p.add_argument(
        "--stages",
        type=_stages,
        default=DEFAULT_STAGES,
        metavar="N,N,…",
        help="days before a decision date or notice deadline it shows, again at each "
        f"(default {','.join(map(str, DEFAULT_STAGES))}; and on the day)",
    )
    p.add_argument(
        "--signature-days",
        type=_horizon,
        default=DEFAULT_SIGNATURE_DAYS,
        metavar="N",
        help="days a party sent the agreement for signature has to return it "
        f"(default {DEFAULT_SIGNATURE_DAYS})",
    )
    p.add_argument("--all", action="store_true", help="include snoozed reminders")
    p.add_argument("--json", action="store_true", help="print JSON")


def _stages(text: str) -> tuple[int, ...]:
    parts = text.split(",")
    if all(p.strip().isdigit() and int(p) <= 3660 for p in parts):
        return tuple(int(p) for p in parts)
    raise argparse.ArgumentTypeError(f"invalid stages {text!r} (days, e.g. 120,60,30)")


@commands.add("reminders", "what needs attention (overdue check-ins first)", _reminders_arguments)
def _reminders(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.json_text import dumps
    from bibagreements.services.reminders import list_reminders

    with db.unit_of_work() as uow:
        items = list_reminders(
            uow,
            args.today,
            args.days,
            include_snoozed=args.all,
            stages=args.stages,
            signature_days=args.signature_days,
        )
    if args.json:
        say_json(dumps([reminder_json(r) for r in items]))
        return 0
    for r in items:
        day = r.day.isoformat() if r.day else ""
        say(f"{day:<10}  {_LABELS[r.kind]:<20}  {_when(r):<20}  {r.agreement_title}")
        say(f"{'':<10}  {r.detail or 'parties: ' + ', '.join(r.parties)}")
        say(f"{'':<10}  snooze with: bibagreements snooze {r.key} --until DATE")
    if not items:
        say("nothing needs attention")
    return 0


def _snooze_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("key", metavar="KEY", help="the reminder's key (see reminders)")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--until", type=iso_date, metavar="DATE", help="show it again on DATE")
    when.add_argument("--clear", action="store_true", help="show it again now")
    p.add_argument("--today", type=iso_date, metavar="DATE", help="default: today")


@commands.add("snooze", "hide a reminder until a date", _snooze_arguments)
def _snooze(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.reminders import snooze, unsnooze

    with db.unit_of_work() as uow:
        if args.clear:
            found = unsnooze(uow, args.key)
            say(f"{args.key} shows again" if found else f"{args.key} was not snoozed")
            return 0
        result = snooze(uow, args.key, args.until, args.today)
    say(f"{result.key} hidden until {result.until.isoformat()}")
    return 0


def _ics_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "ids", type=record_id, nargs="*", metavar="ID", help="agreements (default: those in force)"
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument(
        "--today", type=iso_date, metavar="DATE", help="in force on this day (default: today)"
    )


@commands.add("ics", "export check-ins as an iCalendar file", _ics_arguments)
def _ics(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.calendar import export_calendar

    target = output_file(args.output)
    with db.unit_of_work() as uow:
        count = export_calendar(uow, target, args.ids or None, today=args.today)
    say(f"exported {count} check-in(s) to {target}")
    return 0
