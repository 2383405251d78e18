"""Argument types: a wrong or out-of-range argument is a one-line usage error (exit 2)."""

from __future__ import annotations

import pytest

from bibagreements.cli import main


def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["show", "not-a-number"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "invalid ID 'not-a-number'" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "99999999999999999999999"], "invalid ID"),
        (["show", "-3"], "invalid ID"),
        (["reminders", "--today", "9999-12-31"], "invalid date"),
        (["reminders", "--days", "99999999999"], "invalid number of days"),
        (["minutes", "1", "--due", "2020-W19-5", "--format", "pdf", "-o", "x.pdf"], "invalid date"),
    ],
)
def test_out_of_range_arguments_are_usage_errors(
    db_path: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--db", db_path, *args])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_a_command_declared_unopened_gets_the_db_text_not_the_database() -> None:
    import argparse

    from bibagreements.cli.parser import Commands

    commands = Commands()
    seen: list[str | None] = []

    @commands.add_unopened("swap", "replace the file")
    def _swap(args: argparse.Namespace, db: str | None) -> int:
        seen.append(db)
        return 0

    assert list(commands.unopened) == ["swap"] and commands.handlers == {}
    assert commands.unopened["swap"](argparse.Namespace(), "x.sqlite3") == 0 and seen == [
        "x.sqlite3"
    ]
    with pytest.raises(ValueError, match="declared twice"):
        commands.add("swap", "again")(lambda args, db: 0)
