"""What opening the main window loads: nothing that can wait until the window is up.

The database layer opens on the worker thread after the window is shown; the
editor, the dialogs' domain rules and the document writers load when first
used. A module that creeps into the start-up path shows here at once, long
before the start-up benchmark (tests/bench/bench_gui.py) would notice.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CODE = """
import sys
import bibagreements.cli  # the entry point, as `bibagreements` starts the window
from bibagreements.gui.app import create_application, start
from bibagreements.gui.settings import Settings
app = create_application(["bibagreements"])
ctx, window = start(app, sys.argv[1], Settings())
window.show()
app.processEvents()
print("\\n".join(sorted(sys.modules)))
"""

NOT_AT_START = (
    "bibagreements.cli.",  # the command modules, their parser and its error handling
    "sqlalchemy",
    "alembic",
    "holidays",
    "stdnum",
    "docx",
    "reportlab",
    "pikepdf",
    "icalendar",
    "jsonschema",
    "bibagreements.storage",
    "bibagreements.services",
    "bibagreements.domain.validation",
    "bibagreements.gui.editor",
    "bibagreements.gui.welcome",
    "PySide6.QtPdf",
    "PySide6.QtSvg",  # icons are PNGs; the bundle has no SVG module
    "bibagreements.gui.make_icons",
)


def test_opening_the_main_window_loads_no_database_editor_or_document_code(
    tmp_path: Path,
) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HOME=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "-c", CODE, str(tmp_path / "start.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = set(result.stdout.split())
    assert "bibagreements.gui.main_window" in loaded  # the window really was built
    assert "bibagreements.cli" in loaded
    early = sorted(m for m in loaded if m.startswith(NOT_AT_START))
    assert early == []
    assert not (tmp_path / "start.sqlite3").exists()  # opened only by the worker, later


ICON_CODE = """
from bibagreements.gui.app import create_application
app = create_application(["bibagreements"])
sizes = sorted(size.width() for size in app.windowIcon().availableSizes())
print(app.desktopFileName(), *sizes)
"""


def test_every_window_gets_the_application_icon_and_the_desktop_entry(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", ICON_CODE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.split() == [
        "bibagreements",
        *(str(size) for size in (16, 24, 32, 48, 64, 128, 256, 512)),
    ]
