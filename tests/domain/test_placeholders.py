"""Scanning a clause's placeholders: the vocabulary, escapes, faults with their position."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bibagreements.domain.placeholders import (
    CANONICAL,
    Placeholder,
    PlaceholderError,
    scan,
    text_problems,
    used,
)
from bibagreements.domain.problems import Problem


def _fault(text: str) -> Problem:
    with pytest.raises(PlaceholderError) as info:
        scan(text)
    return info.value.problem


def test_names_aliases_and_capitals_are_known() -> None:
    assert used("{parties}, {Parterna} och {party_2} enligt {The_agreement}") == (
        "parties",
        "party_2",
        "the_agreement",
    )
    (piece,) = [p for p in scan("x {Avtalet} y") if isinstance(p, Placeholder)]
    assert (piece.name, piece.written, piece.capital) == ("the_agreement", "Avtalet", True)


def test_doubled_braces_are_literal() -> None:
    assert scan("{{parties}} och }}") == ("{parties} och }",)
    assert used("{{parties}}") == ()


def test_a_misspelt_name_is_refused_with_its_line_column_and_a_suggestion() -> None:
    problem = _fault("Syfte\nParterna {partis} samarbetar")
    assert problem == Problem(
        "placeholder_misspelt", name="partis", line=2, column=10, suggestion="parties"
    )
    assert str(problem) == (
        "“partis” at line 2, column 10 is not a placeholder; did you mean “parties”?"
    )


def test_an_unknown_name_is_refused_without_a_guess() -> None:
    assert _fault("a {xyzzy}") == Problem("placeholder_unknown", name="xyzzy", line=1, column=3)
    assert _fault("{}") == Problem("placeholder_unknown", name="", line=1, column=1)


def test_an_unclosed_or_stray_brace_is_refused() -> None:
    assert _fault("rad\n  {parties") == Problem("brace_unclosed", line=2, column=3)
    assert _fault("{parties {period}") == Problem("brace_unclosed", line=1, column=1)
    assert _fault("a } b") == Problem("brace_unmatched", line=1, column=3)


def test_text_problems_carry_the_path() -> None:
    (problem,) = text_problems("{perod}", "sections", 2, "text")
    assert problem.path == ("sections", 2, "text")
    assert problem.code == "placeholder_misspelt"


def test_party_numbers() -> None:
    assert used("{party_1} {part_12}") == ("party_1", "party_12")
    assert _fault("{party_0}").code in {"placeholder_misspelt", "placeholder_unknown"}


_plain = st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=30)


@given(st.lists(st.one_of(_plain, st.sampled_from(CANONICAL)), max_size=8))
def test_scanning_gives_back_the_text(parts: list[str]) -> None:
    text = "".join(p if p not in CANONICAL else "{" + p + "}" for p in parts)
    rebuilt = "".join(p if isinstance(p, str) else "{" + p.written + "}" for p in scan(text))
    assert rebuilt == text


@given(st.text(max_size=40))
def test_any_text_scans_or_is_refused_with_a_position_inside_it(text: str) -> None:
    try:
        scan(text)
    except PlaceholderError as error:
        assert 0 <= error.offset < len(text)
        assert text[error.offset] in "{}"
