"""Command line: migrate-to copies a local register into an empty team database."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from bibagreements.services.agreements import get_agreements, list_agreements
from bibagreements.services.database import open_database
from bibagreements.services.history import agreement_history
from tests.cli.conftest import run
from tests.databases import PG_URL, reset_postgresql


def _sha(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture(params=["sqlite", "postgresql"])
def team(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "team.sqlite3")
    if not PG_URL:
        pytest.skip("BIBAGREEMENTS_TEST_PG is not set")
    reset_postgresql()
    return PG_URL


def test_the_example_data_moves_to_the_team_and_is_verified(
    demo_db: str, team: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _sha(demo_db)
    code, out, err = run(capsys, "--db", demo_db, "migrate-to", team, "--json")
    assert (code, err) == (0, ""), err
    report = json.loads(out)
    assert "app:app@" not in report["target"]  # shown without its password
    rows = {t["table"]: t["rows"] for t in report["tables"]}
    assert rows["agreement"] >= 3 and rows["audit_entry"] > 0 and rows["checkin"] > 0
    assert report["rows"] == sum(rows.values())
    assert _sha(demo_db) == before  # the local file is left as it was
    local, copied = open_database(demo_db), open_database(team)
    try:
        with local.unit_of_work() as a, copied.unit_of_work() as b:
            ids = [x.id or 0 for x in list_agreements(a)]
            assert get_agreements(a, ids) == get_agreements(b, ids)
            assert agreement_history(a, ids[0]) == agreement_history(b, ids[0])
        with copied.unit_of_work() as b:  # new records continue after the copied IDs
            from tests.builders import make_agreement

            assert (make_agreement(b, "Efter flytten").id or 0) > max(ids)
    finally:
        local.close()
        copied.close()
    code, out, err = run(capsys, "--db", demo_db, "migrate-to", team)
    assert code == 1 and "is not empty" in err and "changed nothing" in err


def test_migrating_into_itself_is_refused(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", demo_db, "migrate-to", demo_db)
    assert code == 1 and err.count("\n") == 1
