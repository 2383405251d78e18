"""Command-line commands for documents: render, minutes, history and signed copies."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bibagreements.cli.output import say, say_json
from bibagreements.cli.parser import Commands, iso_date, record_id
from bibagreements.domain.enums import DocumentFormat

if TYPE_CHECKING:
    from bibagreements.domain.records import Agreement
    from bibagreements.services.database import Database
    from bibagreements.services.documents import (
        Rendering,
    )


commands = Commands()
# ``verify`` on a file that is no rendering of the agreement (1 is for errors).
EXIT_NOT_A_RENDERING = 3
FORMATS = [f.value for f in DocumentFormat]


def _say(rendering: Rendering) -> None:
    number = rendering.version_number
    which = f"version {number}" if number is not None else "the draft as it stands"
    say(f"wrote {rendering.path} ({rendering.format}, {which}, sha256 {rendering.sha256[:16]}…)")


def _render_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id)
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--lang", choices=["sv", "en"], help="default: the agreement's language")
    p.add_argument("--archive", action="store_true", help="PDF/A-2b for long-term archiving")
    p.add_argument(
        "--sign-fields", action="store_true", help="one empty digital signature field per party"
    )
    p.add_argument(
        "--version",
        type=record_id,
        metavar="N",
        help="a frozen version (default: the latest; a draft renders as it stands)",
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")


def _options(args: argparse.Namespace) -> dict[str, Any]:
    """The render's options, as both ways of rendering take them."""
    return {
        "language": args.lang,
        "archive": args.archive,
        "sign_fields": args.sign_fields,
        "version": args.version,
    }


@commands.add_direct("render")
def _render_directly(args: argparse.Namespace) -> int | None:
    """A frozen version of an up-to-date SQLite file of ours, rendered without opening
    the database the usual way (SQLAlchemy unloaded); None for everything else."""
    from bibagreements.services.direct_rendering import render_frozen_directly

    fmt = DocumentFormat(args.format)
    if fmt is DocumentFormat.DOCX and (args.archive or args.sign_fields):
        return None  # refused as usual, below
    rendering = render_frozen_directly(args.db, args.id, fmt, args.output, **_options(args))
    if rendering is None:
        return None
    _say(rendering)
    return 0


@commands.add("render", "write the agreement as a signable PDF or DOCX", _render_arguments)
def _render(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.domain.problems import Problem
    from bibagreements.errors import ValidationError
    from bibagreements.services.documents import render_agreement

    fmt = DocumentFormat(args.format)
    if fmt is DocumentFormat.DOCX and (args.archive or args.sign_fields):
        raise ValidationError([Problem("cli_pdf_only")])
    with db.unit_of_work() as uow:
        rendering = render_agreement(uow, args.id, fmt, args.output, **_options(args))
    _say(rendering)
    return 0


def _verify_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id)
    p.add_argument("file", type=Path, help="a PDF or DOCX a party sent back, say")


@commands.add(
    "verify",
    "is FILE an unaltered rendering of one of the agreement's versions?",
    _verify_arguments,
)
def _verify(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.verification import verify_file

    with db.unit_of_work() as uow:
        found = verify_file(uow, args.id, args.file)
    if found is None:
        say(f"{args.file} is not an unaltered rendering of any version of agreement {args.id}")
        return EXIT_NOT_A_RENDERING
    kind = found.format + (" (PDF/A)" if found.archive else "")
    kind += " with signature fields" if found.sign_fields else ""
    say(
        f"{args.file} is version {found.number} of agreement {args.id}, unaltered: {kind}, "
        f"language {found.language}, frozen {found.frozen_at.isoformat(sep=' ')}"
        + (f", rendered {found.rendered_at.isoformat(sep=' ')}" if found.rendered_at else "")
    )
    return 0


def _minutes_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id)
    p.add_argument("--due", type=iso_date, required=True, metavar="DATE")
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--lang", choices=["sv", "en"])
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")


