"""Reading a file the user names: a cap counted while reading, regular files only."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bibagreements.errors import BibError, ValidationError
from bibagreements.storage.bounded import read_capped

SPARSE_BYTES = 300 * 1024 * 1024
MAX_RSS_KIB = 300 * 1024  # a refused file must not be held in memory


def _codes(exc: ValidationError) -> list[str]:
    return [p.code for p in exc.problems]


def test_a_file_within_the_cap_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "small.bin"
    path.write_bytes(b"x" * 1000)
    assert read_capped(path, 1000) == b"x" * 1000


def test_one_byte_beyond_the_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * 1001)
    with pytest.raises(ValidationError) as caught:
        read_capped(path, 1000)
    assert _codes(caught.value) == ["file_too_large"]


def test_the_cap_is_counted_while_reading() -> None:
    # A regular file that reports 0 bytes and holds more (as /proc's files do).
    maps = Path("/proc/self/maps")
    assert maps.stat().st_size == 0
    with pytest.raises(ValidationError) as caught:
        read_capped(maps, 100)
    assert _codes(caught.value) == ["file_too_large"]
    assert str(caught.value) == "file: /proc/self/maps is larger than 100 bytes"


def test_a_device_is_refused() -> None:
    # /dev/zero reports 0 bytes and never ends; refused as not a regular file, at once.
    with pytest.raises(ValidationError) as caught:
        read_capped(Path("/dev/zero"), 1000)
    assert _codes(caught.value) == ["not_a_regular_file"]
    assert str(caught.value) == (
        "file: /dev/zero is not a regular file (a folder, device or pipe is not read)"
    )


@pytest.mark.timeout(20)
def test_a_fifo_without_a_writer_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError) as caught:
        read_capped(fifo, 1000)
    assert _codes(caught.value) == ["not_a_regular_file"]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        read_capped(tmp_path, 1000)
    assert _codes(caught.value) == ["not_a_regular_file"]


def test_a_missing_file_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(BibError, match=r"cannot read .*missing\.json: No such file"):
        read_capped(tmp_path / "missing.json", 1000)


# Every kind of file the command line reads, each given a file it must refuse.
# The child's peak memory from VmHWM: ru_maxrss would include what a forked parent held.
_CHILD = """
import re, sys
from bibagreements.cli import main
code = main(sys.argv[1:])
with open("/proc/self/status", encoding="ascii") as status:
    peak = re.search(r"VmHWM:\\s+(\\d+) kB", status.read()).group(1)
print(f"peak {peak}", file=sys.stderr)
sys.exit(code)
"""
_COMMANDS = {
    "import": ["import", "{file}"],
    "attach": ["attach", "3", "--party", "1", "--file", "{file}", "--signed-on", "2021-02-01"],
    "verify": ["verify", "1", "{file}"],
}


def _database_state(db: str) -> str:
    with sqlite3.connect(db) as connection:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()


def _inputs(tmp_path: Path) -> dict[str, Path]:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    sparse = tmp_path / "sparse.pdf"
    with sparse.open("wb") as handle:
        handle.truncate(SPARSE_BYTES)
    return {"zero": Path("/dev/zero"), "fifo": fifo, "sparse": sparse, "folder": tmp_path}


@pytest.mark.timeout(240)
@pytest.mark.parametrize("command", sorted(_COMMANDS))
def test_every_input_refuses_devices_pipes_and_huge_files(
    demo_db: str, tmp_path: Path, command: str
) -> None:
    before = _database_state(demo_db)
    for kind, path in _inputs(tmp_path).items():
        args = [a.replace("{file}", str(path)) for a in _COMMANDS[command]]
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, "--db", demo_db, *args],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        *lines, rss = done.stderr.splitlines()
        assert done.returncode == 1, (kind, done.stderr)
        assert len(lines) == 1 and lines[0].startswith("bibagreements: error: "), (kind, lines)
        expected = "is larger than" if kind == "sparse" else "is not a regular file"
        assert expected in lines[0] and str(path) in lines[0], (kind, lines)
        assert int(rss.removeprefix("peak ")) < MAX_RSS_KIB, (kind, rss)
        assert done.stdout == ""
    assert _database_state(demo_db) == before
