"""One window per database: a second start brings the first to the front (QLockFile and a
local socket keyed by the database)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bibagreements.gui.single_instance import SingleInstance, instance_key

ROOT = Path(__file__).resolve().parents[2]


def test_one_key_per_database_never_with_the_password(tmp_path: Path) -> None:
    db = tmp_path / "avtal.sqlite3"
    assert instance_key(str(db)) == instance_key(str(db))
    assert instance_key(str(db)) != instance_key(str(tmp_path / "annat.sqlite3"))
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert instance_key("avtal.sqlite3") == instance_key(str(db))  # relative or not
    finally:
        os.chdir(here)
    assert instance_key("postgresql://anna:a@h/x") == instance_key("postgresql://anna:b@h/x")
    assert instance_key(None) == instance_key("")


def test_the_second_on_a_database_brings_the_first_to_the_front(
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    db = str(tmp_path / "avtal.sqlite3")
    first, second = SingleInstance(db), SingleInstance(db)
    try:
        assert first.claim() and first.first
        first.listen()
        assert not second.claim()
        with qtbot.waitSignal(first.activate_requested, timeout=5000):
            assert second.ask_first_to_show()
        # Another database is free; once the first lets go, this one is too.
        other = SingleInstance(str(tmp_path / "annat.sqlite3"))
        assert other.claim()
        other.release()
        first.release()
        assert second.claim()
    finally:
        first.release()
        second.release()


def test_a_holder_that_does_not_answer_is_reported(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import bibagreements.gui.single_instance as single

    monkeypatch.setattr(single, "CONNECT_TRIES", 1)
    db = str(tmp_path / "avtal.sqlite3")
    first, second = SingleInstance(db), SingleInstance(db)
    try:
        assert first.claim()  # its window is not up yet: no socket
        assert not second.claim()
        assert not second.ask_first_to_show()
    finally:
        first.release()


def test_following_a_switch_of_database(tmp_path: Path) -> None:
    a, b = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    mine, theirs = SingleInstance(a), SingleInstance(b)
    try:
        assert mine.claim() and theirs.claim()
        assert not mine.switch(b)  # open in the other
        assert mine.switch(str(tmp_path / "c.sqlite3"))
        again = SingleInstance(a)
        assert again.claim()  # the first database was let go
        again.release()
    finally:
        mine.release()
        theirs.release()


@pytest.mark.skipif(sys.platform == "win32", reason="offscreen Qt in a child process")
def test_a_second_program_on_the_same_database_quits_after_raising_the_first(
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    db = str(tmp_path / "avtal.sqlite3")
    first = SingleInstance(db)
    try:
        assert first.claim()
        first.listen()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
        with qtbot.waitSignal(first.activate_requested, timeout=20_000):
            child = subprocess.Popen(
                [sys.executable, "-m", "bibagreements", "--db", db],
                env=env,
                stderr=subprocess.PIPE,
                text=True,
            )
        _out, err = child.communicate(timeout=30)
        assert child.returncode == 0
        assert "open in another window" in err
    finally:
        first.release()
