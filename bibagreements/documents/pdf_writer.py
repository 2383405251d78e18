"""Render a Document to PDF with reportlab platypus.

Only the bundled DejaVu Sans fonts are used (embedded as subsets), so nothing
unembedded remains for PDF/A. All user text is escaped before it reaches
reportlab's paragraph markup parser.
"""

from __future__ import annotations

import io
import math
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    ListFlowable,
    ListItem,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from bibagreements.documents.atomic import write_atomically
from bibagreements.documents.model import (
    BulletList,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    SignatureBlock,
    SignatureBlocks,
    Table,
    clean_text,
    document_texts,
)
from bibagreements.documents.phrases import Phrases, load_phrases
from bibagreements.documents.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_OBLIQUE = "DejaVuSans-Oblique"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 25 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FOOTER_BASELINE = 13 * mm
SIGNATURE_SPACE = 14 * mm  # room above the signature line for the handwritten signature
_FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN
TAB = "\u00a0\u00a0\u00a0 "  # a tab keeps some visible indent but may still break
GREY = colors.Color(0.35, 0.35, 0.35)


@dataclass(frozen=True, slots=True)
class SignatureBox:
    """Where a party signs: page index (0-based) and (llx, lly, urx, ury) in points."""

    party_name: str
    page_index: int
    box: tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class PdfRender:
    data: bytes
    page_count: int
    signature_boxes: tuple[SignatureBox, ...]


def register_fonts() -> None:
    """Register the bundled DejaVu fonts with reportlab (idempotent)."""
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


# --- text -----------------------------------------------------------------


@cache
def covered_code_points() -> frozenset[int]:
    """Code points the bundled DejaVu Sans has a glyph for."""
    register_fonts()
    return frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


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


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, spaceAfter=6)
        self.body = base
        self.body_keep = ParagraphStyle("body_keep", parent=base, keepWithNext=1)
        self.title = ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=16, leading=21, spaceAfter=14
        )
        self.headings = {
            level: ParagraphStyle(
                f"h{level}",
                parent=base,
                fontName=FONT_BOLD,
                fontSize=size,
                leading=size + 4,
                spaceBefore=space,
                spaceAfter=4,
                keepWithNext=1,
            )
            for level, size, space in ((1, 12.5, 12), (2, 11, 9), (3, 10, 6))
        }
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=12, spaceAfter=0)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=FONT_BOLD)
        self.sign = ParagraphStyle("sign", parent=base, spaceAfter=0)
        self.sign_party = ParagraphStyle("sign_party", parent=self.sign, fontName=FONT_BOLD)
        self.label = ParagraphStyle(
            "label", parent=base, fontSize=7.5, leading=10, spaceAfter=0, textColor=GREY
        )
        self.footer = ParagraphStyle(
            "footer", parent=base, fontSize=8, leading=10, spaceAfter=0, textColor=GREY
        )
        self._shaped: dict[str, ParagraphStyle] = {}

    def para(self, text: str, style: ParagraphStyle) -> RLParagraph:
        if needs_shaping(text):
            shaped = self._shaped.get(style.name)
            if shaped is None:
                shaped = ParagraphStyle(f"{style.name}_shaped", parent=style, shaping=1)
                self._shaped[style.name] = shaped
            style = shaped
        return RLParagraph(markup(text), style)


