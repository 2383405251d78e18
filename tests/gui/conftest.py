"""Fixtures for the GUI tests: an isolated settings file, a recording error presenter,
and dialogs that fail the test instead of waiting for a click."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

import bibagreements.gui  # noqa: F401  (installs the PySide6 refcount guard first)
from bibagreements.gui import dialogs
from bibagreements.gui.context import AppContext
from bibagreements.gui.errors import ErrorPresenter, Message
from bibagreements.gui.main_window import MainWindow
from bibagreements.gui.settings import Settings


class RecordingPresenter(ErrorPresenter):
    """Keeps the messages instead of showing a dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[Message] = []
        self.exceptions: list[BaseException] = []

    def present(self, exc: BaseException, parent: QWidget | None = None) -> None:
        self.exceptions.append(exc)
        super().present(exc, parent)

    def show(self, message: Message, parent: QWidget | None) -> None:
        self.messages.append(message)

    def _log(self, details: str) -> None:  # keep the user's log file clean
        pass


def _unexpected(name: str):  # type: ignore[no-untyped-def]
    def fail(*args: object, **kwargs: object) -> object:
        raise AssertionError(f"unexpected dialog: dialogs.{name}{args[1:]}")

    return fail


@pytest.fixture(autouse=True)
def no_blocking_dialogs(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("confirm", "ask_unsaved", "inform", "open_file", "save_file", "choose", "about"):
        monkeypatch.setattr(dialogs, name, _unexpected(name))

    def no_exec(self: QDialog) -> int:
        raise AssertionError(f"a modal dialog would block the test: {type(self).__name__}")

    monkeypatch.setattr(QDialog, "exec", no_exec)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def presenter() -> RecordingPresenter:
    return RecordingPresenter()


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "gui.sqlite3")


@pytest.fixture
def demo_db(db_path: str) -> str:
    from tests.databases import database_file

    return database_file(db_path, demo=True)


@pytest.fixture
def make_ctx(qapp: object, settings: Settings, presenter: RecordingPresenter) -> Iterator:  # type: ignore[type-arg]
    made: list[AppContext] = []

    def make(db: str) -> AppContext:
        ctx = AppContext(db, settings, presenter)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.close()


@pytest.fixture
def ctx(make_ctx, db_path: str) -> AppContext:  # type: ignore[no-untyped-def]
    return make_ctx(db_path)


@pytest.fixture
def demo_ctx(make_ctx, demo_db: str) -> AppContext:  # type: ignore[no-untyped-def]
    return make_ctx(demo_db)


def wait_idle(qtbot, ctx: AppContext, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ctx.worker.busy, timeout=timeout)


def open_window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)  # closed by the fixtures below, after open editors are discarded
    window.show()
    with qtbot.waitSignal(window.list_loaded, timeout=10_000):
        window.reload()
    wait_idle(qtbot, ctx)
    return window


def _discard_editors(window: MainWindow) -> None:
    # A test may end with changes in an open editor; nobody is there to answer "Save?".
    for editor in window.editors.open_editors():
        editor._baseline = editor.collect()[0]
        editor.close()
    window.close()
    window.deleteLater()


@pytest.fixture
def demo_window(qtbot, demo_ctx: AppContext) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_ctx)
    yield window
    _discard_editors(window)


@pytest.fixture
def empty_window(qtbot, ctx: AppContext) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, ctx)
    yield window
    _discard_editors(window)


@pytest.fixture
def idle(qtbot):  # type: ignore[no-untyped-def]
    """``idle(ctx)`` waits until the worker has finished every queued job."""
    return lambda ctx, timeout=10_000: wait_idle(qtbot, ctx, timeout)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, Swedish letters and dashes included.

    QTest.keyClicks only knows ASCII (it aborts on "ä"), so each character is sent
    as a key press and release carrying its text, as a keyboard would.
    """
    for char in text:
        upper = char.upper()
        code = ord(upper) if len(upper) == 1 and ord(upper) < 0x100 else int(Qt.Key.Key_unknown)
        if char == " ":
            code = int(Qt.Key.Key_Space)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def typist():  # type: ignore[no-untyped-def]
    return type_text
