"""The font families a house style may choose, each bundled with its licence.

Every family covers Swedish (and the rest of Latin-1 and Latin Extended-A) in
regular, bold and italic; the PDF writer embeds them (PDF/A), the DOCX writer
embeds them cut down (docx_fonts) and names the font table's alternative for a
reader that ignores embedded fonts. Nothing here imports reportlab, so the
services can check a key cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FontFamily:
    key: str  # what a house style stores
    name: str  # the family name a word processor knows
    regular: str  # reportlab face names; the files are resources/fonts/<face>.ttf
    bold: str
    italic: str
    alternative: str  # the font table's stand-in where the family is not installed
    panose: str
    generic: str  # the font table's family class: "swiss" (sans) or "roman" (serif)


DEFAULT_FONT = "dejavu-sans"
FAMILIES: dict[str, FontFamily] = {
    family.key: family
    for family in (
        FontFamily(
            "dejavu-sans", "DejaVu Sans", "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique",
            "Verdana", "020B0603030804020204", "swiss",
        ),
        # A humanist sans, metric-compatible with Calibri.
        FontFamily(
            "carlito", "Carlito", "Carlito-Regular", "Carlito-Bold", "Carlito-Italic",
            "Calibri", "020F0502020204030204", "swiss",
        ),
        # A serif, metric-compatible with Times New Roman.
        FontFamily(
            "liberation-serif", "Liberation Serif", "LiberationSerif-Regular",
            "LiberationSerif-Bold", "LiberationSerif-Italic", "Times New Roman",
            "02020603050405020304", "roman",
        ),
    )
}  # fmt: skip


def font_family(key: str) -> FontFamily:
    """The family of a house style's font key ("" is the default)."""
    return FAMILIES[key or DEFAULT_FONT]
