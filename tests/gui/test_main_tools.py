"""Tools → Check the database: whole, or damaged with its newest backup, in a message."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibagreements.gui import dialogs
from bibagreements.storage.revisions import HEAD_REVISION
from tests.databases import damage, fake_backup


def _check(qtbot, window, idle, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "inform", lambda _parent, title, text: told.append((title, text)))
    assert window.main_actions.check.isEnabled()
    window.main_actions.check.trigger()
    idle(window.ctx)
    qtbot.waitUntil(lambda: told != [], timeout=10_000)
    return told


def test_the_example_database_is_whole(qtbot, demo_window, idle, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    told = _check(qtbot, demo_window, idle, monkeypatch)
    assert told == [
        (
            "Check the database",
            f"The database is whole: 3 agreement(s), schema revision {HEAD_REVISION}.",
        )
    ]


def test_a_damaged_index_is_found_and_the_newest_backup_named(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, monkeypatch, presenter
) -> None:
    path = Path(demo_window.ctx.db_name)
    damage(path, 3)  # an index nothing reads: the window goes on working
    backup = fake_backup(path)
    ((_title, text),) = _check(qtbot, demo_window, idle, monkeypatch)
    assert text.startswith("The database is damaged: 1 problem(s) found (first: Page 3")
    assert f"The newest automatic backup of it is {backup}" in text
    assert presenter.exceptions == []
