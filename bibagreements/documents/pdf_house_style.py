"""The house style's letterhead and footer line on each PDF page.

The letterhead sits in the top margin, as on the organisation's own paper: the
logo at the left (a PNG as an image, an SVG drawn as vector graphics), the
letterhead lines at the right, an accent-coloured rule beneath. The text frame
does not move, so a document breaks into pages as it does without a style.
"""

from __future__ import annotations

import base64
import io
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from bibagreements.documents.fonts import FontFamily, font_family
from bibagreements.documents.model import HouseStyle
from bibagreements.documents.pdf_text import (
    font_runs,
    register_family,
    single_line,
    text_width,
)

LOGO_MAX_HEIGHT = 15 * mm
LOGO_MAX_WIDTH = 55 * mm
HEADER_TOP = 8 * mm  # from the top edge of the page
LETTERHEAD_SIZE, LETTERHEAD_LEADING = 7.5, 9.5
LETTERHEAD_LINES = 4  # what fits beside the logo above the text
FOOTER_LINE_BASELINE = 8 * mm
FOOTER_LINE_SIZE = 7
GREY = colors.Color(0.35, 0.35, 0.35)


def accent(style: HouseStyle | None) -> colors.Color | None:
    """The accent colour as reportlab's, None for none."""
    if style is None or not style.accent_colour:
        return None
    return colors.HexColor(style.accent_colour)


def family(style: HouseStyle | None) -> FontFamily | None:
    """The style's font family, None for none (the writer's default)."""
    if style is None or not style.font:
        return None
    chosen = font_family(style.font)
    register_family(chosen)
    return chosen


@lru_cache(maxsize=8)  # the same logo on every page and in every rendering of a batch
def _svg_drawing(data: str, font: str) -> Any:
    from svglib.svglib import svg2rlg  # only for a style with an SVG logo

    # A file-like source: svglib then refuses every external reference, and it
    # never resolves entities (the services refuse a DOCTYPE before storing one).
    drawing = svg2rlg(io.BytesIO(base64.b64decode(data)))
    if drawing is None:
        return None
    # The renderer's initial state names Helvetica (a font resource, never embedded)
    # unless the drawing names its own.
    drawing.initialFontName = font
    _embedded_fonts(drawing, font)
    return drawing


def _embedded_fonts(node: Any, font: str) -> None:
    """Text in the SVG in a bundled face: PDF/A embeds every font (svglib names Helvetica)."""
    if hasattr(node, "fontName"):
        node.fontName = font
    for child in getattr(node, "contents", ()):
        _embedded_fonts(child, font)


def _scale(width: float, height: float) -> float:
    if width <= 0 or height <= 0:
        return 0.0
    return float(min(LOGO_MAX_WIDTH / width, LOGO_MAX_HEIGHT / height))


class PdfHouseStyle:
    """Draws one style's letterhead and footer line (``draw`` on every page)."""

    def __init__(self, style: HouseStyle, font: str) -> None:
        self.style = style
        self.font = font
        self.accent = accent(style) or GREY
        lines = [single_line(line) for line in style.letterhead]
        self.lines = [line for line in lines if line][:LETTERHEAD_LINES]
        self.footer = single_line(style.footer)

    def draw(self, canv: Canvas, page_width: float, page_height: float, margin: float) -> None:
        canv.saveState()
        top = page_height - HEADER_TOP
        if self.style.has_header:
            logo_width = self._logo(canv, margin, top)
            room = page_width - 2 * margin - logo_width - 6 * mm
            canv.setFillColor(GREY)
            for i, line in enumerate(self.lines):
                text = _fit(line, self.font, LETTERHEAD_SIZE, room)
                y = top - LETTERHEAD_SIZE - i * LETTERHEAD_LEADING
                x = page_width - margin - text_width(text, self.font, LETTERHEAD_SIZE)
                _draw_runs(canv, x, y, text, self.font, LETTERHEAD_SIZE)
            canv.setStrokeColor(self.accent)
            canv.setLineWidth(0.8)
            rule = top - LOGO_MAX_HEIGHT - 1.5 * mm
            canv.line(margin, rule, page_width - margin, rule)
        if self.footer:
            canv.setFillColor(GREY)
            text = _fit(self.footer, self.font, FOOTER_LINE_SIZE, page_width - 2 * margin)
            x = (page_width - text_width(text, self.font, FOOTER_LINE_SIZE)) / 2
            _draw_runs(canv, x, FOOTER_LINE_BASELINE, text, self.font, FOOTER_LINE_SIZE)
        canv.restoreState()

    def _logo(self, canv: Canvas, x: float, top: float) -> float:
        """Draw the logo with its top left at (x, top); its width (0 for none)."""
        if not self.style.logo:
            return 0.0
        if self.style.logo_type == "image/svg+xml":
            drawing = _svg_drawing(self.style.logo, self.font)
            if drawing is None:
                return 0.0
            scale = _scale(drawing.width, drawing.height)
            from reportlab.graphics import renderPDF

            canv.saveState()
            canv.translate(x, top - drawing.height * scale)
            canv.scale(scale, scale)
            renderPDF.draw(drawing, canv, 0, 0)
            canv.restoreState()
            return float(drawing.width * scale)
        if self.style.logo_type != "image/png":
            return 0.0  # no other kind is stored (services.house_styles)
        from reportlab.lib.utils import ImageReader

        image = ImageReader(io.BytesIO(base64.b64decode(self.style.logo)))
        width, height = image.getSize()
        scale = _scale(width, height)
        canv.drawImage(image, x, top - height * scale, width * scale, height * scale, mask="auto")
        return float(width * scale)


def _draw_runs(canv: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """``text`` from (x, y), each character in the first bundled face that has it."""
    for name, run in font_runs(text, font):
        canv.setFont(name, size)
        canv.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, name, size)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to ``width`` (a letterhead line never wraps)."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
