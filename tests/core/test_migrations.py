"""The migrations and the models describe the same schema."""

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bibagreements.storage.database import (
    SCHEMA_REVISIONS,
    _alembic_config,
    known_revisions,
    open_database,
)
from bibagreements.storage.models import Base


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "m.sqlite3"))
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    db.close()


def test_every_migration_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "m.sqlite3"))
    revisions, head = known_revisions()
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "base")
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    assert head in revisions
    db.close()


def test_known_revisions_match_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    ordered = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(ordered) == SCHEMA_REVISIONS
    assert script.get_current_head() == known_revisions()[1]
