"""Loading the Swedish or English user interface (Qt's translation system)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bibagreements.paths import resource_path

CATALOGUE = "bibagreements"


def i18n_dir() -> Path:
    return resource_path("i18n")


#: Where a Unix system names the language of messages, strongest first (as gettext).
LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def _named_language(value: str) -> str | None:
    """ "sv" or "en" for a value such as ``sv_SE.UTF-8`` or ``sv:en``; None for C/POSIX/empty."""
    first = value.split(":")[0].strip()
    if not first or first in ("C", "POSIX") or first.startswith("C."):
        return None
    return "sv" if first.lower().startswith("sv") else "en"


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """Swedish when the system asks for it, whether or not its locale is installed.

    The environment is read directly: Python's locale module fails for a locale
    that ``locale -a`` lacks, and QLocale.system() ignores LANGUAGE under LANG=C.
    Elsewhere (Windows, macOS) Qt's own idea of the user's languages decides.
    """
    env = os.environ if environ is None else environ
    for variable in LANGUAGE_VARIABLES:
        named = _named_language(env.get(variable, ""))
        if named is not None:
            return named
    languages = QLocale.system().uiLanguages()
    return "sv" if languages and languages[0].lower().startswith("sv") else "en"


def choose_language(setting: str) -> str:
    """The language to show: the user's choice, else Swedish on a Swedish system."""
    return setting if setting in ("sv", "en") else system_language()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalogue and Qt's own (standard buttons, dialogs) for ``language``.

    The source strings are English; English needs only its plural forms ("%n
    day(s)" → "1 day", "2 days"). The translators are returned so the caller keeps
    them alive (Qt does not own them).
    """
    if language != "sv":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Sweden))
        plurals = QTranslator(app)
        if plurals.load(f"{CATALOGUE}_en", str(i18n_dir())):
            app.installTranslator(plurals)
            return [plurals]
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    installed = []
    ours = QTranslator(app)
    if ours.load(f"{CATALOGUE}_sv", str(i18n_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's folder first; the copy in resources/ serves bundles without it.
    if qt.load("qtbase_sv", qt_folder) or qt.load("qtbase_sv", str(i18n_dir())):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
