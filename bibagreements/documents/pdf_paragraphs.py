"""Paragraphs for the PDF writer: long words broken at sensible points, long texts
in pieces, each line broken once.

reportlab breaks lines only at spaces and splits a word too long for its line
after whatever character fills it ("kontakt@exa" / "mple.org"). Here a word
wider than the line is broken after "@", ".", "/", "-" and the like when one
of them fits, mid-word only when none does.

Rendering time stays linear in the text's length: reportlab breaks all the
lines of a paragraph whenever it is wrapped, and a paragraph that continues on
the next page is wrapped again from its remaining words, so one paragraph
running over n pages cost n times its length. A long text becomes several
paragraphs (cut at line breaks, where that changes nothing visible), and a
paragraph keeps its broken lines for the width it was wrapped at.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from bibagreements.documents.pdf_bidi import visual_line
from bibagreements.documents.pdf_text import (
    FALLBACK_FONT,
    FONT,
    covers,
    markup,
    needs_shaping,
    register_font,
)

# Characters of a paragraph handed to reportlab as one paragraph: about a page of text
# where a line break allows an invisible cut, some pages where the cut must be at a space.
CHUNK, LONG_CHUNK = 2000, 8000
# Points inside an address, a path or a compound after which a long word may break.
BREAK_AFTER = frozenset("@./\\-_?&=#:;,+|~)]}")
# A margin for kerning and shaping, which the per-character advances do not see.
_FIT = 0.97


class CachedParagraph(Paragraph):  # type: ignore[misc]
    """A reportlab paragraph that breaks its lines once per width.

    Tables wrap their cells again and again while they look for a page break;
    the lines of an unchanged paragraph stay the same.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cached = self.__dict__.get("_wrapped")
        if cached is not None and cached[0] == availWidth:
            self.width, self.blPara, self.height = cached
            return availWidth, self.height
        result: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.blPara, self.height)
        return result

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        # The rest keeps the lines already broken: on the next page (same width) it
        # is not broken again from its words. (Only for plain one-style text: lines of
        # several fragments index the paragraph's fragments and are broken anew.)
        if len(parts) == 2 and self.blPara.kind == 0:
            rest = parts[1]
            lines = self.blPara.lines[len(parts[0].blPara.lines) :]
            height = len(lines) * self.style.leading
            rest._wrapped = (availWidth, self.blPara.clone(lines=lines), height)
        return parts


class BidiParagraph(CachedParagraph):
    """A shaped paragraph whose lines are drawn in visual order (see pdf_bidi)."""

    def draw(self) -> None:
        logical: Any = getattr(self, "blPara", None)
        if getattr(logical, "kind", 0) != 1:  # shaped paragraphs always have frag lines
            super().draw()
            return
        self.blPara: Any = logical.clone(lines=[visual_line(line) for line in logical.lines])
        try:
            super().draw()
        finally:
            self.blPara = logical


@cache
def _advances(fonts: tuple[str, ...]) -> tuple[dict[int, float], float]:
    """Advances in thousandths of the size: the last font's, else the others' (as drawn)."""
    for name in fonts:
        register_font(name)
    faces = [pdfmetrics.getFont(name).face for name in fonts]
    widths: dict[int, float] = {}
    for face in faces:
        widths.update(face.charWidths)
    return widths, float(faces[-1].defaultWidth)


def word_pieces(word: str, font: str, size: float, width: float) -> list[str]:
    """``word`` cut into pieces no wider than ``width``, after a sensible point if one fits."""
    # The fallback faces only for a word that needs them (Symbola is parsed on first use).
    chain = (font,) if covers(font, word) else (FALLBACK_FONT, FONT, font)
    widths, default = _advances(chain)
    advances = [widths.get(code, default) for code in map(ord, word)]
    limit = width * _FIT * 1000 / size
    pieces: list[str] = []
    start, run, after = 0, 0.0, -1  # after: where the piece may end, past a BREAK_AFTER
    for i, ch in enumerate(word):
        run += advances[i]
        if run > limit and i > start:
            end = after if after > start else i
            pieces.append(word[start:end])
            start, after = end, -1
            run = sum(advances[start : i + 1])
        if ch in BREAK_AFTER:
            after = i + 1
    pieces.append(word[start:])
    return pieces


def break_long_words(text: str, font: str, size: float, width: float) -> str:
    """``text`` with a line break inside each word wider than ``width``."""
    # No glyph is wider than two ems, so shorter words need no measuring.
    shortest = max(1, int(width / (2 * size)))
    long_word = re.compile(rf"\S{{{shortest + 1},}}")

    def pieces(match: re.Match[str]) -> str:
        return "\n".join(word_pieces(match.group(), font, size, width))

    return long_word.sub(pieces, text)


def chunks(text: str) -> list[str]:
    """``text`` in pieces of at most LONG_CHUNK characters.

    Cut at a line break where there is one (the pieces then show exactly as the
    whole), else at a space (that line ends early), else anywhere.
    """
    out: list[str] = []
    start = 0
    while len(text) - start > CHUNK:
        end = start + LONG_CHUNK
        cut = text.rfind("\n", start + 1, start + CHUNK)
        if cut < 0:
            cut = text.rfind("\n", start + 1, end)
        if cut < 0 and len(text) - start <= LONG_CHUNK:
            break
        if cut < 0:
            cut = max(text.rfind(" ", start + 1, end), text.rfind("\t", start + 1, end))
        if cut < 0:
            out.append(text[start:end])
            start = end
        else:
            out.append(text[start:cut])
            start = cut + 1
    out.append(text[start:])
    return out


class ParagraphMaker:
    """Paragraph flowables for user text in a style: shaped when needed, escaped."""

    def __init__(self) -> None:
        self._variants: dict[tuple[str, str], ParagraphStyle] = {}

    def _variant(self, style: ParagraphStyle, name: str, **changes: Any) -> ParagraphStyle:
        key = (style.name, name)
        if key not in self._variants:
            self._variants[key] = ParagraphStyle(f"{style.name}_{name}", parent=style, **changes)
        return self._variants[key]

    def para(self, text: str, style: ParagraphStyle) -> Paragraph:
        """One paragraph of ``text`` as it is (see :meth:`paras` for breaking long words)."""
        if needs_shaping(text):
            shaped = self._variant(style, "shaped", shaping=1)
            return BidiParagraph(markup(text, style.fontName), shaped)
        return CachedParagraph(markup(text, style.fontName), style)

    def paras(self, text: str, style: ParagraphStyle, width: float) -> list[Paragraph]:
        """The paragraphs of one text, its words no wider than ``width``: several
        for a long text, spaced as one."""
        parts = chunks(break_long_words(text, style.fontName, style.fontSize, width))
        if len(parts) == 1:
            return [self.para(parts[0], style)]
        first = self._variant(style, "first", spaceAfter=0, keepWithNext=0)
        middle = self._variant(style, "middle", spaceBefore=0, spaceAfter=0, keepWithNext=0)
        last = self._variant(style, "last", spaceBefore=0)
        styles = [first] + [middle] * (len(parts) - 2) + [last]
        return [self.para(part, s) for part, s in zip(parts, styles, strict=True)]
