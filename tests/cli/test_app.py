"""The one place turning errors into one line and an exit code (cli/app.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibagreements.cli import main
from tests.cli.conftest import run


def test_unusable_database_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path), "list")
    assert code == 1 and "is a folder" in err and err.count("\n") == 1


def test_files_that_cannot_be_written_give_one_line(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for target in ("/dev/null", "/proc/bibagreements-test.json"):
        code, _, err = run(capsys, "--db", demo_db, "export", "-o", target)
        assert code == 1 and err.count("\n") == 1 and "internal error" not in err
    assert Path("/dev/null").is_char_device()


def test_an_unexpected_error_is_one_line_and_logged_with_its_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bibagreements.cli import app

    def broken(args: object, db: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setitem(app.COMMANDS, "list", broken)
    assert main(["--db", str(tmp_path / "x.sqlite3"), "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: RuntimeError: a bug" in err
    (log,) = (tmp_path / "state").rglob("errors.log")
    assert str(log) in err
    text = log.read_text("utf-8")
    assert text.startswith("--- ") and "Traceback" in text and "builtins.RuntimeError" in text
    assert "a bug" not in text  # the message stays on the screen, out of the log
