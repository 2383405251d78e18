"""Command-line commands for follow-up entries: listing, adding, changing, deleting.

The yearly follow-up report (``report``) is built from these entries.
"""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from bibagreements.cli.output import say, say_json
from bibagreements.cli.parser import Commands, record_id

if TYPE_CHECKING:
    from bibagreements.domain.records import Agreement
    from bibagreements.services.database import Database


commands = Commands()


def _area_id(agreement: Agreement, area: str | None) -> int | None:
    from bibagreements.errors import NotFoundError

    if area is None or not area.strip():
        return None
    titles = [a.title for a in agreement.areas]
    if area.isdigit() and 1 <= int(area) <= len(titles):
        return agreement.areas[int(area) - 1].id
    matches = [a for a in agreement.areas if a.title.casefold() == area.strip().casefold()]
    if not matches:
        listed = "; ".join(f"{i}. {t}" for i, t in enumerate(titles, 1)) or "none"
        raise NotFoundError("cli_no_area_named", area=area, areas=listed)
    return matches[0].id


def _followups_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id, metavar="ID", help="agreement")
    p.add_argument("--json", action="store_true", help="print JSON")


@commands.add(
    "followups", "an agreement's follow-up entries, newest year first", _followups_arguments
)
def _followups(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.json_text import dumps
    from bibagreements.services.followups import agreement_followups

    with db.unit_of_work() as uow:
        entries = agreement_followups(uow, args.id)
    if args.json:
        say_json(
            dumps(
                [
                    {
                        "id": e.id,
                        "year": e.year,
                        "area": e.area_title,
                        "sub_goal": e.sub_goal,
                        "activity": e.activity,
                        "outcome": e.outcome,
                        "funding_sek": None if e.funding_sek is None else str(e.funding_sek),
                        "funder": e.funder,
                    }
                    for e in entries
                ]
            )
        )
        return 0
    for e in entries:
        text = " / ".join(t for t in (e.sub_goal, e.activity, e.outcome) if t)
        if e.funding_sek is not None:
            text += f" / received {e.funding_sek} kr from {e.funder}"
        say(f"{e.id:>4}  {e.year}  {e.area_title or '(whole agreement)'}: {text}")
    if not entries:
        say("no follow-up entries")
    return 0


def _followup_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id, metavar="ID", help="agreement")
    p.add_argument("--entry", type=record_id, metavar="ENTRY_ID", help="change this entry")
    p.add_argument("--delete", type=record_id, metavar="ENTRY_ID", help="delete this entry")
    p.add_argument("--year", type=int, help="the year followed up (four digits)")
    p.add_argument("--area", help="the area of collaboration: its number (1, 2, …) or title")
    p.add_argument("--sub-goal", help="delmål")
    p.add_argument("--activity", help="aktiviteter")
    p.add_argument("--outcome", help="utfall")
    p.add_argument(
        "--received",
        type=_kronor,
        default=argparse.SUPPRESS,  # absent: keep what the entry has
        metavar="KRONOR",
        help="money received that year for it (with --funder); '' clears it",
    )
    p.add_argument("--funder", help="who the money was received from")


def _kronor(text: str) -> Decimal | None:
    """An amount as people write it: 440000, "440 000", 1250,50 (None: clear it)."""
    from bibagreements.domain.validation import parse_kronor

    try:
        return parse_kronor(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not an amount in kronor: {text!r}") from None


@commands.add("followup", "add, change or delete a follow-up entry", _followup_arguments)
def _followup(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.domain.problems import Problem
    from bibagreements.domain.records import FollowUp
    from bibagreements.errors import NotFoundError, ValidationError
    from bibagreements.services.agreements import get_agreement
    from bibagreements.services.followups import delete_followup, save_followup

    if args.delete is not None:
        with db.unit_of_work() as uow:
            delete_followup(uow, args.delete, args.id)
        say(f"deleted follow-up entry {args.delete}")
        return 0
    with db.unit_of_work() as uow:
        agreement = get_agreement(uow, args.id)
        old = None
        if args.entry is not None:
            old = next((f for f in agreement.followups if f.id == args.entry), None)
            if old is None:
                raise NotFoundError("no_followup_in_agreement", id=args.entry)
        year = args.year if args.year is not None else (old.year if old else None)
        if year is None:
            raise ValidationError([Problem("cli_give_year", "year")])

        def value(name: str) -> str:
            given = getattr(args, name)
            return given if given is not None else (getattr(old, name) if old else "")

        saved = save_followup(
            uow,
            FollowUp(
                agreement_id=args.id,
                year=year,
                area_id=_area_id(agreement, args.area)
                if args.area is not None
                else (old.area_id if old else None),
                sub_goal=value("sub_goal"),
                activity=value("activity"),
                outcome=value("outcome"),
                checkin_id=old.checkin_id if old else None,
                id=old.id if old else None,
                funding_sek=args.received
                if "received" in vars(args)
                else (old.funding_sek if old else None),
                funder=value("funder"),
                version=old.version if old else 0,
            ),
        )
    say(f"{'changed' if old else 'added'} follow-up entry {saved.id} for {saved.year}")
    return 0
