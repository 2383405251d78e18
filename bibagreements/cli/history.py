"""Command-line commands for a team's register: an agreement's history (the audit trail),
and moving a local register to the team's server."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bibagreements.cli.output import say, say_json
from bibagreements.cli.parser import Commands, record_id

if TYPE_CHECKING:
    from bibagreements.services.database import Database
    from bibagreements.services.history import Change

commands = Commands()

RECORDS = {
    "agreement": "agreement",
    "party": "party",
    "area": "area",
    "section": "section",
    "governing_document": "governing document",
    "checkin": "check-in",
    "checkin_participant": "participant",
    "checkin_removal": "check-in removed by a re-plan",
    "followup": "follow-up entry",
    "signed_copy": "signed copy",
    "signature_dispatch": "sent for signature",
    "rendering": "document",
    "agreement_version": "frozen version",
}
ACTIONS = {
    "insert": "added",
    "update": "changed",
    "delete": "removed",
    "erase": "erased",
    "import": "imported",
}


def describe(change: Change) -> str:
    what = RECORDS.get(change.table, change.table)
    if change.record_id is not None:
        what += f" #{change.record_id}"
    fields = change.fields(quote=True)
    action = ACTIONS.get(change.action, change.action)
    at = change.at.strftime("%Y-%m-%d %H:%M")
    return f"{at}  {change.who()}  {what} {action}" + (f"  {fields}" if fields else "")


def _history_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id, metavar="ID", help="agreement")
    p.add_argument("--json", action="store_true", help="print JSON")


@commands.add(
    "history",
    "who changed what in an agreement, its parties, check-ins and follow-up, and when",
    _history_arguments,
)
def _history(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.json_text import dumps
    from bibagreements.services.history import agreement_history

    with db.unit_of_work() as uow:
        changes = agreement_history(uow, args.id)
    if args.json:
        say_json(dumps([c.as_json() for c in changes]))
        return 0
    for change in changes:
        say(describe(change))
    if not changes:
        say("no changes recorded (the trail starts with version 0011 of the database)")
    return 0


def _migrate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("url", metavar="URL", help="the empty team database (PostgreSQL URL)")
    p.add_argument("--json", action="store_true", help="print JSON")


@commands.add(
    "migrate-to",
    "copy this database into an empty team database, verified table by table",
    _migrate_arguments,
)
def _migrate_to(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.json_text import dumps
    from bibagreements.services.team_migration import migrate_to

    done = migrate_to(db, args.url)
    if args.json:
        tables = [{"table": t.table, "rows": t.rows, "sha256": t.checksum} for t in done.tables]
        say_json(dumps({"target": done.target, "rows": done.rows, "tables": tables}))
        return 0
    for t in done.tables:
        say(f"{t.table:<24} {t.rows:>7} rows  sha256 {t.checksum[:16]}…  same in both")
    say(f"copied {done.rows} rows in {len(done.tables)} tables to {done.target}")
    say(f"{db.url} is left as it was; start the program with --db on the team database")
    return 0
