"""The list's search index: what it finds is what testing every row would find."""

from __future__ import annotations

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


def test_a_dense_word_switches_to_row_by_row_and_finds_the_same() -> None:
    rows = [f"rad {i}" if i % 5 else f"annat {i}" for i in range(3000)]
    index = TextIndex(rows)
    assert list(index.matching(("rad",)) or []) == [i for i in range(3000) if i % 5]
    assert list(index.matching(("annat", "99")) or []) == [
        i for i in range(3000) if not i % 5 and "99" in str(i)
    ]
    assert index.text_of(7) == "rad 7"
