"""The program's licence and every bundled distribution's, shipped in the notices file."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _notices() -> ModuleType:
    spec = importlib.util.spec_from_file_location("notices", ROOT / "installer" / "notices.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_copying_is_the_gpl_3_and_the_wheel_carries_it() -> None:
    text = (ROOT / "COPYING").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "GPL-3.0-or-later" and project["license-files"] == ["COPYING"]


def test_every_runtime_distribution_has_a_licence_entry_in_the_notices() -> None:
    notices = _notices()
    shipped = (ROOT / "resources" / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    dists = notices.runtime_distributions()
    names = {d.metadata["Name"].lower().replace("_", "-") for d in dists}
    assert {"pyside6-essentials", "sqlalchemy", "reportlab", "openpyxl", "psycopg"} <= names
    assert "pytest" not in names and "pypdf" not in names  # test tools are not shipped
    missing = []
    for dist in dists:
        entry = f"{dist.metadata['Name']} {dist.version}\nLicence: "
        at = shipped.find(entry)
        declared = shipped[at + len(entry) :].split("\n", 1)[0] if at >= 0 else ""
        if not declared.strip() or declared == "(not declared)":
            missing.append(f"{dist.metadata['Name']} {dist.version}")
    assert missing == [], "run installer/notices.py after changing a dependency"
    for name in ("Qt 6", "Python ", "Font: DejaVu", "LGPL-3.0-only"):
        assert name in shipped
