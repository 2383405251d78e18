"""The tables and columns of every revision, as the migrations really make them."""

import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command

from bibagreements.storage.database import SCHEMA_REVISIONS, _alembic_config, migration_engine
from bibagreements.storage.database import _create_engine as create_engine
from bibagreements.storage.schema_shape import SHAPES, has_shape


def _migrated_to(path: Path, revision: str) -> dict[str, frozenset[str]]:
    engine = migration_engine(create_engine("sqlite:///" + str(path)))
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)
    engine.dispose()
    found: dict[str, set[str]] = {}
    with closing(sqlite3.connect(path)) as conn:
        for table, column in conn.execute(
            "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
            "WHERE m.type = 'table'"
        ):
            found.setdefault(table, set()).add(column)
    return {table: frozenset(columns) for table, columns in found.items()}


def test_every_revision_has_exactly_the_tables_and_columns_its_migrations_make(
    tmp_path: Path,
) -> None:
    assert tuple(SHAPES) == SCHEMA_REVISIONS
    for revision in SCHEMA_REVISIONS:
        made = _migrated_to(tmp_path / f"{revision}.sqlite3", revision)
        assert dict(SHAPES[revision]) == made, revision
        assert has_shape(revision, made)


def test_a_missing_table_or_column_is_not_our_shape() -> None:
    head = dict(SHAPES[SCHEMA_REVISIONS[-1]])
    extra = {**head, "sqlite_stat1": frozenset({"tbl", "idx", "stat"})}
    assert has_shape(SCHEMA_REVISIONS[-1], extra)
    without_table = {t: c for t, c in head.items() if t != "checkin"}
    without_column = {**head, "party": head["party"] - {"signed_on"}}
    for columns in (without_table, without_column):
        assert not has_shape(SCHEMA_REVISIONS[-1], columns)
    assert not has_shape("9999", head)
