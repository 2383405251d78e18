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
