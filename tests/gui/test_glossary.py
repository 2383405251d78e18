"""The Swedish catalogue follows docs/glossary.md: no forbidden terms, one name per thing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bibagreements.gui import generate
from tests.gui.conftest import TS, translations, ts_messages

GLOSSARY = generate.ROOT / "docs" / "glossary.md"
#: English terms whose every use must be translated by the glossary's Swedish term.
CONSISTENT = (
    "check-in",
    "signatory",
    "contact person",
    "development area",
    "collaboration area",
    "registry number",
    "period of validity",
    "signed copy",
)


def _table(text: str, heading: str) -> list[list[str]]:
    """The rows of the table under ``## heading`` (without header and rule)."""
    section = text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def glossary(path: Path = GLOSSARY) -> tuple[dict[str, str], list[str], dict[str, str]]:
    """(English → Swedish terms, forbidden Swedish terms, status label → Swedish)."""
    text = path.read_text("utf-8")
    terms, forbidden = {}, []
    for english, swedish, _use, avoid in _table(text, "Terms"):
        terms[english] = swedish
        forbidden += re.findall(r"`([^`]+)`", avoid)
    statuses = {english: swedish for english, swedish in _table(text, "Agreement statuses")}
    return terms, forbidden, statuses


def _swedish() -> list[tuple[str, str, str]]:
    """(context, source, Swedish text without placeholders) for every translation."""
    found = []
    for context, message in ts_messages(TS):
        for text in translations(message):
            found.append((context, message.findtext("source") or "", text))
    return found


def _without_placeholders(text: str) -> str:
    return re.sub(r"\{\w*\}|%n", "", text.replace("&", ""))


def test_the_glossary_reads() -> None:
    terms, forbidden, statuses = glossary()
    assert terms["check-in"] == "avstämning"
    assert "aktivt" in forbidden and "Ute för underskrift" in forbidden
    assert statuses["Active"] == "Gällande"
    assert all(terms.values())
    assert set(CONSISTENT) <= set(terms)


@pytest.mark.parametrize("term", glossary()[1])
def test_no_translation_uses_a_forbidden_term(term: str) -> None:
    # A term catches its inflected forms: "Årsuppföljning" also "årsuppföljningen".
    pattern = re.compile(r"(?<!\w)" + re.escape(term) + r"\w*", re.IGNORECASE)
    found = [
        f"{context}: {text!r}"
        for context, _source, text in _swedish()
        if pattern.search(_without_placeholders(text))
    ]
    assert found == []


def test_no_translation_writes_both_plural_forms() -> None:
    # "sak(er)", "avstämning(ar)", "sida/sidor": Qt's plural forms (%n) instead.
    pattern = re.compile(r"\w\((?:r|ar|er|en|na|or|s)\)|\b(\w+)/\1\w+", re.IGNORECASE)
    found = [f"{c}: {t!r}" for c, _s, t in _swedish() if pattern.search(t)]
    assert found == []


def test_status_labels_read_as_in_the_glossary() -> None:
    labels = {s: t for c, s, t in _swedish() if c == "Labels"}
    _terms, _forbidden, statuses = glossary()
    assert {english: labels[english] for english in statuses} == statuses


@pytest.mark.parametrize("english", CONSISTENT)
def test_a_term_has_one_swedish_name(english: str) -> None:
    terms = glossary()[0]
    # The Swedish term in any inflection: "undertecknat exemplar", "undertecknade exemplaret".
    words = terms[english].split(";")[0].split()
    swedish = re.compile(r"\s+".join(re.escape(w[:-2]) + r"\w*" for w in words), re.IGNORECASE)
    source_pattern = re.compile(r"(?<!\w)" + re.escape(english) + r"(?!\w)", re.IGNORECASE)
    found = [
        f"{context}: {source!r} → {text!r}"
        for context, source, text in _swedish()
        if source_pattern.search(source.replace("&", ""))
        and not swedish.search(text.replace("&", ""))
    ]
    assert found == []
