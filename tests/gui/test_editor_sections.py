"""The editor's sections: all in a side list, reached by keyboard; the editor fits the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt

from bibagreements.gui import editor_sections, screen_fit
from tests.gui.conftest import discard_changes, open_editor


@pytest.mark.parametrize("screen", [QSize(1024, 768), QSize(1366, 768)])
@pytest.mark.parametrize("agreement_id", [None, 2])
def test_the_editor_fits_a_small_screen(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, monkeypatch, screen, agreement_id
) -> None:
    room = screen - QSize(0, 40)  # a task bar
    monkeypatch.setattr(screen_fit, "available_size", lambda window: room)
    editor = open_editor(qtbot, demo_window, idle, agreement_id)
    fits = room - screen_fit.FRAME_ALLOWANCE
    assert editor.width() <= fits.width() and editor.height() <= fits.height()
    # Nothing in it asks for more: the layout keeps the size it was given.
    minimum = editor.minimumSizeHint()
    assert minimum.width() <= fits.width() and minimum.height() <= fits.height()
    for row in editor.sections.visible_rows():
        editor.sections.sections.setCurrentRow(row)
        page = editor.ui.pages.currentWidget()
        hint = page.minimumSizeHint()
        assert hint.height() <= editor.ui.pages.height(), page.objectName()
        assert hint.width() <= editor.ui.pages.width(), page.objectName()
    discard_changes(editor)


def test_the_default_size_on_a_large_screen(qtbot, demo_window, idle, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(screen_fit, "available_size", lambda window: QSize(2560, 1400))
    editor = open_editor(qtbot, demo_window, idle)
    assert editor.size() == editor_sections.DEFAULT_SIZE
    discard_changes(editor)


def test_every_section_is_listed_and_reached_by_keyboard(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, idle, 1)
    ui = editor.ui
    sections = ui.sectionList
    pages = [ui.pages.widget(i) for i in range(ui.pages.count())]
    assert sections.count() == len(pages) == 11
    visible = editor.sections.visible_rows()
    assert len(visible) == 10  # the project section only for project agreements
    for row in visible:
        item = sections.item(row)
        assert sections.visualItemRect(item).bottom() <= sections.viewport().height()
    # Ctrl+PgDown goes round every visible section and back to the first.
    reached = []
    for _ in visible:
        reached.append(ui.pages.currentWidget())
        qtbot.keyClick(editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert reached == [pages[r] for r in visible]
    assert ui.pages.currentWidget() is pages[0]
    qtbot.keyClick(editor, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert ui.pages.currentWidget() is ui.historyTab
    qtbot.keyClick(editor, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert ui.pages.currentWidget() is ui.areasTab
    qtbot.keyClick(editor, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)  # Project hidden
    assert ui.pages.currentWidget() is ui.partiesTab
    sections.setFocus()
    qtbot.keyClick(sections, Qt.Key.Key_Down)
    assert ui.pages.currentWidget() is ui.checkinsTab
    qtbot.keyClick(sections, Qt.Key.Key_Up)
    qtbot.keyClick(sections, Qt.Key.Key_Up)
    assert ui.pages.currentWidget() is ui.sectionsTab
    discard_changes(editor)


def test_a_project_agreement_lists_its_project_section(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, idle)
    ui = editor.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("project"))
    assert editor.sections.is_visible(ui.projectTab)
    qtbot.keyClick(editor, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert ui.pages.currentWidget() is ui.projectTab
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("cooperation"))
    assert not editor.sections.is_visible(ui.projectTab)
    assert ui.pages.currentWidget() is ui.generalTab  # not left on a section no longer listed
    discard_changes(editor)
