"""Writing a file atomically: all or nothing, ordinary permissions, never a device."""

import os
import stat
from pathlib import Path

import pytest

from bibagreements.storage import atomic
from bibagreements.storage.atomic import write_atomically


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "avtal.pdf"
    write_atomically(target, b"one")
    write_atomically(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["avtal.pdf"]


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = write_atomically(tmp_path / "a.docx", b"x")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~atomic._UMASK


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


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "nope" / "x.pdf", b"x")


def test_never_replaces_a_device_or_follows_a_link_away(tmp_path: Path) -> None:
    import os

    with pytest.raises(OSError, match="not a regular file"):
        write_atomically(Path("/dev/null"), b"x")
    assert Path("/dev/null").is_char_device()
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    os.symlink(real, link)
    write_atomically(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
