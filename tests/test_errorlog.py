"""The error log: places and types for a developer, never a record's text; a private file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bibagreements.errorlog import append_to_error_log, describe, log_error, log_file
from bibagreements.errors import DatabaseError

SECRET = "Anna Andersson, anna@bibliotek.example"


def _raise_inner() -> None:
    raise KeyError(SECRET)


def test_describe_names_types_and_places_but_no_message() -> None:
    try:
        try:
            _raise_inner()
        except KeyError as inner:
            raise DatabaseError("database_unusable", reason=SECRET) from inner
    except DatabaseError as exc:
        described = describe(exc)
    assert SECRET not in described and "Anna" not in described
    assert "bibagreements.errors.DatabaseError (code=database_unusable)" in described
    assert "builtins.KeyError" in described and "caused by:" in described
    assert f"{__file__}:" in described and "in _raise_inner" in described


def test_an_sql_error_shows_the_statement_but_not_its_parameters(tmp_path: Path) -> None:
    from bibagreements.storage.database import open_database

    db = open_database(str(tmp_path / "x.sqlite3"))
    with pytest.raises(SQLAlchemyError) as caught, db.engine.connect() as conn:
        conn.execute(text("INSERT INTO no_such_table (name) VALUES (:name)"), {"name": SECRET})
    db.close()
    assert SECRET not in str(caught.value)  # hide_parameters: not even the exception says it
    described = describe(caught.value)
    assert "SQL: INSERT INTO no_such_table (name) VALUES (?)" in described
    assert SECRET not in described and "no such table" not in described


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes and links")
def test_the_log_is_private_and_keeps_no_message(user_folders: Path) -> None:
    old = os.umask(0o022)
    try:
        written = log_error(RuntimeError(SECRET))
    finally:
        os.umask(old)
    assert written is not None
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert stat.S_IMODE(written.parent.stat().st_mode) == 0o700
    content = written.read_text("utf-8")
    assert content.startswith("--- ") and "builtins.RuntimeError" in content
    assert SECRET not in content


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes and links")
def test_an_older_open_log_is_tightened(user_folders: Path) -> None:
    path = log_file()
    assert path is not None
    path.write_text("old entry\n", "utf-8")
    path.chmod(0o644)
    path.parent.chmod(0o755)
    assert append_to_error_log("new entry") == path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert path.read_text("utf-8").startswith("old entry\n")


@pytest.mark.skipif(os.name != "posix", reason="POSIX links and pipes")
def test_a_link_or_pipe_planted_as_the_log_is_not_written_through(
    user_folders: Path, tmp_path: Path
) -> None:
    path = log_file()
    assert path is not None
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("untouched", "utf-8")
    path.symlink_to(elsewhere)
    assert append_to_error_log("entry") is None
    assert elsewhere.read_text("utf-8") == "untouched" and path.is_symlink()
    path.unlink()
    os.mkfifo(path)
    assert append_to_error_log("entry") is None  # returns at once: no reader is waited for
