"""File → Recent databases: remembered without passwords; choosing one switches database."""

from __future__ import annotations

from pathlib import Path

from bibagreements.gui import dialogs
from bibagreements.gui.settings import MAX_RECENT, Settings
from tests.databases import database_file
from tests.gui.conftest import close_window, open_window


def test_newest_first_once_each_without_passwords(settings: Settings) -> None:
    for name in ("a.sqlite3", "b.sqlite3", "a.sqlite3", "postgresql://anna:hemligt@h/avtal"):
        settings.add_recent_database(name)
    assert settings.recent_databases == ["postgresql://anna@h/avtal", "a.sqlite3", "b.sqlite3"]
    for number in range(MAX_RECENT + 3):
        settings.add_recent_database(f"{number}.sqlite3")
    assert len(settings.recent_databases) == MAX_RECENT
    assert settings.recent_databases[0] == f"{MAX_RECENT + 2}.sqlite3"
    settings.sync()
    assert not any("hemligt" in str(settings.store.value(k)) for k in settings.store.allKeys())


def test_choosing_a_recent_database_switches_to_it(  # type: ignore[no-untyped-def]
    qtbot, make_ctx, demo_db: str, tmp_path: Path, monkeypatch, idle
) -> None:
    other = database_file(tmp_path / "other.sqlite3")  # empty: the welcome page
    gone = str(tmp_path / "gone.sqlite3")
    ctx = make_ctx(demo_db)
    ctx.settings.add_recent_database(gone)
    ctx.settings.add_recent_database(other)
    window = open_window(qtbot, ctx)
    try:
        assert ctx.settings.recent_databases == [demo_db, other, gone]
        menu = window.main_actions.recent_menu
        assert window.main_actions.recent in window.menuBar().actions()[0].menu().actions()
        window.databases.fill_menu()
        actions = {a.data(): a for a in menu.actions() if a.data()}
        assert actions[demo_db].isChecked() and not actions[demo_db].isEnabled()  # the open one
        assert not actions[gone].isEnabled()
        assert actions[other].text() == f"&2 {other}"
        with qtbot.waitSignal(window.list_loaded, timeout=10_000):
            actions[other].trigger()
        idle(ctx)
        assert ctx.db_name == other and window.model.rowCount() == 0
        assert ctx.settings.recent_databases[:2] == [other, demo_db]
        assert ctx.settings.last_database == other

        # File → Open database… goes the same way.
        monkeypatch.setattr(dialogs, "open_file", lambda *args: demo_db)
        with qtbot.waitSignal(window.list_loaded, timeout=10_000):
            window.main_actions.open_database.trigger()
        idle(ctx)
        assert ctx.db_name == demo_db and window.model.rowCount() == 3
    finally:
        close_window(window)
