"""The welcome page of an empty database: the own organisation, the example agreements."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bibagreements.gui.main_window import PAGE_LIST, PAGE_WELCOME


def test_welcome_on_an_empty_database(qtbot, empty_window, idle, typist) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    assert window.pages.currentIndex() == PAGE_WELCOME
    welcome = window.welcome_view()
    assert welcome.own_box.isVisibleTo(window)
    typist(welcome.own_edit, "Region Skånes kulturförvaltning")
    qtbot.mouseClick(welcome.own_button, Qt.MouseButton.LeftButton)
    assert window.ctx.settings.own_organisation == "Region Skånes kulturförvaltning"
    assert window.ctx.settings.own_organisation_asked
    with qtbot.waitSignal(window.list_loaded, timeout=15_000):
        qtbot.mouseClick(welcome.examples_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    assert window.pages.currentIndex() == PAGE_LIST
    assert window.model.rowCount() == 3
