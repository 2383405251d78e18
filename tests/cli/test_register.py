import json
import subprocess
import sys
from pathlib import Path

import pytest

from bibagreements.cli import main
from bibagreements.services.demo import REFERENCE_TITLE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite3")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_list_json_shows_the_reference_agreement(
    db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", db_path, "demo")[0] == 0
    assert run(capsys, "--db", db_path, "demo")[1] == "the example agreements are already there\n"
    code, out, _ = run(capsys, "--db", db_path, "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 3
    ref = next(r for r in rows if r["title"] == REFERENCE_TITLE)
    assert ref["parties"] == ["Biblioteken i Kristianstad", "Region Skånes kulturförvaltning"]
    assert ref["period"] == {"start": "2019-11-08", "end": "2020-12-31"}
    assert ref["status"] == "active"
    assert "Skånes" in out  # readable UTF-8, not \\u escapes
    framework = next(r for r in rows if r["kind"] == "framework")
    assert len(framework["parties"]) >= 6


def test_list_filters_by_status(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db_path, "demo")
    _, out, _ = run(capsys, "--db", db_path, "list", "--status", "draft", "--json")
    assert [r["kind"] for r in json.loads(out)] == ["project"]


def test_show_json_is_the_interchange_format(
    db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--db", db_path, "demo")
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


def test_export_import_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    out_file = tmp_path / "all.json"
    run(capsys, "--db", source, "demo")
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


def test_unusable_database_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path), "list")
    assert code == 1 and "is a folder" in err and err.count("\n") == 1


def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["show", "not-a-number"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "invalid ID 'not-a-number'" in err


def test_main_py_is_the_same_program(tmp_path: Path) -> None:
    db = str(tmp_path / "m.sqlite3")
    for command in (
        [sys.executable, str(ROOT / "main.py")],
        [sys.executable, "-m", "bibagreements"],
    ):
        done = subprocess.run(
            [*command, "--db", db, "list", "--json"], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "99999999999999999999999"], "invalid ID"),
        (["show", "-3"], "invalid ID"),
        (["reminders", "--today", "9999-12-31"], "invalid date"),
        (["reminders", "--days", "99999999999"], "invalid number of days"),
        (["minutes", "1", "--due", "2020-W19-5", "--format", "pdf", "-o", "x.pdf"], "invalid date"),
    ],
)
def test_out_of_range_arguments_are_usage_errors(
    db_path: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--db", db_path, *args])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_files_that_cannot_be_written_give_one_line(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--db", db_path, "demo")
    for target in ("/dev/null", "/proc/bibagreements-test.json"):
        code, _, err = run(capsys, "--db", db_path, "export", "-o", target)
        assert code == 1 and err.count("\n") == 1 and "internal error" not in err
    assert Path("/dev/null").is_char_device()


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
    assert text.startswith("--- ") and "Traceback" in text and "RuntimeError: a bug" in text
