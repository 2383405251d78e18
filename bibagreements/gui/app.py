"""Starting the desktop application: ``bibagreements`` with no command, or ``python main.py``."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from bibagreements import __version__
from bibagreements.gui.context import AppContext
from bibagreements.gui.errors import ErrorPresenter
from bibagreements.gui.first_paint import after_first_paint
from bibagreements.gui.i18n import choose_language, install_translators
from bibagreements.gui.icons import application_icon
from bibagreements.gui.main_window import MainWindow
from bibagreements.gui.settings import APPLICATION, ORGANISATION, Settings
from bibagreements.gui.single_instance import SingleInstance, bring_to_front, tell_shared


def install_style(app: QApplication) -> None:
    # Imported when used: subclassing QProxyStyle makes PySide6 build every QStyle
    # enum (about 6 ms), and the loading page shows no text the style is for.
    from bibagreements.gui.style import install_style as install

    install(app)


def create_application(argv: list[str] | None = None, style: bool = True) -> QApplication:
    """The application object, with our style unless ``style`` is False (``main``
    installs it once the window is on screen)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    # Wayland and the docks find the icon through bibagreements.desktop.
    QGuiApplication.setDesktopFileName("bibagreements")
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(application_icon())  # every window's; the files are read when drawn
    if style:
        install_style(app)
    return app


def start(app: QApplication, db: str | None, settings: Settings) -> tuple[AppContext, MainWindow]:
    """Build the context and the main window; the list loads in the background."""
    app.translators = install_translators(app, choose_language(settings.language))  # type: ignore[attr-defined]
    errors = ErrorPresenter(QApplication.activeWindow)
    ctx = AppContext(db or settings.last_database or None, settings, errors)
    window = MainWindow(ctx)
    return ctx, window


def _follow_instance(instance: SingleInstance, window: MainWindow, shared: bool) -> None:
    """Later starts on this database raise this window; a switch of database follows."""
    instance.activate_requested.connect(lambda: bring_to_front(window))

    def switched(name: str) -> None:
        if not instance.switch(name):
            tell_shared(window)

    window.databases.switched_to.connect(switched)
    if shared:
        QTimer.singleShot(0, lambda: tell_shared(window))
    else:
        QTimer.singleShot(300, instance.listen)  # QtNetwork loads after the list


PROBE = "BIBAGREEMENTS_STARTUP_PROBE"


def _rss_mb() -> float:  # MiB
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _install_probe(app: QApplication, window: MainWindow, ctx: AppContext) -> None:
    """For tests/bench/bench_gui.py: print when the window has painted (now), when the
    list is shown and searchable, and when the work after it is done; then quit."""
    print(f"shown {time.time():.6f}", flush=True)

    def listed() -> None:
        print(f"listed {time.time():.6f} rows {window.model.rowCount()}", flush=True)
        print(f"rss_listed {_rss_mb():.1f}", flush=True)

        def done(busy: bool) -> None:
            if not busy:
                print(f"idle {time.time():.6f}", flush=True)
                print(f"rss {_rss_mb():.1f}", flush=True)
                app.quit()

        ctx.worker.busy_changed.connect(done)

    window.list_loaded.connect(listed)


def main(db: str | None = None, offer: str | None = None) -> int:
    """The window on ``db``; ``offer``: an interchange file to offer to import once the
    register has opened (``bibagreements FILE.json``)."""
    app = create_application(style=False)
    settings = Settings()
    db_name = db or settings.last_database or None
    instance = SingleInstance(db_name)
    shared = not instance.claim()
    if shared and instance.ask_first_to_show():
        print(
            "bibagreements: that database is open in another window, brought to the front now",
            file=sys.stderr,
        )
        return 0
    ctx, window = start(app, db_name, settings)
    sys.excepthook = ctx.errors.excepthook
    window.show()

    def after_first_frame() -> None:
        if os.environ.get(PROBE):
            _install_probe(app, window, ctx)
        install_style(app)  # before the list or an editor shows
        # The window's parts (following the instance needs them), then the database,
        # opened on the worker thread.
        _follow_instance(instance, window, shared)
        if offer is not None:
            window.offer_import_when_open(Path(offer))
        window.reload()

    after_first_paint(window, after_first_frame)
    # settings.last_database is remembered by the window once the database has opened.
    code = app.exec()
    instance.release()
    ctx.close()
    sys.excepthook = sys.__excepthook__
    return int(code)
