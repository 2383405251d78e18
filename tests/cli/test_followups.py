"""Command line: followups, followup."""

from __future__ import annotations

import pytest

from bibagreements.cli import main


def test_cli_followups(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = demo_db
    args = ["--db", db, "followup", "1", "--year", "2021", "--area", "Kompetensutveckling"]
    assert main([*args, "--outcome", "Nya kurser"]) == 0
    added = int(capsys.readouterr().out.split()[3])
    assert main(["--db", db, "followup", "1", "--entry", str(added), "--sub-goal", "Fler"]) == 0
    assert main(["--db", db, "followups", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split(None, 2)[1:] == ["2021", "Kompetensutveckling: Fler / Nya kurser"]
    assert main([*args[:-1], "9", "--outcome", "x"]) == 1  # no ninth area
    assert "the areas are: 1. Regional arbetsgrupp" in capsys.readouterr().err
    assert main(["--db", db, "followup", "2", "--delete", str(added)]) == 1  # not agreement 2's
    assert main(["--db", db, "followup", "1", "--delete", str(added)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "followups", "1", "--json"]) == 0
    assert "Nya kurser" not in capsys.readouterr().out
