"""Command line: history shows who changed what in an agreement, and when."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import run


def test_history_names_the_coordinator_and_the_change(
    demo_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BIBAGREEMENTS_FROM", "Åsa Öberg <asa.oberg@example.org>")
    code, _, err = run(
        capsys, "--db", demo_db, "followup", "1", "--year", "2021", "--outcome", "Fler lånare"
    )
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "--db", demo_db, "history", "1")
    assert code == 0
    lines = out.splitlines()
    assert "agreement #1 imported" in lines[0] and "“Överenskommelse om samarbete" in lines[0]
    (added,) = [line for line in lines if "follow-up entry" in line]
    assert "Åsa Öberg (" in added and "added" in added and "outcome: “Fler lånare”" in added
    code, out, _ = run(capsys, "--db", demo_db, "history", "1", "--json")
    entries = json.loads(out)
    (entry,) = [e for e in entries if e["table"] == "followup"]
    assert entry["actor"] == "Åsa Öberg" and entry["changes"]["outcome"] == [None, "Fler lånare"]
    assert entry["agreement_id"] == 1 and entry["action"] == "insert"


def test_history_of_an_unknown_agreement_is_one_line(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", demo_db, "history", "999")
    assert (code, out) == (1, "") and err.count("\n") == 1 and "999" in err
