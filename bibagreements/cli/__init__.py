"""The command line; this package's ``main`` is the entry point of ``bibagreements``.

Kept light on purpose: starting the desktop application must not pay for the
imports of the command line (argparse, SQLAlchemy, Alembic, jsonschema, the
document writers). With no command (only ``--db``) the GUI starts; anything
else goes to bibagreements.cli.app, which lists the command modules.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

_NO_GUI = object()


def gui_database(args: Sequence[str]) -> object:
    """The ``--db`` value when ``args`` ask for the desktop application, else _NO_GUI."""
    rest = list(args)
    db: str | None = None
    while rest:
        head = rest.pop(0)
        if head == "--db" and rest:
            db = rest.pop(0)
        elif head.startswith("--db="):
            db = head.removeprefix("--db=")
        else:
            return _NO_GUI
    return db


def start_gui(db: str | None) -> int:
    try:
        from bibagreements.gui.app import main as gui_main
    except ImportError as exc:
        print(
            f"bibagreements: the desktop application cannot start ({exc}); the command line "
            "works: bibagreements --help",
            file=sys.stderr,
        )
        return 1
    result: int = gui_main(db)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    db = gui_database(args)
    if db is not _NO_GUI:
        return start_gui(db if isinstance(db, str) else None)
    from bibagreements.cli.app import run

    return run(args)
