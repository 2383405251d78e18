"""The command line; this package's ``main`` is the entry point of ``bibagreements``.

Kept light on purpose: starting the desktop application must not pay for the
imports of the command line (argparse, SQLAlchemy, Alembic, jsonschema, the
document writers). With no command (only ``--db``, ``--today``) the GUI starts; anything
else goes to bibagreements.cli.app, which lists the command modules.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple


class GuiStart(NamedTuple):  # not a dataclass: importing dataclasses costs ~2 ms
    """What the desktop application starts with: ``--db``, ``--today``, and an
    interchange file to offer to import (``bibagreements FILE.json``, as the file
    manager opens one)."""

    db: str | None = None
    today: date | None = None
    offer: str | None = None


def gui_start(args: Sequence[str]) -> GuiStart | None:
    """The options when ``args`` ask for the desktop application, else None (a command,
    or a value the command line should reject in its own words)."""
    rest = list(args)
    found: dict[str, str] = {}
    while rest:
        head = rest.pop(0)
        if "offer" not in found and head.lower().endswith(".json") and _is_file(head):
            found["offer"] = head
            continue
        name, equals, value = head.partition("=")
        if name not in ("--db", "--today"):
            return None
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        found[name] = value
    today = found.get("--today")
    day = _iso_day(today) if today is not None else None
    if today is not None and day is None:
        return None
    return GuiStart(found.get("--db"), day, found.get("offer"))


def _is_file(text: str) -> bool:
    import os

    return os.path.isfile(text)


def _iso_day(text: str) -> date | None:
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return day if 1900 <= day.year <= 2200 else None


def window_main() -> int:
    """The ``bibagreements-window`` entry point (no console on Windows): the window,
    with ``--db`` and ``--today`` as for ``bibagreements``."""
    start = gui_start(sys.argv[1:])
    if start is None:
        print(
            "usage: bibagreements-window [--db PATH_OR_URL] [--today DATE] [FILE.json]",
            file=sys.stderr,
        )
        return 2
    return start_gui(start.db, start.today, start.offer)


def start_gui(db: str | None, today: date | None = None, offer: str | None = None) -> int:
    from bibagreements.domain import clock

    clock.set_today(today)
    try:
        from bibagreements.gui.app import main as gui_main
    except ImportError as exc:
        print(
            f"bibagreements: the desktop application cannot start ({exc}); the command line "
            "works: bibagreements --help",
            file=sys.stderr,
        )
        return 1
    result: int = gui_main(db, offer)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    start = gui_start(args)
    if start is not None:
        return start_gui(start.db, start.today, start.offer)
    from bibagreements.cli.app import run

    if args == ["--self-test"]:  # the installers' spelling of the command
        args = ["self-test"]
    if argv is not None:  # called, not the process's own command line
        return run(args)
    import gc

    # Most of a command's heap is the modules it imported, alive until it ends:
    # full collections walking them over and over cost ~30 ms of a render, the
    # one at exit ~70 ms. Young garbage is still collected as usual.
    gc.set_threshold(700, 10, 1000)
    try:
        return run(args)
    finally:
        gc.freeze()  # what is left is torn down at exit without being walked again
