"""Every command that writes a file refuses a link, a folder, a pipe or a device in one line."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from bibagreements.cli import main
from tests.builders import scan_pdf
from tests.cli.conftest import run

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX links and pipes")


# Each output command of bibagreements/cli/parser.py, writing to the path given.
COMMANDS: dict[str, Callable[[str], list[str]]] = {
    "render": lambda out: ["render", "1", "--format", "pdf", "-o", out],
    "render docx": lambda out: ["render", "1", "--format", "docx", "-o", out],
    "minutes": lambda out: ["minutes", "1", "--due", "2020-05-08", "--format", "pdf", "-o", out],
    "report": lambda out: ["report", "2020", "--format", "pdf", "-o", out],
    "export": lambda out: ["export", "-o", out],
    "backup": lambda out: ["backup", "-o", out],
    "ics": lambda out: ["ics", "--today", "2020-06-01", "-o", out],
    "copies --save": lambda out: ["copies", "3", "--save", "1", "-o", out],
}
SUFFIX = {"render docx": ".docx", "export": ".json", "backup": ".sqlite3", "ics": ".ics"}


@pytest.fixture
def db(demo_db: str, tmp_path: Path) -> str:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf())
    attach = ["attach", "3", "--party", "1", "--file", str(scan), "--signed-on", "2021-02-01"]
    assert main(["--db", demo_db, *attach]) == 0
    return demo_db


def _refused(capsys: pytest.CaptureFixture[str], db: str, command: str, out: Path) -> str:
    code, stdout, err = run(capsys, "--db", db, *COMMANDS[command](str(out)))
    assert code != 0 and stdout == "", (command, out)
    assert err.startswith("bibagreements: ") and err.count("\n") == 1, err
    assert "internal error" not in err
    return err


@pytest.mark.parametrize("command", COMMANDS)
def test_a_new_name_is_written(db: str, tmp_path: Path, command: str) -> None:
    out = tmp_path / f"out{SUFFIX.get(command, '.pdf')}"
    assert main(["--db", db, *COMMANDS[command](str(out))]) == 0
    assert out.is_file() and out.stat().st_size > 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize("command", COMMANDS)
def test_a_link_at_the_output_path_is_refused(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    suffix = SUFFIX.get(command, ".pdf")
    target = tmp_path / f"target{suffix}"
    target.write_bytes(b"the user's own file")
    link = tmp_path / f"link{suffix}"
    link.symlink_to(target)
    dangling = tmp_path / f"dangling{suffix}"
    never = tmp_path / f"created-through-the-link{suffix}"
    dangling.symlink_to(never)
    for out in (link, dangling):
        assert "symbolic link" in _refused(capsys, db, command, out)
        assert out.is_symlink()
    assert target.read_bytes() == b"the user's own file"
    assert not never.exists() and not never.is_symlink()


@pytest.mark.parametrize("command", COMMANDS)
def test_a_pipe_a_device_or_a_folder_is_refused_without_blocking(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    fifo = tmp_path / f"pipe{SUFFIX.get(command, '.pdf')}"
    os.mkfifo(fifo)
    folder = tmp_path / f"folder{SUFFIX.get(command, '.pdf')}"
    folder.mkdir()
    assert "not a regular file" in _refused(capsys, db, command, fifo)
    assert "not a regular file" in _refused(capsys, db, command, Path("/dev/null"))
    assert "is a folder" in _refused(capsys, db, command, folder)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and Path("/dev/null").is_char_device()
    assert list(folder.iterdir()) == []