@commands.add("minutes", "write the minutes of one check-in", _minutes_arguments)
def _minutes(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.documents import render_minutes

    with db.unit_of_work() as uow:
        rendering = render_minutes(
            uow, args.id, args.due, DocumentFormat(args.format), args.output, language=args.lang
        )
    _say(rendering)
    return 0


def _party_id(agreement: Agreement, party: str) -> int:
    from bibagreements.errors import NotFoundError

    names = [p.name for p in agreement.parties]
    if party.isdigit() and 1 <= int(party) <= len(names):
        return agreement.parties[int(party) - 1].organisation_id
    matches = [p for p in agreement.parties if p.name.casefold() == party.strip().casefold()]
    if not matches:
        listed = "; ".join(f"{i}. {name}" for i, name in enumerate(names, 1))
        raise NotFoundError("cli_no_party_named", party=party, parties=listed)
    return matches[0].organisation_id


def _attach_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id)
    p.add_argument("--party", required=True, help="the party's number (1, 2, …) or name")
    p.add_argument("--file", type=Path, required=True)
    p.add_argument("--signed-on", type=iso_date, required=True, metavar="DATE")
    p.add_argument("--place", default="", help="where the party signed")


@commands.add("attach", "attach a party's scanned signed copy (PDF or image)", _attach_arguments)
def _attach(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.agreements import get_agreement
    from bibagreements.services.signed_copies import attach_signed_copy

    with db.unit_of_work() as uow:
        agreement = get_agreement(uow, args.id)
        result = attach_signed_copy(
            uow, args.id, _party_id(agreement, args.party), args.file, args.signed_on, args.place
        )
    status = result.status.value.replace("_", " ")
    say(
        f"attached {result.copy.file_name} for {result.copy.party_name} "
        f"(sha256 {result.copy.sha256[:16]}…); the agreement is {status}"
    )
    if result.unsigned:
        say("still to sign: " + ", ".join(result.unsigned))
    return 0


def _copies_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id)
    p.add_argument("--save", type=record_id, metavar="COPY_ID", help="write this copy to --output")
    p.add_argument("-o", "--output", type=Path, metavar="PATH")


@commands.add("copies", "list the signed copies of an agreement", _copies_arguments)
def _copies(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.cli.signatures import describe
    from bibagreements.domain.problems import Problem
    from bibagreements.errors import ValidationError
    from bibagreements.services.signed_copies import list_signed_copies, save_signed_copy

    if args.save is not None:
        if args.output is None:
            raise ValidationError([Problem("cli_save_needs_output")])
        with db.unit_of_work() as uow:
            path = save_signed_copy(uow, args.save, args.output, args.id)
        say(f"wrote {path}")
        return 0
    with db.unit_of_work() as uow:
        copies = list_signed_copies(uow, args.id)
    for c in copies:
        say(
            f"{c.id:>4}  {c.added_at.isoformat(sep=' ')}  {c.party_name}: {c.file_name} "
            f"({c.media_type}, {c.size} bytes, sha256 {c.sha256[:12]})"
        )
        for check in c.signatures:  # an e-signed PDF's signatures, as checked when it came
            say(f"      {describe(check)}")
    if not copies:
        say("no signed copies attached")
    return 0


def _renderings_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=record_id)
    p.add_argument("--json", action="store_true")


def _frozen(number: int | None) -> str:
    return f"v{number}" if number is not None else "draft"


@commands.add(
    "renderings", "which documents were generated for an agreement", _renderings_arguments
)
def _renderings(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.json_text import dumps
    from bibagreements.services.documents import list_renderings

    with db.unit_of_work() as uow:
        rows = list_renderings(uow, args.id)
    if args.json:
        say_json(
            dumps(
                [
                    {
                        "id": r.id,
                        "document": r.document,
                        "version": r.version_number,  # the frozen version; None: a draft
                        "record_version": r.agreement_version,
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
            )
        )
        return 0
    for r in rows:
        say(
            f"{r.created_at.isoformat(sep=' ')}  {_frozen(r.version_number):<6}  {r.document:<9} "
            f"{r.format:<4} {r.language}  {r.sha256[:12]}  {r.path}"
        )
    if not rows:
        say("no documents generated yet")
    return 0
