"""Command line: attach, copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibagreements.cli import main
from tests.builders import scan_pdf

PDF = scan_pdf()


def test_cli_attach_and_copies(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(PDF)

    def attach(party: str, signed_on: str, *more: str) -> int:
        file = ["--file", str(scan), "--signed-on", signed_on]
        return main(["--db", demo_db, "attach", "3", "--party", party, *file, *more])

    assert attach("1", "2021-02-01", "--place", "Västerås") == 0
    out = capsys.readouterr().out
    assert "the agreement is draft" in out and "still to sign: Västerås stad" in out
    assert attach("västerås stad", "2021-02-02") == 0
    # Signed by both, and its period (2021-03-01 – 2022-02-28) is over: ended, as on today.
    assert "the agreement is ended" in capsys.readouterr().out
    assert main(["--db", demo_db, "copies", "3"]) == 0
    assert capsys.readouterr().out.count("scan.pdf") == 2
    assert attach("Nobody", "2021-02-02") == 1
    assert "the parties are: 1. Region Västmanland; 2. Västerås stad" in capsys.readouterr().err
