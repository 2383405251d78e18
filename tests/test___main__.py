"""The program starts the same from main.py and as ``python -m bibagreements``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_main_py_is_the_same_program(tmp_path: Path) -> None:
    db = str(tmp_path / "m.sqlite3")
    for command in (
        [sys.executable, str(ROOT / "main.py")],
        [sys.executable, "-m", "bibagreements"],
    ):
        done = subprocess.run(
            [*command, "--db", db, "list", "--json"], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == []
