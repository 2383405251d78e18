"""The whole reference agreement from the keyboard alone, at 1024×768: new, title, short
title, period, two parties, save, the PDF for signature and the first check-in recorded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from bibagreements.domain.enums import CheckinStatus
from bibagreements.gui import screen_fit
from bibagreements.gui.editor import AgreementEditor
from bibagreements.gui.record_checkin import RecordCheckinDialog
from bibagreements.services.agreements import get_agreement
from bibagreements.services.schedule import list_checkins
from tests.gui.conftest import discard_changes

TITLE = (
    "Överenskommelse om samarbete mellan Region Skånes kulturförvaltning"
    " och Biblioteken i Kristianstad"
)
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    """Where a key goes, as on a real keyboard: an open pop-up (a completer's list) takes it,
    else the focused widget, else the active window."""
    widget = (
        QApplication.activePopupWidget()
        or QApplication.focusWidget()
        or QApplication.activeWindow()
    )
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), key, modifier)


def back_to(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    # The offscreen platform hands the activation to no window when a pop-up or the
    # progress dialog closes; a desktop gives it back to the window underneath.
    if QApplication.activeWindow() is None:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QSize:
    """1024×768 with a task bar, for every window: requested before the main window."""
    room = QSize(1024, 728)
    monkeypatch.setattr(screen_fit, "available_size", lambda window: room)
    return room


def test_the_reference_agreement_from_the_keyboard(  # type: ignore[no-untyped-def]
    qtbot, small_screen, demo_window, idle, typist, tmp_path: Path
) -> None:
    window = demo_window
    assert window.width() <= small_screen.width() and window.height() <= small_screen.height()
    ctx = window.ctx
    ctx.today = lambda: date(2020, 2, 20)
    ctx.settings.documents_folder = str(tmp_path)  # where "Create PDF" writes, not a key step
    window.activateWindow()
    window.list_page.search_edit.setFocus()  # where the main window's keyboard starts
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.list_page.search_edit)

    # 1. Ctrl+N: a new agreement, the cursor in its title.
    press(qtbot, Qt.Key.Key_N, CTRL)
    idle(ctx)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), AgreementEditor))
    editor = QApplication.activeWindow()
    assert isinstance(editor, AgreementEditor)
    assert editor.stored is None or editor.stored.id is None
    assert editor.width() <= small_screen.width() and editor.height() <= small_screen.height()
    ui = editor.ui
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.titleEdit)
    typist(QApplication.focusWidget(), TITLE)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.short_title_edit
    typist(QApplication.focusWidget(), "Kristianstad 2019")
    press(qtbot, Qt.Key.Key_P, ALT)  # &Period
    assert focused() is ui.startEdit
    typist(QApplication.focusWidget(), "2019-11-08")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.endEdit
    typist(QApplication.focusWidget(), "2020-12-31")
    press(qtbot, Qt.Key.Key_Tab)
    assert ui.startEdit.value() == date(2019, 11, 8) and ui.endEdit.value() == date(2020, 12, 31)
    press(qtbot, Qt.Key.Key_5, ALT)
    assert ui.pages.currentWidget() is ui.partiesTab
    parties = ui.partiesEditor
    names = {o.name: o.id for o in parties.organisations.values()}
    for count, name in enumerate(("Region Skånes kulturförvaltning", "Biblioteken i Kristianstad")):
        press(qtbot, Qt.Key.Key_A, ALT)  # &Add party: a mnemonic clicks after its animation
        qtbot.waitUntil(lambda n=count + 1: len(parties.drafts) == n)
        qtbot.waitUntil(lambda: focused() is parties.organisation_combo)
        typist(QApplication.focusWidget(), name)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
        back_to(qtbot, editor)
        assert parties.drafts[-1].organisation_id == names[name]

    # 2. Ctrl+S saves.
    press(qtbot, Qt.Key.Key_S, CTRL)
    idle(ctx)
    qtbot.waitUntil(lambda: editor.stored is not None and editor.stored.id is not None)
    idle(ctx)
    back_to(qtbot, editor)
    agreement_id = editor.stored.id
    with ctx._database().unit_of_work() as uow:
        saved = get_agreement(uow, agreement_id)
    assert saved.title == TITLE and saved.short_title == "Kristianstad 2019"
    assert (saved.start, saved.end) == (date(2019, 11, 8), date(2020, 12, 31))
    assert [p.organisation_id for p in saved.parties] == [
        names["Region Skånes kulturförvaltning"],
        names["Biblioteken i Kristianstad"],
    ]

    # 3. Ctrl+Shift+P writes the PDF for signature.
    panel = ui.documentsPanel
    qtbot.waitUntil(editor.bar_actions.pdf_button.isEnabled)
    with qtbot.waitSignal(panel.generated, timeout=20_000) as written:
        press(qtbot, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    pdf = Path(written.args[0].path)
    assert pdf.parent == tmp_path and pdf.read_bytes().startswith(b"%PDF")
    assert b"/Sig" in pdf.read_bytes()  # the empty signature fields
    idle(ctx)
    back_to(qtbot, editor)

    # 4. Ctrl+K records the check-in due next: the held date typed, Enter saves.
    press(qtbot, Qt.Key.Key_K, CTRL)
    idle(ctx)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RecordCheckinDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RecordCheckinDialog)
    due = dialog.checkin.due
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.heldEdit)
    assert dialog.ui.heldEdit.date().toPython() != date(2020, 2, 14)  # so the typing counts
    typist(QApplication.focusWidget(), "2020-02-14")
    press(qtbot, Qt.Key.Key_Return)
    idle(ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with ctx._database().unit_of_work() as uow:
        checkin = next(c for c in list_checkins(uow, agreement_id) if c.due == due)
    assert checkin.status is CheckinStatus.HELD and checkin.held_on == date(2020, 2, 14)
    discard_changes(editor)
