"""``check``: whole or damaged, in plain words, never SQL."""

from pathlib import Path

import pytest

from bibagreements.storage.revisions import HEAD_REVISION
from tests.cli.conftest import run
from tests.databases import damage, fake_backup, table_page


def test_the_example_database_is_whole(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", demo_db, "check")
    assert (code, err) == (0, "")
    assert out == f"the database is whole: 3 agreement(s), schema revision {HEAD_REVISION}\n"


@pytest.mark.parametrize("page", ["index", "table"])
def test_a_damaged_database_says_so_and_how_to_restore_it(
    demo_db: str, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    damage(demo_db, 3 if page == "index" else table_page(demo_db))
    backup = fake_backup(demo_db)
    code, out, err = run(capsys, "--db", demo_db, "check")
    assert code == 3 and err == ""
    first, advice = out.splitlines()
    assert first.startswith("the database is damaged: ") and " found (first: " in first
    path = Path(demo_db).resolve()
    assert advice == (
        f"the database {path} is damaged; the newest backup is {backup} "
        f"(restore it with: bibagreements --db {path} restore {backup})"
    )


def test_a_database_damaged_where_it_opens_gives_the_one_line(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    damage(demo_db, 1, offset=100)
    code, out, err = run(capsys, "--db", demo_db, "check")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "is damaged; there is no automatic backup" in err
