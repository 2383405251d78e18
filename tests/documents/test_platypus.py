"""reportlab's platypus imported with its URI pattern compiled on first use (documents.platypus)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from bibagreements.documents.platypus import LazyPattern, Paragraph, rl_paragraph

CODE = """
import re, sys
import {module}
from reportlab.platypus import paragraph
print(type(paragraph.uri_pat).__name__, re.compile.__module__)
"""


@pytest.mark.parametrize(
    "module",
    [
        "bibagreements.documents.pdf_writer",
        "bibagreements.documents.pdf_text",
        "bibagreements.documents.pdf_paragraphs",
        "bibagreements.documents.signature_fields",
    ],
)
def test_every_writer_imports_platypus_through_it(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CODE.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.split() == ["LazyPattern", "re"]  # and re.compile is re's own again


def test_the_pattern_matches_as_reportlabs_would() -> None:
    lazy = rl_paragraph.uri_pat
    if not isinstance(lazy, LazyPattern):
        pytest.skip("platypus was imported before documents.platypus in this process")
    compiled = re.compile(lazy.pattern, lazy.flags)
    for uri in (
        "https://bibliotek.example.se/avtal?id=7",
        "mailto:x@example.se",
        "ftp://1.2.3.4/a",
    ):
        found, expected = lazy.match(uri), compiled.match(uri)
        assert (found and found.groups()) == (expected and expected.groups())


def test_a_style_that_splits_long_uris_splits_them_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reportlab.lib.styles import ParagraphStyle

    style = ParagraphStyle("uri", fontName="Helvetica", fontSize=10, uriWasteReduce=0.3)
    text = "See https://bibliotek.example.se/" + "avtal/" * 40 + " for the agreement."
    pattern = rl_paragraph.uri_pat
    lazy = LazyPattern(pattern.pattern, pattern.flags)

    def lines(uri_pat: object) -> list[str]:
        monkeypatch.setattr(rl_paragraph, "uri_pat", uri_pat)
        paragraph = Paragraph(text, style)
        paragraph.wrap(150, 1000)
        return [" ".join(line[1]) for line in paragraph.blPara.lines]

    found = lines(lazy)
    assert lazy._compiled is not None  # it was used, compiled then
    assert found == lines(re.compile(pattern.pattern, pattern.flags))
    assert len(found) >= 3
