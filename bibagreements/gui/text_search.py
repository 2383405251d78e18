"""Which agreements contain every word of a search: the list's search as you type.

Each row's folded text is kept as its own string (rows are numbered in the order
they were loaded) and a search tests them with ``in``: a pass over 100,000 rows
takes 3–17 ms, where ``str.find`` over one joined string with row bounds, the
earlier way, took 16–25 ms for the words most rows contain, the worst keystrokes
(it was faster only for a word no row contains). A search may be confined to
some rows (``within``: those the other filters let through), and only those are
tested. Results of recent searches are kept per ``scope`` (what confined them):
a search that extends one of them (a letter typed, a word added) tests only the
rows that matched it, and one seen before (a letter deleted) costs nothing. The
results returned are shared with the index: read them, never change them.
Qt-free, so it is tested on its own.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Hashable, Sequence

KEPT = 16  # recent results; one is at most 4 bytes a row
_PROBE = 256  # rows sampled to judge which word is rarest


def each_word_once(texts: Sequence[str]) -> list[str]:
    """``texts`` with each word once, where it first stands: a search's words have no
    spaces, so the same rows match any search, and the texts are about half as long to
    keep and to scan (the worst keystroke at 100,000 rows: 47 ms before, 33 ms after)."""
    return [" ".join(dict.fromkeys(text.split())) for text in texts]


def words_of(query: str) -> tuple[str, ...]:
    """The folded words of a query, longest first (the rarest, as a rule), no repeats."""
    words = set(query.casefold().split())
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


class TextIndex:
    def __init__(self, texts: Sequence[str]) -> None:
        """``texts``: one folded text per row (a word never spans two rows: words are
        split on whitespace)."""
        self._texts = list(texts)
        self._kept: OrderedDict[tuple[Hashable, tuple[str, ...]], array[int]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._texts)

    @property
    def texts(self) -> list[str]:
        """The rows' texts, shared with the index: read them, never change them."""
        return self._texts

    def compacted(self, texts: list[str]) -> None:
        """Search ``each_word_once`` of this index's texts from now on: the rows that
        match stay the same, the results kept with them."""
        if len(texts) != len(self._texts):
            raise ValueError("one text a row")
        self._texts = texts

    def text_of(self, row: int) -> str:
        return self._texts[row]

    def matching(
        self,
        words: tuple[str, ...],
        within: array[int] | None = None,
        scope: Hashable = None,
    ) -> array[int] | None:
        """The rows (ascending) whose text contains every word; None: no words, all rows.

        ``within``: only these rows (ascending) are candidates; ``scope`` names them
        (results are kept and narrowed per scope, so one scope is one set of rows
        as long as this index lives). Without ``within``, every row is.
        """
        if not words:
            return None if within is None else within
        key = (scope, words)
        found = self._kept.get(key)
        if found is None:
            narrowest = self._narrowest(scope, words)
            if narrowest is None:
                found = self._test(words, within)
            else:
                kept, base = narrowest
                # A word within one of the kept words is in every row already.
                rest = tuple(w for w in words if not any(w in k for k in kept))
                found = self._test(rest, base) if rest else base
            self._kept[key] = found
            if len(self._kept) > KEPT:
                self._kept.popitem(last=False)
        else:
            self._kept.move_to_end(key)
        return found

    def _narrowest(
        self, scope: Hashable, words: tuple[str, ...]
    ) -> tuple[tuple[str, ...], array[int]] | None:
        """The smallest result kept for ``scope`` that holds every row matching
        ``words`` (one whose every word is part of one of ``words``), with its words."""
        best: tuple[tuple[str, ...], array[int]] | None = None
        for (kept_scope, kept), rows in self._kept.items():
            if (
                kept_scope == scope
                and (best is None or len(rows) < len(best[1]))
                and all(any(k in w for w in words) for k in kept)
            ):
                best = kept, rows
        return best

    def _test(self, words: tuple[str, ...], rows: array[int] | None) -> array[int]:
        """The rows among ``rows`` (None: all) containing every word, the rarest first
        so that the later words test fewer rows."""
        texts = self._texts
        if len(words) > 1:
            count = len(texts) if rows is None else len(rows)
            sample = range(0, count, max(1, count // _PROBE))
            numbers = sample if rows is None else [rows[i] for i in sample]
            words = tuple(sorted(words, key=lambda w: sum(w in texts[k] for k in numbers)))
        for word in words:
            if rows is None:
                rows = array("i", [k for k, text in enumerate(texts) if word in text])
            else:
                rows = array("i", [k for k in rows if word in texts[k]])
        return array("i") if rows is None else rows
