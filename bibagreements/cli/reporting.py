"""Command-line commands for what the organisation needs back: the yearly report
(with its introductory sections and history), the registrar's list, the archive package."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from bibagreements.cli.output import say, say_json
from bibagreements.cli.parser import Commands, iso_date, record_id
from bibagreements.domain.enums import DocumentFormat

if TYPE_CHECKING:
    from bibagreements.services.database import Database

commands = Commands()
FORMATS = [f.value for f in DocumentFormat]


def _year(text: str) -> int:
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"not a four-digit year: {text!r}")
    return int(text)


def _report_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("year", type=_year)
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--archive", action="store_true", help="PDF/A-2b, every font embedded")
    p.add_argument("--lang", choices=["sv", "en"], default="sv")
    p.add_argument("--today", type=iso_date, metavar="DATE", help="the compilation date shown")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")


@commands.add("report", "write the yearly follow-up report by development area", _report_arguments)
def _report(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.documents import render_followup_report

    with db.unit_of_work() as uow:
        written = render_followup_report(
            uow,
            args.year,
            DocumentFormat(args.format),
            args.output,
            language=args.lang,
            today=args.today,
            archive=args.archive,
        )
    say(
        f"wrote {written.path} (follow-up {written.year}, {written.agreements} agreements, "
        f"sha256 {written.sha256[:16]}…)"
    )
    return 0


def _intro_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("year", type=_year)
    what = p.add_mutually_exclusive_group()
    what.add_argument("--add", metavar="HEADING", help="add a section at the end")
    what.add_argument("--change", type=int, metavar="N", help="change section N (1, 2, …)")
    what.add_argument("--remove", type=int, metavar="N", help="remove section N")
    p.add_argument("--heading", help="with --change: the new heading")
    text = p.add_mutually_exclusive_group()
    text.add_argument("--text", help="the section's text (a blank line starts a paragraph)")
    text.add_argument("--text-file", type=Path, metavar="FILE", help="read the text (UTF-8)")
    p.add_argument("--json", action="store_true")


def _section_text(args: argparse.Namespace) -> str | None:
    if args.text_file is None:
        text: str | None = args.text
        return text
    from bibagreements.services.report_sections import read_section_text

    return read_section_text(args.text_file)


@commands.add(
    "report-intro",
    "the introductory sections of a year's report: list, add, change, remove",
    _intro_arguments,
)
def _report_intro(args: argparse.Namespace, db: Database) -> int:
    from dataclasses import replace

    from bibagreements.domain.report import ReportSection
    from bibagreements.errors import NotFoundError
    from bibagreements.json_text import dumps
    from bibagreements.services.report_sections import report_sections, save_report_sections

    text = _section_text(args)
    with db.unit_of_work() as uow:
        read = report_sections(uow, args.year)
        sections = list(read)
        number = args.change if args.change is not None else args.remove
        if number is not None and not 1 <= number <= len(sections):
            raise NotFoundError("no_report_section", year=args.year, number=number)
        if args.add is not None:
            sections.append(ReportSection(args.add, text or ""))
        elif args.change is not None:
            old = sections[args.change - 1]
            heading = args.heading if args.heading is not None else old.heading
            sections[args.change - 1] = replace(
                old, heading=heading, text=text if text is not None else old.text
            )
        elif args.remove is not None:
            del sections[args.remove - 1]
        if sections != read:
            sections = save_report_sections(uow, args.year, sections, read)
    if args.json:
        say_json(dumps([{"heading": s.heading, "text": s.text} for s in sections]))
        return 0
    for n, s in enumerate(sections, start=1):
        first = s.text.splitlines()[0] if s.text else ""
        say(f"{n:>3}. {s.heading}" + (f": {first}" if first else ""))
    if not sections:
        say(f"no introductory sections for {args.year}")
    return 0


def _reports_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--year", type=_year)
    p.add_argument("--json", action="store_true")


@commands.add("reports", "the yearly reports written, with their checksums", _reports_arguments)
def _reports(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.json_text import dumps
    from bibagreements.services.report_sections import report_history

    with db.unit_of_work() as uow:
        written = report_history(uow, args.year)
    if args.json:
        say_json(
            dumps(
                [
                    {
                        "year": r.year,
                        "format": r.format,
                        "archive": r.archive,
                        "language": r.language,
                        "agreements": r.agreements,
                        "path": r.path,
                        "size": r.size,
                        "sha256": r.sha256,
                        "written_at": r.created_at.isoformat(sep=" ", timespec="seconds"),
                    }
                    for r in written
                ]
            )
        )
        return 0
    for r in written:
        kind = r.format + (" (PDF/A)" if r.archive else "")
        say(
            f"{r.created_at.isoformat(sep=' ', timespec='seconds')}  {r.year}  {kind}, "
            f"{r.language}, {r.agreements} agreements  {r.path}  sha256 {r.sha256}"
        )
    if not written:
        say("no reports written")
    return 0


def _register_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=["csv", "xlsx"], required=True)
    p.add_argument("--year", type=_year, help="only those in force or signed during the year")
    p.add_argument("--today", type=iso_date, metavar="DATE", help="the day statuses are read for")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")


@commands.add(
    "register-list",
    "the registrar's list: each agreement with every party's registry number",
    _register_arguments,
)
def _register_list(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.register_list import write_register_list

    with db.unit_of_work() as uow:
        path, count = write_register_list(uow, args.format, args.output, args.year, args.today)
    say(f"wrote {path} ({count} agreements)")
    return 0


def _archive_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("ids", type=record_id, nargs="+", metavar="ID", help="signed agreements")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PACKAGE.zip")
    p.add_argument("--json", action="store_true", help="list the files and their checksums")


@commands.add(
    "archive",
    "an E-ARK SIP (CSIP 2.1) of signed agreements for the e-archive",
    _archive_arguments,
)
def _archive(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.json_text import dumps
    from bibagreements.services.archive import archive_package

    with db.unit_of_work() as uow:
        package = archive_package(uow, args.ids, args.output)
    if args.json:
        say_json(
            dumps(
                {
                    "path": package.path,
                    "package_id": package.package_id,
                    "sha256": package.sha256,
                    "files": [
                        {"path": f.path, "size": f.size, "sha256": f.sha256} for f in package.files
                    ],
                }
            )
        )
        return 0
    say(
        f"wrote {package.path} (package {package.package_id}, {len(package.files)} files, "
        f"sha256 {package.sha256[:16]}…)"
    )
    return 0
