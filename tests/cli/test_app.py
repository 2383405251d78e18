"""The one place turning errors into one line and an exit code (cli/app.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bibagreements.cli import main
from tests.cli.conftest import run
from tests.databases import damage, fake_backup, table_page


def test_unusable_database_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path), "list")
    assert code == 1 and "is a folder" in err and err.count("\n") == 1


def test_files_that_cannot_be_written_give_one_line(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for target in ("/dev/null", "/proc/bibagreements-test.json"):
        code, _, err = run(capsys, "--db", demo_db, "export", "-o", target)
        assert code == 1 and err.count("\n") == 1 and "internal error" not in err
    assert Path("/dev/null").is_char_device()


def test_an_unexpected_database_error_names_its_type_not_its_sql(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from sqlalchemy.exc import IntegrityError

    from bibagreements.cli import app

    def broken(args: object, db: object) -> int:
        orig = sqlite3.IntegrityError("UNIQUE constraint failed: person.email")
        raise IntegrityError("INSERT INTO person VALUES (?)", ("anna@example.se",), orig)

    monkeypatch.setitem(app.COMMANDS, "list", broken)
    assert main(["--db", str(tmp_path / "x.sqlite3"), "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("bibagreements: internal error: IntegrityError (details in ")
    assert err.count("\n") == 1
    assert "anna@example.se" not in err and "INSERT" not in err


def test_an_unexpected_error_is_one_line_and_logged_with_its_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bibagreements.cli import app

    def broken(args: object, db: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setitem(app.COMMANDS, "list", broken)
    assert main(["--db", str(tmp_path / "x.sqlite3"), "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: RuntimeError: a bug" in err
    (log,) = (tmp_path / "state").rglob("errors.log")
    assert str(log) in err
    text = log.read_text("utf-8")
    assert text.startswith("--- ") and "Traceback" in text and "builtins.RuntimeError" in text
    assert "a bug" not in text  # the message stays on the screen, out of the log


@pytest.mark.parametrize("page", ["table", "schema"])
@pytest.mark.parametrize("command", ["list", "show", "demo", "import", "export", "backup"])
def test_every_command_on_a_damaged_database_says_so_in_one_line(
    demo_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    demo_export: dict[str, object],
    command: str,
    page: str,
) -> None:
    if page == "table":
        damage(demo_db, table_page(demo_db))  # where the agreements are
    else:
        damage(demo_db, 1, offset=100)  # the list of tables itself
    backup = fake_backup(demo_db)
    exchange = tmp_path / "exchange.json"
    exchange.write_text(json.dumps(demo_export), encoding="utf-8")
    arguments = {
        "list": ["list"],
        "show": ["show", "1"],
        "demo": ["demo"],
        "import": ["import", str(exchange)],
        "export": ["export", "-o", str(tmp_path / "out.json")],
        "backup": ["backup", "-o", str(tmp_path / "out.json")],
    }[command]
    code, out, err = run(capsys, "--db", demo_db, *arguments)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("bibagreements: error: the database ")
    assert "is damaged" in err and f"restore {backup})" in err
    assert "SELECT" not in err and "Traceback" not in err
    if command in ("demo", "import"):
        assert out == ""
    assert not (tmp_path / "out.json").exists()


def test_damage_no_command_reads_still_stops_every_command(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exchange = tmp_path / "exchange.json"
    assert run(capsys, "--db", demo_db, "export", "-o", str(exchange))[0] == 0
    damage(demo_db, 3)  # an index page: listing would work, the examples look present
    out_file = tmp_path / "after.json"
    for command in (
        ["list"],
        ["show", "1"],
        ["reminders"],
        ["export", "-o", str(out_file)],
        ["demo"],
        ["import", str(exchange)],
    ):
        code, out, err = run(capsys, "--db", demo_db, *command)
        assert (code, out) == (1, ""), command
        assert "is damaged" in err and err.count("\n") == 1, command
    assert not out_file.exists()


@pytest.mark.parametrize("table", ["agreement_version", "checkin"])  # read, and not read
def test_damage_stops_the_rendering_of_a_frozen_version_read_straight_from_the_file(
    demo_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    table: str,
) -> None:
    damage(demo_db, table_page(demo_db, table))
    out = tmp_path / "a.pdf"
    code, out_text, err = run(
        capsys, "--db", demo_db, "render", "1", "--format", "pdf", "-o", str(out)
    )
    assert (code, out_text) == (1, "")
    assert "is damaged" in err and err.count("\n") == 1
    assert not out.exists()
    monkeypatch.chdir(Path(demo_db).parent)  # named as the usual path names it
    _, _, relative = run(
        capsys, "--db", Path(demo_db).name, "render", "1", "--format", "pdf", "-o", str(out)
    )
    assert relative == err and str(Path(demo_db).resolve()) in err


def test_render_says_what_it_did_whichever_way_it_went(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def render(*args: str) -> tuple[int, str, str]:
        return run(capsys, "--db", demo_db, "render", *args)

    frozen = render("2", "--format", "pdf", "-o", str(tmp_path / "a.pdf"))
    assert frozen[0] == 0 and frozen[1].startswith(f"wrote {tmp_path / 'a.pdf'} (pdf, version 1,")
    draft = render("3", "--format", "pdf", "-o", str(tmp_path / "b.pdf"))
    assert draft[0] == 0 and "(pdf, the draft as it stands," in draft[1]
    code, _, err = render("99", "--format", "pdf", "-o", str(tmp_path / "c.pdf"))
    assert code == 1 and err.count("\n") == 1 and "99" in err
    code, _, err = render("2", "--version", "7", "--format", "pdf", "-o", str(tmp_path / "d.pdf"))
    assert code == 1 and err.count("\n") == 1 and "7" in err
    code, _, err = render("2", "--format", "pdf", "-o", str(tmp_path / "e.docx"))
    assert code == 1 and err.count("\n") == 1 and ".pdf" in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".sqlite3") == [
        "a.pdf",
        "b.pdf",
    ]


def test_the_global_today_changes_what_list_and_reminders_say(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def statuses(*before: str) -> list[str]:
        code, out, err = run(capsys, *before, "--db", demo_db, "list", "--json")
        assert (code, err) == (0, "")
        return [row["status"] for row in json.loads(out)]

    assert statuses("--today", "2020-06-01") != statuses("--today", "2035-06-01")
    assert statuses("--today", "2035-06-01") == statuses("--today", "2035-06-02")

    def reminder_kinds(*before: str, after: tuple[str, ...] = ()) -> set[str]:
        code, out, err = run(capsys, *before, "--db", demo_db, "reminders", "--json", *after)
        assert (code, err) == (0, "")
        return {item["kind"] for item in json.loads(out)}

    early = reminder_kinds("--today", "2020-05-01")
    assert "checkin_due" in early and "checkin_overdue" not in early
    assert "checkin_overdue" in reminder_kinds("--today", "2020-05-20")
    # A command's own --today wins over the global one.
    assert reminder_kinds("--today", "2020-05-20", after=("--today", "2020-05-01")) == early
