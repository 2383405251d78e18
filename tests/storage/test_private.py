"""Private files and folders: 0600 and 0700 whatever the umask; the database and its side files."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bibagreements.storage.private import create_private, keep_private, private_folder

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.usefixtures("umask_022")
def test_every_folder_created_is_0700_and_the_users_own_keep_their_mode(tmp_path: Path) -> None:
    users = tmp_path / "documents"
    users.mkdir(mode=0o755)
    deep = users / "a" / "b" / "c"
    assert private_folder(deep) == deep
    assert [_mode(p) for p in (users / "a", users / "a" / "b", deep)] == [0o700] * 3
    assert _mode(users) == 0o755
    private_folder(users)  # already there, not ours: left as it is
    assert _mode(users) == 0o755


@pytest.mark.usefixtures("umask_022")
def test_our_own_folder_is_tightened_when_it_exists(tmp_path: Path) -> None:
    ours = tmp_path / "bibagreements"
    ours.mkdir(mode=0o755)
    private_folder(ours, ours=True)
    assert _mode(ours) == 0o700


def test_a_private_file_is_0600_even_under_an_empty_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        fd = create_private(tmp_path / "new")
    finally:
        os.umask(old)
    os.close(fd)
    assert _mode(tmp_path / "new") == 0o600


def test_create_private_never_opens_what_is_there_nor_follows_a_link(tmp_path: Path) -> None:
    (tmp_path / "there").write_bytes(b"keep")
    (tmp_path / "link").symlink_to(tmp_path / "target")
    for name in ("there", "link"):
        with pytest.raises(FileExistsError):
            create_private(tmp_path / name)
    assert (tmp_path / "there").read_bytes() == b"keep"
    assert not (tmp_path / "target").exists()


def test_keep_private_tightens_a_file_and_leaves_a_link_alone(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.write_bytes(b"x")
    shared.chmod(0o644)
    other = tmp_path / "other"
    other.write_bytes(b"y")
    other.chmod(0o644)
    (tmp_path / "link").symlink_to(other)
    keep_private(shared)
    keep_private(tmp_path / "link")
    keep_private(tmp_path / "missing")  # nothing there: nothing to do
    assert (_mode(shared), _mode(other)) == (0o600, 0o644)


@pytest.mark.usefixtures("umask_022")
def test_a_new_database_and_its_side_files_are_private(tmp_path: Path) -> None:
    from bibagreements.storage.database import open_database

    path = tmp_path / "new.sqlite3"
    db = open_database(str(path))
    with db.engine.connect() as conn:  # WAL mode: -wal and -shm exist while it is open
        conn.exec_driver_sql("SELECT count(*) FROM agreement").fetchall()
        sides = [p for p in tmp_path.iterdir() if p.name != path.name]
        assert {p.name for p in sides} >= {"new.sqlite3-wal", "new.sqlite3-shm"}
        assert [_mode(p) for p in [path, *sides]] == [0o600] * (1 + len(sides))
    db.close()


@pytest.mark.usefixtures("umask_022")
def test_sqlite_gives_the_journal_the_database_files_mode(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    path = tmp_path / "plain.sqlite3"
    os.close(create_private(path))
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE").fetchall()
        conn.execute("BEGIN")
        conn.execute("CREATE TABLE t (x)")
        assert _mode(tmp_path / "plain.sqlite3-journal") == 0o600
        conn.rollback()


@pytest.mark.usefixtures("umask_022")
def test_an_existing_world_readable_database_is_tightened_when_opened(tmp_path: Path) -> None:
    from bibagreements.storage.database import open_database
    from tests.databases import database_file

    path = Path(database_file(tmp_path / "old.sqlite3", demo=False))
    for name in (path.name, path.name + "-wal"):
        target = tmp_path / name
        if not target.exists():
            target.write_bytes(b"")
        target.chmod(0o644)
    open_database(str(path)).close()
    assert [_mode(p) for p in sorted(tmp_path.iterdir())] == [0o600] * len(list(tmp_path.iterdir()))


@pytest.mark.usefixtures("umask_022")
def test_the_copy_set_aside_before_a_migration_is_private(tmp_path: Path) -> None:
    from alembic import command

    from bibagreements.storage.database import _alembic_config, open_database

    path = tmp_path / "m.sqlite3"
    db = open_database(str(path))
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0006")
    db.close()
    open_database(str(path)).close()
    (copy,) = tmp_path.glob("*.before-migration-*.bak")
    assert _mode(copy) == 0o600


@pytest.mark.usefixtures("umask_022")
def test_the_data_folder_and_the_backups_folders_are_0700(user_folders: Path) -> None:
    from bibagreements.storage.backup_files import backups_root, create_backups_folder
    from bibagreements.storage.database import open_database
    from bibagreements.storage.locations import default_database_path

    open_database().close()
    data = default_database_path().parent
    assert (_mode(data), _mode(default_database_path())) == (0o700, 0o600)
    folder = create_backups_folder(default_database_path())
    assert (_mode(backups_root()), _mode(folder)) == (0o700, 0o700)
    data.chmod(0o755)  # left open by an earlier version: ours, so tightened again
    open_database().close()
    assert _mode(data) == 0o700
