"""File → Back up the database…: a copy written in the background that opens as a database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bibagreements.gui import dialogs


def test_back_up_from_the_file_menu(qtbot, demo_window, idle, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.ctx.today = lambda: date(2026, 11, 22)
    offered: list[str] = []

    def save_file(parent, caption, suggested, filters):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        return str(tmp_path / "kopia")  # typed without an extension

    monkeypatch.setattr(dialogs, "save_file", save_file)
    assert window.main_actions.backup.isEnabled()
    with qtbot.waitSignal(window.commands.backup_written, timeout=10_000) as written:
        window.main_actions.backup.trigger()
    idle(window.ctx)
    assert offered[0].endswith("bibagreements backup 2026-11-22.sqlite3")
    assert written.args == [str(tmp_path / "kopia.sqlite3")]
    assert "Backed up 3 agreement(s)" in window.statusBar().currentMessage()
    from bibagreements.services.agreements import list_agreements
    from bibagreements.storage.database import open_database

    copy = open_database(str(tmp_path / "kopia.sqlite3"))
    with copy.unit_of_work() as uow:
        assert len(list_agreements(uow)) == 3
    copy.close()


def test_backing_up_onto_the_database_itself_is_explained_not_done(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, monkeypatch
) -> None:
    live = demo_window.ctx.db_name
    before = Path(live).read_bytes()
    monkeypatch.setattr(dialogs, "save_file", lambda *args: live)
    demo_window.main_actions.backup.trigger()
    idle(demo_window.ctx)
    assert [str(e) for e in presenter.exceptions] == [
        "output: that is the database itself; choose another file"
    ]
    assert Path(live).read_bytes() == before
