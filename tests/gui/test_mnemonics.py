"""No mnemonic (Alt+letter) means two things in one window, tab page or menu, in either language.

The walk is generic: every label, button, group box, tab and menu of every form and window
counts, so widgets added later are checked too; and every widget class of the GUI must be
met by the walk (the last test), so a new window cannot escape it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

import bibagreements.gui
from bibagreements.gui import dialogs
from bibagreements.gui.i18n import install_translators, remove_translators
from bibagreements.gui.widgets import DateEdit
from tests.gui.conftest import open_editor


@dataclass(frozen=True)
class Mnemonic:
    key: str  # "Alt+S"
    text: str  # the text that carries it, as shown
    widget: QWidget


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def _is_page(widget: QWidget) -> bool:
    return isinstance(widget.parentWidget(), QStackedWidget)


def _shown(widget: QWidget, window: QWidget) -> bool:
    """Visible when its window shows, whichever page of a tab or stack is current."""
    current: QWidget | None = widget
    while current is not None and current is not window:
        if current.isHidden() and not _is_page(current):
            return False
        current = current.parentWidget()
    return True


def _pages(widget: QWidget, window: QWidget) -> frozenset[int]:
    """The stacked pages (by id) ``widget`` lies in: visible only while they are current."""
    found = set()
    current: QWidget | None = widget
    while current is not None and current is not window:
        if _is_page(current):
            found.add(id(current))
        current = current.parentWidget()
    return frozenset(found)


def _own_mnemonics(widget: QWidget) -> Iterator[tuple[str, str]]:
    texts: list[str] = []
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        texts.append(widget.text())
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    if isinstance(widget, QMainWindow) and widget.menuWidget() is not None:
        texts += [a.text() for a in widget.menuBar().actions() if a.isVisible()]
    for text in texts:
        key = mnemonic(text)
        if key:
            yield key, text


def window_widgets(window: QWidget) -> list[QWidget]:
    """The widgets of ``window`` itself, not of the dialogs it owns."""
    return [w for w in [window, *window.findChildren(QWidget)] if w.window() is window]


def clashes(window: QWidget) -> list[str]:
    """Mnemonics used twice among what shows together, each with the texts that share it."""
    entries: list[tuple[frozenset[int], Mnemonic]] = []
    pages: set[frozenset[int]] = {frozenset()}
    for widget in window_widgets(window):
        if not _shown(widget, window):
            continue
        where = _pages(widget, window)
        pages.add(where | ({id(widget)} if _is_page(widget) else set()))
        for key, text in _own_mnemonics(widget):
            entries.append((where, Mnemonic(key, text, widget)))
    found = set()
    for page in pages:
        by_key: dict[str, list[str]] = defaultdict(list)
        for where, entry in entries:
            if where <= _closure(page, window):
                by_key[entry.key].append(entry.text)
        for key, texts in by_key.items():
            if len(texts) > 1:
                found.add(f"{type(window).__name__}: {key} " + " / ".join(sorted(texts)))
    found.update(_menu_clashes(window))
    return sorted(found)


def _closure(page: frozenset[int], window: QWidget) -> frozenset[int]:
    """The page and every page it lies in."""
    ids = set(page)
    for widget in window_widgets(window):
        if id(widget) in page:
            ids |= _pages(widget, window)
    return frozenset(ids)


def _menu_clashes(window: QWidget) -> Iterator[str]:
    menus = [m for m in window.findChildren(QMenu)]
    for menu in menus:
        by_key: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            if action.isVisible() and not action.isSeparator():
                key = mnemonic(action.text())
                if key:
                    by_key[key].append(action.text())
        for key, texts in by_key.items():
            if len(texts) > 1:
                yield f"menu {menu.title()!r}: {key} " + " / ".join(sorted(texts))


def missing_buddies(window: QWidget) -> list[str]:
    """Labels with a mnemonic that moves focus nowhere, and form labels without a field."""
    bad = []
    for widget in window_widgets(window):
        if isinstance(widget, QLabel) and widget.buddy() is None and mnemonic(widget.text()):
            bad.append(f"{type(window).__name__}: {widget.text()!r} has no buddy")
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None:
                continue
            text, target = label.widget(), field.widget()
            if (
                isinstance(text, QLabel)
                and target is not None
                and target.focusPolicy()
                and (text.buddy() is None and target.isEnabled() and text.text().strip())
            ):
                bad.append(f"{type(window).__name__}: form label {text.text()!r} has no buddy")
    return bad


def plain_date_edits(window: QWidget) -> list[str]:
    """Date fields that are not our DateEdit (where Tab would move between the date's parts)."""
    return [
        f"{type(window).__name__}: {w.objectName() or type(w).__name__}"
        for w in window_widgets(window)
        if isinstance(w, QDateEdit) and not isinstance(w, DateEdit)
    ]


def test_the_walk_finds_clashes_per_tab_page_and_labels_without_buddy(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    name, number, lonely = QLabel("&Name:"), QLabel("Organisation &number:"), QLabel("&Lonely")
    for label in (name, number):
        label.setBuddy(QLineEdit(dialog))
    tabs = QTabWidget(dialog)
    first, second = QWidget(), QWidget()
    QPushButton("&Close", first)
    QPushButton("&Copy", second)
    QPushButton("&Hidden", second).hide()
    tabs.addTab(first, "&First")
    tabs.addTab(second, "&Second")
    for widget in (name, number, lonely, tabs, QPushButton("C&ancel", dialog)):
        layout.addWidget(widget)
    QPushButton("&Help", dialog).hide()
    assert clashes(dialog) == ["QDialog: Alt+N &Name: / Organisation &number:"]
    assert missing_buddies(dialog) == ["QDialog: '&Lonely' has no buddy"]
    QPushButton("&Second thoughts", first)
    assert clashes(dialog) == [
        "QDialog: Alt+N &Name: / Organisation &number:",
        "QDialog: Alt+S &Second / &Second thoughts",
    ]
    QPushButton("&Always", second)  # the other page's "C&ancel" neighbour
    assert "QDialog: Alt+A &Always / C&ancel" in clashes(dialog)


# -- every window of the application -------------------------------------------------------

MET: set[type] = set()  # widget classes the walk met, for the completeness test


def check(window: QWidget) -> list[str]:
    MET.update(type(w) for w in window_widgets(window))
    return clashes(window) + missing_buddies(window) + plain_date_edits(window)


@pytest.fixture(params=["en", "sv"])
def language(request, qapp: QApplication) -> Iterator[str]:  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)
    install_translators(qapp, "en")


def _generated_forms() -> Iterator[tuple[str, type]]:
    from bibagreements.gui import generated

    for info in pkgutil.iter_modules(generated.__path__):
        module = importlib.import_module(f"{generated.__name__}.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if name.startswith("Ui_") and cls.__module__ == module.__name__:
                yield name, cls


def test_designer_forms(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    problems = []
    forms = list(_generated_forms())
    assert len(forms) >= 6
    for _name, form in forms:
        host = QDialog()
        qtbot.addWidget(host)
        form().setupUi(host)
        problems += check(host)
    assert not problems, "\n".join(problems)


def test_main_window_and_its_menus(qtbot, language: str, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.gui.main_window import MainWindow

    fresh = MainWindow(demo_window.ctx)
    qtbot.addWidget(fresh)
    fresh.ensure_list_page()
    fresh.welcome_view()
    fresh.failed_page()
    problems = check(fresh) + check(demo_window)
    menus = [a.menu() for a in fresh.menuBar().actions() if a.menu() is not None]
    assert len(menus) >= 3
    assert not problems, "\n".join(problems)


def test_editors_and_their_dialogs(qtbot, language: str, demo_window, idle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.domain.records import FollowUp
    from bibagreements.gui.followups_tab import FollowUpDialog
    from bibagreements.gui.pdf_preview import PdfPreview
    from bibagreements.gui.record_checkin import RecordCheckinDialog
    from bibagreements.gui.signed_copies import AttachSignedCopyDialog
    from bibagreements.services.documents import DocumentFormat, render_agreement
    from bibagreements.storage.database import open_database

    problems = []
    new = open_editor(qtbot, demo_window, idle)
    problems += check(new)
    editor = open_editor(qtbot, demo_window, idle, 1)
    problems += check(editor)
    agreement = editor.stored
    db = open_database(demo_window.ctx.db_name)
    with db.unit_of_work() as uow:
        pdf = render_agreement(uow, 1, DocumentFormat.PDF, tmp_path / "avtal.pdf").path
    db.close()
    ctx = demo_window.ctx
    for dialog in (
        RecordCheckinDialog(ctx, agreement, agreement.checkins[0]),
        AttachSignedCopyDialog(ctx, agreement, agreement.parties[0]),
        FollowUpDialog(ctx, agreement, FollowUp(agreement.id or 0, 2020)),
        PdfPreview(pdf, 2),
    ):
        qtbot.addWidget(dialog)
        problems += check(dialog)
    assert not problems, "\n".join(problems)


def test_tool_windows(qtbot, language: str, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.domain.problems import Problem
    from bibagreements.domain.records import Agreement, Party
    from bibagreements.gui.clause_register import ClauseRegister
    from bibagreements.gui.errors import DetailsDialog, Message
    from bibagreements.gui.house_style_dialog import HouseStyleDialog
    from bibagreements.gui.import_report import ImportReportDialog
    from bibagreements.gui.record_dialogs import OrganisationDialog, PersonDialog
    from bibagreements.gui.registers import RegistersDialog
    from bibagreements.gui.reminders_panel import RemindersPanel
    from bibagreements.gui.report_tools import ReportSectionsDialog
    from bibagreements.gui.settings_dialog import SettingsDialog
    from bibagreements.gui.signing_dialogs import ReceiveSignedDialog, SignHereDialog
    from bibagreements.gui.template_dialog import NewFromTemplateDialog
    from bibagreements.gui.timeline import TimelineWindow
    from bibagreements.gui.trust_list import TrustListDialog
    from bibagreements.services.document_import import ImportReport

    ctx = demo_window.ctx
    windows: list[QWidget] = [
        RegistersDialog(ctx),
        SettingsDialog(ctx.settings, demo_window.list_columns()),
        OrganisationDialog(ctx, [], None),
        PersonDialog(ctx, [], None, None),
        TimelineWindow(ctx),
        RemindersPanel(ctx),
        HouseStyleDialog(ctx, "", None),
        ClauseRegister(ctx),
        ReportSectionsDialog(ctx, 2020),
        NewFromTemplateDialog(ctx, "", None),
        TrustListDialog(ctx),
        ReceiveSignedDialog(ctx, Agreement(title="Avtal", id=1, parties=(Party(1),))),
        SignHereDialog(ctx, Agreement(title="Avtal", id=1, parties=(Party(1),)), Party(1)),
        DetailsDialog(Message("Title", "Text", "details")),
        ImportReportDialog(
            ImportReport(
                4,
                "Avtal",
                (Problem("import_title", title="Avtal"),),
                (Problem("import_no_period"),),
            ),
            "avtal.docx",
            None,
        ),
    ]
    problems = []
    for window in windows:
        qtbot.addWidget(window)
        problems += check(window)
    idle(ctx)
    assert not problems, "\n".join(problems)


# -- the questions of the dialogs module -------------------------------------------------


def asked(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """The dialogs the dialogs module shows, each answered by Cancel."""
    shown: list[QDialog] = []

    def record(self: QDialog) -> int:
        shown.append(self)
        return int(QMessageBox.StandardButton.Cancel) if isinstance(self, QMessageBox) else 0

    monkeypatch.setattr(QDialog, "exec", record)
    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


QUESTIONS: dict[str, Callable[[], object]] = {
    "confirm": lambda: dialogs.confirm(None, "Title", "Text?", "&Delete"),
    # An action without a letter, or with Cancel's, gets one of its own.
    "confirm_plain": lambda: dialogs.confirm(None, "Title", "Text?", "Delete"),
    "confirm_clash": lambda: dialogs.confirm(None, "Title", "Text?", "&Cancel check-in"),
    "ask_unsaved": lambda: dialogs.ask_unsaved(None, "Avtal"),
    "inform": lambda: dialogs.inform(None, "Title", "Text."),
    "about": lambda: dialogs.about(None, "Title", "Text."),
    "choose": lambda: dialogs.choose(None, "Title", "&Label:", ["one", "two"]),
    "ask_date": lambda: dialogs.ask_date(None, "Title", "&Date:", date(2027, 3, 1)),
    "ask_text": lambda: dialogs.ask_text(None, "Title", "&Name:", "Mall"),
    "ask_report": lambda: dialogs.ask_report(None, 2027),
    "ask_password": lambda: dialogs.ask_password(None, "postgresql://asa@db.region.se/avtal"),
    "ask_review": lambda: dialogs.ask_review(None, date(2027, 3, 1), date(2027, 2, 15)),
}


@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_questions_have_a_mnemonic_on_every_button(  # type: ignore[no-untyped-def]
    qtbot, language: str, monkeypatch, name: str
) -> None:
    function = name.split("_")[0] if name.startswith("confirm") else name
    monkeypatch.setattr(dialogs, function, ORIGINALS[function])  # not the test's stand-in
    shown = asked(monkeypatch)
    QUESTIONS[name]()
    assert shown, f"dialogs.{name} showed nothing"
    for dialog in shown:
        buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
        assert buttons
        assert [b.text() for b in buttons if not mnemonic(b.text())] == []
        assert check(dialog) == []
        dialog.deleteLater()


ORIGINALS = {name: getattr(dialogs, name) for name in QUESTIONS if hasattr(dialogs, name)}


# -- nothing escapes the walk ---------------------------------------------------------------


def _gui_widget_classes() -> set[type]:
    found = set()
    for info in pkgutil.walk_packages(bibagreements.gui.__path__, "bibagreements.gui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QWidget) and cls.__module__ == module.__name__:
                found.add(cls)
    return found


def test_the_walk_meets_every_widget_class_of_the_gui() -> None:
    if not MET:
        pytest.skip("run with the walks above")
    missing = sorted(
        c.__qualname__ for c in _gui_widget_classes() if not any(issubclass(m, c) for m in MET)
    )
    assert missing == [], "add a window that shows them to the walks above"
