"""``bibagreements --self-test``: one line per step on a temporary database, exit 0/1."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibagreements.cli import main


def test_the_self_test_passes_and_touches_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines[1:-1]] == [
        "ok    resources",
        "ok    example data",
        "ok    reminders",
        "ok    PDF",
        "ok    DOCX",
        "ok    close",
    ]
    assert lines[-1] == "self-test passed"
    assert list(tmp_path.iterdir()) == []  # nothing written where it ran


def test_a_failing_step_is_named_and_exits_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import bibagreements.services.documents

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("no space left on device")

    monkeypatch.setattr(bibagreements.services.documents, "render_agreement", broken)
    assert main(["self-test"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  PDF: OSError: no space left on device" in out
    assert "FAIL  DOCX: OSError" in out
    assert "ok    reminders" in out and "ok    close" in out  # the other steps still ran
    assert out.splitlines()[-1] == "self-test: 2 step(s) failed"
