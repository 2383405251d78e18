"""What the application remembers between runs (QSettings, organisation "bibagreements").

The stored layout has a version; opening settings of an older layout runs the
upgrade steps in ``settings_upgrade`` first, so a user's choices survive a new
release.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from bibagreements.gui.database_names import without_password
from bibagreements.gui.settings_upgrade import upgrade

ORGANISATION = "bibagreements"
APPLICATION = "bibagreements"
LANGUAGES = ("", "sv", "en")  # "" follows the system
# Automatic backups kept (as services.daily_backups' defaults; not imported: start-up).
DAILY_BACKUPS = 7
WEEKLY_BACKUPS = 8
MAX_KEPT = 366


MAX_RECENT = 6


class Settings:
    """Typed access to QSettings; tests pass their own QSettings (an INI file in tmp)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(ORGANISATION, APPLICATION)
        upgrade(self.store)

    def _text(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return str(value) if value is not None else default

    @property
    def language(self) -> str:
        value = self._text("language")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("language", value if value in LANGUAGES else "")

    @property
    def last_database(self) -> str:
        return self._text("last_database")

    @last_database.setter
    def last_database(self, value: str) -> None:
        self.store.setValue("last_database", without_password(value))  # never a password

    @property
    def recent_databases(self) -> list[str]:
        """The databases opened lately, newest first (URLs without their password)."""
        raw: object = self.store.value("recent/databases", [])
        # An INI file gives one item back as a plain string.
        items = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
        return [str(item) for item in items if str(item)][:MAX_RECENT]

    def add_recent_database(self, name: str) -> None:
        """``name`` first in the recent databases; a password in a URL is never stored."""
        shown = without_password(name)
        if not shown:
            return
        kept = [shown, *(n for n in self.recent_databases if n != shown)]
        self.store.setValue("recent/databases", kept[:MAX_RECENT])

    def forget_recent_database(self, name: str) -> None:
        self.store.setValue("recent/databases", [n for n in self.recent_databases if n != name])

    @property
    def own_organisation(self) -> str:
        """The name of the user's own organisation: the default first party."""
        return self._text("own_organisation")

    @own_organisation.setter
    def own_organisation(self, value: str) -> None:
        self.store.setValue("own_organisation", value.strip())

    @property
    def sender(self) -> str:
        """The coordinator as the sender of messages: ``Name <address>`` ("" unknown)."""
        return self._text("mail/sender")

    @sender.setter
    def sender(self, value: str) -> None:
        self.store.setValue("mail/sender", value.strip())

    @property
    def own_organisation_asked(self) -> bool:
        return self._text("own_organisation_asked") in ("true", "1")

    @own_organisation_asked.setter
    def own_organisation_asked(self, value: bool) -> None:
        self.store.setValue("own_organisation_asked", "true" if value else "false")

    @property
    def startup_reminders(self) -> bool:
        """Show what needs attention right after the main window appears."""
        return self._text("reminders/on_startup", "true") in ("true", "1")

    @startup_reminders.setter
    def startup_reminders(self, value: bool) -> None:
        self.store.setValue("reminders/on_startup", "true" if value else "false")

    @property
    def documents_folder(self) -> str:
        return self._text("documents/folder")

    @documents_folder.setter
    def documents_folder(self, value: str) -> None:
        self.store.setValue("documents/folder", value)

    @property
    def hidden_columns(self) -> frozenset[str]:
        """The names of the list's columns the user hid (a new column shows)."""
        raw = self._text("columns/hidden")
        return frozenset(name for name in raw.split(",") if name)

    @hidden_columns.setter
    def hidden_columns(self, names: frozenset[str]) -> None:
        self.store.setValue("columns/hidden", ",".join(sorted(names)))

    @property
    def daily_backups(self) -> int:
        """How many daily automatic backups to keep (0–MAX_KEPT)."""
        return self._count("backups/daily", DAILY_BACKUPS)

    @daily_backups.setter
    def daily_backups(self, value: int) -> None:
        self.store.setValue("backups/daily", max(0, min(int(value), MAX_KEPT)))

    @property
    def weekly_backups(self) -> int:
        """How many weekly automatic backups to keep, before the daily ones (0–MAX_KEPT)."""
        return self._count("backups/weekly", WEEKLY_BACKUPS)

    @weekly_backups.setter
    def weekly_backups(self, value: int) -> None:
        self.store.setValue("backups/weekly", max(0, min(int(value), MAX_KEPT)))

    def _count(self, key: str, default: int) -> int:
        try:
            value = int(self._text(key, str(default)))
        except ValueError:
            return default
        return value if 0 <= value <= MAX_KEPT else default

    def blob(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        self.store.setValue(key, value)

    def sync(self) -> None:
        self.store.sync()
