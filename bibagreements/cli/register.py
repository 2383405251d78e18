"""The register commands: demo data, listing and showing agreements, import, export, backup,
restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bibagreements.cli.output import say, say_json
from bibagreements.cli.parser import Commands, iso_date, output_file, record_id
from bibagreements.cli.terms import relation_lines, renewal_lines
from bibagreements.domain import clock
from bibagreements.domain.enums import AgreementStatus

if TYPE_CHECKING:
    from bibagreements.domain.records import AgreementSummary
    from bibagreements.services.database import Database


commands = Commands()


def _period(summary: AgreementSummary) -> str:
    """The period; an automatic extension shows to the end of its current term."""
    start = summary.start.isoformat() if summary.start else "…"
    end = summary.end.isoformat() if summary.end else "…"
    if summary.state.extended and summary.state.end is not None:
        return f"{start} – {summary.state.end.isoformat()} (extended)"
    return f"{start} – {end}"


@commands.add("demo", "load the example agreements (idempotent)")
def _demo(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.demo import load_demo
    from bibagreements.services.health import require_whole

    with db.unit_of_work() as uow:
        require_whole(uow)  # "already there" is no answer from a damaged file
        result = load_demo(uow)
    for title in result.created:
        say(f"added: {title}")
    if not result.created:
        say("the example agreements are already there")
    return 0


def _today_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--today", type=iso_date, metavar="DATE", help="as on this day (default: today)")


def _list_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--status",
        choices=[s.value for s in AgreementStatus],
        help="status on the day (an agreement past its end has ended)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    _today_argument(p)


@commands.add("list", "list agreements", _list_arguments)
def _list(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.json_text import dumps
    from bibagreements.services.agreements import list_agreements

    status = AgreementStatus(args.status) if args.status else None
    with db.unit_of_work() as uow:
        rows = list_agreements(uow, status, args.today)
    if args.json:
        say_json(dumps([_summary_json(r) for r in rows]))
        return 0
    for r in rows:
        say(f"{r.id:>5}  {r.status.value:<17}  {_period(r):<23}  {r.title}")
        if r.state.period_passed:
            say(f"{'':>5}  its period has passed without every party signing")
        if r.short_title:
            say(f"{'':>5}  short title: {r.short_title}")
        say(f"{'':>5}  parties: {', '.join(r.party_names)}")
    if not rows and status is not None:
        say(f"no agreements {status.value.replace('_', ' ')} on that day")
    elif not rows:
        say("no agreements (try: bibagreements demo)")
    return 0


def _summary_json(r: AgreementSummary) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "short_title": r.short_title,
        "kind": r.kind.value,
        "status": r.status.value,
        "in_force": r.state.in_force,
        "period": {
            "start": r.start.isoformat() if r.start else None,
            "end": r.end.isoformat() if r.end else None,
        },
        # The end of the current term: later than the period's end once extended.
        "term_end": r.state.end.isoformat() if r.state.end else None,
        "parties": list(r.party_names),
        "next_checkin": r.next_checkin.isoformat() if r.next_checkin else None,
    }


def _show_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id)
    p.add_argument("--json", action="store_true", help="print the interchange format")
    _today_argument(p)


@commands.add("show", "show one agreement", _show_arguments)
def _show(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.domain.lifecycle import agreement_on
    from bibagreements.json_text import dumps
    from bibagreements.services.agreements import get_agreement
    from bibagreements.services.amendments import relations
    from bibagreements.services.interchange import agreement_data

    today = args.today or clock.today()
    with db.unit_of_work() as uow:
        if args.json:
            say_json(dumps(agreement_data(uow, args.id, today)))
            return 0
        a = get_agreement(uow, args.id)
        related = relations(uow, args.id, today)
    state = agreement_on(a, today)
    start = a.start.isoformat() if a.start else "…"
    # An amendment runs to the end of the agreement it amends.
    end_day = a.end or state.first_end
    end = end_day.isoformat() if end_day else "…"
    say(a.title)
    say(f"  {a.kind.value}, {state.status.value}, {start} – {end}, language {a.language.value}")
    for line in renewal_lines(a, state):
        say(f"  {line}")
    if a.new_end:
        say(f"  extends the agreement it amends to {a.new_end.isoformat()}")
    for line in relation_lines(related):
        say(f"  {line}")
    if a.short_title:
        say(f"  short title: {a.short_title}")
    if a.programme:
        say(f"  programme: {a.programme}")
    if a.development_area:
        say(f"  development area: {a.development_area}")
    say("  parties:")
    for number, p in enumerate(a.parties, 1):
        extra = f" ({p.registry_number})" if p.registry_number else ""
        signed = f", signed {p.signed_on.isoformat()}" if p.signed_on else ""
        left = f", left {p.left_on.isoformat()}" if p.left_on else ""
        leaves = ", leaves by this amendment" if p.leaves else ""
        say(f"    {number}. {p.name}{extra}{signed}{left}{leaves}")
    if a.versions:
        say("  versions sent for signature:")
        for v in a.versions:
            say(f"    {v.number}. frozen {v.frozen_at.isoformat(sep=' ')}")
    if a.areas:
        say("  areas of collaboration:")
        for area in a.areas:
            say(f"    - {area.title}")
    if a.checkins:
        say("  check-ins:")
        for c in a.checkins:
            say(f"    - {c.due.isoformat()} {c.status.value}")
    return 0


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)


@commands.add("import", "import agreements from an interchange (JSON) file", _import_arguments)
def _import(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.health import require_whole
    from bibagreements.services.interchange import import_file

    with db.unit_of_work() as uow:
        require_whole(uow)  # nor "skipped, already present"
        result = import_file(uow, args.file)
    say(
        f"imported {result.agreements_created} agreement(s), skipped "
        f"{result.agreements_skipped} already present; new organisations: "
        f"{result.organisations_created}, new people: {result.people_created}"
        + (
            f"; new clauses: {result.clauses_created}, new templates: {result.templates_created}"
            if result.clauses_created or result.templates_created
            else ""
        )
        + (
            f"; new house styles: {result.house_styles_created}, kept as they were: "
            f"{result.house_styles_kept}"
            if result.house_styles_created or result.house_styles_kept
            else ""
        )
    )
    return 0


def _export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("ids", type=record_id, nargs="*", metavar="ID", help="agreements (default: all)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    _today_argument(p)


@commands.add("export", "export agreements to an interchange (JSON) file", _export_arguments)
def _export(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.interchange import export_to_file

    target = output_file(args.output)
    with db.unit_of_work() as uow:
        count = export_to_file(uow, target, args.ids or None, args.today)
    say(f"exported {count} agreement(s) to {target}")
    return 0


def _backup_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")


@commands.add(
    "backup", "copy the database to a file (checked, written atomically)", _backup_arguments
)
def _backup(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.backup import backup_database

    with db.unit_of_work() as uow:
        copy = backup_database(uow, args.output)
    say(
        f"backed up {copy.agreements} agreement(s) to {copy.path} "
        f"({copy.size / 1_000_000:.1f} MB, integrity checked)"
    )
    return 0


def _restore_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FILE", help="a backup made by backup or daily")


@commands.add_unopened(
    "restore",
    "replace the database by a checked backup (the current one is kept aside)",
    _restore_arguments,
)
def _restore(args: argparse.Namespace, db: str | None) -> int:
    from bibagreements.services.restore import database_file, restore_database

    restored = restore_database(database_file(db), args.file)
    backup = restored.backup
    say(
        f"restored {backup.agreements} agreement(s) from {backup.path} ({backup.day}) "
        f"into {restored.database}"
    )
    if restored.aside:
        say(f"the replaced database is kept as {restored.aside}")
    return 0


def _amend_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id, help="the signed agreement to amend")
    p.add_argument(
        "--extend-to", type=iso_date, metavar="DATE", help="the new end date (an extension)"
    )
    p.add_argument(
        "--from",
        dest="effective",
        type=iso_date,
        metavar="DATE",
        help="the day it takes effect (default: today)",
    )
    p.add_argument("--title", default="", help="default: the amended agreement's title")


@commands.add("amend", "start a draft amendment of a signed agreement", _amend_arguments)
def _amend(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.amendments import draft_amendment

    with db.unit_of_work() as uow:
        draft = draft_amendment(
            uow,
            args.id,
            new_end=args.extend_to,
            effective=args.effective or clock.today(),
            title=args.title,
        )
    say(f"created draft amendment {draft.id}: {draft.title}")
    return 0
