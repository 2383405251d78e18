"""What the command-line tests share: a database path and running one command."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibagreements.cli import main


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite3")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
