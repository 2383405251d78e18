"""The main window: its pages (loading, list, failure) and the layout it remembers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bibagreements.gui import dialogs
from bibagreements.gui.agreement_model import (
    Column,
)
from bibagreements.gui.main_window import PAGE_LIST


def test_window_state_is_remembered(qtbot, demo_ctx, idle) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.gui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.ensure_list_page()
    window.list_page.splitter.setSizes([300, 300])
    window.close()
    saved = demo_ctx.settings.blob("window/splitter")
    assert saved is not None
    # Closed before its list page was built: the saved layout stays as it was.
    early = MainWindow(demo_ctx)
    qtbot.addWidget(early)
    early.show()
    early.close()
    assert demo_ctx.settings.blob("window/splitter") == saved
    demo_ctx.settings.hidden_columns = frozenset({"period", "next_date"})
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    table = again.ensure_list_page().table
    assert table.isColumnHidden(Column.PERIOD)
    assert table.isColumnHidden(Column.NEXT_DATE)
    assert not table.isColumnHidden(Column.STATUS)


def test_the_window_opens_on_the_loading_page_and_builds_the_list_once_loading(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, idle
) -> None:
    from bibagreements.gui.main_window import PAGE_LOADING, MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentIndex() == PAGE_LOADING
    assert window._list is None  # not built yet: the window shows sooner
    with qtbot.waitSignal(window.list_loaded, timeout=10_000):
        window.reload()
    idle(demo_ctx)
    assert window.pages.currentIndex() == PAGE_LIST
    assert window.proxy.rowCount() == window.model.rowCount() > 0
    assert window.list_page.table.model() is window.proxy


def test_a_bad_database_says_so_and_offers_another(
    qtbot, make_ctx, demo_db, tmp_path, idle, presenter, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from bibagreements.gui.main_window import PAGE_FAILED, MainWindow
    from tests.databases import database_file

    too_new = tmp_path / "too-new.sqlite3"
    database_file(too_new)
    with sqlite3.connect(too_new) as conn:  # ours, as a later version leaves it
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    ctx = make_ctx(str(too_new))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.reload()
    idle(ctx)
    assert presenter.exceptions == []  # a page says it, not a dialog per action
    assert window.pages.currentIndex() == PAGE_FAILED
    assert "newer version" in window.failed_page().reason.text()
    for action in (
        window.main_actions.new,
        window.main_actions.import_json,
        window.main_actions.organisations,
    ):
        assert not action.isEnabled()
    assert ctx.settings.last_database == ""  # not reopened on the next plain start

    monkeypatch.setattr(dialogs, "open_file", lambda *args: demo_db)
    with qtbot.waitSignal(window.list_loaded, timeout=10_000):
        qtbot.mouseClick(window.failed_page().choose_database_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert window.pages.currentIndex() == PAGE_LIST
    assert window.main_actions.new.isEnabled()
    assert ctx.settings.last_database == demo_db


def test_a_damaged_database_names_its_newest_backup_on_the_failure_page(
    qtbot, make_ctx, demo_db, idle, presenter
) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.gui.main_window import PAGE_FAILED, MainWindow
    from tests.databases import damage, fake_backup, table_page

    damage(demo_db, table_page(demo_db))
    backup = fake_backup(demo_db)
    ctx = make_ctx(demo_db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.reload()
    idle(ctx)
    assert presenter.exceptions == []
    assert window.pages.currentIndex() == PAGE_FAILED
    reason = window.failed_page().reason.text()
    assert "is damaged" in reason and f"restore {backup}" in reason
    assert "SELECT" not in reason


def test_the_window_and_the_preview_fit_the_screen(qtbot, make_ctx, demo_db) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.gui.main_window import MainWindow
    from bibagreements.gui.screen_fit import FRAME_ALLOWANCE, available_size

    window = MainWindow(make_ctx(demo_db))
    qtbot.addWidget(window)
    room = available_size(window)
    assert room is not None
    assert window.width() <= room.width() - FRAME_ALLOWANCE.width()
    assert window.height() <= room.height() - FRAME_ALLOWANCE.height()
