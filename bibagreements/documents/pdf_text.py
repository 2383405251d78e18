"""Fonts and text for the PDF writer: font registration, escaping, glyph fallback.

Only bundled fonts are ever used, so every font in the PDF is embedded
(PDF/A): the DejaVu Sans faces, and Symbola for the characters DejaVu has no
glyph for (emoji, many symbols), chosen character by character. User text is
escaped before reportlab's markup parser sees it.

Each face is parsed once per process, when first used: regular and bold
always, Symbola (the largest) only for a text with a character DejaVu lacks.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph as rl_paragraph

from bibagreements.documents.fonts import FAMILIES, FontFamily
from bibagreements.documents.model import clean_text
from bibagreements.documents.pdf_bidi import direction_runs
from bibagreements.paths import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_OBLIQUE = "DejaVuSans-Oblique"
FALLBACK_FONT = "Symbola"  # emoji and symbols; one face serves every style
# Every bundled face is resources/fonts/<face name>.ttf (documents.fonts lists the families).
_FONT_FILES = {
    face: f"{face}.ttf"
    for family in FAMILIES.values()
    for face in (family.regular, family.bold, family.italic)
} | {FALLBACK_FONT: "Symbola.ttf"}
TAB = "\u00a0\u00a0\u00a0 "  # a tab keeps some visible indent but may still break
REPLACEMENT = "\ufffd"

# OpenType features reportlab asks HarfBuzz for when it shapes a paragraph (the
# writer's shaping=1 styles, for Arabic, Hebrew…), overriding its default
# kern+liga+dlig. In DejaVu Sans "liga" makes ﬁ ﬂ ﬃ of fi fl ffi and "dlig" ﬆ of
# st, and those ligature code points end up in the text layer: "Västmanland"
# could not be found. Arabic needs neither: its joining forms and lam-alef come
# from features HarfBuzz always applies (init/medi/fina, rlig).
SHAPING_FEATURES = {"liga": False, "dlig": False}
_shape_frag_word = ttfonts.shapeFragWord


def _shape_by_font(word: Any, features: Any = None) -> Any:
    """reportlab's shapeFragWord, one font and one direction at a time.

    reportlab shapes a whole word with the HarfBuzz font of its first fragment,
    so a word mixing DejaVu and fallback-font fragments (an emoji right after an
    Arabic letter) would get glyph numbers of the wrong font. And right-to-left
    letters are shaped apart from the rest of the word (a comma, digits, Latin),
    so that the line's bidi reordering (pdf_bidi) can place each part.
    """
    shape = _shape_frag_word if features is None else lambda w: _shape_frag_word(w, features)
    items = word[1:]
    if isinstance(word, ttfonts.ShapedFragWord) or any(hasattr(f, "cbDefn") for f, _ in items):
        return shape(word)
    if needs_shaping("".join(t for _, t in items)):
        groups = [[(f, run)] for f, t in items for run in direction_runs(t)]
    elif len({f.fontName for f, _ in items}) > 1:
        groups = [list(g) for _, g in itertools.groupby(items, key=lambda item: item[0].fontName)]
    else:
        return shape(word)
    if len(groups) == 1:
        return shape(word)
    merged: list[Any] = [0.0]
    for group in groups:
        width = sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize) for f, t in group)
        shaped = shape(word.__class__([width, *group]))
        merged[0] += shaped[0]
        merged += shaped[1:]
    return ttfonts.makeShapedFragWord(word)(merged)


def _patch_shaping() -> None:
    # reportlab has no setting for either; every caller (paragraphs, canvas strings)
    # passes no features and so gets the default dict, updated here in place.
    defaults = _shape_frag_word.__defaults__ or ()
    if defaults and isinstance(defaults[0], dict):
        defaults[0].update(SHAPING_FEATURES)
    rl_paragraph.shapeFragWord = _shape_by_font


def register_font(name: str) -> None:
    """Register one bundled face with reportlab, parsing it the first time (idempotent)."""
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", _FONT_FILES[name]))))


def register_fonts() -> None:
    """Register the faces every document uses (regular and bold) and the family (idempotent)."""
    _patch_shaping()
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    register_font(FONT)
    register_font(FONT_BOLD)
    # Nothing writes italic markup (user text is escaped), so the oblique face waits
    # for register_font. No bold-oblique face is bundled; bold stands in for it.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_OBLIQUE, boldItalic=FONT_BOLD
    )


def register_family(family: FontFamily) -> None:
    """Register a house style's family: regular and bold now, italic when first used."""
    register_fonts()
    if family.regular in pdfmetrics.getRegisteredFontNames():
        return
    # Carlito's head table dates it 1970; fontTools warns of that on every subset,
    # and the command line would print the warning.
    logging.getLogger("fontTools.ttLib.tables._h_e_a_d").setLevel(logging.ERROR)
    register_font(family.regular)
    register_font(family.bold)
    pdfmetrics.registerFontFamily(
        family.regular,
        normal=family.regular,
        bold=family.bold,
        italic=family.italic,
        boldItalic=family.bold,
    )


