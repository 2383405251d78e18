"""Derived files stay in step with their sources: the generated forms and the catalogue."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bibagreements.gui import generate
from tests.gui.conftest import TS, translations, ts_messages

QM = generate.I18N / "bibagreements_sv.qm"


@pytest.mark.parametrize("form", sorted(generate.FORMS.glob("*.ui")), ids=lambda p: p.name)
def test_generated_form_matches_its_ui_file(form: Path, tmp_path: Path) -> None:
    fresh = generate.generate(form, tmp_path)
    committed = generate.GENERATED / generate.generated_name(form)
    assert committed.exists(), "run: python -m bibagreements.gui.generate"
    assert fresh.read_text("utf-8") == committed.read_text("utf-8"), (
        f"{committed.name} is out of date: run python -m bibagreements.gui.generate"
    )


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    import subprocess

    sources = [str(p) for p in generate.translatable_sources()]
    subprocess.run(
        [*generate.tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete", "-silent"],
        check=True,
        cwd=generate.ROOT,
    )
    new = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in ts_messages(copy)
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert new == [], "translate these in resources/i18n/bibagreements_sv.ts"


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / QM.name
    generate.compile_catalogue(TS, fresh)
    assert fresh.read_bytes() == QM.read_bytes(), "run: python -m bibagreements.gui.generate"


def _plurals(ts: Path) -> list[tuple[str, str, list[str]]]:
    return [
        (context, message.findtext("source") or "", translations(message))
        for context, message in ts_messages(ts)
    ]


def test_english_plural_catalogue_is_up_to_date(tmp_path: Path) -> None:
    committed = generate.I18N / f"{generate.ENGLISH}.ts"
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    generate._lupdate(copy, "en")
    generate.english_plurals(copy)
    assert _plurals(copy) == _plurals(committed), "run: python -m bibagreements.gui.generate"
    fresh = tmp_path / "en.qm"
    generate.compile_catalogue(committed, fresh)
    assert fresh.read_bytes() == committed.with_suffix(".qm").read_bytes()


def test_english_forms_follow_the_noun_or_the_exceptions() -> None:
    assert generate.english_forms("in %n day(s)") == ("in %n day", "in %n days")
    assert generate.english_forms("Keep %n check-in(s) as they are.")[0] == (
        "Keep %n check-in as it is."
    )
