"""Settings of an older layout are upgraded step by step; a newer layout is left alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from bibagreements.gui.settings import Settings
from bibagreements.gui.settings_upgrade import CURRENT, VERSION_KEY, stored_version
from tests.keyrings import MemoryKeyring


def _store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_columns_chosen_by_position_become_columns_by_name(tmp_path: Path) -> None:
    old = _store(tmp_path)
    # Version 0 (no version key): title, parties, period, status, next check-in.
    old.setValue("columns/visible", "1,1,0,1,0")
    old.setValue("language", "sv")
    old.sync()

    settings = Settings(_store(tmp_path))

    assert settings.hidden_columns == frozenset({"period", "next_checkin"})
    assert settings.language == "sv"  # what the step does not touch stays
    assert settings.store.value("columns/visible") is None
    assert stored_version(settings.store) == CURRENT


def test_a_hidden_title_is_not_carried_over(tmp_path: Path) -> None:
    old = _store(tmp_path)
    old.setValue("columns/visible", "0,0")
    settings = Settings(old)
    assert settings.hidden_columns == frozenset({"parties"})


def test_upgrading_twice_changes_nothing(tmp_path: Path) -> None:
    settings = Settings(_store(tmp_path))
    settings.hidden_columns = frozenset({"status"})
    settings.sync()
    again = Settings(_store(tmp_path))
    assert again.hidden_columns == frozenset({"status"})
    assert stored_version(again.store) == CURRENT


def test_settings_of_a_newer_release_are_left_alone(tmp_path: Path) -> None:
    newer = _store(tmp_path)
    newer.setValue(VERSION_KEY, CURRENT + 5)
    newer.setValue("columns/visible", "1,0")  # whatever it means there
    Settings(newer)
    assert stored_version(newer) == CURRENT + 5
    assert newer.value("columns/visible") == "1,0"


def test_a_new_column_shows_whatever_was_hidden_before(tmp_path: Path) -> None:
    settings = Settings(_store(tmp_path))
    settings.hidden_columns = frozenset({"period"})
    settings.sync()
    # Stored by name, not as a flag per position: a column added in a later
    # release (at any position) has a name nobody hid, so it shows.
    assert settings.store.value("columns/hidden") == "period"
    assert settings.store.value("columns/visible") is None
    assert Settings(_store(tmp_path)).hidden_columns == frozenset({"period"})


def test_the_recent_databases_begin_with_the_last_one(tmp_path: Path) -> None:
    old = _store(tmp_path)
    old.setValue(VERSION_KEY, 1)
    old.setValue("last_database", "postgresql://anna:hemligt@host/avtal")
    old.sync()
    settings = Settings(_store(tmp_path))
    assert settings.recent_databases == ["postgresql://anna@host/avtal"]
    assert stored_version(settings.store) == CURRENT


def test_a_password_in_the_last_database_moves_to_the_keyring(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    old = _store(tmp_path)
    old.setValue(VERSION_KEY, 2)
    old.setValue("last_database", "postgresql+psycopg://asa:hemligt@db.region.se:5432/avtal")
    old.sync()

    settings = Settings(_store(tmp_path))
    settings.sync()

    assert settings.last_database == "postgresql+psycopg://asa@db.region.se:5432/avtal"
    assert "hemligt" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert memory_keyring.kept == {("bibagreements-db", "asa@db.region.se:5432/avtal"): "hemligt"}
    settings.last_database = "postgresql+psycopg://bo:lösen@db.region.se/avtal"
    assert settings.last_database == "postgresql+psycopg://bo@db.region.se/avtal"
