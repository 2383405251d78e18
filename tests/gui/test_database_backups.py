"""The window's automatic backup at start-up, and restoring from a backup from the File menu."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bibagreements.errorlog import log_file
from bibagreements.errors import DatabaseError
from bibagreements.gui import dialogs
from bibagreements.gui.settings_dialog import SettingsDialog
from bibagreements.storage.backup_files import daily_backup_path, existing_backups
from tests.databases import database_file
from tests.gui.conftest import close_window, open_window

DAY = date(2026, 3, 4)


def test_opening_the_window_makes_the_days_backup_once(qtbot, make_ctx, demo_db, idle) -> None:  # type: ignore[no-untyped-def]
    copy = daily_backup_path(Path(demo_db), DAY)
    seen = []
    for _start in range(2):
        ctx = make_ctx(demo_db)
        ctx.today = lambda: DAY
        window = open_window(qtbot, ctx)
        idle(ctx)
        close_window(window)
        ctx.close()
        seen.append((copy.stat().st_ino, copy.stat().st_mtime_ns))
    assert [path for _day, path in existing_backups(Path(demo_db))] == [copy]
    assert seen[0] == seen[1]  # the second start of the day made none
    assert copy.stat().st_mode & 0o777 == 0o600


def test_a_failed_automatic_backup_shows_in_the_status_bar_not_in_a_dialog(  # type: ignore[no-untyped-def]
    qtbot, make_ctx, demo_db, idle, presenter, monkeypatch
) -> None:
    def no_room(*args: object) -> None:
        raise DatabaseError("disk_full", folder="/full")

    monkeypatch.setattr("bibagreements.services.daily_backups.make_daily_backup", no_room)
    ctx = make_ctx(demo_db)
    window = open_window(qtbot, ctx)
    idle(ctx)
    assert presenter.messages == []
    assert window.statusBar().currentMessage() == (
        "The automatic backup failed: There is no room for the copy in /full; nothing was replaced."
    )
    assert window.model.rowCount() == 3  # the window goes on
    log = log_file()
    assert log is not None
    logged = log.read_text()
    assert "DatabaseError (code=disk_full)" in logged
    assert "/full" not in logged  # the log names the error, never the paths or texts it quotes
    close_window(window)


def _add_agreement(window, idle) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.gui.operations import Change
    from bibagreements.services.agreements import save_agreement
    from tests.builders import two_party_agreement

    window.ctx.op(
        window,
        lambda uow: save_agreement(uow, two_party_agreement(uow, "Senare")),
        changes=Change.AGREEMENTS,
    )
    idle(window.ctx)


def test_restore_from_the_menu_replaces_the_data_and_the_list_shows_it(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, tmp_path, monkeypatch
) -> None:
    window = demo_window
    backup = Path(database_file(tmp_path / "backup.sqlite3", demo=True))
    _add_agreement(window, idle)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)
    asked: list[str] = []

    def confirm(parent, title, text, action):  # type: ignore[no-untyped-def]
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "open_file", lambda parent, caption, filters: str(backup))
    monkeypatch.setattr(dialogs, "confirm", confirm)
    with qtbot.waitSignal(window.backups.restored, timeout=10_000):
        window.main_actions.restore.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10_000)
    idle(window.ctx)
    assert len(asked) == 1
    assert asked[0].startswith(
        f"Replace the database with the backup of {date.today()} holding 3 agreement(s)? "
        "The current database is kept as bibagreements.before-restore-"
    )
    asides = list(tmp_path.glob("bibagreements.before-restore-*.sqlite3"))
    assert [p.name for p in asides] == [asked[0].rsplit("kept as ", 1)[1].removesuffix(".")]
    assert "Senare" not in {row.summary.title for row in window.model.rows()}
    assert "Restored 3 agreements" in window.statusBar().currentMessage()


def test_a_file_that_is_no_backup_is_refused_and_nothing_changes(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, tmp_path, presenter, monkeypatch
) -> None:
    window = demo_window
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("inte en säkerhetskopia")
    before = sorted(p.name for p in tmp_path.iterdir())
    monkeypatch.setattr(dialogs, "open_file", lambda parent, caption, filters: str(notes))
    window.main_actions.restore.trigger()
    idle(window.ctx)
    assert [m.text for m in presenter.messages] == [
        f"{notes} is not a bibagreements backup; nothing was restored."
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert notes.read_text() == "inte en säkerhetskopia"
    assert window.model.rowCount() == 3


def test_the_settings_say_how_many_backups_to_keep(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    assert (settings.daily_backups, settings.weekly_backups) == (7, 8)
    dialog = SettingsDialog(settings, [("title", "Title")])
    qtbot.addWidget(dialog)
    assert (dialog.daily_spin.value(), dialog.weekly_spin.value()) == (7, 8)
    dialog.daily_spin.setValue(14)
    dialog.weekly_spin.setValue(0)
    dialog.accept()
    assert (settings.daily_backups, settings.weekly_backups) == (14, 0)
    settings.store.setValue("backups/daily", "many")
    assert settings.daily_backups == 7
