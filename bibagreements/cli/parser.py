"""What the command modules share: the parser, argument types and how a command is declared.

A command module makes one ``Commands`` and declares each command on it, with
the function that adds its arguments just above its handler::

    def _show_arguments(p: argparse.ArgumentParser) -> None:
        p.add_argument("id", type=record_id)

    @commands.add("show", "show one agreement", _show_arguments)
    def _show(args: argparse.Namespace, db: Database) -> int: ...

bibagreements.cli.app lists the modules and builds the parser from them.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from bibagreements import __version__
from bibagreements.cli.output import printable

if TYPE_CHECKING:
    from bibagreements.services.database import Database

# The command modules import the services each command uses inside the command,
# so that --help, --version and a command load only what they need.
Handler = Callable[[argparse.Namespace, "Database"], int]
# A command that must not have the database open (restore replaces its file): gets ``--db``.
UnopenedHandler = Callable[[argparse.Namespace, str | None], int]
Arguments = Callable[[argparse.ArgumentParser], None]
# A command's way around opening the database when the file allows it (rendering a
# frozen version reads it straight): the exit code, or None to run it as usual.
DirectHandler = Callable[[argparse.Namespace], int | None]

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_ID = 2**63 - 1  # what the database's integer keys hold


def iso_date(text: str) -> date:
    """An argparse type: exactly YYYY-MM-DD, a real calendar day, years 1900–2200."""
    from bibagreements.domain.validation import MAX_YEAR, MIN_YEAR

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


def output_file(target: Path) -> Path:
    """A file the command may write: absent or a regular file (no link), in a folder that exists."""
    from bibagreements.services.output_paths import check_output

    return check_output(target)


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line (exit code 2)."""

    def error(self, message: str) -> Any:
        # The message can quote an argument as given (unrecognized arguments: …).
        self.exit(2, f"{self.prog}: error: {printable(message)}\n")


class Command(NamedTuple):  # not a dataclass: importing dataclasses costs --help ~3 ms
    name: str
    help: str
    handler: Handler | UnopenedHandler
    arguments: Arguments | None
    opens_database: bool = True


class Commands:
    """The commands of one module, listed by ``--help`` in the order they are declared."""

    def __init__(self) -> None:
        self._declared: list[Command] = []
        self._direct: dict[str, DirectHandler] = {}

    def add(
        self, name: str, help: str, arguments: Arguments | None = None
    ) -> Callable[[Handler], Handler]:
        """Declare the decorated handler as command ``name``; ``arguments`` adds its arguments."""

        def declare(handler: Handler) -> Handler:
            self._declare(Command(name, help, handler, arguments))
            return handler

        return declare

    def add_unopened(
        self, name: str, help: str, arguments: Arguments | None = None
    ) -> Callable[[UnopenedHandler], UnopenedHandler]:
        """Declare a command that gets the ``--db`` text, the database left unopened."""

        def declare(handler: UnopenedHandler) -> UnopenedHandler:
            self._declare(Command(name, help, handler, arguments, opens_database=False))
            return handler

        return declare

    def add_direct(self, name: str) -> Callable[[DirectHandler], DirectHandler]:
        """Declare the decorated function as what command ``name`` tries before the
        database is opened; it returns None when the command must run as usual."""

        def declare(handler: DirectHandler) -> DirectHandler:
            self._direct[name] = handler
            return handler

        return declare

    def _declare(self, command: Command) -> None:
        if any(c.name == command.name for c in self._declared):
            raise ValueError(f"command {command.name!r} is declared twice")
        self._declared.append(command)

    @property
    def handlers(self) -> dict[str, Handler]:
        return {
            c.name: c.handler  # type: ignore[misc]
            for c in self._declared
            if c.opens_database
        }

    @property
    def unopened(self) -> dict[str, UnopenedHandler]:
        return {
            c.name: c.handler  # type: ignore[misc]
            for c in self._declared
            if not c.opens_database
        }

    @property
    def direct(self) -> dict[str, DirectHandler]:
        return dict(self._direct)

    def add_parsers(self, sub: argparse._SubParsersAction[Parser]) -> None:
        for c in self._declared:
            p = sub.add_parser(c.name, help=c.help)
            if c.arguments is not None:
                c.arguments(p)


def build_parser(groups: Iterable[Commands]) -> Parser:
    """The parser of ``bibagreements``: its options, then the commands of ``groups``."""
    parser = Parser(
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
    parser.add_argument(
        "--today",
        dest="global_today",
        type=iso_date,
        metavar="DATE",
        help="behave as on this day (YYYY-MM-DD), every command and the window; a command's "
        "own --today wins",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for group in groups:
        group.add_parsers(sub)
    return parser
