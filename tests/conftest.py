"""Shared test setup: Qt must never look for a display; fixtures several packages use."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from bibagreements.storage.database import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.keyrings"]  # memory_keyring: never the operating system's


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own data, state, config and cache folders (platformdirs reads XDG_*).

    No test reads or writes the real user's folders: the error log, automatic
    backups and the default database all land here, child processes included.
    """
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("BIBAGREEMENTS_DB", raising=False)
    # Qt's Documents folder (save dialogs propose it, and create it when missing).
    config = home / "xdg_config_home"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{home / "documents"}"\n')
    return home


@pytest.fixture(autouse=True)
def one_server_database(request: pytest.FixtureRequest) -> Iterator[None]:
    """On the PostgreSQL pass: each test's first fresh database is the server's; a test
    about SQLite's own files (marked sqlite_only) is skipped there."""
    from tests.databases import BACKEND, close_server_databases, server_taken

    if BACKEND == "postgresql" and request.node.get_closest_marker("sqlite_only"):
        pytest.skip("about SQLite's own files")
    server_taken(False)
    yield
    close_server_databases()
    server_taken(False)


@pytest.fixture(autouse=True)
def calendar_day() -> Iterator[None]:
    """Every test starts on the calendar's day: ``--today`` sets it for the process."""
    from bibagreements.domain import clock

    clock.set_today(None)
    yield
    clock.set_today(None)


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    """Where a test's database goes (not created: the program makes it)."""
    return str(tmp_path / "bibagreements.sqlite3")


@pytest.fixture
def demo_db(db_path: str) -> str:
    """A database file with the example agreements, as ``bibagreements demo`` leaves it."""
    from tests.databases import database_file

    return database_file(db_path, demo=True)


@pytest.fixture
def demo_export(tmp_path: Path) -> dict[str, Any]:
    """The example agreements as an export writes them."""
    from bibagreements.services.interchange import export_data
    from tests.builders import new_db

    db = new_db(tmp_path, "source.sqlite3", demo=True)
    with db.unit_of_work() as uow:
        return export_data(uow)


@pytest.fixture
def pg() -> Iterator[Database]:
    """The PostgreSQL database BIBAGREEMENTS_TEST_PG names, emptied and migrated."""
    from bibagreements.storage.database import open_database
    from tests.databases import PG_URL, reset_postgresql

    if not PG_URL:
        pytest.skip("BIBAGREEMENTS_TEST_PG is not set")
    reset_postgresql()
    db = open_database(PG_URL)
    yield db
    db.close()


@pytest.fixture(scope="session")
def pki() -> dict[str, Any]:
    """The tests' own small PKI (tests.signing_pki): made once, keys are slow to make."""
    from tests.signing_pki import make_pki

    return make_pki()


@pytest.fixture
def sent_trusted(tmp_path: Path, pki: dict[str, Any]) -> tuple[Any, int, bytes]:
    """An agreement sent for signature, its signable PDF, and the test root CA trusted."""
    from tests.signing_pki import sent_for_signature, trust

    db, agreement_id, pdf = sent_for_signature(tmp_path)
    trust(db, tmp_path, pki["root"])
    return db, agreement_id, pdf
