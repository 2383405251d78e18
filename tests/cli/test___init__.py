"""Which start is the desktop's, and with what (cli/__init__.py)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from bibagreements.cli import GuiStart, gui_start, main
from bibagreements.domain import clock


def test_the_window_starts_with_db_and_today() -> None:
    assert gui_start([]) == GuiStart()
    assert gui_start(["--db", "x.sqlite3"]) == GuiStart("x.sqlite3")
    assert gui_start(["--today", "2027-03-01", "--db=x"]) == GuiStart("x", date(2027, 3, 1))
    assert gui_start(["--today=2027-03-01"]) == GuiStart(None, date(2027, 3, 1))


def test_commands_and_bad_dates_go_to_the_command_line() -> None:
    assert gui_start(["--db", "x", "list"]) is None
    assert gui_start(["--today", "2027-3-1"]) is None
    assert gui_start(["--today", "2027-02-30"]) is None
    assert gui_start(["--today"]) is None


def test_a_bad_day_is_reported_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--today", "2027-02-30"])
    assert exc.value.code == 2
    assert "invalid date '2027-02-30'" in capsys.readouterr().err


def test_the_window_is_started_on_the_day(monkeypatch: pytest.MonkeyPatch) -> None:
    import bibagreements.gui.app

    seen: list[tuple[str | None, date]] = []

    def window(db: str | None, offer: str | None = None) -> int:
        seen.append((db, clock.today()))
        return 0

    monkeypatch.setattr(bibagreements.gui.app, "main", window)
    assert main(["--db", "x.sqlite3", "--today", "2027-03-01"]) == 0
    assert seen == [("x.sqlite3", date(2027, 3, 1))]


def test_a_json_file_given_opens_the_window_with_an_offer_to_import_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bibagreements.gui.app
    from bibagreements.cli import window_main

    file = tmp_path / "Avtal från Västerås.JSON"
    file.write_text("{}", encoding="utf-8")
    assert gui_start([str(file)]) == GuiStart(None, None, str(file))
    assert gui_start(["--db", "x", str(file)]) == GuiStart("x", None, str(file))
    assert gui_start([str(tmp_path / "missing.json")]) is None  # the command line says why
    assert gui_start([str(file), str(file)]) is None
    seen: list[tuple[str | None, str | None]] = []
    monkeypatch.setattr(
        bibagreements.gui.app, "main", lambda db, offer=None: seen.append((db, offer)) or 0
    )
    monkeypatch.setattr(sys, "argv", ["bibagreements-window", "--db", "x", str(file)])
    assert window_main() == 0
    monkeypatch.setattr(sys, "argv", ["bibagreements-window", "list"])
    assert window_main() == 2
    assert seen == [("x", str(file))]
