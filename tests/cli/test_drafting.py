"""Command line: clauses, templates, new --template."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import run

FRAMEWORK = "Samverkansavtal för gemensam tjänst i länet"


def test_the_clause_library(
    demo_db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = ["--db", demo_db]
    code, out, _ = run(capsys, *db, "clauses", "list", "--category", "Giltighet")
    assert code == 0
    assert [line.split(None, 1)[1] for line in out.splitlines()] == [
        "[Giltighet] Giltighetstid (sv)",
        "[Giltighet] Uppsägning (sv)",
    ]
    code, _, err = run(capsys, *db, "clauses", "add", "--heading", "Ny", "--body", "{parterr}")
    assert code == 1
    assert "line 1, column 1" in err and "did you mean “parter”?" in err
    body = tmp_path / "body.txt"
    body.write_text("Gäller {parties}\nunder {period}.", encoding="utf-8")
    code, out, _ = run(
        capsys,
        *db,
        "clauses",
        "add",
        "--heading",
        "Ny",
        "--body-file",
        str(body),
        "--category",
        "X",
    )
    assert code == 0
    clause = out.split()[2].rstrip(":")
    code, out, _ = run(capsys, *db, "clauses", "show", clause)
    assert "placeholders: parties, period" in out
    code, out, _ = run(capsys, *db, "clauses", "preview", clause, "--agreement", "1")
    assert out.splitlines() == [
        "Ny",
        "Gäller Biblioteken i Kristianstad och Region Skånes kulturförvaltning",
        "under 2019-11-08 – 2020-12-31.",
    ]
    assert run(capsys, *db, "clauses", "edit", clause, "--heading", "Nyare")[0] == 0
    code, out, _ = run(capsys, *db, "clauses", "show", clause)
    assert out.split("\n", 1)[0].endswith("Nyare") and "Gäller {parties}" in out
    assert run(capsys, *db, "clauses", "remove", clause)[0] == 0
    code, _, err = run(capsys, *db, "clauses", "show", clause)
    assert (code, err.strip()) == (1, f"bibagreements: error: no clause with ID {clause}")


def test_templates_and_a_new_agreement_from_one(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", demo_db]
    code, out, _ = run(capsys, *db, "templates", "list")
    assert FRAMEWORK in out and "Överenskommelse om samarbete" in out
    code, out, _ = run(capsys, *db, "templates", "show", FRAMEWORK.upper())
    assert "placeholders: the_agreement, parties, period, party_1, end_date" in out
    assert "section: Styrgrupp (clause)" in out
    args = ["new", "--template", FRAMEWORK, "--title", "Nytt samverkansavtal"]
    parties = ["--party", "Region Västmanland", "--party", "Sala kommun"]
    code, out, _ = run(capsys, *db, *args, *parties, "--start", "2027-01-01", "--end", "2028-12-31")
    assert code == 0
    draft = out.split()[2]
    code, out, _ = run(capsys, *db, "show", draft)
    assert "Nytt samverkansavtal" in out
    code, _, err = run(capsys, *db, *args, "--party", "Ingen kommun", "--party", "Sala kommun")
    assert (code, "no organisation named 'Ingen kommun'" in err) == (1, True)
    code, out, _ = run(capsys, *db, "templates", "save", draft, "--name", "Min mall")
    assert code == 0
    assert run(capsys, *db, "templates", "save", draft, "--name", "min mall")[0] == 1
    assert run(capsys, *db, "templates", "remove", "Min mall")[0] == 0
