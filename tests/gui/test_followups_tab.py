"""The editor's Follow-up tab: entries per year, added, changed and deleted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bibagreements.gui import dialogs
from tests.gui.conftest import open_editor


def _tab(qtbot, window, idle):  # type: ignore[no-untyped-def]
    window.ctx.today = lambda: date(2021, 3, 1)
    editor = open_editor(qtbot, window, idle, 1)
    editor.sections.show(editor.ui.followUpsTab)
    idle(window.ctx)
    return editor, editor.ui.followUpsPanel


def _rows(panel) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    t = panel.table
    return [tuple(t.item(r, c).text() for c in range(t.columnCount())) for r in range(t.rowCount())]


def _stored(window):  # type: ignore[no-untyped-def]
    from bibagreements.services.followups import agreement_followups

    with window.ctx._database().unit_of_work() as uow:
        return agreement_followups(uow, 1)


def test_add_change_and_delete_an_entry(qtbot, demo_window, idle, typist, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    editor, panel = _tab(qtbot, demo_window, idle)
    assert [r[:2] for r in _rows(panel)] == [
        ("2020", "Regional arbetsgrupp"),
        ("2020", "Kompetensutveckling"),
        ("2020", "Spridning"),
        ("2020", "(the agreement as a whole)"),
    ]
    assert not panel.edit_button.isEnabled()

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel._dialog
    ui = dialog.ui
    assert ui.yearSpin.value() == 2021  # this year, by default
    ui.yearSpin.setFocus()
    QTest.keyClick(ui.yearSpin, Qt.Key.Key_Down)  # 2020
    QTest.keyClick(ui.yearSpin, Qt.Key.Key_Tab)
    ui.areaCombo.setCurrentIndex(2)  # Kompetensutveckling
    typist(ui.subGoalEdit, "Fler utbildade")
    typist(ui.outcomeEdit, "Ett tredje utbildningstillfälle blev av.")
    typist(ui.fundingEdit, "tusen")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "amount in kronor" in ui.errorLabel.text()
    ui.fundingEdit.clear()
    typist(ui.fundingEdit, "12 500,50")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    assert dialog.isVisible() and "who the money was received from" in ui.errorLabel.text()
    typist(ui.funderEdit, "Kungliga biblioteket")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    assert not dialog.isVisible()
    added = [e for e in _stored(demo_window) if e.sub_goal == "Fler utbildade"]
    assert [(e.year, e.area_title) for e in added] == [(2020, "Kompetensutveckling")]
    assert (added[0].funding_sek, added[0].funder) == (Decimal("12500.50"), "Kungliga biblioteket")
    assert len(_rows(panel)) == 5

    row = next(i for i, r in enumerate(_rows(panel)) if r[2] == "Fler utbildade")
    panel.table.selectRow(row)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    ui = panel._dialog.ui
    assert ui.subGoalEdit.text() == "Fler utbildade"
    assert ui.fundingEdit.text() == "12 500,50" and ui.funderEdit.text() == "Kungliga biblioteket"
    ui.subGoalEdit.clear()
    ui.activityEdit.clear()
    ui.outcomeEdit.clear()
    qtbot.mouseClick(panel._dialog.save_button, Qt.MouseButton.LeftButton)
    assert panel._dialog.isVisible()  # nothing written: refused, with the reason beside it
    assert ui.errorLabel.isVisible() and "sub-goal" in ui.errorLabel.text()
    typist(ui.subGoalEdit, "Fler utbildade i hela Skåne")
    qtbot.mouseClick(panel._dialog.save_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    assert [e.sub_goal for e in _stored(demo_window) if e.id == added[0].id] == [
        "Fler utbildade i hela Skåne"
    ]

    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    panel.table.selectRow(row)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    assert all(e.id != added[0].id for e in _stored(demo_window))
    assert len(_rows(panel)) == 4
    editor.close()


def test_a_new_agreement_has_nothing_to_follow_up_yet(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    demo_window.editors.new_agreement()
    idle(demo_window.ctx)
    qtbot.waitUntil(lambda: bool(demo_window.editors.tracked))
    panel = next(iter(demo_window.editors.tracked.values())).ui.followUpsPanel
    assert not panel.add_button.isEnabled()
    assert "Save the agreement first" in panel.hint.text()
