"""The built wheel, installed with ``pip install --user``, finds its resources and works.

A venv refuses ``--user``, so the wheel goes into a temporary PYTHONUSERBASE
of the interpreter the venv was made from; the dependencies come from the
venv's site-packages on PYTHONPATH (its .pth files, and so the checkout's
editable install, are not read from there). HOME is temporary too.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASE_PYTHON = Path(sys.base_prefix) / "bin" / "python3"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    [built] = out.glob("bibagreements-*.whl")
    return built


@pytest.mark.skipif(not BASE_PYTHON.is_file(), reason="no base interpreter beside the venv")
def test_a_user_install_runs_demo_render_and_the_window(wheel: Path, tmp_path: Path) -> None:
    home, userbase, work = tmp_path / "home", tmp_path / "userbase", tmp_path / "work"
    for folder in (home, work):
        folder.mkdir()
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "PYTHONUSERBASE": str(userbase),
        "PYTHONPATH": sysconfig.get_paths()["purelib"],  # the dependencies, not their .pth
        "QT_QPA_PLATFORM": "offscreen",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "XDG_RUNTIME_DIR": str(tmp_path),
    }
    install = subprocess.run(
        [str(BASE_PYTHON), "-m", "pip", "install", "--user", "--no-deps", "-q", str(wheel)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    share = userbase / "share" / "bibagreements" / "resources"
    assert (share / "schemas" / "bibagreements-2.schema.json").is_file()
    assert (share / "THIRD-PARTY-NOTICES.txt").is_file()

    def run(*args: str) -> str:
        done = subprocess.run(
            [str(BASE_PYTHON), "-m", "bibagreements", *args],
            env=env,
            cwd=work,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    code = "import bibagreements, bibagreements.paths as p; print(bibagreements.__file__);"
    code += " print(p.resources_dir())"
    probe = subprocess.run(
        [str(BASE_PYTHON), "-c", code],
        env=env,
        cwd=work,
        capture_output=True,
        text=True,
        timeout=60,
    )
    module, resources = probe.stdout.split()
    assert module.startswith(str(userbase)) and resources == str(share)
    db = str(work / "register.sqlite3")
    assert "added:" in run("--db", db, "demo")
    run("--db", db, "render", "1", "--format", "pdf", "--archive", "-o", str(work / "a.pdf"))
    assert b"pdfaid:part" in (work / "a.pdf").read_bytes()
    assert "self-test passed" in run("--self-test")
    window = subprocess.run(
        [str(BASE_PYTHON), "-m", "bibagreements", "--db", db],
        env={**env, "BIBAGREEMENTS_STARTUP_PROBE": "1"},
        cwd=work,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert window.returncode == 0, window.stderr
    assert "shown " in window.stdout and "rows 3" in window.stdout, window.stdout
