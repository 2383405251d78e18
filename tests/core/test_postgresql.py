"""The same code runs on PostgreSQL (team mode).

Runs when BIBAGREEMENTS_TEST_PG names a disposable database; .ci/run starts
one (installer/throwaway-postgres.sh). Each test starts from an empty schema.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bibagreements.errors import DatabaseTooNewError
from bibagreements.services.agreements import list_agreements
from bibagreements.services.demo import load_demo
from bibagreements.services.interchange import export_data, import_data
from bibagreements.services.organisations import list_organisations
from bibagreements.storage.database import (
    Database,
    current_revision,
    known_revisions,
    open_database,
)

URL = os.environ.get("BIBAGREEMENTS_TEST_PG", "")
pytestmark = pytest.mark.skipif(not URL, reason="BIBAGREEMENTS_TEST_PG is not set")


def _reset() -> None:
    engine = create_engine(URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def pg() -> Iterator[Database]:
    _reset()
    db = open_database(URL)
    yield db
    db.close()


def test_migrations_demo_and_round_trip_on_postgresql(pg: Database) -> None:
    assert current_revision(pg.engine) == known_revisions()[1]
    with pg.unit_of_work() as uow:
        load_demo(uow)
    with pg.unit_of_work() as uow:
        exported = export_data(uow)
        assert len(list_agreements(uow)) == 3
        assert [o.name for o in list_organisations(uow, "skåne")] == [
            "Region Skåne",
            "Region Skånes kulturförvaltning",
        ]
    _reset()
    fresh = open_database(URL)
    with fresh.unit_of_work() as uow:
        assert import_data(uow, exported).agreements_created == 3
    with fresh.unit_of_work() as uow:
        again = export_data(uow)
    fresh.close()
    exported.pop("exported_at"), again.pop("exported_at")
    assert again == exported


def test_newer_postgresql_database_is_refused(pg: Database) -> None:
    with pg.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseTooNewError):
        open_database(URL)


def test_a_postgresql_database_is_backed_up_by_its_administrator(
    pg: Database, tmp_path: Path
) -> None:
    from bibagreements.errors import ValidationError
    from bibagreements.services.backup import backup_database

    with pg.unit_of_work() as uow, pytest.raises(ValidationError, match="pg_dump"):
        backup_database(uow, tmp_path / "copy.sqlite3")
    assert not list(tmp_path.iterdir())
