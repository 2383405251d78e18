"""Fonts and text for the PDF writer: DejaVu registration, escaping, glyph coverage.

Only the bundled DejaVu Sans faces are ever used, so every font in the PDF is
embedded (PDF/A). User text is escaped before reportlab's markup parser sees it.
"""

from __future__ import annotations

import io
import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from bibagreements.documents.model import clean_text
from bibagreements.paths import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_OBLIQUE = "DejaVuSans-Oblique"
TAB = "\u00a0\u00a0\u00a0 "  # a tab keeps some visible indent but may still break

# OpenType features reportlab asks HarfBuzz for when it shapes a paragraph (the
# writer's shaping=1 styles, for Arabic, Hebrew…), overriding its default
# kern+liga+dlig. In DejaVu Sans "liga" makes ﬁ ﬂ ﬃ of fi fl ffi and "dlig" ﬆ of
# st, and those ligature code points end up in the text layer: "Västmanland"
# could not be found. Arabic needs neither: its joining forms and lam-alef come
# from features HarfBuzz always applies (init/medi/fina, rlig).
SHAPING_FEATURES = {"liga": False, "dlig": False}


def _shape_without_ligatures() -> None:
    # reportlab has no setting for this; every caller (paragraphs, canvas strings)
    # passes no features and so gets the default dict, updated here in place.
    defaults = ttfonts.shapeFragWord.__defaults__ or ()
    if defaults and isinstance(defaults[0], dict):
        defaults[0].update(SHAPING_FEATURES)


def register_fonts() -> None:
    """Register the bundled DejaVu fonts with reportlab (idempotent)."""
    _shape_without_ligatures()
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_OBLIQUE, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # No bold-oblique face is bundled; bold stands in so <b><i> never falls back to Helvetica.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_OBLIQUE, boldItalic=FONT_BOLD
    )


@cache
def covered_code_points() -> frozenset[int]:
    """Code points both DejaVu Sans faces used for user text (regular, bold) can draw."""
    register_fonts()
    regular, bold = (frozenset(pdfmetrics.getFont(f).face.charToGlyph) for f in (FONT, FONT_BOLD))
    return regular & bold


def _without_missing_glyphs(text: str) -> str:
    # reportlab draws a character DejaVu lacks as .notdef and maps it to U+0000 in
    # the text layer. U+FFFD instead keeps the loss visible and the text searchable;
    # invisible format characters (ZWJ, variation selectors, bidi marks) just go.
    covered = covered_code_points()
    if all(ord(ch) in covered for ch in text):
        return text
    out = []
    for ch in text:
        if ord(ch) in covered or ch in "\n\t":
            out.append(ch)
        elif unicodedata.category(ch) == "Cf" or unicodedata.name(ch, "").startswith(
            "VARIATION SELECTOR"
        ):
            continue
        else:
            out.append("\ufffd")
    return "".join(out)


def single_line(text: str) -> str:
    """User text for a one-line slot (document info, footer): cleaned, whitespace collapsed."""
    return " ".join(clean_text(text).split())


def drawable(text: str) -> str:
    """:func:`single_line` text that can be drawn straight onto the canvas (no markup)."""
    return _without_missing_glyphs(single_line(text))


def markup(text: str) -> str:
    """Plain user text as reportlab paragraph markup that shows it literally."""
    text = _without_missing_glyphs(clean_text(text))
    return escape(text).replace("\t", TAB).replace("\n", "<br/>")


def needs_shaping(text: str) -> bool:
    """Whether text holds a script that needs HarfBuzz shaping (Hebrew, Arabic, Syriac…)."""
    return any(
        0x0590 <= (cp := ord(ch)) <= 0x08FF or 0xFB1D <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFC
        for ch in text
    )


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
