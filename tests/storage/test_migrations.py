"""The migrations and the models describe the same schema; each migration goes down and up."""

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from bibagreements.storage.database import (
    SCHEMA_REVISIONS,
    _alembic_config,
    current_revision,
    known_revisions,
    open_database,
)
from bibagreements.storage.models import Base
from tests.databases import database_file


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


def _counts(db_path: Path) -> dict[str, int]:
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def _demo_db(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = Path(database_file(tmp_path / "demo.sqlite3", demo=True))
    return path, _counts(path)


def test_a_table_rebuilding_migration_keeps_child_rows(tmp_path: Path) -> None:
    """Batch mode drops and recreates a table: children must not cascade away."""
    from alembic.operations import Operations

    from bibagreements.storage.database import migration_engine

    path, before = _demo_db(tmp_path)
    assert before["checkin_participant"] > 0 and before["followup"] > 0
    db = open_database(str(path))
    engine = migration_engine(db.engine)
    with engine.begin() as conn:
        ops = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
        with ops.batch_alter_table("checkin") as batch:
            batch.alter_column("notes", existing_type=sa.Text(), nullable=True)
        with ops.batch_alter_table("agreement") as batch:
            batch.alter_column("programme", existing_type=sa.Text(), nullable=True)
    engine.dispose()
    db.close()
    assert _counts(path) == before
    reopened = open_database(str(path))  # still at the head, its references intact
    assert current_revision(reopened.engine) == known_revisions()[1]
    with reopened.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA foreign_key_check")).all() == []
    reopened.close()


def test_a_failing_migration_changes_nothing(tmp_path: Path) -> None:
    from alembic.operations import Operations

    from bibagreements.storage.database import migration_engine

    path, before = _demo_db(tmp_path)
    db = open_database(str(path))
    engine = migration_engine(db.engine)
    try:
        with engine.begin() as conn:
            ops = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
            with ops.batch_alter_table("agreement") as batch:
                # NOT NULL without a default: copying the rows fails half way.
                batch.add_column(sa.Column("mandatory", sa.Text(), nullable=False))
    except Exception:
        pass
    else:  # pragma: no cover
        raise AssertionError("the broken migration should have failed")
    engine.dispose()
    db.close()
    assert _counts(path) == before


def test_check_ins_added_by_hand_keep_the_calendar_uid_earlier_exports_gave_them(
    tmp_path: Path,
) -> None:
    """0005 stores the ID-based UID of existing hand-added check-ins; generated ones derive it."""
    from bibagreements.services.calendar import calendar_bytes
    from bibagreements.services.demo import REFERENCE_UID
    from bibagreements.storage.database import migration_engine

    path, _ = _demo_db(tmp_path)
    db = open_database(str(path))
    engine = migration_engine(db.engine)  # as on open: foreign keys off while tables change
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0004")
        agreement_id = conn.execute(
            sa.text("SELECT id FROM agreement WHERE uid = :uid"), {"uid": REFERENCE_UID}
        ).scalar_one()
        checkin_id = conn.execute(
            sa.text(
                "INSERT INTO checkin (agreement_id, due_date, status, notes, scheduled_on,"
                " touched, created_at, updated_at) VALUES (:a, '2020-08-17', 'planned', '',"
                " NULL, 0, '2020-01-01 00:00:00', '2020-01-01 00:00:00') RETURNING id"
            ),
            {"a": agreement_id},
        ).scalar_one()
    engine.dispose()
    db.close()
    db = open_database(str(path))  # migrates to the head again
    with db.engine.connect() as conn:
        stored = dict(
            conn.execute(
                sa.text("SELECT id, event_uid FROM checkin WHERE agreement_id = :a"),
                {"a": agreement_id},
            ).all()
        )
    expected = f"checkin-{REFERENCE_UID}-id{checkin_id}@bibagreements"
    assert stored.pop(checkin_id) == expected
    assert set(stored.values()) == {None}  # generated: the UID follows from the date
    with db.unit_of_work() as uow:
        assert expected.encode() in calendar_bytes(uow, [agreement_id])
    db.close()


def test_snooze_migration_goes_down_and_up(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "m.sqlite3"))
    with db.engine.begin() as conn:
        assert inspect(conn).has_table("snooze")
        command.downgrade(_alembic_config(conn), "0001")
        assert not inspect(conn).has_table("snooze")
        command.upgrade(_alembic_config(conn), "head")
        assert inspect(conn).has_table("snooze")


def test_short_title_migration_keeps_agreements_and_gives_them_none(tmp_path: Path) -> None:
    from bibagreements.storage.database import migration_engine

    path, before = _demo_db(tmp_path)
    db = open_database(str(path))
    engine = migration_engine(db.engine)
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0007")
        columns = {c["name"] for c in inspect(conn).get_columns("agreement")}
        assert "short_title" not in columns
        command.upgrade(_alembic_config(conn), "head")
        shorts = conn.execute(sa.text("SELECT short_title FROM agreement")).scalars().all()
    engine.dispose()
    db.close()
    assert shorts == [""] * before["agreement"]
    # Going below 0009 drops its tables, and with them the examples' clauses and templates
    # and the demo region's house style; below 0011 the audit trail.
    later = {"clause", "agreement_template", "house_style", "audit_entry"}
    after = _counts(path)
    assert {t: n for t, n in after.items() if t not in later} == {
        t: n for t, n in before.items() if t not in later
    }
    assert after["clause"] == after["agreement_template"] == after["house_style"] == 0
    assert after["audit_entry"] == 0 < before["audit_entry"]
    assert before["house_style"] == 1
