"""Which agreements contain every word of a search: the list's search as you type.

All rows' folded texts are one string, each row's text starting at ``starts[k]``
(rows are numbered in the order they were loaded). A search scans that string
with ``str.find`` (C speed, about 20 ms for 30 MB) and skips to the next row on a
match, instead of testing row by row; where nearly every row matches, testing
row by row is cheaper, and the scan switches to it. Results of recent searches
are kept: a search that extends one of them (a letter typed, a word added)
tests only the rows that matched it, and one seen before (a letter deleted)
costs nothing. Qt-free, so it is tested on its own.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Sequence

KEPT = 16  # recent results; one is at most 4 bytes a row
_DENSE = 3  # switch to row by row once more than one row in _DENSE matches
_PROBE = 256  # matches before the density is judged


def words_of(query: str) -> tuple[str, ...]:
    """The folded words of a query, longest first (the rarest, as a rule), no repeats."""
    words = set(query.casefold().split())
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


class TextIndex:
    def __init__(self, texts: Sequence[str]) -> None:
        """``texts``: one folded text per row, without newlines' meaning (a word never
        spans two rows: words are split on whitespace)."""
        starts = array("q", [0])
        total = 0
        for text in texts:
            total += len(text) + 1
            starts.append(total)
        self._text = "\n".join(texts) + "\n"
        self._starts = starts
        self._kept: OrderedDict[tuple[str, ...], array[int]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._starts) - 1

    def text_of(self, row: int) -> str:
        return self._text[self._starts[row] : self._starts[row + 1] - 1]

    def matching(self, words: tuple[str, ...]) -> array[int] | None:
        """The rows (ascending) whose text contains every word; None: no words, all rows."""
        if not words:
            return None
        found = self._kept.get(words)
        if found is None:
            narrowest = self._narrowest(words)
            if narrowest is None:
                found = self._scan(words)
            else:
                kept, base = narrowest
                # A word within one of the kept words is in every row already.
                found = self._test(tuple(w for w in words if not any(w in k for k in kept)), base)
            self._kept[words] = found
            if len(self._kept) > KEPT:
                self._kept.popitem(last=False)
        else:
            self._kept.move_to_end(words)
        return found

    def _narrowest(self, words: tuple[str, ...]) -> tuple[tuple[str, ...], array[int]] | None:
        """The smallest kept result that holds every row matching ``words`` (one whose
        every word is part of one of ``words``), with its words."""
        best: tuple[tuple[str, ...], array[int]] | None = None
        for kept, rows in self._kept.items():
            if (best is None or len(rows) < len(best[1])) and all(
                any(k in w for w in words) for k in kept
            ):
                best = kept, rows
        return best

    def _test(self, words: tuple[str, ...], rows: Sequence[int]) -> array[int]:
        if not words:
            return rows if isinstance(rows, array) else array("i", rows)
        find, starts = self._text.find, self._starts
        kept = list(rows)
        for word in words:
            kept = [k for k in kept if find(word, starts[k], starts[k + 1]) >= 0]
        return array("i", kept)

    def _scan(self, words: tuple[str, ...]) -> array[int]:
        find, starts = self._text.find, self._starts
        count = len(starts) - 1
        if len(words) > 1:  # the rarest word in a sample of rows first
            sample = range(0, count, max(1, count // _PROBE))
            words = tuple(
                sorted(
                    words, key=lambda w: sum(find(w, starts[k], starts[k + 1]) >= 0 for k in sample)
                )
            )
        first, rest = words[0], words[1:]
        rows: list[int] = []
        at = find(first)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            rows.append(k)
            if len(rows) % _PROBE == 0 and len(rows) * _DENSE > k:
                rows.extend(
                    j for j in range(k + 1, count) if find(first, starts[j], starts[j + 1]) >= 0
                )
                break
            at = find(first, starts[k + 1])
        return self._test(rest, rows) if rest else array("i", rows)
