"""Command line: house-style show, set, clear and phrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibagreements.paths import resource_path
from tests.builders import scan_png
from tests.cli.conftest import run


def test_set_show_and_clear(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hs = ("--db", db_path, "house-style")
    code, out, _ = run(capsys, *hs, "show")
    assert code == 0 and "none (documents get the plain look)" in out
    logo = str(resource_path("examples", "demo-logo.svg"))
    code, out, err = run(
        capsys, *hs, "set", "--logo", logo, "--letterhead", r"Enheten\nGatan 1",
        "--footer", "Foten", "--accent", "#1f5f8b", "--font", "carlito", "--numbering", "on",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "version 1" in out and "image/svg+xml" in out
    code, out, _ = run(capsys, *hs, "show")
    assert code == 0
    assert "letterhead: Enheten\n            Gatan 1\n" in out
    assert "accent colour: #1F5F8B" in out and "font: carlito" in out and "numbering: on" in out
    code, out, _ = run(capsys, *hs, "set", "--no-logo", "--numbering", "off")
    assert code == 0 and "logo: (none)" in out and "version 2" in out
    assert run(capsys, *hs, "clear")[0] == 0
    code, _, err = run(capsys, *hs, "clear")
    assert code == 1 and err == "bibagreements: error: no house style for (default)\n"


def test_a_style_per_organisation(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    hs = ("--db", db_path, "house-style")
    assert run(capsys, *hs, "set", "--organisation", "Region X", "--footer", "X")[0] == 0
    code, out, _ = run(capsys, *hs, "show", "--organisation", "Region X")
    assert code == 0 and "footer: X" in out and "styles: Region X" in out


def test_a_bad_logo_is_refused_in_one_line(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hs = ("--db", db_path, "house-style", "set", "--logo")
    text = tmp_path / "logo.png"
    text.write_text("no image", encoding="utf-8")
    entity = tmp_path / "logo.svg"
    entity.write_text(
        '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
        encoding="utf-8",
    )
    large = tmp_path / "large.png"
    large.write_bytes(scan_png() + b"\0" * (3 * 1024 * 1024))
    for path, words in (
        (text, "is not a PNG or SVG image"),
        (entity, "must be self-contained"),
        (large, "is larger than 2 MB"),
    ):
        code, out, err = run(capsys, *hs, str(path))
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and words in err, err
    assert "none" in run(capsys, "--db", db_path, "house-style", "show")[1]


def test_a_phrase_is_reworded_beside_the_builtin_and_back(
    db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    hs = ("--db", db_path, "house-style", "phrase")
    code, out, _ = run(capsys, *hs, "heading.parties", "--language", "sv", "Avtalsparter")
    assert code == 0 and out == "built-in: Parter\nhouse style: Avtalsparter\n"
    code, out, _ = run(capsys, *hs, "--language", "sv")
    assert "heading.parties: Parter\n    house style: Avtalsparter\n" in out
    code, _, err = run(capsys, *hs, "text.copies", "--language", "sv", "{n} {nope}")
    assert code == 1 and "{nope} is not a placeholder of this phrase" in err
    code, out, _ = run(capsys, *hs, "heading.parties", "--language", "sv", "--clear")
    assert code == 0 and out == "built-in: Parter\nhouse style: (built-in)\n"