# --- page decorations -----------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _ellipsize(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _Decorations:
    """Footer (needs the page total, so it is drawn at save time) and draft mark."""

    def __init__(self, document: Document, phrases: Phrases, styles: _Styles) -> None:
        self.title = _one_line(document.short_title)
        self.version = (
            phrases.text("footer.version", version=_one_line(document.version_label))
            if document.version_label.strip()
            else ""
        )
        self.phrases = phrases
        self.styles = styles
        self.draft_mark = phrases.text("mark.draft") if document.draft else ""
        self.page_count = 0

    def footer(self, canv: Canvas, page: int, pages: int) -> None:
        size = self.styles.footer.fontSize
        right = self.phrases.text("footer.page", page=page, pages=pages)
        if self.version:
            right = f"{self.version}  ·  {right}"
        right_width = pdfmetrics.stringWidth(right, FONT, size)
        canv.saveState()
        canv.setStrokeColor(GREY)
        canv.setLineWidth(0.4)
        line_y = FOOTER_BASELINE + 4 * mm
        canv.line(MARGIN, line_y, PAGE_WIDTH - MARGIN, line_y)
        canv.setFillColor(GREY)
        canv.setFont(FONT, size)
        canv.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_BASELINE, right)
        title_width = TEXT_WIDTH - right_width - 8 * mm
        title = _ellipsize(self.title, FONT, size, title_width)
        if title:
            para = self.styles.para(title, self.styles.footer)
            _, height = para.wrap(title_width, 20 * mm)
            # Baseline of the paragraph's single line sits on FOOTER_BASELINE.
            para.drawOn(canv, MARGIN, FOOTER_BASELINE - (height - size))
        canv.restoreState()

    def watermark(self, canv: Canvas, _doc: Any) -> None:
        if not self.draft_mark:
            return
        angle = math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH))
        diagonal = math.hypot(PAGE_WIDTH, PAGE_HEIGHT)
        size = min(130.0, 0.6 * diagonal / pdfmetrics.stringWidth(self.draft_mark, FONT_BOLD, 1))
        canv.saveState()
        canv.setFillColor(colors.Color(0.86, 0.86, 0.86))
        canv.setFont(FONT_BOLD, size)
        canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canv.rotate(angle)
        canv.drawCentredString(0, -0.35 * size, self.draft_mark)
        canv.restoreState()


def _canvas_maker(decorations: _Decorations) -> Any:
    class _FooterCanvas(Canvas):  # type: ignore[misc]
        """Defers each page until the total is known, then adds the footers."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._deferred_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._deferred_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._deferred_pages)
            decorations.page_count = total
            for state in self._deferred_pages:
                self.__dict__.update(state)
                decorations.footer(self, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return _FooterCanvas


# --- signature blocks -----------------------------------------------------


class _Line(Flowable):  # type: ignore[misc]
    """A horizontal line across the available width; optionally records where it was drawn."""

    def __init__(self, party: str | None = None, sink: list[SignatureBox] | None = None) -> None:
        super().__init__()
        self.party = party
        self.sink = sink
        self.line_width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.line_width = avail_width
        return avail_width, 5.0

    def draw(self) -> None:
        canv = self.canv
        canv.setLineWidth(0.6)
        canv.line(0, 4, self.line_width, 4)  # 4 pt of air between line and text below
        if self.sink is not None and self.party is not None:
            x, y = canv.absolutePosition(0, 4)
            box = (x, y + 1.5, x + self.line_width, y + SIGNATURE_SPACE - 1.5)
            self.sink.append(SignatureBox(self.party, canv.getPageNumber() - 1, box))


def _on_line(content: Flowable, label: str, styles: _Styles) -> list[Flowable]:
    """Text (or room to write it) on a line, with a small label under the line."""
    return [content, _Line(), styles.para(label, styles.label)]


def _signature_column(
    block: SignatureBlock, phrases: Phrases, styles: _Styles, sink: list[SignatureBox]
) -> list[list[Flowable]]:
    """One party's block as four cells: place and date, party, signature, name and title."""
    blank = Spacer(1, 7 * mm)
    place_text = block.place_and_date.strip()
    place = _on_line(
        styles.para(place_text, styles.sign) if place_text else blank,
        phrases.text("signature.place_and_date"),
        styles,
    )
    party = [
        Spacer(1, 5 * mm),
        styles.para(phrases.text("signature.for_party", party=block.party_name), styles.sign_party),
    ]
    signature = [Spacer(1, SIGNATURE_SPACE), _Line(block.party_name, sink)]
    if block.signatory_name.strip():
        name: list[Flowable] = [styles.para(block.signatory_name, styles.sign)]
    else:
        name = _on_line(blank, phrases.text("signature.name_clarification"), styles)
    if block.signatory_title.strip():
        name.append(styles.para(block.signatory_title, styles.label))
    return [place, party, signature, name]


