"""The real program, run under a umask of 022 or 077, leaves nothing others can read.

Each command runs in its own process, as a user would run it; the user
folders are the test's own (tests/conftest.py), inherited by the children.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Hemligt avtal om Anna Anderssons telefon 070-123 45 67"

_BROKEN = f"""
import sys
from sqlalchemy import text
from bibagreements.cli import app, main

def broken(args, db):  # a bug: an SQL error nobody expected, carrying a record's text
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO agreement (id, title) VALUES (:id, :title)"),
                     {{"id": 1, "title": {SECRET!r}}})
    return 0

app.COMMANDS["list"] = broken
sys.exit(main(sys.argv[1:]))
"""


def _cli(umask: int, *args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    program = ["-c", code] if code else ["-m", "bibagreements"]
    return subprocess.run(
        [sys.executable, *program, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        preexec_fn=lambda: os.umask(umask),
    )


def _ok(umask: int, *args: str) -> None:
    done = _cli(umask, *args)
    assert done.returncode == 0, (args, done.stderr)


def _open_to_others(*tops: Path) -> list[str]:
    """Every file or folder under ``tops`` (themselves included) group or others may use."""
    found = []
    for top in tops:
        for path in [top, *top.rglob("*")]:
            mode = stat.S_IMODE(os.lstat(path).st_mode)
            expected = 0o700 if path.is_dir() else 0o600
            if mode != expected:
                found.append(f"{path}: {oct(mode)}")
    return found


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_nothing_the_program_writes_is_readable_by_others(
    umask: int, user_folders: Path, tmp_path: Path
) -> None:
    data = user_folders / "xdg_data_home" / "bibagreements"
    out = tmp_path / "out"
    out.mkdir()
    _ok(umask, "demo")  # the default database, in the data folder
    assert (data / "bibagreements.sqlite3").is_file()
    own = tmp_path / "own folder"
    own.mkdir()
    _ok(umask, "--db", str(own / "register.sqlite3"), "demo")
    for args in (
        ["render", "1", "--format", "pdf", "-o", str(out / "avtal.pdf")],
        ["render", "1", "--format", "docx", "-o", str(out / "avtal.docx")],
        ["minutes", "1", "--due", "2020-05-08", "--format", "pdf", "-o", str(out / "m.pdf")],
        ["report", "2020", "--format", "docx", "-o", str(out / "uppfoljning.docx")],
        ["export", "-o", str(out / "avtal.json")],
        ["backup", "-o", str(out / "kopia.sqlite3")],
        ["ics", "--today", "2020-06-01", "-o", str(out / "avstamningar.ics")],
    ):
        _ok(umask, *args)
    _ok(umask, "--db", str(own / "register.sqlite3"), "export", "-o", str(own / "e.json"))
    assert len(list(out.iterdir())) == 7
    assert _open_to_others(data, *out.iterdir(), *own.iterdir()) == []

    broken = _cli(umask, "list", code=_BROKEN)
    assert broken.returncode == 1 and "internal error" in broken.stderr
    assert SECRET not in broken.stderr  # the engine hides parameters from its messages
    (log,) = (user_folders / "xdg_state_home").rglob("errors.log")
    assert _open_to_others(log.parent) == []
    text = log.read_text("utf-8")
    assert "sqlalchemy.exc.IntegrityError" in text and "SQL: INSERT INTO agreement" in text
    assert SECRET not in text and "Anna" not in text
    assert "Samverkansavtal" not in text and "constraint failed" not in text
