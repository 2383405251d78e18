"""Command line: demo, list, show, import, export, backup, restore."""

import json
from datetime import date
from pathlib import Path

import pytest

from bibagreements.cli import main
from bibagreements.services.demo import REFERENCE_TITLE
from tests.cli.conftest import run


def test_demo_then_list_json_shows_the_reference_agreement(
    db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", db_path, "demo")[0] == 0
    assert run(capsys, "--db", db_path, "demo")[1] == "the example agreements are already there\n"
    code, out, _ = run(capsys, "--db", db_path, "list", "--json", "--today", "2020-06-01")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 3
    ref = next(r for r in rows if r["title"] == REFERENCE_TITLE)
    assert ref["parties"] == ["Biblioteken i Kristianstad", "Region Skånes kulturförvaltning"]
    assert ref["period"] == {"start": "2019-11-08", "end": "2020-12-31"}
    assert (ref["status"], ref["in_force"], ref["term_end"]) == ("active", True, "2020-12-31")
    assert "Skånes" in out  # readable UTF-8, not \\u escapes
    framework = next(r for r in rows if r["kind"] == "framework")
    assert len(framework["parties"]) == 11  # the region and the ten municipalities


def test_list_filters_by_status(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--db", demo_db, "list", "--status", "draft", "--json")
    assert [r["kind"] for r in json.loads(out)] == ["project"]


def test_show_json_is_the_interchange_format(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = demo_db
    _, out, _ = run(capsys, "--db", db_path, "list", "--json")
    ref_id = next(r["id"] for r in json.loads(out) if r["title"] == REFERENCE_TITLE)
    code, out, _ = run(capsys, "--db", db_path, "show", str(ref_id), "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["title"] == REFERENCE_TITLE
    assert [g["title"] for g in shown["governing_documents"]][2] == (
        "Biblioteksplan för Kristianstads kommun"
    )
    assert shown["governing_documents"][2]["adopted_on"] == "2019-03-12"
    assert shown["parties"][1]["registry_number"] == "KUN 2019/470"
    assert shown["parties"][0]["signed_place"] == "Malmö"
    code, out, _ = run(capsys, "--db", db_path, "show", str(ref_id))
    assert "Region Skånes kulturförvaltning (KUN 2019/470)" in out
    assert "  short title: Kristianstad 2019\n" in out
    assert "  development area: Digital utveckling\n" in out


def test_list_names_the_short_titles(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--db", demo_db, "list")
    assert out.count("short title: ") == 3 and "short title: Kristianstad 2019\n" in out
    _, out, _ = run(capsys, "--db", demo_db, "list", "--json")
    assert sorted(r["short_title"] for r in json.loads(out))[0] == "Bibliotekssystem Västmanland"


def test_export_import_round_trip(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = demo_db, str(tmp_path / "b.sqlite3")
    out_file = tmp_path / "all.json"
    assert run(capsys, "--db", source, "export", "-o", str(out_file))[0] == 0
    code, out, _ = run(capsys, "--db", target, "import", str(out_file))
    assert code == 0 and out.startswith("imported 3 agreement(s)")
    again = tmp_path / "again.json"
    run(capsys, "--db", target, "export", "-o", str(again))
    first, second = json.loads(out_file.read_text()), json.loads(again.read_text())
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "4711"], "no agreement with ID 4711"),
        (["import", "/no/such/file.json"], "cannot read /no/such/file.json"),
        (["export", "-o", "/no/such/folder/x.json"], "folder /no/such/folder does not exist"),
    ],
)
def test_bad_input_gives_one_line_and_non_zero_exit(
    db_path: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "--db", db_path, *args)
    assert code != 0
    assert out == ""
    assert err.count("\n") == 1 and message in err
    assert "Traceback" not in err


def test_invalid_json_file(
    tmp_path: Path, db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    code, _, err = run(capsys, "--db", db_path, "import", str(bad))
    assert code == 1 and "is not valid JSON" in err and err.count("\n") == 1


def test_cli_backup(demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    live = demo_db
    assert main(["--db", live, "backup", "-o", str(tmp_path / "b.sqlite3")]) == 0
    assert "backed up 3 agreement(s)" in capsys.readouterr().out
    assert main(["--db", live, "backup", "-o", live]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_status_follows_the_calendar_without_anyone_saving(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def reference(*args: str) -> dict[str, object]:
        _, out, _ = run(capsys, "--db", demo_db, "list", "--json", *args)
        found: dict[str, object] = next(r for r in json.loads(out) if r["title"] == REFERENCE_TITLE)
        return found

    assert reference("--today", "2026-12-01")["status"] == "ended"
    assert reference("--today", "2026-12-01")["in_force"] is False
    assert reference("--today", "2020-12-31")["status"] == "active"  # its last day
    assert reference("--today", "2021-01-01")["status"] == "ended"  # the day after
    # The filter and the status column agree on any day.
    _, out, _ = run(
        capsys, "--db", demo_db, "list", "--json", "--status", "active", "--today", "2026-12-01"
    )
    assert REFERENCE_TITLE not in [r["title"] for r in json.loads(out)]
    _, out, _ = run(capsys, "--db", demo_db, "show", "1", "--today", "2026-12-01")
    assert out.splitlines()[1].startswith("  cooperation, ended, 2019-11-08 – 2020-12-31")
    _, out, _ = run(capsys, "--db", demo_db, "show", "1", "--json", "--today", "2020-06-01")
    assert json.loads(out)["status"] == "active"


def test_cli_restore_replaces_the_database_and_keeps_the_old_one(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "b.sqlite3"
    assert main(["--db", demo_db, "backup", "-o", str(backup)]) == 0
    # Agreement 1 ended 2020-12-31: amended from a day it ran (today it is too late).
    code, _, err = run(capsys, "--db", demo_db, "amend", "1", "--extend-to", "2021-12-31")
    assert code == 1 and "ended on 2020-12-31, before" in err
    amend = ["amend", "1", "--extend-to", "2021-12-31", "--from", "2020-12-01"]
    assert run(capsys, "--db", demo_db, *amend)[0] == 0
    assert len(json.loads(run(capsys, "--db", demo_db, "list", "--json")[1])) == 4
    code, out, err = run(capsys, "--db", demo_db, "restore", str(backup))
    assert (code, err) == (0, "")
    first, second = out.splitlines()
    assert first == f"restored 3 agreement(s) from {backup} ({date.today()}) into {demo_db}"
    aside = Path(second.removeprefix("the replaced database is kept as "))
    assert aside.name.startswith("bibagreements.before-restore-") and aside.exists()
    assert len(json.loads(run(capsys, "--db", demo_db, "list", "--json")[1])) == 3


def test_cli_restore_refuses_what_is_no_backup_in_one_line(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = Path(demo_db).read_bytes()
    (tmp_path / "notes.txt").write_text("inte en databas")
    for candidate, message in (
        (tmp_path / "notes.txt", "is not a bibagreements backup (not SQLite)"),
        (tmp_path / "missing.sqlite3", "does not exist"),
        (Path(demo_db), "is the database itself"),
    ):
        code, out, err = run(capsys, "--db", demo_db, "restore", str(candidate))
        assert (code, out) == (1, "") and err.count("\n") == 1 and message in err
    code, _, err = run(capsys, "--db", "postgresql://u@localhost/x", "restore", demo_db)
    assert code == 1 and "administrator" in err
    assert Path(demo_db).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bibagreements.sqlite3", "notes.txt"]


def test_cli_restore_does_not_open_the_database_it_replaces(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A database the program cannot open (a newer schema) can still be replaced."""
    import sqlite3
    from contextlib import closing

    backup = tmp_path / "b.sqlite3"
    assert main(["--db", demo_db, "backup", "-o", str(backup)]) == 0
    with closing(sqlite3.connect(demo_db)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    assert run(capsys, "--db", demo_db, "list")[0] == 1
    assert run(capsys, "--db", demo_db, "restore", str(backup))[0] == 0
    assert run(capsys, "--db", demo_db, "list")[0] == 0


def test_show_gives_an_amendment_the_amended_period_and_the_day_s_status_of_each_link(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    amend = ["amend", "1", "--extend-to", "2021-12-31", "--from", "2020-12-01"]
    assert run(capsys, "--db", demo_db, *amend)[0] == 0
    _, out, _ = run(capsys, "--db", demo_db, "show", "4", "--today", "2026-01-01")
    assert "amendment, draft, 2020-12-01 – 2020-12-31" in out
    assert f"amends: 1 {REFERENCE_TITLE} (ended)" in out  # stored "active", over by now
    _, out, _ = run(capsys, "--db", demo_db, "show", "4", "--today", "2020-06-01")
    assert f"amends: 1 {REFERENCE_TITLE} (active)" in out
    _, out, _ = run(capsys, "--db", demo_db, "list", "--status", "terminated")
    assert out == "no agreements terminated on that day\n"
