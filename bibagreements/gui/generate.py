"""Regenerate the Python of the Designer forms: ``python -m bibagreements.gui.generate``.

The generated modules in ``bibagreements/gui/generated/`` are committed so a
fresh clone runs without a build step; tests/gui/test_forms.py fails when a
form and its generated module are out of step.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "ui"
GENERATED = Path(__file__).resolve().parent / "generated"


def uic_command() -> list[str]:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return [str(exe)] if exe.exists() else ["pyside6-uic"]


def generated_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def generate(form: Path, target_dir: Path) -> Path:
    target = target_dir / generated_name(form)
    subprocess.run([*uic_command(), str(form), "-o", str(target)], check=True)
    return target


def main() -> int:
    for form in sorted(FORMS.glob("*.ui")):
        print(generate(form, GENERATED).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
