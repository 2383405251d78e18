"""What opening the main window loads: nothing that can wait until the window is up.

The database layer opens on the worker thread after the window is shown; the
editor, the dialogs' domain rules and the document writers load when first
used. A module that creeps into the start-up path shows here at once, long
before the start-up benchmark (tests/bench/bench_gui.py) would notice.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.databases import database_file

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


def _start_window(code: str, tmp_path: Path) -> str:
    """What ``code`` prints, run on a database of its own in a fresh home."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HOME=str(tmp_path),
        TMPDIR=str(tmp_path),  # the instance lock
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "start.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


def test_opening_the_main_window_loads_no_database_editor_or_document_code(
    tmp_path: Path,
) -> None:
    loaded = set(_start_window(CODE, tmp_path).split())
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


FIRST_FRAME_CODE = """
import json, os, sys
import PySide6.QtCore as core
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

seen = {}
show = QMainWindow.show


def state(window):
    return {
        "qt_namespace": "Qt" in core.__dict__,
        "style": type(QApplication.style()).__name__,
        "parts": window._parts is not None,
        "shortcut": window.main_actions.new.shortcut().toString(),
        "modules": sorted(sys.modules),
    }


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in seen:
            seen["painted"] = state(watched)
        return False


def first_frame(window):
    window.installEventFilter(FirstPaint(window))
    show(window)

    def complete():
        if window._parts is None and len(seen.setdefault("waits", [])) < 500:
            seen["waits"].append(1)
            QTimer.singleShot(10, complete)
            return
        seen["complete"] = state(window)
        print(json.dumps(seen), flush=True)
        os._exit(0)

    QTimer.singleShot(0, complete)


QMainWindow.show = first_frame
from bibagreements.cli import main
main(["--db", sys.argv[1]])
"""

# Each costs the first frame milliseconds on this kind of machine (PySide6 builds a
# type's Python enums on first use; the Qt namespace alone is about 12 ms).
NOT_BEFORE_THE_FIRST_FRAME = (
    "bibagreements.gui.agreement_commands",
    "bibagreements.gui.agreement_model",
    "bibagreements.gui.followup_views",
    "bibagreements.gui.keyboard",
    "bibagreements.gui.style",
    "dataclasses",
    "ctypes",
    "hashlib",
)


def test_the_first_frame_waits_for_nothing_it_does_not_show(tmp_path: Path) -> None:
    seen = json.loads(_start_window(FIRST_FRAME_CODE, tmp_path))
    shown, after = seen["painted"], seen["complete"]
    assert shown["qt_namespace"] is False
    assert not shown["parts"] and shown["shortcut"] == ""
    assert shown["style"] != "AccentRoomStyle"
    assert [m for m in shown["modules"] if m.startswith(NOT_BEFORE_THE_FIRST_FRAME)] == []
    # Once it has painted, the window is completed.
    assert after["parts"] and after["shortcut"] == "Ctrl+N"
    assert after["style"] == "AccentRoomStyle"
    assert "bibagreements.gui.agreement_commands" in after["modules"]


LISTED_CODE = """
import json, os, sys, threading
from bibagreements.gui import main_window

LAYER = ("sqlalchemy", "alembic", "bibagreements.storage.models")
seen = {"main_thread": []}


def imports(event, args):  # what the window's own thread loads before the list shows
    if event == "import" and args[0].startswith(LAYER):
        if threading.current_thread() is threading.main_thread() and "rows" not in seen:
            seen["main_thread"].append(args[0])


sys.addaudithook(imports)
direct = main_window._direct_list_job


def direct_list_job(db, today):  # on the worker thread, before its next job
    listed = direct(db, today)
    seen["read_directly"] = listed is not None
    seen["layer"] = [m for m in sys.modules if m.startswith(LAYER)]
    return listed


arrived = main_window.MainWindow._list_arrived


def list_arrived(self, listed):
    def loaded():
        seen["rows"] = self.model.rowCount()
        print(json.dumps(seen), flush=True)
        os._exit(0)

    self.list_loaded.connect(loaded)
    arrived(self, listed)


main_window._direct_list_job = direct_list_job
main_window.MainWindow._list_arrived = list_arrived
from bibagreements.cli import main
main(["--db", sys.argv[1]])
"""


def test_the_first_list_is_shown_before_the_database_layer_loads(tmp_path: Path) -> None:
    database_file(tmp_path / "start.sqlite3", demo=True)  # up to date: read straight
    seen = json.loads(_start_window(LISTED_CODE, tmp_path))
    assert seen["rows"] == 3 and seen["read_directly"] is True
    assert seen["layer"] == [] and seen["main_thread"] == []
