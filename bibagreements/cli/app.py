"""The commands: ``bibagreements [--db PATH_OR_URL] COMMAND …``.

Every command opens the database, runs service functions in units of work and
prints plain text or JSON. Errors people can fix end in one line on stderr and
a non-zero exit code; anything else is logged, never shown as a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bibagreements.cli import (
    documents,
    drafting,
    followups,
    health,
    history,
    house_style,
    import_document,
    messages,
    register,
    reporting,
    schedule,
    selftest,
    signatures,
)
from bibagreements.cli.output import say
from bibagreements.cli.parser import DirectHandler, Handler, UnopenedHandler, build_parser
from bibagreements.domain import clock

if TYPE_CHECKING:
    from bibagreements.services.database import Database

EXIT_ERROR = 1

# Every command module, in the order ``--help`` lists their commands.
GROUPS = (
    register.commands,
    import_document.commands,
    drafting.commands,
    house_style.commands,
    documents.commands,
    followups.commands,
    reporting.commands,
    schedule.commands,
    messages.commands,
    history.commands,
    signatures.commands,
    health.commands,
    selftest.commands,
)
COMMANDS: dict[str, Handler] = {
    name: handler for group in GROUPS for name, handler in group.handlers.items()
}
# Commands that must not open the database (restore replaces its file).
UNOPENED: dict[str, UnopenedHandler] = {
    name: handler for group in GROUPS for name, handler in group.unopened.items()
}
# What a command tries before the database layer loads (it says when it cannot).
DIRECT: dict[str, DirectHandler] = {
    name: handler for group in GROUPS for name, handler in group.direct.items()
}


def _opened(name: str | None) -> Database:
    """The database; a team server that asks for a password is given one typed at the
    terminal (for this run only: ``keyring set bibagreements-db user@host:port/db``
    keeps it)."""
    from bibagreements.errors import DatabaseError
    from bibagreements.services.database import open_database

    try:
        return open_database(name)
    except DatabaseError as exc:
        if exc.code != "database_needs_password" or not sys.stdin.isatty():
            raise
        import getpass

        password = getpass.getpass(f"password for {dict(exc.params)['url']}: ")
        return open_database(name, password=password)


def run(argv: Sequence[str]) -> int:
    """Run one command (bibagreements.cli.main sends the desktop start elsewhere)."""
    parser = build_parser(GROUPS)
    args = parser.parse_args(argv)  # --help and --version end here, before logging loads
    import logging

    from bibagreements.errorlog import log_error
    from bibagreements.errors import BibError

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    # Its own dest: a command's --today (default None) would overwrite a shared one.
    clock.set_today(args.global_today)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        if args.command in UNOPENED:
            return UNOPENED[args.command](args, args.db)
        if args.command in DIRECT:
            code = DIRECT[args.command](args)
            if code is not None:
                return code
        from bibagreements.services.database import actor_named

        db = _opened(args.db)
        # The audit trail names the coordinator of $BIBAGREEMENTS_FROM, else the system user.
        db.actor = actor_named(os.environ.get("BIBAGREEMENTS_FROM", ""))
        try:
            return COMMANDS[args.command](args, db)
        finally:
            db.close()
    except BibError as exc:
        say(f"bibagreements: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader (head, a pager) went away: nothing more to say, nowhere to say it.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 128 + 13  # as a program killed by SIGPIPE
    except OSError as exc:  # the environment's answer (no space, no permission …)
        target = f": {exc.filename}" if exc.filename else ""
        say(f"bibagreements: error: {exc.strerror or exc}{target}", file=sys.stderr)
        return EXIT_ERROR
    except OverflowError as exc:
        say(f"bibagreements: error: a number or date is out of range ({exc})", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        say("bibagreements: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        log = log_error(exc)
        detail = f" (details in {log})" if log else ""
        say(f"bibagreements: internal error: {_bug_summary(exc)}{detail}", file=sys.stderr)
        return EXIT_ERROR


def _bug_summary(exc: BaseException) -> str:
    """The error's type and, unless the database raised it, its first line: a database
    error's text is an SQL statement (with values, where the driver raised it)."""
    name = type(exc).__name__
    if type(exc).__module__.split(".")[0] in {"sqlalchemy", "sqlite3", "psycopg"}:
        return name
    lines = str(exc).strip().splitlines()
    return f"{name}: {lines[0]}" if lines else name
