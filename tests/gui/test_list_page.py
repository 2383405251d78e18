"""The agreement list: search as you type, filters, opening, the preview."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from bibagreements.gui.main_window import PAGE_LIST
from bibagreements.services.demo import REFERENCE_TITLE


def test_search_as_you_type_over_texts(qtbot, demo_window, typist) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    assert window.pages.currentIndex() == PAGE_LIST
    assert window.proxy.rowCount() == 3
    window.list_page.search_edit.setFocus()
    qtbot.keyClicks(window.list_page.search_edit, "kristianstad")
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, 0).data() == REFERENCE_TITLE
    window.list_page.search_edit.clear()
    qtbot.keyClicks(window.list_page.search_edit, "KOHA")  # in the framework's purpose only
    assert [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())] == [
        "Samverkansavtal om gemensamt bibliotekssystem i Västmanlands län"
    ]
    window.list_page.search_edit.clear()
    typist(window.list_page.search_edit, "källkritik")  # background text
    assert window.proxy.rowCount() == 1
    window.list_page.search_edit.clear()
    qtbot.keyClicks(window.list_page.search_edit, "no such words")
    assert window.proxy.rowCount() == 0
    assert window.list_page.empty_hint.isVisibleTo(window)
    window.list_page.search_edit.clear()
    assert window.proxy.rowCount() == 3


def test_status_organisation_and_date_filters(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.list_page.status_filter.setCurrentIndex(window.list_page.status_filter.findData("draft"))
    assert window.proxy.rowCount() == 1
    window.list_page.status_filter.setCurrentIndex(0)
    window.list_page.organisation_filter.setCurrentIndex(
        window.list_page.organisation_filter.findData("Biblioteken i Kristianstad")
    )
    assert window.proxy.rowCount() == 1
    window.list_page.organisation_filter.setCurrentIndex(0)
    qtbot.mouseClick(window.list_page.active_check, Qt.MouseButton.LeftButton)
    window.list_page.active_date.setDate(QDate(2020, 6, 1))
    assert window.proxy.rowCount() == 2  # the reference and the framework
    window.list_page.active_check.setChecked(False)
    assert window.proxy.rowCount() == 3


def test_enter_opens_the_editor(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.list_page.table.setFocus()
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Down)
    window.select_agreement(window.model.summary(0).id)
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Return)
    idle(window.ctx)
    qtbot.waitUntil(lambda: bool(window.editors.tracked))
    editor = next(iter(window.editors.tracked.values()))
    assert editor.ui.titleEdit.text() == window.model.summary(0).title
    editor.close()


def test_the_list_preview_names_the_development_area(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    demo_window.select_agreement(1)
    qtbot.waitUntil(
        lambda: "Digital utveckling" in demo_window.list_page.preview.toPlainText(), timeout=5000
    )
    assert "Development area" in demo_window.list_page.preview.toPlainText()
