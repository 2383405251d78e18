"""What the command line prints never carries a control character to the terminal."""

from __future__ import annotations

import ast
import json
import sqlite3
from pathlib import Path

import pytest

from bibagreements.cli.output import printable, printable_json
from tests.builders import scan_pdf
from tests.cli.conftest import run

CLI = Path(__file__).resolve().parents[2] / "bibagreements" / "cli"
RAW = ("\x1b", "\x07", "\x9b", "\r")


def _old_data(db: str, title: str, party: str) -> None:
    """Text stored before control characters were refused (written past the services)."""
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE agreement SET title = ? WHERE id = 1", (title,))
        connection.execute(
            "UPDATE organisation SET name = ? WHERE id ="
            " (SELECT MIN(organisation_id) FROM party WHERE agreement_id = 1)",
            (party,),
        )


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def test_printable_writes_control_characters_as_hex_escapes() -> None:
    assert printable("Avtal\x1b[31m röd\x07") == "Avtal\\x1b[31m röd\\x07"
    assert printable("rad ett\nrad två\tflik\r\x7f\x9b") == (
        "rad ett\\x0arad två\\x09flik\\x0d\\x7f\\x9b"
    )
    assert printable("Region Västmanland – ”avtal” ✓") == "Region Västmanland – ”avtal” ✓"


def test_printable_json_is_the_same_json_value() -> None:
    value = {"title": "a\x1b\x7f\x9b ö"}
    text = printable_json(json.dumps(value, ensure_ascii=False))
    assert not any(c in text for c in "\x1b\x7f\x9b")
    assert json.loads(text) == value


def test_no_command_module_prints_except_through_say() -> None:
    raw = []
    for path in sorted(CLI.glob("*.py")):
        if path.name in {"output.py", "__init__.py"}:  # __init__: only the GUI's start failing
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "print":
                raw.append(f"{path.name}:{node.lineno}")
    assert raw == []


def test_list_and_show_neutralise_old_data(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _old_data(demo_db, "Avtal\x1b[2J\x1b]0;pwned\x07", "Region\x9b31m\rSkåne")
    for command in (["list"], ["show", "1"], ["reminders"], ["checkins", "1"]):
        code, out, err = run(capsys, "--db", demo_db, *command)
        assert code == 0, (command, err)
        assert not any(c in out + err for c in RAW), command
    assert "Avtal\\x1b[2J\\x1b]0;pwned\\x07" in run(capsys, "--db", demo_db, "list")[1]
    assert "Region\\x9b31m\\x0dSkåne" in run(capsys, "--db", demo_db, "show", "1")[1]


def test_json_output_escapes_old_data(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _old_data(demo_db, "Avtal\x1b[2J\x9b", "Region\x07")
    for command in (["list", "--json"], ["show", "1", "--json"]):
        code, out, _err = run(capsys, "--db", demo_db, *command)
        assert code == 0 and not any(c in out for c in RAW), command
        assert "Avtal\x1b[2J\x9b" in _strings(json.loads(out)), command


def test_an_imported_title_with_escapes_is_refused_in_one_printable_line(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "--db", demo_db, "show", "1", "--json")
    data = {"format": "bibagreements", "version": 2, "agreements": [json.loads(out)]}
    data["agreements"][0]["uid"] = "another-uid-0001"
    data["agreements"][0]["title"] = "Avtal\x1b[2J\x07"
    data["agreements"][0].pop("predecessor", None)
    file = tmp_path / "escapes.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    before = run(capsys, "--db", demo_db, "list", "--json")[1]
    code, out, err = run(capsys, "--db", demo_db, "import", str(file))
    assert code == 1 and out == ""
    assert "agreements[0].title: contains a control character (U+001B)" in err
    assert err.count("\n") == 1 and not any(c in err for c in RAW)
    assert run(capsys, "--db", demo_db, "list", "--json")[1] == before


def test_a_file_name_with_escapes_is_refused_and_printed_neutralised(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan = tmp_path / "scan\x1b[31m.pdf"
    scan.write_bytes(scan_pdf())
    args = ["attach", "3", "--party", "1", "--file", str(scan), "--signed-on", "2021-02-01"]
    code, out, err = run(capsys, "--db", demo_db, *args)
    assert code == 1 and out == ""
    assert err == "bibagreements: error: file: contains a control character (U+001B)\n"
    assert run(capsys, "--db", demo_db, "copies", "3")[1] == "no signed copies attached\n"


def test_usage_errors_quote_arguments_neutralised(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        run(capsys, "--db", demo_db, "list", "--bell\x07")
    err = capsys.readouterr().err
    assert "--bell\\x07" in err and "\x07" not in err
