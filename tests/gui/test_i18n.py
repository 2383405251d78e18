"""Every visible text speaks Swedish: the catalogue, the windows, dialogs and panels."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from bibagreements.gui import generate
from bibagreements.gui.i18n import choose_language, system_language
from tests.gui.conftest import TS, plain_text, translations, ts_messages


def test_every_string_in_the_catalogue_has_a_swedish_translation() -> None:
    problems = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in ts_messages(TS)
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not all(form.strip() for form in translations(message))
    ]
    assert problems == []


# -- walking the windows under the Swedish translator -------------------------------------


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
        if isinstance(w, QListWidget) and w.objectName() == "sectionList":
            for i in range(w.count()):
                yield where, w.item(i).text()
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
        text = plain_text(raw)
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
    editor.reveal_problems()  # as when saving is tried: every problem shows
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


def test_new_windows_speak_swedish(qtbot, swedish, demo_ctx, idle, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.gui.main_window import MainWindow
    from bibagreements.gui.pdf_preview import PdfPreview
    from bibagreements.gui.record_checkin import RecordCheckinDialog
    from bibagreements.gui.reminders_panel import RemindersPanel
    from bibagreements.gui.signed_copies import AttachSignedCopyDialog
    from bibagreements.gui.timeline import TimelineWindow
    from bibagreements.services.agreements import get_agreement
    from bibagreements.services.documents import DocumentFormat, render_agreement
    from bibagreements.storage.database import open_database

    db = open_database(demo_ctx.db_name)
    with db.unit_of_work() as uow:
        agreement = get_agreement(uow, 1)
        pdf = render_agreement(uow, 1, DocumentFormat.PDF, tmp_path / "avtal.pdf").path
    db.close()
    demo_ctx.today = lambda: date(2020, 5, 20)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    panel = RemindersPanel(demo_ctx, window)
    panel.load()
    timeline = TimelineWindow(demo_ctx, window)
    timeline.load()
    idle(demo_ctx)
    assert panel.tree.topLevelItem(0).text(0).startswith("Avstämningar (")
    assert panel.tree.topLevelItem(0).child(0).text(0) == "12 dagar försenad"
    windows = [
        window,
        panel,
        timeline,
        RecordCheckinDialog(demo_ctx, agreement, agreement.checkins[0]),
        AttachSignedCopyDialog(demo_ctx, agreement, agreement.parties[0]),
        PdfPreview(pdf, 2),
    ]
    for widget in windows[3:]:
        qtbot.addWidget(widget)
    for widget in windows:
        # The agreement's own title is data, not interface.
        found = [t for t in _untranslated(widget, swedish) if agreement.title not in t]
        assert found == [], type(widget).__name__


# -- which language the system asks for --------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "sv_SE.UTF-8"}, "sv"),
        ({"LANG": "sv_FI.UTF-8"}, "sv"),
        ({"LC_ALL": "sv_SE.UTF-8", "LANG": "en_GB.UTF-8"}, "sv"),
        ({"LC_MESSAGES": "sv_SE", "LANG": "C.UTF-8"}, "sv"),
        ({"LANGUAGE": "sv:en", "LANG": "C"}, "sv"),  # QLocale.system() says C here
        ({"LANGUAGE": "en_GB:sv", "LANG": "sv_SE.UTF-8"}, "en"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "sv_SE.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LC_ALL": "", "LANG": "sv_SE.UTF-8"}, "sv"),
    ],
)
def test_system_language_follows_the_environment(environ: dict[str, str], expected: str) -> None:
    assert system_language(environ) == expected


def test_without_variables_qt_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.Swedish))
    assert system_language({"LANG": "C.UTF-8"}) == "sv"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.German))
    assert system_language({}) == "en"


def test_the_users_choice_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    assert choose_language("") == "sv"
    assert choose_language("en") == "en"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert choose_language("") == "en"
    assert choose_language("sv") == "sv"


def test_swedish_loads_without_an_installed_swedish_locale() -> None:
    # A process of its own, as a user starts it: LANG names a locale the machine lacks.
    code = (
        "from PySide6.QtCore import QCoreApplication as Q\n"
        "from bibagreements.gui.app import create_application\n"
        "from bibagreements.gui.i18n import choose_language, install_translators\n"
        "app = create_application()\n"
        "keep = install_translators(app, choose_language(''))\n"
        "print(Q.translate('Problems', 'Other sections'))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG="sv_SE.UTF-8", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.stdout.strip() == "Övriga avsnitt", done.stderr


# -- plural forms ---------------------------------------------------------------------------

# context, source, English for 1 and 2, Swedish for 1 and 2
PLURALS = [
    ("Today", "%n day(s) late", "1 day late", "2 days late",
     "1 dag försenad", "2 dagar försenad"),
    ("Today", "ends in %n day(s)", "ends in 1 day", "ends in 2 days",
     "löper ut om 1 dag", "löper ut om 2 dagar"),
    ("PdfPreview", "%n page(s)", "1 page", "2 pages", "1 sida", "2 sidor"),
    ("Checkins", "Keep %n check-in(s) as they are.", "Keep 1 check-in as it is.",
     "Keep 2 check-ins as they are.", "Behåll 1 avstämning som den är.",
     "Behåll 2 avstämningar som de är."),
]  # fmt: skip


@pytest.mark.parametrize(("context", "source", "en1", "en2", "sv1", "sv2"), PLURALS)
def test_english_plurals(context: str, source: str, en1: str, en2: str, sv1: str, sv2: str) -> None:
    assert QCoreApplication.translate(context, source, None, 1) == en1
    assert QCoreApplication.translate(context, source, None, 2) == en2


@pytest.mark.parametrize(("context", "source", "en1", "en2", "sv1", "sv2"), PLURALS)
def test_swedish_plurals(  # type: ignore[no-untyped-def]
    swedish, context: str, source: str, en1: str, en2: str, sv1: str, sv2: str
) -> None:
    assert QCoreApplication.translate(context, source, None, 1) == sv1
    assert QCoreApplication.translate(context, source, None, 2) == sv2


def test_every_plural_has_two_forms_in_both_languages() -> None:
    english_ts = generate.I18N / f"{generate.ENGLISH}.ts"
    english = {m.findtext("source"): m for _c, m in ts_messages(english_ts)}
    plural = [m for _c, m in ts_messages(TS) if m.get("numerus") == "yes"]
    assert len(plural) >= 15
    for message in plural:
        source = message.findtext("source") or ""
        assert "%n" in source, source
        for forms in (translations(message), translations(english[source])):
            assert len(forms) == 2 and all("%n" in form for form in forms), source
