"""The commands: ``bibagreements [--db PATH_OR_URL] COMMAND …``.

Every command opens the database, runs service functions in units of work and
prints plain text or JSON. Errors people can fix end in one line on stderr and
a non-zero exit code; anything else is logged, never shown as a traceback.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from bibagreements import __version__
from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.records import AgreementSummary
from bibagreements.domain.validation import MAX_YEAR, MIN_YEAR
from bibagreements.errorlog import append_to_error_log
from bibagreements.errors import BibError
from bibagreements.interchange.export import dumps, export_data, export_to_file
from bibagreements.interchange.importer import import_file
from bibagreements.services.agreements import get_agreement, list_agreements
from bibagreements.services.demo import load_demo
from bibagreements.storage.database import Database, open_database

EXIT_ERROR = 1
Handler = Callable[[argparse.Namespace, Database], int]
COMMANDS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        COMMANDS[name] = func
        return func

    return register


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_ID = 2**63 - 1  # what the database's integer keys hold


def iso_date(text: str) -> date:
    """An argparse type: exactly YYYY-MM-DD, a real calendar day, years 1900–2200."""
    try:
        if _ISO_DATE.match(text):
            day = date.fromisoformat(text)
            if MIN_YEAR <= day.year <= MAX_YEAR:
                return day
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"invalid date {text!r} (use YYYY-MM-DD, e.g. 2020-05-08)")


def record_id(text: str) -> int:
    """An argparse type for IDs: a whole number the database can hold."""
    if text.isdigit() and 1 <= int(text) <= MAX_ID:
        return int(text)
    raise argparse.ArgumentTypeError(f"invalid ID {text!r} (a whole number from 1)")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line (exit code 2)."""

    def error(self, message: str) -> Any:
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="bibagreements",
        description="Collaboration agreements of a regional library unit.",
        epilog="Without a command, the desktop application starts.",
    )
    parser.add_argument("--version", action="version", version=f"bibagreements {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $BIBAGREEMENTS_DB, else the user's "
        "data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.add_parser("demo", help="load the example agreements (idempotent)")
    p = sub.add_parser("list", help="list agreements")
    p.add_argument("--status", choices=[s.value for s in AgreementStatus])
    p.add_argument("--json", action="store_true", help="print JSON")
    p = sub.add_parser("show", help="show one agreement")
    p.add_argument("id", type=record_id)
    p.add_argument("--json", action="store_true", help="print the interchange format")
    p = sub.add_parser("import", help="import agreements from an interchange (JSON) file")
    p.add_argument("file", type=Path)
    p = sub.add_parser("export", help="export agreements to an interchange (JSON) file")
    p.add_argument("ids", type=record_id, nargs="*", metavar="ID", help="agreements (default: all)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p = sub.add_parser("backup", help="copy the database to a file (checked, written atomically)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    for extend in EXTENSIONS:
        extend(sub)
    return parser


# Later modules (scheduling, documents) add their commands here.
EXTENSIONS: list[Callable[[Any], None]] = []


def _period(summary: AgreementSummary) -> str:
    start = summary.start.isoformat() if summary.start else "…"
    end = summary.end.isoformat() if summary.end else "…"
    return f"{start} – {end}"


@command("demo")
def _demo(args: argparse.Namespace, db: Database) -> int:
    with db.unit_of_work() as uow:
        result = load_demo(uow)
    for title in result.created:
        print(f"added: {title}")
    if not result.created:
        print("the example agreements are already there")
    return 0


@command("list")
def _list(args: argparse.Namespace, db: Database) -> int:
    status = AgreementStatus(args.status) if args.status else None
    with db.unit_of_work() as uow:
        rows = list_agreements(uow, status)
    if args.json:
        print(dumps([_summary_json(r) for r in rows]), end="")
        return 0
    for r in rows:
        print(f"{r.id:>5}  {r.status.value:<17}  {_period(r):<23}  {r.title}")
        print(f"{'':>5}  parties: {', '.join(r.party_names)}")
    if not rows:
        print("no agreements (try: bibagreements demo)")
    return 0


def _summary_json(r: AgreementSummary) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "kind": r.kind.value,
        "status": r.status.value,
        "period": {
            "start": r.start.isoformat() if r.start else None,
            "end": r.end.isoformat() if r.end else None,
        },
        "parties": list(r.party_names),
        "next_checkin": r.next_checkin.isoformat() if r.next_checkin else None,
    }


@command("show")
def _show(args: argparse.Namespace, db: Database) -> int:
    with db.unit_of_work() as uow:
        a = get_agreement(uow, args.id)
        if args.json:
            # The export brings parents and predecessors along: print only this one.
            data = export_data(uow, [args.id])
            print(dumps(next(x for x in data["agreements"] if x["uid"] == a.uid)), end="")
            return 0
    start = a.start.isoformat() if a.start else "…"
    end = a.end.isoformat() if a.end else "…"
    print(a.title)
    print(f"  {a.kind.value}, {a.status.value}, {start} – {end}, language {a.language.value}")
    if a.programme:
        print(f"  programme: {a.programme}")
    print("  parties:")
    for number, p in enumerate(a.parties, 1):
        extra = f" ({p.registry_number})" if p.registry_number else ""
        signed = f", signed {p.signed_on.isoformat()}" if p.signed_on else ""
        print(f"    {number}. {p.name}{extra}{signed}")
    if a.areas:
        print("  areas of collaboration:")
        for area in a.areas:
            print(f"    - {area.title}")
    if a.checkins:
        print("  check-ins:")
        for c in a.checkins:
            print(f"    - {c.due.isoformat()} {c.status.value}")
    return 0


@command("import")
def _import(args: argparse.Namespace, db: Database) -> int:
    with db.unit_of_work() as uow:
        result = import_file(uow, args.file)
    print(
        f"imported {result.agreements_created} agreement(s), skipped "
        f"{result.agreements_skipped} already present; new organisations: "
        f"{result.organisations_created}, new people: {result.people_created}"
    )
    return 0


def output_file(target: Path) -> Path:
    """A file the command may write: not a folder, in a folder that exists."""
    if target.is_dir():
        raise BibError(f"{target} is a folder; name a file")
    if not target.parent.is_dir():
        raise BibError(f"folder {target.parent} does not exist")
    return target


@command("export")
def _export(args: argparse.Namespace, db: Database) -> int:
    target = output_file(args.output)
    with db.unit_of_work() as uow:
        count = export_to_file(uow, target, args.ids or None)
    print(f"exported {count} agreement(s) to {target}")
    return 0


@command("backup")
def _backup(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.backup import backup_database

    with db.unit_of_work() as uow:
        copy = backup_database(uow, args.output)
    print(
        f"backed up {copy.agreements} agreement(s) to {copy.path} "
        f"({copy.size / 1_000_000:.1f} MB, integrity checked)"
    )
    return 0


def _log_unexpected(exc: BaseException) -> Path | None:
    return append_to_error_log("".join(traceback.format_exception(exc)))


def run(argv: Sequence[str]) -> int:
    """Run one command (bibagreements.cli.main sends the desktop start elsewhere)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        db = open_database(args.db)
        try:
            return COMMANDS[args.command](args, db)
        finally:
            db.close()
    except BibError as exc:
        print(f"bibagreements: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:  # the environment's answer (no space, no permission …)
        target = f": {exc.filename}" if exc.filename else ""
        print(f"bibagreements: error: {exc.strerror or exc}{target}", file=sys.stderr)
        return EXIT_ERROR
    except OverflowError as exc:
        print(f"bibagreements: error: a number or date is out of range ({exc})", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("bibagreements: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        log = _log_unexpected(exc)
        detail = f" (details in {log})" if log else ""
        print(
            f"bibagreements: internal error: {type(exc).__name__}: {exc}{detail}", file=sys.stderr
        )
        return EXIT_ERROR


# Last: these modules import this one to register their commands.
import bibagreements.cli_documents  # noqa: E402
import bibagreements.cli_followups  # noqa: E402
import bibagreements.cli_schedule  # noqa: E402, F401
