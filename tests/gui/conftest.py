"""Fixtures for the GUI tests: an isolated settings file, a recording error presenter,
dialogs that fail the test instead of waiting for a click, windows over the example
agreements, typing, the Swedish translator; and helpers several GUI tests use."""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QWidget,
)

import bibagreements.gui  # noqa: F401  (installs the PySide6 refcount guard first)
from bibagreements.gui import dialogs, generate
from bibagreements.gui.context import AppContext
from bibagreements.gui.editor import AgreementEditor
from bibagreements.gui.errors import ErrorPresenter, Message
from bibagreements.gui.i18n import install_translators, remove_translators
from bibagreements.gui.main_window import MainWindow
from bibagreements.gui.registers import RegistersDialog
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


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> Iterator[None]:
    """English as the application speaks it: with its plural forms ("1 day", "2 days")."""
    translators = install_translators(qapp, "en")
    assert translators, "resources/i18n/bibagreements_en.qm must load"
    yield
    remove_translators(qapp, translators)


@pytest.fixture(autouse=True)
def no_blocking_dialogs(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "confirm",
        "ask_unsaved",
        "inform",
        "open_file",
        "save_file",
        "choose",
        "choose_colour",
        "ask_text",
        "about",
        "about_qt",
    ):
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


def close_window(window: MainWindow) -> None:
    """Close ``window`` after its editors, whatever changes a test left in them."""
    for editor in window.editors.open_editors():
        discard_changes(editor)
    window.close()
    window.deleteLater()


@pytest.fixture
def demo_window(qtbot, demo_ctx: AppContext) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_ctx)
    yield window
    close_window(window)


@pytest.fixture
def empty_window(qtbot, ctx: AppContext) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, ctx)
    yield window
    close_window(window)


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


TS = generate.I18N / "bibagreements_sv.ts"


def ts_messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    """(context, message) for every message of a Qt translation file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield name, message


def translations(message: ET.Element) -> list[str]:
    """A message's translation, or each of its plural forms (numerus messages)."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def plain_text(text: str) -> str:
    """A shown text without mnemonics, warning sign and trailing ellipsis."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.replace("⚠", "").strip().removesuffix("…")  # tooltips drop the ellipsis


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[list[re.Pattern[str]]]:
    """The Swedish translators installed; yields patterns of every Swedish text there is."""
    translators = install_translators(qapp, "sv")
    assert len(translators) == 2, "our catalogue and qtbase_sv must both load"
    patterns = []
    for _context, message in ts_messages(TS):
        for translated in translations(message):
            text = plain_text(translated).replace("%n", "{}")
            parts = [re.escape(part) for part in re.split(r"\{\w*\}", text)]
            patterns.append(re.compile(".*".join(parts), re.IGNORECASE | re.DOTALL))
    for button in ("OK", "Save", "Cancel", "Close", "Discard", "Apply", "Yes", "No"):
        text = plain_text(QCoreApplication.translate("QPlatformTheme", button))
        patterns.append(re.compile(re.escape(text), re.IGNORECASE))
    # Deliberately untranslated: language names in their own language, and symbols.
    patterns.append(re.compile(r"Svenska|English|bibagreements|NNNNNN-NNNN|[\W\d_]*"))
    yield patterns
    remove_translators(qapp, translators)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def select_person(qtbot, dialog: RegistersDialog, typist, name: str) -> None:  # type: ignore[no-untyped-def]
    """Find ``name`` on the registers' People page and click it."""
    dialog.tabs.setCurrentWidget(dialog.people_page)
    page = dialog.people_page
    page.search.clear()
    typist(page.search, name)
    assert page.proxy.rowCount() == 1
    rect = page.table.visualRect(page.proxy.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current() is not None and page.current().name == name


def replace_eva(qtbot, window, idle, typist, monkeypatch):  # type: ignore[no-untyped-def]
    """Replace Eva Norén (the framework's contact) by a new person, from the registers."""
    from bibagreements.domain.records import Person
    from bibagreements.services.organisations import list_organisations, save_person

    def add_person(uow):  # type: ignore[no-untyped-def]
        org = next(o for o in list_organisations(uow) if o.name == "Region Västmanland")
        return save_person(uow, Person("Ny Kontakt", organisation_id=org.id))

    window.ctx.op(window, add_person)
    window.tools.show_registers()
    idle(window.ctx)
    registers = window.tools.registers
    select_person(qtbot, registers, typist, "Eva Norén")
    monkeypatch.setattr(
        dialogs,
        "choose",
        lambda parent, title, label, options: next(
            i for i, o in enumerate(options) if o.startswith("Ny Kontakt")
        ),
    )
    registers.replace_person()
    idle(window.ctx)
    return registers


def hold_worker(ctx):  # type: ignore[no-untyped-def]
    """Keep the worker busy until the returned event is set: results wait in line."""
    gate = threading.Event()
    ctx.run(ctx.worker, lambda: gate.wait(10))
    return gate


def open_editor(qtbot, window, idle, agreement_id: int | None = None) -> AgreementEditor:  # type: ignore[no-untyped-def]
    """Open the editor of ``agreement_id`` (a new agreement's for None) and wait until it shows."""
    window.editors.open_agreement(agreement_id)
    idle(window.ctx)
    if agreement_id is None:
        qtbot.waitUntil(lambda: bool(window.editors.tracked))
        editor = next(iter(window.editors.tracked.values()))
    else:
        qtbot.waitUntil(lambda: agreement_id in window.editors.tracked)
        editor = window.editors.tracked[agreement_id]
    editor.activateWindow()
    return editor


def discard_changes(editor: AgreementEditor) -> None:
    """Close ``editor`` as if it were saved: nobody is there to answer "Save?"."""
    editor._baseline = editor.collect()[0]
    editor.close()


def delete_editor(editor: AgreementEditor) -> None:
    """Close ``editor`` and delete it at once, as when its window goes away."""
    discard_changes(editor)
    shiboken6.delete(editor)


def error_labels(widget) -> list[QLabel]:  # type: ignore[no-untyped-def]
    """The labels beside the fields that say what is wrong with them."""
    return [w for w in widget.findChildren(QLabel) if w.objectName().endswith("Error")]
