"""Writing a file atomically: all or nothing, private, only to a regular file or a new name."""

import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from bibagreements.errors import ValidationError
from bibagreements.storage.atomic import (
    TEMP_SUFFIX,
    check_output,
    produce_atomically,
    write_atomically,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes, links and pipes")


def _code(exc: pytest.ExceptionInfo[ValidationError]) -> str:
    (problem,) = exc.value.problems
    return problem.code


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "avtal.pdf"
    write_atomically(target, b"one")
    write_atomically(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["avtal.pdf"]


@posix_only
def test_new_and_replaced_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o000)
    try:
        fresh = write_atomically(tmp_path / "a.docx", b"x")
        shared = tmp_path / "shared.json"
        shared.write_bytes(b"old")
        os.chmod(shared, 0o666)
        write_atomically(shared, b"new")
        copied = produce_atomically(tmp_path / "c.bin", lambda temp: temp.write_bytes(b"c"))
    finally:
        os.umask(old)
    for path in (fresh, shared, copied):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_failed_replace_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "avtal.pdf"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["avtal.pdf"]


def test_failed_write_leaves_no_temp(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        write_atomically(tmp_path / "x.pdf", "not bytes")  # type: ignore[arg-type]
    assert os.listdir(tmp_path) == []


def test_a_failed_database_copy_leaves_no_temp_nor_journal(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    def fill(temp: Path) -> None:
        with closing(sqlite3.connect(temp)) as conn:
            conn.execute("PRAGMA journal_mode=WAL").fetchall()
            conn.execute("CREATE TABLE t (x)")
            raise RuntimeError("copy failed")

    with pytest.raises(RuntimeError):
        produce_atomically(tmp_path / "copy.sqlite3", fill)
    assert os.listdir(tmp_path) == []


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as exc:
        write_atomically(tmp_path / "nope" / "x.pdf", b"x")
    assert _code(exc) == "no_such_folder"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    with pytest.raises(ValidationError) as exc:
        write_atomically(tmp_path / "out", b"x")
    assert _code(exc) == "output_is_folder" and (tmp_path / "out").is_dir()


@posix_only
def test_links_are_refused_and_never_followed(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    dangling = tmp_path / "dangling.pdf"
    dangling.symlink_to(tmp_path / "created-through-the-link.pdf")
    folder_link = tmp_path / "folder-link"
    folder_link.symlink_to(tmp_path)
    for path in (link, dangling, folder_link):
        with pytest.raises(ValidationError) as exc:
            write_atomically(path, b"new")
        assert _code(exc) == "output_is_link" and path.is_symlink()
    assert real.read_bytes() == b"old"
    assert not (tmp_path / "created-through-the-link.pdf").exists()
    assert sorted(os.listdir(tmp_path)) == ["dangling.pdf", "folder-link", "link.pdf", "real.pdf"]


@posix_only
def test_devices_pipes_and_sockets_are_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    short = Path(tempfile.mkdtemp(dir="/tmp"))  # a socket's path must stay short
    sock_path = short / "sock"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(sock_path))
        for path in (Path("/dev/null"), fifo, sock_path):
            with pytest.raises(ValidationError) as exc:
                write_atomically(path, b"x")
            assert _code(exc) == "output_not_a_file"
    shutil.rmtree(short)
    assert Path("/dev/null").is_char_device() and stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_check_output_accepts_a_new_name_and_a_regular_file(tmp_path: Path) -> None:
    assert check_output(tmp_path / "new.ics") == tmp_path / "new.ics"
    (tmp_path / "old.ics").write_bytes(b"")
    assert check_output(tmp_path / "old.ics") == tmp_path / "old.ics"


def test_temp_files_have_a_recognisable_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def replace(src: str, dst: str) -> None:
        seen.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    write_atomically(tmp_path / "avtal.pdf", b"x")
    (name,) = seen
    assert name.startswith(f".avtal.pdf.{os.getpid()}.") and name.endswith(TEMP_SUFFIX)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@posix_only
def test_stray_temp_files_of_a_dead_writer_go_with_the_next_write(tmp_path: Path) -> None:
    dead, live = _dead_pid(), os.getpid()
    stray = [
        f".avtal.pdf.{dead}.0a1b2c3d{TEMP_SUFFIX}",
        f".copy.sqlite3.{dead}.0a1b2c3d{TEMP_SUFFIX}",
        f".copy.sqlite3.{dead}.0a1b2c3d{TEMP_SUFFIX}-journal",
        f".copy.sqlite3.{dead}.0a1b2c3d{TEMP_SUFFIX}-wal",
        f".copy.sqlite3.{dead}.0a1b2c3d{TEMP_SUFFIX}-shm",
    ]
    kept = [
        f".avtal.pdf.{live}.0a1b2c3d{TEMP_SUFFIX}",  # a live process's write in progress
        f".avtal.pdf.{dead}.0a1b2c3d.tmp",  # not one of ours
        "notes.txt",
    ]
    for name in stray + kept:
        (tmp_path / name).write_bytes(b"partial")
    write_atomically(tmp_path / "other.ics", b"x")
    assert sorted(os.listdir(tmp_path)) == sorted([*kept, "other.ics"])


_SLOW_WRITER = """
import sys, time
from pathlib import Path
from bibagreements.storage.atomic import produce_atomically

def fill(temp: Path) -> None:
    with temp.open("wb") as handle:
        handle.write(b"half")
        handle.flush()
        print("writing", flush=True)
        time.sleep(60)

produce_atomically(Path(sys.argv[1]), fill)
"""


@posix_only
def test_a_writer_killed_mid_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "avtal.pdf"
    target.write_bytes(b"old")
    child = subprocess.Popen(
        [sys.executable, "-c", _SLOW_WRITER, str(target)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline() == "writing\n"
        (temp,) = [name for name in os.listdir(tmp_path) if name.endswith(TEMP_SUFFIX)]
        assert f".{child.pid}." in temp
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert target.read_bytes() == b"old"
    time.sleep(0.05)
    write_atomically(tmp_path / "next.pdf", b"x")  # tidies the dead writer's temp file
    assert sorted(os.listdir(tmp_path)) == ["avtal.pdf", "next.pdf"]
