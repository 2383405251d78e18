"""Loading the Swedish or English user interface (Qt's translation system)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bibagreements.paths import resource_path

CATALOGUE = "bibagreements"


def i18n_dir() -> Path:
    return resource_path("i18n")


def system_language() -> str:
    return "sv" if QLocale.system().language() == QLocale.Language.Swedish else "en"


def choose_language(setting: str) -> str:
    """The language to show: the user's choice, else Swedish on a Swedish system."""
    return setting if setting in ("sv", "en") else system_language()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our catalogue and Qt's own (standard buttons, dialogs) for ``language``.

    English needs nothing: the source strings are English. The translators are
    returned so the caller keeps them alive (Qt does not own them).
    """
    if language != "sv":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Sweden))
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
