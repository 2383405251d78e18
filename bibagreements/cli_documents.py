"""Command-line commands for documents: render, minutes and the rendering history."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from bibagreements.cli import EXTENSIONS, command
from bibagreements.errors import ValidationError
from bibagreements.interchange.export import dumps
from bibagreements.services.documents import (
    DocumentFormat,
    Rendering,
    list_renderings,
    render_agreement,
    render_minutes,
)
from bibagreements.storage.database import Database


def _date(text: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _add_parsers(sub: Any) -> None:
    formats = [f.value for f in DocumentFormat]
    p = sub.add_parser("render", help="write the agreement as a signable PDF or DOCX")
    p.add_argument("id", type=int)
    p.add_argument("--format", choices=formats, required=True)
    p.add_argument("--lang", choices=["sv", "en"], help="default: the agreement's language")
    p.add_argument("--archive", action="store_true", help="PDF/A-2b for long-term archiving")
    p.add_argument(
        "--sign-fields", action="store_true", help="one empty digital signature field per party"
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    p = sub.add_parser("minutes", help="write the minutes of one check-in")
    p.add_argument("id", type=int)
    p.add_argument("--due", type=_date, required=True, metavar="DATE")
    p.add_argument("--format", choices=formats, required=True)
    p.add_argument("--lang", choices=["sv", "en"])
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    p = sub.add_parser("renderings", help="which documents were generated for an agreement")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")


EXTENSIONS.append(_add_parsers)


def _print(rendering: Rendering) -> None:
    print(
        f"wrote {rendering.path} ({rendering.format}, version {rendering.agreement_version}, "
        f"sha256 {rendering.sha256[:16]}…)"
    )


@command("render")
def _render(args: argparse.Namespace, db: Database) -> int:
    fmt = DocumentFormat(args.format)
    if fmt is DocumentFormat.DOCX and (args.archive or args.sign_fields):
        raise ValidationError(["--archive and --sign-fields apply to PDF only"])
    with db.unit_of_work() as uow:
        rendering = render_agreement(
            uow,
            args.id,
            fmt,
            args.output,
            language=args.lang,
            archive=args.archive,
            sign_fields=args.sign_fields,
        )
    _print(rendering)
    return 0


@command("minutes")
def _minutes(args: argparse.Namespace, db: Database) -> int:
    with db.unit_of_work() as uow:
        rendering = render_minutes(
            uow, args.id, args.due, DocumentFormat(args.format), args.output, language=args.lang
        )
    _print(rendering)
    return 0


@command("renderings")
def _renderings(args: argparse.Namespace, db: Database) -> int:
    with db.unit_of_work() as uow:
        rows = list_renderings(uow, args.id)
    if args.json:
        print(
            dumps(
                [
                    {
                        "id": r.id,
                        "document": r.document,
                        "version": r.agreement_version,
                        "format": r.format,
                        "language": r.language,
                        "archive": r.archive,
                        "path": r.path,
                        "size": r.size,
                        "sha256": r.sha256,
                        "created_at": r.created_at.isoformat(),
                    }
                    for r in rows
                ]
            ),
            end="",
        )
        return 0
    for r in rows:
        print(
            f"{r.created_at.isoformat(sep=' ')}  v{r.agreement_version}  {r.document:<9} "
            f"{r.format:<4} {r.language}  {r.sha256[:12]}  {r.path}"
        )
    if not rows:
        print("no documents generated yet")
    return 0
