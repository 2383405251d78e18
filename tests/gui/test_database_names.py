"""Database names as remembered and shown: never with a password (gui/database_names.py)."""

from __future__ import annotations

from bibagreements.gui.database_names import without_password


def test_a_password_is_left_out() -> None:
    assert (
        without_password("postgresql+psycopg://anna:hemligt@db.example.se:5432/avtal")
        == "postgresql+psycopg://anna@db.example.se:5432/avtal"
    )
    assert without_password("postgresql://p%40ss:x@host/db") == "postgresql://p%40ss@host/db"


def test_paths_and_urls_without_a_password_stay() -> None:
    for name in ("/home/anna/avtal.sqlite3", "C:\\avtal\\x.db", "postgresql://anna@host/db"):
        assert without_password(name) == name
