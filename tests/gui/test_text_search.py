"""The list's search index: what it finds is what testing every row would find."""

from __future__ import annotations

from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from bibagreements.gui.text_search import TextIndex, words_of

# Few letters, so that queries often match, narrow and widen.
LETTERS = "aböÖ1 "
texts = st.lists(st.text(alphabet="abö1 \n", max_size=12), max_size=40)
queries = st.lists(st.text(alphabet=LETTERS, max_size=5), min_size=1, max_size=12)


def _every_row(rows: list[str], query: str) -> list[int] | None:
    words = words_of(query)
    if not words:
        return None
    return [k for k, text in enumerate(rows) if all(w in text for w in words)]


@settings(max_examples=300, deadline=None)
@given(texts, queries)
def test_kept_and_narrowed_results_match_testing_every_row(
    rows: list[str], typed: list[str]
) -> None:
    index = TextIndex([text.casefold() for text in rows])
    for query in typed:  # one after the other: later ones narrow or reuse earlier ones
        found = index.matching(words_of(query))
        expected = _every_row([text.casefold() for text in rows], query)
        assert (None if found is None else list(found)) == expected, query


def test_typing_narrows_and_deleting_reuses(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    index = TextIndex(["östra göinge\nbibliotek", "västra\nbibliotek", "norra"])
    assert list(index.matching(words_of("Ö")) or []) == [0]  # folded: "Ö" finds "östra"
    tested: list[int] = []
    original = index._test

    def counting(words, rows):  # type: ignore[no-untyped-def]
        tested.append(len(rows))
        return original(words, rows)

    monkeypatch.setattr(index, "_test", counting)
    assert list(index.matching(words_of("Ös")) or []) == [0]
    assert tested == [1]  # only the row that matched "ö"
    assert list(index.matching(words_of("Ö")) or []) == [0]
    assert tested == [1]  # kept: not searched again


def test_a_word_most_rows_contain_finds_the_same() -> None:
    rows = [f"rad {i}" if i % 5 else f"annat {i}" for i in range(3000)]
    index = TextIndex(rows)
    assert list(index.matching(("rad",)) or []) == [i for i in range(3000) if i % 5]
    assert list(index.matching(("annat", "99")) or []) == [
        i for i in range(3000) if not i % 5 and "99" in str(i)
    ]
    assert index.text_of(7) == "rad 7"


# Searches confined to some rows: ``within`` as the other filters would give it.
scopes = st.lists(
    st.tuples(st.text(alphabet=LETTERS, max_size=5), st.sampled_from(["all", "even", "odd"])),
    min_size=1,
    max_size=14,
)


@settings(max_examples=300, deadline=None)
@given(texts, scopes)
def test_confined_searches_match_testing_every_row_of_their_scope(
    rows: list[str], typed: list[tuple[str, str]]
) -> None:
    """Narrowing stays within a scope: a result kept for one set of rows never serves
    a search over another."""
    folded = [text.casefold() for text in rows]
    index = TextIndex(folded)
    within = {
        "even": array("i", range(0, len(rows), 2)),
        "odd": array("i", range(1, len(rows), 2)),
    }
    for query, scope in typed:
        candidates = within.get(scope)
        found = index.matching(words_of(query), candidates, None if scope == "all" else scope)
        expected = _every_row(folded, query)
        if candidates is not None:
            expected = list(candidates) if expected is None else expected
            expected = [k for k in expected if k in set(candidates)]
        assert (None if found is None else list(found)) == expected, (query, scope)


def _tested(monkeypatch, index: TextIndex) -> list[int | None]:  # type: ignore[no-untyped-def]
    """How many rows each search tests (None: every row)."""
    tested: list[int | None] = []
    original = index._test

    def counting(words, rows):  # type: ignore[no-untyped-def]
        tested.append(None if rows is None else len(rows))
        return original(words, rows)

    monkeypatch.setattr(index, "_test", counting)
    return tested


def test_a_query_that_does_not_extend_the_last_tests_every_row(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    index = TextIndex(["abc", "abd", "acd", "xyz"])
    tested = _tested(monkeypatch, index)
    assert list(index.matching(words_of("ab")) or []) == [0, 1]
    assert list(index.matching(words_of("ac")) or []) == [2]  # not within "ab"'s rows
    assert list(index.matching(words_of("abd")) or []) == [1]  # within "ab"'s
    assert tested == [None, None, 2]


def test_another_scope_is_searched_within_its_own_rows(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    index = TextIndex(["ab 1", "ab 2", "ab 3", "ab 4", "cd"])
    tested = _tested(monkeypatch, index)
    active, drafts = array("i", [0, 1]), array("i", [2, 3, 4])
    assert list(index.matching(("ab",), active, "active") or []) == [0, 1]
    # The same words in another scope: its rows, not the kept result of "active".
    assert list(index.matching(("ab",), drafts, "drafts") or []) == [2, 3]
    assert list(index.matching(("ab", "3"), drafts, "drafts") or []) == [2]
    assert list(index.matching(("ab",)) or []) == [0, 1, 2, 3]  # unconfined: every row
    assert list(index.matching(("ab",), active, "active") or []) == [0, 1]  # kept
    assert tested == [2, 3, 2, None]
    assert index.matching((), drafts, "drafts") is drafts  # no words: the scope's rows


@settings(max_examples=200, deadline=None)
@given(texts, queries)
def test_each_word_once_matches_the_same_rows_kept_results_and_all(
    rows: list[str], typed: list[str]
) -> None:
    from bibagreements.gui.text_search import each_word_once

    folded = [text.casefold() for text in rows]
    index = TextIndex(folded)
    half = len(typed) // 2
    for query in typed[:half]:  # results kept before, narrowed after
        index.matching(words_of(query))
    compact = each_word_once(folded)
    index.compacted(compact)
    assert index.texts is compact
    for text, short in zip(folded, compact, strict=True):
        assert short.split() == list(dict.fromkeys(text.split()))
    for query in typed:
        found = index.matching(words_of(query))
        assert (None if found is None else list(found)) == _every_row(folded, query), query


def test_compacted_texts_are_one_a_row() -> None:
    import pytest

    index = TextIndex(["a a", "b"])
    with pytest.raises(ValueError):
        index.compacted(["a"])
