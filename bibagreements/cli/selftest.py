"""``bibagreements --self-test``: does this installation work? One line per step, exit 0/1.

For an installer's last step and a support call: on a temporary database (the
user's is never touched) it loads the example data, asks what needs attention,
renders a PDF/A and a DOCX and checks them, and finds the resources. Nothing
outside the temporary folder is written.
"""

from __future__ import annotations

import argparse
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bibagreements.cli.output import say
from bibagreements.cli.parser import Commands

if TYPE_CHECKING:
    from bibagreements.services.database import Database

commands = Commands()
EXIT_FAILED = 1


def _resources(folder: Path) -> str:
    from bibagreements.paths import resource_path

    needed = (
        "schemas/bibagreements-2.schema.json",
        "fonts/DejaVuSans.ttf",
        "THIRD-PARTY-NOTICES.txt",
    )
    for name in needed:
        if not resource_path(*name.split("/")).is_file():
            raise FileNotFoundError(name)
    return str(resource_path())


def _steps(folder: Path) -> list[tuple[str, Callable[[], str]]]:
    from bibagreements.services.database import open_database

    db = open_database(str(folder / "self-test.sqlite3"))

    def examples() -> str:
        from bibagreements.services.demo import load_demo

        with db.unit_of_work() as uow:
            load_demo(uow)
        from bibagreements.services.agreement_list import agreement_list

        with db.unit_of_work() as uow:
            count = len(agreement_list(uow, texts=False).summaries)
        if count != 3:
            raise AssertionError(f"{count} agreements, not 3")
        return "3 agreements"

    def reminders() -> str:
        from datetime import date

        from bibagreements.services.reminders import list_reminders

        with db.unit_of_work() as uow:
            found = list_reminders(uow, date(2020, 5, 1))
        if not found:
            raise AssertionError("no reminder on 2020-05-01")
        return f"{len(found)} on 2020-05-01"

    def pdf() -> str:
        from bibagreements.services.documents import DocumentFormat, render_agreement

        target = folder / "agreement.pdf"
        with db.unit_of_work() as uow:
            render_agreement(uow, 1, DocumentFormat.PDF, target, archive=True)
        data = target.read_bytes()
        if not data.startswith(b"%PDF-") or b"pdfaid:part" not in data:
            raise AssertionError("not a PDF/A")
        return f"PDF/A, {len(data)} bytes"

    def docx() -> str:
        from bibagreements.services.documents import DocumentFormat, render_agreement

        target = folder / "agreement.docx"
        with db.unit_of_work() as uow:
            render_agreement(uow, 1, DocumentFormat.DOCX, target)
        with zipfile.ZipFile(target) as document:
            text = document.read("word/document.xml").decode("utf-8")
        if "Biblioteken i Kristianstad" not in text:
            raise AssertionError("the parties are missing")
        return f"DOCX, {target.stat().st_size} bytes"

    return [
        ("resources", lambda: _resources(folder)),
        ("example data", examples),
        ("reminders", reminders),
        ("PDF", pdf),
        ("DOCX", docx),
        ("close", lambda: _closed(db)),
    ]


def _closed(db: Database) -> str:
    db.close()
    return "the database closed"


def _arguments(p: argparse.ArgumentParser) -> None:
    pass


@commands.add_unopened(
    "self-test",
    "does this installation work? (a temporary database; one line per step)",
    _arguments,
)
def _self_test(args: argparse.Namespace, db: str | None) -> int:
    from bibagreements import __version__

    say(f"bibagreements {__version__} self-test")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="bibagreements-self-test-") as work:
        try:
            steps = _steps(Path(work))
        except Exception as exc:  # the database cannot even be made: say so, in one line
            say(f"FAIL  database: {exc}")
            return EXIT_FAILED
        for name, step in steps:
            try:
                say(f"ok    {name}: {step()}")
            except Exception as exc:
                failed += 1
                say(f"FAIL  {name}: {type(exc).__name__}: {exc}")
    say("self-test passed" if not failed else f"self-test: {failed} step(s) failed")
    return EXIT_FAILED if failed else 0
