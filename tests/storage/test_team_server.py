"""A team's PostgreSQL server: its password, and the server going away mid-work.

Run when BIBAGREEMENTS_TEST_PG names the throwaway server of
installer/throwaway-postgres.sh (which also says how to stop and start it).
Its TCP connections need the password, as a region's server would.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bibagreements.errors import DatabaseError
from bibagreements.services import importing
from bibagreements.services.agreements import get_agreement, list_agreements, save_agreement
from bibagreements.services.demo import load_demo
from bibagreements.services.exporting import export_to_file
from bibagreements.storage.credentials import KEYRING_SERVICE, account
from bibagreements.storage.database import open_database
from tests.builders import new_db
from tests.databases import PG_URL, reset_postgresql
from tests.keyrings import MemoryKeyring

PG_CTL = os.environ.get("BIBAGREEMENTS_TEST_PG_CTL", "")
PG_OPTIONS = os.environ.get("BIBAGREEMENTS_TEST_PG_OPTIONS", "")

pytestmark = pytest.mark.skipif(not PG_URL, reason="BIBAGREEMENTS_TEST_PG is not set")


def _server(action: str) -> None:
    """Stop or start the throwaway server (as its owner, postgres)."""
    command = ["runuser", "-u", "postgres", "--", *shlex.split(PG_CTL), "-w", action]
    if action == "stop":
        command += ["-m", "fast"]
    else:
        command += ["-o", PG_OPTIONS]
    subprocess.run(command, check=True, capture_output=True, timeout=60)


@pytest.fixture
def server() -> Iterator[str]:
    """The server, empty, started again after the test whatever it did."""
    if not PG_CTL:
        pytest.skip("BIBAGREEMENTS_TEST_PG_CTL is not set")
    reset_postgresql()
    try:
        yield PG_URL
    finally:
        status = subprocess.run(
            ["runuser", "-u", "postgres", "--", *shlex.split(PG_CTL), "status"],
            capture_output=True,
        )
        if status.returncode != 0:
            _server("start")


def _without_password(url: str) -> str:
    # (URL.set ignores None: a named tuple's _replace takes the password away.)
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def test_a_url_without_its_password_takes_the_keyring_s_or_asks(
    memory_keyring: MemoryKeyring,
) -> None:
    reset_postgresql()
    bare = _without_password(PG_URL)
    with pytest.raises(DatabaseError) as refused:
        open_database(bare)
    assert refused.value.code == "database_needs_password"
    assert "asks for a password" in str(refused.value) and "app@" in str(refused.value)
    open_database(bare, password="app").close()  # given for this connection
    assert memory_keyring.kept == {}
    memory_keyring.kept[(KEYRING_SERVICE, account(make_url(PG_URL)))] = "app"
    db = open_database(bare)  # the keyring's password: connected, and never shown
    try:
        with db.unit_of_work() as uow:
            assert uow.session.scalar(text("SELECT current_user")) == "app"
        assert ":app@" not in db.url and ":***@" in db.url
    finally:
        db.close()


def test_the_server_going_away_during_a_save_loses_nothing_and_reconnects(
    server: str,
) -> None:
    db = open_database(server)
    try:
        with db.unit_of_work() as uow:
            load_demo(uow)
        with db.unit_of_work() as uow:
            a = list_agreements(uow)[0]
            title = a.title
        with pytest.raises(DatabaseError) as lost, db.unit_of_work() as uow:
            save_agreement(uow, replace(get_agreement(uow, a.id or 0), title="Nytt namn"))
            _server("stop")
        assert lost.value.code == "server_unreachable"
        assert "nothing was saved" in str(lost.value) and "\n" not in str(lost.value)
        _server("start")
        with db.unit_of_work() as uow:  # the same Database: a new connection by itself
            assert get_agreement(uow, a.id or 0).title == title
    finally:
        db.close()


def test_the_server_going_away_during_an_import_leaves_none_of_it(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = new_db(tmp_path, demo=True)
    with local.unit_of_work() as uow:
        export_to_file(uow, tmp_path / "export.json")
    local.close()
    db = open_database(server)
    flush = importing._Store.flush
    calls = 0

    def flush_then_stop(self: Any) -> None:
        nonlocal calls
        flush(self)
        calls += 1
        if calls == 1:  # the first agreements are written, the rest not yet
            _server("stop")

    monkeypatch.setattr(importing._Store, "flush", flush_then_stop)
    try:
        with pytest.raises(DatabaseError) as lost, db.unit_of_work() as uow:
            importing.import_file(uow, tmp_path / "export.json")
        assert lost.value.code == "server_unreachable" and "\n" not in str(lost.value)
        _server("start")
        monkeypatch.setattr(importing._Store, "flush", flush)
        with db.unit_of_work() as uow:
            assert list_agreements(uow) == []
            result = importing.import_file(uow, tmp_path / "export.json")
        assert result.agreements_created > 0
    finally:
        db.close()
