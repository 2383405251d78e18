"""The folder a save dialog proposes exists (services/save_folders.py)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bibagreements.services.save_folders import ensure_folder, proposed_folder


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_missing_folder_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "Documents" / "avtal"
    assert ensure_folder(folder)
    assert folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    assert ensure_folder(folder)  # already there: fine


def test_the_first_folder_that_can_be_made_is_proposed(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    documents = tmp_path / "Documents"
    assert proposed_folder(["", str(blocker / "sub"), str(documents)]) == documents
    assert documents.is_dir()


def test_home_when_nothing_can_be_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert not ensure_folder(blocker)
    assert proposed_folder([str(blocker), str(blocker / "x")]) == tmp_path