_SIGN_STYLE = TableStyle(
    [
        # Tables select their cell font even around flowables; the default is Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        # Lines level across the row even when one side's text wraps.
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 2), (-1, 2), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


_SIGN_STYLE_OUTER = TableStyle(
    [("FONTNAME", (0, 0), (-1, -1), FONT)]
    + [
        (side, (0, 0), (-1, -1), 0)
        for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
    ]
)


def _signature_rows(
    blocks: SignatureBlocks, phrases: Phrases, styles: _Styles, sink: list[SignatureBox]
) -> list[Flowable]:
    """Two blocks side by side per table, each table kept together on one page.

    Cells of the two blocks share table rows, so their lines stay level even
    when one party's name wraps onto more lines than the other's.
    """
    out: list[Flowable] = []
    for start in range(0, len(blocks.blocks), 2):
        columns = [
            _signature_column(b, phrases, styles, sink) for b in blocks.blocks[start : start + 2]
        ]
        rows: list[list[Any]] = [[column[i] for column in columns] for i in range(4)]
        if len(columns) == 1:
            for row in rows:
                row.append("")
        pair = RLTable(rows, colWidths=[TEXT_WIDTH / 2] * 2, style=_SIGN_STYLE, splitInRow=1)
        # A one-row table never splits, so the pair stays on one page. (KeepTogether
        # would too, but it cannot end a keepWithNext chain from the heading above.)
        kept = RLTable([[pair]], colWidths=[TEXT_WIDTH], style=_SIGN_STYLE_OUTER)
        if kept.wrap(TEXT_WIDTH, _FRAME_HEIGHT)[1] > _FRAME_HEIGHT:
            kept = pair  # absurdly long texts: let the pair split rather than fail
        kept.spaceBefore = 9 * mm
        out.append(kept)
    return out


# --- blocks ---------------------------------------------------------------


def _table(table: Table, styles: _Styles) -> RLTable:
    header = [styles.para(text, styles.cell_head) for text in table.header]
    rows = [[styles.para(text, styles.cell) for text in row] for row in table.rows]
    widths = [w * TEXT_WIDTH for w in table.widths()]
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.6, 0.6, 0.6)),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    # splitInRow lets a cell taller than a page continue on the next one.
    return RLTable(
        [header, *rows],
        colWidths=widths,
        style=style,
        repeatRows=1,
        splitInRow=1,
        spaceBefore=4,
        spaceAfter=10,
    )


def _flowables(
    document: Document, phrases: Phrases, styles: _Styles, sink: list[SignatureBox]
) -> list[Flowable]:
    story: list[Flowable] = [styles.para(document.title, styles.title)]
    blocks = document.blocks
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        match block:
            case Heading(text=text, level=level):
                story.append(styles.para(text, styles.headings[level]))
            case Paragraph(text=text):
                # The sentence introducing the signatures stays on their page.
                keep = isinstance(following, SignatureBlocks)
                story.append(styles.para(text, styles.body_keep if keep else styles.body))
            case BulletList(items=items):
                story.append(
                    ListFlowable(
                        [ListItem(styles.para(item, styles.body)) for item in items],
                        bulletType="bullet",
                        start="•",
                        bulletFontName=FONT,
                        bulletFontSize=10,
                        leftIndent=14,
                        bulletOffsetY=0,
                        spaceAfter=4,
                    )
                )
            case Table():
                story.append(_table(block, styles))
            case SignatureBlocks():
                story += _signature_rows(block, phrases, styles, sink)
            case PageBreak():
                story.append(RLPageBreak())
    return story


# --- entry points ---------------------------------------------------------


def render_pdf_layout(document: Document) -> PdfRender:
    """Render ``document``; also report the page count and where each party signs."""
    register_fonts()
    phrases = load_phrases(document.primary_language)
    styles = _Styles()
    decorations = _Decorations(document, phrases, styles)
    sink: list[SignatureBox] = []
    buffer = io.BytesIO()
    meta = document.metadata
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=document.title,
        author=meta.author,
        subject=meta.subject,
        keywords=list(meta.keywords),
        creator=meta.creator,
        lang=document.language_tag,
        initialFontName=FONT,
        displayDocTitle=1,
    )
    frame = Frame(MARGIN, MARGIN, TEXT_WIDTH, _FRAME_HEIGHT, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    template.addPageTemplates([PageTemplate("page", [frame], onPage=decorations.watermark)])
    template.build(
        _flowables(document, phrases, styles, sink), canvasmaker=_canvas_maker(decorations)
    )
    data = buffer.getvalue()
    if any(ord(ch) > 0xFFFF for text in document_texts(document) for ch in text):
        data = fix_astral_to_unicode(data)
    return PdfRender(data, decorations.page_count, tuple(sink))


def render_pdf(document: Document) -> bytes:
    """Render ``document`` to PDF bytes."""
    return render_pdf_layout(document).data


def write_pdf(document: Document, path: str | os.PathLike[str]) -> Path:
    """Render ``document`` and write it atomically to ``path``."""
    return write_atomically(path, render_pdf(document))


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
        pdf.save(out)
    return out.getvalue()