@cache
def _coverage(font: str) -> frozenset[int]:
    register_fonts()
    register_font(font)
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def covers(font: str, text: str) -> bool:
    """Whether ``font`` has a glyph for every character of ``text``."""
    return _coverage(font).issuperset(map(ord, text))


def covered_code_points() -> frozenset[int]:
    """Code points drawn with a real glyph in any face used for user text."""
    return (_coverage(FONT) & _coverage(FONT_BOLD)) | _coverage(FALLBACK_FONT)


def _invisible(ch: str) -> bool:
    # Format characters (ZWJ, bidi marks) and variation selectors shape nothing here.
    return unicodedata.category(ch) == "Cf" or unicodedata.name(ch, "").startswith(
        "VARIATION SELECTOR"
    )


def _font_for(ch: str, chain: tuple[str, ...]) -> str | None:
    code = ord(ch)
    return next((font for font in chain if code in _coverage(font)), None)


def font_runs(text: str, font: str = FONT) -> Iterator[tuple[str, str]]:
    """``text`` as (font, text) runs: each character in the first face that has it.

    ``font`` first, then regular DejaVu Sans, then the fallback font. A character
    none of them has is drawn as U+FFFD (reportlab would draw a box and put
    U+0000 in the text layer); invisible format characters are left out.
    """
    chain = tuple(dict.fromkeys((font, FONT, FALLBACK_FONT)))
    base = _coverage(font)
    if base.issuperset(map(ord, text)):  # the common case, at C speed
        if text:
            yield font, text
        return
    run_font, run = font, list[str]()
    for ch in text:
        if ord(ch) in base or ch in "\n\t":
            chosen = font
        elif _invisible(ch):
            continue
        else:
            found = _font_for(ch, chain)
            chosen, ch = (found, ch) if found else (font, REPLACEMENT)
        if chosen != run_font and run:
            yield run_font, "".join(run)
            run = []
        run_font = chosen
        run.append(ch)
    if run:
        yield run_font, "".join(run)


def single_line(text: str) -> str:
    """User text for a one-line slot (document info, footer): cleaned, whitespace collapsed."""
    return " ".join(clean_text(text).split())


# PDF/A allows strings of at most 32,767 bytes (UTF-16 doubles each character);
# document information beyond a few lines helps nobody.
INFO_LIMIT = 2000


def info_text(text: str) -> str:
    """:func:`single_line` text for the document information, cut with an ellipsis."""
    text = single_line(text)
    return text if len(text) <= INFO_LIMIT else text[: INFO_LIMIT - 1].rstrip() + "…"


def text_width(text: str, font: str, size: float) -> float:
    """Width of plain ``text`` as drawn with fallback (unshaped advances)."""
    widths = (pdfmetrics.stringWidth(run, name, size) for name, run in font_runs(text, font))
    return float(sum(widths))


def _escaped(text: str) -> str:
    # As xml.sax.saxutils.escape, whose import (urllib.request …) costs more than a render.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\t", TAB).replace("\n", "<br/>")


def markup(text: str, font: str = FONT) -> str:
    """Plain user text as reportlab paragraph markup that shows it literally.

    ``font`` is the paragraph's font; characters it lacks get a font tag.
    """
    return "".join(
        _escaped(run) if run_font == font else f'<font name="{run_font}">{_escaped(run)}</font>'
        for run_font, run in font_runs(clean_text(text), font)
    )


_SHAPED_SCRIPTS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def needs_shaping(text: str) -> bool:
    """Whether text holds a script that needs HarfBuzz shaping (Hebrew, Arabic, Syriac…)."""
    return _SHAPED_SCRIPTS.search(text) is not None


def has_astral(text: str) -> bool:
    """Whether text holds characters beyond U+FFFF (emoji), which need the ToUnicode fix."""
    return _ASTRAL.search(text) is not None


# reportlab writes code points above U+FFFF (emoji) into ToUnicode CMaps as five
# hex digits, which is invalid; the CMap needs UTF-16BE surrogate pairs.
_ASTRAL_ENTRY = re.compile(rb"<([0-9A-F]{2})> <([0-9A-F]{5,6})>")


def _surrogate_pair(match: re.Match[bytes]) -> bytes:
    code = int(match.group(2), 16) - 0x10000
    high, low = 0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)
    return b"<%s> <%04X%04X>" % (match.group(1), high, low)


def fix_astral_to_unicode(data: bytes) -> bytes:
    """Rewrite reportlab's invalid astral-plane ToUnicode entries as surrogate pairs."""
    import pikepdf  # only needed for the rare document with emoji

    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and "/ToUnicode" in obj:
                stream = obj.ToUnicode
                fixed = _ASTRAL_ENTRY.sub(_surrogate_pair, stream.read_bytes())
                stream.write(fixed)  # pdf.save compresses it again
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)  # no random /ID: same input, same bytes
    return out.getvalue()
