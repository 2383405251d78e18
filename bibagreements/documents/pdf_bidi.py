"""Right-to-left words in their visual order on each drawn line.

reportlab shapes each word with HarfBuzz (so an Arabic or Hebrew word's
glyphs come out right to left) but draws the words of a line in logical
order, left to right: "שלום עולם" showed as "עולם שלום" read right to left,
and text extraction, which reverses a right-to-left run of glyphs, gave the
words backwards. This module reorders the words of each line as the Unicode
bidirectional algorithm does for a left-to-right paragraph (the documents are
Swedish or English): a run of right-to-left words (with the spaces and numbers
between them) is drawn reversed, numbers inside it left to right. Reordering
happens only when a line is drawn; line breaking keeps logical order.
"""

from __future__ import annotations

import unicodedata
from typing import Any

_STRONG_RTL = frozenset(("R", "AL"))
_NUMBER = frozenset(("EN", "AN"))


def _rtl(ch: str) -> bool:
    # Private-use characters stand for glyphs HarfBuzz made that have no code point
    # (Arabic ligatures): they belong to the right-to-left run they came from.
    return unicodedata.bidirectional(ch) in _STRONG_RTL or unicodedata.category(ch) == "Co"


def direction_runs(text: str) -> list[str]:
    """``text`` cut where right-to-left letters start or end (and at whitespace).

    Combining marks stay with the character before them. Each right-to-left
    run is shaped (and reordered) as a whole; everything else keeps its order.
    """
    runs: list[str] = []
    start = 0
    kind = ""
    for i, ch in enumerate(text):
        if unicodedata.bidirectional(ch) == "NSM" and i:
            continue
        this = "r" if _rtl(ch) else ("s" if ch.isspace() else "o")
        if this != kind or this == "s" != kind:
            if i > start:
                runs.append(text[start:i])
            start, kind = i, this
    if len(text) > start:
        runs.append(text[start:])
    return runs


def _direction(token: str) -> str:
    """R, L, N (number) or "" (neutral) for one word or run of spaces."""
    classes = {unicodedata.bidirectional(ch) for ch in token}
    if classes & _STRONG_RTL:
        return "R"
    if "L" in classes:
        return "L"
    return "N" if classes & _NUMBER else ""


def bidi_levels(directions: list[str]) -> list[int]:
    """Embedding levels (0 left to right, 1 right to left, 2 a number inside RTL).

    A simplified bidi algorithm for a paragraph of level 0, on whole words:
    numbers after a right-to-left word get level 2 (W2, I1), neutrals between
    two right-to-left sides (numbers count as such, N1) level 1, all else 0.
    """
    resolved: list[str] = []
    strong = "L"
    for direction in directions:
        if direction in ("R", "L"):
            strong = direction
            resolved.append(direction)
        elif direction == "N":
            resolved.append("RN" if strong == "R" else "L")
        else:
            resolved.append("")
    after = ["L"] * len(resolved)  # the next non-neutral's side (end of line: L)
    side = "L"
    for i in range(len(resolved) - 1, -1, -1):
        after[i] = side
        if resolved[i]:
            side = "R" if resolved[i] in ("R", "RN") else "L"
    levels = [0] * len(resolved)
    before = "L"
    for i, direction in enumerate(resolved):
        if direction:
            levels[i] = {"R": 1, "RN": 2}.get(direction, 0)
            before = "R" if direction in ("R", "RN") else "L"
        else:
            levels[i] = 1 if before == after[i] == "R" else 0
    return levels


def visual_order(levels: list[int]) -> list[int]:
    """Indices in drawing order: runs at each level from the highest down reversed (L2)."""
    order = list(range(len(levels)))
    for level in range(max(levels, default=0), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = reversed(order[i:j])
            i = j
    return order


def visual_line(line: Any) -> Any:
    """A copy of one of reportlab's frag lines with its words in visual order."""
    pieces: list[tuple[Any, str]] = []
    for frag in line.words:
        text = frag.text
        at = 0
        for run in direction_runs(str(text)):
            pieces.append((frag, text[at : at + len(run)]))  # slices keep the glyph data
            at += len(run)
    directions = [_direction(str(text)) for _, text in pieces]
    if "R" not in directions:
        return line
    words: list[Any] = []
    for index in visual_order(bidi_levels(directions)):
        frag, text = pieces[index]
        if words and words[-1][0] is frag:
            words[-1] = (frag, words[-1][1] + text)  # ShapedStr keeps its glyph data
        else:
            words.append((frag, text))
    return line.clone(words=[frag.clone(text=text) for frag, text in words])
