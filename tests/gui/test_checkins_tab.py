"""The editor's Check-ins tab: the schedule, move, add, cancel, regenerate with an explanation."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from bibagreements.gui import dialogs
from tests.gui.conftest import open_editor


def _checkins_tab(qtbot, window, idle, agreement_id: int = 1):  # type: ignore[no-untyped-def]
    window.ctx.today = lambda: date(2020, 5, 20)
    editor = open_editor(qtbot, window, idle, agreement_id)
    editor.sections.show(editor.ui.checkinsTab)
    idle(window.ctx)
    return editor, editor.ui.checkinsPanel


def _table(panel) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    table = panel.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_schedule_move_add_cancel(qtbot, demo_window, idle, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _editor, panel = _checkins_tab(qtbot, demo_window, idle)
    assert _table(panel) == [("2020-05-08", "▲ Overdue"), ("2020-11-09", "○ Planned")]
    answers = iter([date(2020, 6, 2), date(2020, 9, 15)])
    monkeypatch.setattr(dialogs, "ask_date", lambda *args: next(answers))
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    assert _table(panel)[0] == ("2020-06-02", "○ Planned")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    assert [d for d, _s in _table(panel)] == ["2020-06-02", "2020-09-15", "2020-11-09"]
    panel.table.selectRow(1)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    assert _table(panel)[1] == ("2020-09-15", "✕ Cancelled")
    panel.table.selectRow(1)
    assert not panel.record_button.isEnabled() and not panel.move_button.isEnabled()


def test_regenerating_explains_first(qtbot, demo_window, idle, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    editor, panel = _checkins_tab(qtbot, demo_window, idle, agreement_id=3)  # a draft
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, action: asked.append(text))
    qtbot.mouseClick(panel.regenerate_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    assert asked == [] and "already follows" in panel.message.text()
    assert [d for d, _s in _table(panel)] == ["2021-06-01", "2021-09-01", "2021-12-01"]

    # A new cadence, saved from the editor: the change is explained before saving.
    combo = editor.ui.cadenceCombo
    combo.setCurrentIndex(combo.findData("half_yearly"))
    assert "re-plan" in panel.hint.text()
    assert not panel.regenerate_button.isEnabled()
    editor.save()
    idle(demo_window.ctx)
    assert len(asked) == 1
    assert "Remove the planned check-ins on 2021-06-01, 2021-12-01." in asked[0]
    assert editor.dirty  # refused: nothing saved
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    editor.save()
    idle(demo_window.ctx)
    assert demo_window.ctx.errors.messages == []
    assert not editor.dirty
    idle(demo_window.ctx)
    assert [d for d, _s in _table(panel)] == ["2021-09-01"]


def test_export_one_agreement_to_calendar(qtbot, demo_window, idle, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _editor, panel = _checkins_tab(qtbot, demo_window, idle)
    target = tmp_path / "avstämningar.ics"
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(target))
    qtbot.mouseClick(panel.ics_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    text = target.read_text("utf-8")
    assert text.count("BEGIN:VEVENT") == 2
    assert "Wrote 2 check-ins" in panel.message.text()
