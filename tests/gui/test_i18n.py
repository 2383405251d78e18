"""Derived files stay in step with their sources, and every visible text speaks Swedish."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from bibagreements.gui import generate
from bibagreements.gui.i18n import install_translators, remove_translators

TS = generate.I18N / "bibagreements_sv.ts"
QM = generate.I18N / "bibagreements_sv.qm"


@pytest.mark.parametrize("form", sorted(generate.FORMS.glob("*.ui")), ids=lambda p: p.name)
def test_generated_form_matches_its_ui_file(form: Path, tmp_path: Path) -> None:
    fresh = generate.generate(form, tmp_path)
    committed = generate.GENERATED / generate.generated_name(form)
    assert committed.exists(), "run: python -m bibagreements.gui.generate"
    assert fresh.read_text("utf-8") == committed.read_text("utf-8"), (
        f"{committed.name} is out of date: run python -m bibagreements.gui.generate"
    )


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield name, message


def test_every_string_in_the_catalogue_has_a_swedish_translation() -> None:
    problems = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages(TS)
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not (message.findtext("translation") or "").strip()
    ]
    assert problems == []


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
        for context, message in _messages(copy)
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert new == [], "translate these in resources/i18n/bibagreements_sv.ts"


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / QM.name
    generate.compile_catalogue(TS, fresh)
    assert fresh.read_bytes() == QM.read_bytes(), "run: python -m bibagreements.gui.generate"


# -- walking the windows under the Swedish translator -------------------------------------


def _plain(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.replace("⚠", "").strip().removesuffix("…")  # tooltips drop the ellipsis


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[list[re.Pattern[str]]]:
    translators = install_translators(qapp, "sv")
    assert len(translators) == 2, "our catalogue and qtbase_sv must both load"
    patterns = []
    for _context, message in _messages(TS):
        text = _plain(message.findtext("translation") or "")
        parts = [re.escape(part) for part in re.split(r"\{\w*\}", text)]
        patterns.append(re.compile(".*".join(parts), re.IGNORECASE | re.DOTALL))
    for button in ("OK", "Save", "Cancel", "Close", "Discard", "Apply", "Yes", "No"):
        text = _plain(QCoreApplication.translate("QPlatformTheme", button))
        patterns.append(re.compile(re.escape(text), re.IGNORECASE))
    # Deliberately untranslated: language names in their own language, and symbols.
    patterns.append(re.compile(r"Svenska|English|bibagreements|NNNNNN-NNNN|[\W\d_]*"))
    yield patterns
    remove_translators(qapp, translators)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        where = f"{type(w).__name__} {w.objectName()}"
        if w.isWindow():
            yield where, w.windowTitle()
        yield where + " tooltip", w.toolTip()
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText:
            yield where, w.text()
        if isinstance(w, QAbstractButton):
            yield where, w.text()
        if isinstance(w, QGroupBox):
            yield where, w.title()
        if isinstance(w, QLineEdit | QPlainTextEdit):
            yield where, w.placeholderText()
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield where, w.tabText(i)
        if isinstance(w, QComboBox) and not w.isEditable():
            for i in range(w.count()):
                yield where, w.itemText(i)
        if isinstance(w, QTableView):
            model = w.model()
            for c in range(model.columnCount(QModelIndex())):
                yield where + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for action in w.actions():
            yield where + " action", action.text()
            yield where + " action tip", action.toolTip()
            if action.menu() is not None:
                for sub in action.menu().actions():
                    yield where + " menu", sub.text()


def _known(text: str, patterns: list[re.Pattern[str]]) -> bool:
    if any(p.fullmatch(text) for p in patterns):
        return True
    # A problem shown with its field: "Rubrik: Får inte vara tomt".
    parts = [part.strip() for part in text.split(": ")]
    return len(parts) > 1 and all(any(p.fullmatch(x) for p in patterns) for x in parts)


def _untranslated(root: QWidget, patterns: list[re.Pattern[str]]) -> list[str]:
    bad = []
    for where, raw in _texts(root):
        text = _plain(raw)
        if not text or not re.search(r"[^\W\d_]", text):
            continue
        if not _known(text, patterns):
            bad.append(f"{where}: {text!r}")
    return sorted(set(bad))


def test_main_window_editor_and_registers_speak_swedish(  # type: ignore[no-untyped-def]
    qtbot, swedish, empty_window, idle
) -> None:
    window: QMainWindow = empty_window
    from bibagreements.gui.main_window import MainWindow

    fresh = MainWindow(window.ctx)
    qtbot.addWidget(fresh)
    fresh.ensure_list_page()  # every page, including those built when first needed
    fresh.welcome_view()
    fresh.failed_page()
    assert _untranslated(fresh, swedish) == []
    assert fresh.menuBar().actions()[0].text() == "&Arkiv"

    fresh.editors.open_agreement(None)
    idle(fresh.ctx)
    qtbot.waitUntil(lambda: bool(fresh.editors.tracked))
    editor = next(iter(fresh.editors.tracked.values()))
    assert _untranslated(editor, swedish) == []
    assert "Får inte vara tomt" in editor.ui.titleError.text()
    assert editor.save_button.text() == "Spara"  # from Qt's own qtbase_sv

    from bibagreements.gui.record_dialogs import OrganisationDialog, PersonDialog
    from bibagreements.gui.registers import RegistersDialog
    from bibagreements.gui.settings_dialog import SettingsDialog

    for dialog in (
        RegistersDialog(fresh.ctx, fresh),
        SettingsDialog(fresh.ctx.settings, fresh.list_columns(), fresh),
        OrganisationDialog(fresh.ctx, [], None, fresh),
        PersonDialog(fresh.ctx, [], None, None, fresh),
    ):
        assert _untranslated(dialog, swedish) == [], type(dialog).__name__
    idle(fresh.ctx)
    editor.close()
