"""Small widgets of our own: the optional date edit."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize("text", ["2019-11-08", "20191108"])
def test_dates_typed_either_way(qtbot, typist, text: str) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.gui.widgets import OptionalDateEdit

    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    assert edit.value() is None and edit.text() == "–"
    typist(edit, text)
    assert edit.value() == date(2019, 11, 8)


def _two_dates(qtbot, cls):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    start, end, after = cls(host), cls(host), QLineEdit(host)
    for widget in (start, end, after):
        layout.addWidget(widget)
    host.show()
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    return host, start, end, after


@pytest.mark.parametrize("kind", ["DateEdit", "OptionalDateEdit"])
def test_type_a_date_tab_type_the_next(qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtWidgets import QApplication

    from bibagreements.gui import widgets

    _host, start, end, after = _two_dates(qtbot, getattr(widgets, kind))
    qtbot.keyClicks(start, "2027-03-01")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is end  # Tab left the field, not the month
    qtbot.keyClicks(end, "2028-02-29")
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    assert start.date() == QDate(2027, 3, 1)
    assert end.date() == QDate(2028, 2, 29)
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is end  # and Shift+Tab goes back a field


@pytest.mark.parametrize("key", ["F4", "AltDown"])
def test_the_calendar_is_one_key_away(qtbot, key: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtWidgets import QApplication

    from bibagreements.gui.widgets import DateEdit

    _host, start, _end, _after = _two_dates(qtbot, DateEdit)
    start.setDate(QDate(2027, 3, 1))
    if key == "F4":
        qtbot.keyClick(start, Qt.Key.Key_F4)
    else:
        qtbot.keyClick(start, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = start.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert start.date() == QDate(2027, 3, 1)  # Alt+Down did not step the date
    picker = QApplication.focusWidget()
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert start.date() == QDate(2027, 3, 2)


def test_dates_in_the_editor_typed_start_tab_end(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.gui.conftest import open_editor

    editor = open_editor(qtbot, demo_window, idle)
    ui = editor.ui
    ui.startEdit.setFocus()
    qtbot.waitUntil(ui.startEdit.hasFocus)
    qtbot.keyClicks(ui.startEdit, "2027-03-01")
    qtbot.keyClick(ui.startEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.endEdit
    qtbot.keyClicks(ui.endEdit, "2029-02-28")
    assert ui.startEdit.value() == date(2027, 3, 1)
    assert ui.endEdit.value() == date(2029, 2, 28)
