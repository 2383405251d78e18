"""Regenerate derived files: ``python -m bibagreements.gui.generate``.

- the Python of the Designer forms (ui/*.ui → bibagreements/gui/generated/),
- the translation sources (lupdate: new strings land in resources/i18n/*.ts
  as unfinished, except that a text already translated elsewhere keeps its
  translation, so moving code to another class loses nothing) and the compiled
  catalogues (lrelease: *.qm).

The outputs are committed so a fresh clone runs without a build step; tests in
tests/gui/ fail when a form, a catalogue or a translation is out of step.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from copy import deepcopy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "ui"
GENERATED = Path(__file__).resolve().parent / "generated"


I18N = ROOT / "resources" / "i18n"
CATALOGUES = ("bibagreements_sv",)
#: English needs a catalogue only for plural forms ("%n day(s)" → "1 day", "2 days").
ENGLISH = "bibagreements_en"
#: English plurals that are more than the noun's "(s)".
ENGLISH_FORMS = {
    "Keep %n check-in(s) as they are.": (
        "Keep %n check-in as it is.",
        "Keep %n check-ins as they are.",
    ),
}


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
        known = known_translations(ts)
        _lupdate(ts)
        if carry_translations(ts, known):
            _lupdate(ts)  # back to lupdate's own layout
        compile_catalogue(ts, ts.with_suffix(".qm"))
    ts = I18N / f"{ENGLISH}.ts"
    _lupdate(ts, "en")
    english_plurals(ts)
    compile_catalogue(ts, ts.with_suffix(".qm"))


def _lupdate(ts: Path, language: str | None = None) -> None:
    sources = [str(p) for p in translatable_sources()]
    target = ["-target-language", language] if language else []
    subprocess.run(
        [*tool("pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete", *target, "-silent"],
        check=True,
        cwd=ROOT,
    )


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of an English text with "%n thing(s)"."""
    if source in ENGLISH_FORMS:
        return ENGLISH_FORMS[source]
    return source.replace("(s)", ""), source.replace("(s)", "s")


def english_plurals(ts: Path) -> None:
    """Keep only the plural messages of the English catalogue, with their two forms."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
                continue
            translation = message.find("translation")
            assert translation is not None
            message.remove(translation)
            translation = ET.SubElement(message, "translation")
            for form in english_forms(message.findtext("source") or ""):
                ET.SubElement(translation, "numerusform").text = form
        if context.find("message") is None:
            root.remove(context)
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _key(message: ET.Element) -> tuple[str, str]:
    return message.findtext("source") or "", message.findtext("comment") or ""


def known_translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """Every finished translation in ``ts`` by (source text, disambiguation)."""
    if not ts.exists():
        return {}
    known = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None:
            known[_key(message)] = translation
    return known


def carry_translations(ts: Path, known: dict[tuple[str, str], ET.Element]) -> int:
    """Finish new entries whose text was translated before (code moved to another class).

    Returns how many entries were filled in.
    """
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        old = known.get(_key(message))
        if translation is None or translation.get("type") != "unfinished" or old is None:
            continue
        message.remove(translation)
        message.append(deepcopy(old))
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


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
