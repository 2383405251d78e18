"""The README's screenshots, made from the example agreements (a developer tool).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python -m bibagreements.gui.screenshots

writes docs/screenshots/{main,editor,start}-{sv,en}.png (the windows at
1366×768, as on a given day) and document-{sv,en}.png (the first page of the
reference agreement's PDF, by pdftoppm). Everything runs on a new database in
a temporary folder, with settings of its own: the user's are never touched.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QEventLoop, QSettings, QSize
from PySide6.QtWidgets import QApplication, QWidget

from bibagreements.gui.agreement_model import ID_ROLE
from bibagreements.gui.context import AppContext
from bibagreements.gui.errors import ErrorPresenter
from bibagreements.gui.i18n import install_translators, remove_translators
from bibagreements.gui.main_window import MainWindow
from bibagreements.gui.settings import Settings
from bibagreements.services.demo import REFERENCE_TITLE

SIZE = QSize(1366, 768)
# A day when the example agreements have check-ins behind and ahead of them.
TODAY = date(2021, 12, 15)
LANGUAGES = ("sv", "en")
WINDOWS = ("main", "editor", "start")
OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
# The agreement shown in the editor: the county framework with its eleven parties.
EDITOR_TITLE = "Samverkansavtal om gemensamt bibliotekssystem i Västmanlands län"
TIMEOUT = 30.0


class Failures(ErrorPresenter):
    """An error stops the run instead of waiting in a dialog nobody answers."""

    def present(self, exc: BaseException, parent: QWidget | None = None) -> None:
        raise RuntimeError(f"screenshots: {self.describe(exc).text}") from exc


def _cli(*args: str) -> None:
    command = [sys.executable, "-m", "bibagreements", *args]
    subprocess.run(command, check=True, capture_output=True, text=True)


def example_database(folder: Path) -> str:
    """A new database with the example agreements, loaded as ``bibagreements demo`` does."""
    db = str(folder / "examples.sqlite3")
    _cli("--db", db, "demo")
    return db


def wait_until(done: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(f"screenshots: waited too long for {what}")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def _settle(ctx: AppContext) -> None:
    wait_until(lambda: not ctx.worker.busy, "the background work")
    for _ in range(5):  # layouts and repaints posted by the last results
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> Path:
    """``widget`` as a small PNG: 256 colours are plenty for a window."""
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    optimise(path)
    return path


def optimise(path: Path) -> None:
    with Image.open(path) as opened:
        image = opened.convert("RGB")
    image.quantize(colors=256, dither=Image.Dither.NONE).save(path, optimize=True)


def find_agreement(window: MainWindow, title: str) -> tuple[int, int]:
    """The list row and the id of the agreement titled ``title`` (in any column)."""
    model = window.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if model.data(index) == title:
                found = model.data(index, ID_ROLE)
                if isinstance(found, int):
                    return row, found
    raise LookupError(f"screenshots: no agreement titled {title!r} in the list")


def select(window: MainWindow, title: str) -> None:
    row, _id = find_agreement(window, title)
    shown = window.proxy.mapFromSource(window.model.index(row, 0))
    page = window.ensure_list_page()
    page.table.selectRow(shown.row())
    # The preview follows the selection after a short pause, then loads.
    wait_until(lambda: not page.preview_timer.isActive(), "the preview")


def open_main_window(ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    window.resize(SIZE)
    window.show()
    loaded: list[bool] = []
    window.list_loaded.connect(lambda: loaded.append(True))
    window.reload()
    wait_until(lambda: bool(loaded), "the list")
    _settle(ctx)
    return window


def show_start_page(window: MainWindow, ctx: AppContext) -> None:
    """Idag, the start page: what needs attention on the day."""
    window.followup.show_reminders()
    _settle(ctx)


def shoot_windows(
    db: str, language: str, out: Path, which: tuple[str, ...] = WINDOWS
) -> list[Path]:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "screenshots need a QApplication"
    translators = install_translators(app, language)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="bibagreements-shots-") as private:
        store = QSettings(str(Path(private) / "settings.ini"), QSettings.Format.IniFormat)
        settings = Settings(store)
        ctx = AppContext(db, settings, Failures())
        ctx.today = lambda: TODAY
        window = open_main_window(ctx)
        try:
            if "main" in which:
                select(window, EDITOR_TITLE)
                if window.followup.reminders_dock is not None:
                    window.followup.reminders_dock.hide()  # the start page shows it
                _settle(ctx)
                written.append(save(window, out / f"main-{language}.png"))
            if "start" in which:
                show_start_page(window, ctx)
                written.append(save(window, out / f"start-{language}.png"))
            if "editor" in which:
                written.append(shoot_editor(window, ctx, out / f"editor-{language}.png"))
        finally:
            for editor in window.editors.open_editors():
                editor.hide()
                editor.deleteLater()
            window.hide()
            window.deleteLater()
            ctx.close()
            remove_translators(app, translators)
            QApplication.processEvents()
    return written


def shoot_editor(window: MainWindow, ctx: AppContext, path: Path) -> Path:
    _row, target = find_agreement(window, EDITOR_TITLE)
    window.editors.open_agreement(target)
    wait_until(lambda: window.editors.editor_for(target) is not None, "the editor")
    editor = window.editors.editor_for(target)
    assert editor is not None
    editor.resize(SIZE)
    _settle(ctx)
    return save(editor, path)


def shoot_document(db: str, language: str, out: Path, work: Path) -> Path:
    """The reference agreement's first page, as ``bibagreements render`` writes it."""
    pdf = work / f"reference-{language}.pdf"
    reference = _reference_id(db)
    _cli("--db", db, "render", "--format", "pdf", "--lang", language, "-o", str(pdf), reference)
    target = out / f"document-{language}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    stem = str(target.with_suffix(""))
    pages = ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"]
    subprocess.run([*pages, str(pdf), stem], check=True, capture_output=True)
    optimise(target)
    return target


def _reference_id(db: str) -> str:
    listed = subprocess.run(
        [sys.executable, "-m", "bibagreements", "--db", db, "list"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for line in listed.splitlines():
        if line.rstrip().endswith(REFERENCE_TITLE):
            return line.split()[0]
    raise LookupError("screenshots: the reference agreement is not in the example database")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write (docs/screenshots)")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="bibagreements-shots-") as work:
        db = example_database(Path(work))
        for language in LANGUAGES:
            written += shoot_windows(db, language, args.out)
            written.append(shoot_document(db, language, args.out, Path(work)))
    for path in written:
        print(f"{path}  {path.stat().st_size // 1024} KB")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
