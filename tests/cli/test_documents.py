"""Command line: attach, copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibagreements.cli import main


def test_cli_attach_and_copies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite3")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(PDF)
    main(["--db", db, "demo"])
    capsys.readouterr()
    assert (
        main(
            [
                "--db",
                db,
                "attach",
                "3",
                "--party",
                "1",
                "--file",
                str(scan),
                "--signed-on",
                "2021-02-01",
                "--place",
                "Västerås",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "the agreement is draft" in out and "still to sign: Västerås stad" in out
    assert (
        main(
            [
                "--db",
                db,
                "attach",
                "3",
                "--party",
                "västerås stad",
                "--file",
                str(scan),
                "--signed-on",
                "2021-02-02",
            ]
        )
        == 0
    )
    assert "the agreement is active" in capsys.readouterr().out
    assert main(["--db", db, "copies", "3"]) == 0
    assert capsys.readouterr().out.count("scan.pdf") == 2
    assert (
        main(
            [
                "--db",
                db,
                "attach",
                "3",
                "--party",
                "Nobody",
                "--file",
                str(scan),
                "--signed-on",
                "2021-02-02",
            ]
        )
        == 1
    )
    assert "the parties are: 1. Region Västmanland; 2. Västerås stad" in capsys.readouterr().err


PDF = b"%PDF-1.7\n% scanned signature page\n%%EOF\n"
