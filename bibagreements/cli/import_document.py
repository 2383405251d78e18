"""``import-document FILE``: an existing agreement (DOCX or text) as a new draft."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from bibagreements.cli.output import say
from bibagreements.cli.parser import Commands

if TYPE_CHECKING:
    from bibagreements.services.database import Database


commands = Commands()


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="the agreement: a Word document (.docx) or text")


@commands.add(
    "import-document",
    "create a draft from an existing agreement (DOCX or text)",
    _arguments,
)
def _import_document(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.document_import import import_document

    with db.unit_of_work() as uow:
        report = import_document(uow, args.file)
    say(f"created draft {report.agreement_id}: {report.title}")
    say("recognised:")
    for note in report.recognised:
        say(f"  {note.message()}")
    if report.not_recognised:
        say("not recognised:")
        for note in report.not_recognised:
            say(f"  {note.message()}")
    return 0
