"""Keyboard focus in lists, tables and trees: the row the arrow keys move is always marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from bibagreements.gui.agreement_model import Column


def _selected_rows(view) -> list[int]:  # type: ignore[no-untyped-def]
    return sorted(i.row() for i in view.selectionModel().selectedRows())


def test_tab_into_the_agreement_list_marks_a_row_and_down_moves_it(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle
) -> None:
    window = demo_window
    table = window.list_page.table
    table.clearSelection()
    window.list_page.search_edit.setFocus()
    assert _selected_rows(table) == []
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: table.hasFocus())
    assert _selected_rows(table) == [0]  # visible where the arrows start
    assert table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    assert _selected_rows(table) == [1]
    assert window.selected_summary().title == window.proxy.index(1, Column.TITLE).data()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # and Enter opens the marked one
    idle(window.ctx)
    qtbot.waitUntil(lambda: bool(window.editors.tracked))
    editor = next(iter(window.editors.tracked.values()))
    assert editor.ui.titleEdit.text() == window.proxy.index(1, Column.TITLE).data()


def test_a_click_selects_what_it_hits_not_the_first_row(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    table = demo_window.list_page.table
    table.clearSelection()
    demo_window.list_page.search_edit.setFocus()
    rect = table.visualRect(demo_window.proxy.index(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _selected_rows(table) == [2]


def test_a_tree_entered_by_keyboard_selects_its_current_row(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    # Any view in any window: the aid is application-wide.
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    before, tree = QWidget(host), QTreeWidget(host)
    before.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout.addWidget(before)
    layout.addWidget(tree)
    for name in ("Åmål", "Ängelholm"):
        QTreeWidgetItem(tree, [name])
    host.show()
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree)
    assert tree.currentItem().text(0) == "Åmål" and tree.currentItem().isSelected()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem().text(0) == "Ängelholm" and tree.currentItem().isSelected()


def test_only_the_view_with_the_focus_shows_its_selection_in_full(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)

    def colour(view) -> object:  # type: ignore[no-untyped-def]
        return view.palette().color(QPalette.ColorRole.Highlight)

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    first, second = QTreeWidget(host), QTreeWidget(host)
    for view in (first, second):
        QTreeWidgetItem(view, ["Örebro"])
        layout.addWidget(view)
    host.show()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert colour(first) == highlight and colour(second) != highlight
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(second.hasFocus)
    assert colour(second) == highlight and colour(first) != highlight
    assert first.topLevelItem(0).isSelected()  # still selected, only muted
