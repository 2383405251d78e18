"""``check``: is the database whole? (services.health)"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bibagreements.cli.output import say
from bibagreements.cli.parser import Commands

if TYPE_CHECKING:
    from bibagreements.services.database import Database


commands = Commands()

EXIT_DAMAGED = 3


@commands.add("check", "check that the database is whole (SQLite's integrity checks)")
def _check(args: argparse.Namespace, db: Database) -> int:
    from bibagreements.services.health import check_database

    health = check_database(db)
    counted = f"{health.agreements} agreement(s), schema revision {health.revision}"
    if health.whole is None:
        say(f"the database holds {counted}; PostgreSQL is checked by its administrator")
        return 0
    if health.whole:
        say(f"the database is whole: {counted}")
        return 0
    count = len(health.problems)
    say(
        f"the database is damaged: {count} problem{'' if count == 1 else 's'} found "
        f"(first: {health.problems[0]})"
    )
    if health.advice is not None:
        say(str(health.advice))
    return EXIT_DAMAGED
