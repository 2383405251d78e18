"""Regenerate derived files: ``python -m bibagreements.gui.generate``.

- the Python of the Designer forms (ui/*.ui → bibagreements/gui/generated/),
- the translation sources (lupdate: new strings land in resources/i18n/*.ts
  as unfinished) and the compiled catalogues (lrelease: *.qm).

The outputs are committed so a fresh clone runs without a build step; tests in
tests/gui/ fail when a form, a catalogue or a translation is out of step.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "ui"
GENERATED = Path(__file__).resolve().parent / "generated"


I18N = ROOT / "resources" / "i18n"
CATALOGUES = ("bibagreements_sv",)


def tool(name: str) -> list[str]:
    exe = Path(sys.executable).with_name(name)
    return [str(exe)] if exe.exists() else [name]


def uic_command() -> list[str]:
    return tool("pyside6-uic")


def translatable_sources() -> list[Path]:
    gui = Path(__file__).resolve().parent
    code = [p for p in sorted(gui.glob("*.py")) if not p.name.startswith("_")]
    return code + sorted(FORMS.glob("*.ui"))


def update_translations() -> None:
    for name in CATALOGUES:
        ts = I18N / f"{name}.ts"
        sources = [str(p) for p in translatable_sources()]
        subprocess.run(
            [*tool("pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete"],
            check=True,
            cwd=ROOT,
        )
        compile_catalogue(ts, ts.with_suffix(".qm"))


def compile_catalogue(ts: Path, qm: Path) -> None:
    subprocess.run([*tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)


def generated_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def generate(form: Path, target_dir: Path) -> Path:
    target = target_dir / generated_name(form)
    subprocess.run([*uic_command(), str(form), "-o", str(target)], check=True)
    return target


def main() -> int:
    for form in sorted(FORMS.glob("*.ui")):
        print(generate(form, GENERATED).relative_to(ROOT))
    update_translations()
    return 0


if __name__ == "__main__":
    sys.exit(main())
