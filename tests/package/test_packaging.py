"""Every shipped resource is packaged into the wheel (pyproject data-files)."""

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_resource_file_is_in_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data_files = config["tool"]["setuptools"]["data-files"]
    patterns = [pattern for globs in data_files.values() for pattern in globs]
    files = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and not p.name.startswith(".")
    ]
    assert files
    unpackaged = [f for f in files if not any(fnmatch.fnmatch(f, pat) for pat in patterns)]
    assert unpackaged == []
    for target, globs in data_files.items():
        for pattern in globs:
            folder = Path(pattern).parent.as_posix()
            assert target == f"share/bibagreements/{folder}", (target, pattern)
            # setuptools copies files only: a pattern matching a folder breaks the build.
            assert all(path.is_file() for path in ROOT.glob(pattern)), pattern
