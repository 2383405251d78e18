"""Render a Document to PDF with reportlab platypus.

A4 with 25 mm margins; a footer with the short title, version and "Sida X av
Y" on every page; a diagonal draft mark on drafts; signature blocks two per
row, each pair kept on one page. Fonts and escaping live in pdf_text.
"""

from __future__ import annotations

import io
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import DummyDoc, PDFText
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
from reportlab.platypus import Table as RLTable

from bibagreements.documents.fonts import FontFamily
from bibagreements.documents.model import (
    BulletList,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    SignatureBlock,
    SignatureBlocks,
    Table,
    document_texts,
    heading_numbers,
)
from bibagreements.documents.pdf_house_style import PdfHouseStyle, accent, family
from bibagreements.documents.pdf_paragraphs import ParagraphMaker
from bibagreements.documents.pdf_text import (
    FONT,
    FONT_BOLD,
    fix_astral_to_unicode,
    has_astral,
    info_text,
    register_fonts,
    single_line,
    text_width,
)
from bibagreements.documents.phrases import Phrases, load_phrases
from bibagreements.documents.reproducible import PdfTimeStamp, document_digest
from bibagreements.storage.atomic import write_atomically

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 25 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FOOTER_BASELINE = 13 * mm
SIGNATURE_SPACE = 14 * mm  # room above the signature line for the handwritten signature
_FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN
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


class _Styles(ParagraphMaker):
    def __init__(self, family: FontFamily | None = None, accent: Any = None) -> None:
        super().__init__()
        regular, bold = (family.regular, family.bold) if family else (FONT, FONT_BOLD)
        headings = accent or colors.black  # the house style's accent colours the headings
        base = ParagraphStyle("body", fontName=regular, fontSize=10, leading=14, spaceAfter=6)
        self.body = base
        self.body_keep = ParagraphStyle("body_keep", parent=base, keepWithNext=1)
        self.title = ParagraphStyle(
            "title",
            parent=base,
            fontName=bold,
            fontSize=16,
            leading=21,
            spaceAfter=14,
            textColor=headings,
        )
        self.headings = {
            level: ParagraphStyle(
                f"h{level}",
                parent=base,
                fontName=bold,
                textColor=headings,
                fontSize=size,
                leading=size + 4,
                spaceBefore=space,
                spaceAfter=4,
                keepWithNext=1,
            )
            for level, size, space in ((1, 12.5, 12), (2, 11, 9), (3, 10, 6))
        }
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=12, spaceAfter=0)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=bold)
        self.sign = ParagraphStyle("sign", parent=base, spaceAfter=0)
        self.sign_party = ParagraphStyle("sign_party", parent=self.sign, fontName=bold)
        self.label = ParagraphStyle(
            "label", parent=base, fontSize=7.5, leading=10, spaceAfter=0, textColor=GREY
        )
        self.footer = ParagraphStyle(
            "footer", parent=base, fontSize=8, leading=10, spaceAfter=0, textColor=GREY
        )
        self.footer_right = ParagraphStyle("footer_right", parent=self.footer, alignment=TA_RIGHT)


# --- page decorations -----------------------------------------------------


def _ellipsize(text: str, font: str, size: float, width: float) -> str:
    """The longest start of ``text`` that fits ``width`` with an ellipsis (binary search)."""
    if text_width(text, font, size) <= width:
        return text

    def fits(n: int) -> bool:
        return text_width(text[:n].rstrip() + "…", font, size) <= width

    shortest, longest = 0, len(text) - 1
    while shortest < longest:
        middle = (shortest + longest + 1) // 2
        if fits(middle):
            shortest = middle
        else:
            longest = middle - 1
    return text[:shortest].rstrip() + "…"


def _one_line(text: str, size: float) -> str:
    """User text for a footer slot, cut to what a line could ever show, so that a long
    text costs nothing per page (no glyph is narrower than a tenth of the size)."""
    return single_line(text)[: int(10 * TEXT_WIDTH / size)]


class _Decorations:
    """Footer (needs the page total, so it is drawn at save time) and draft mark."""

    def __init__(self, document: Document, phrases: Phrases, styles: _Styles) -> None:
        size = styles.footer.fontSize
        self.title = _one_line(document.short_title, size)
        version = _one_line(document.version_label, size)
        self.version = phrases.text("footer.version", version=version) if version else ""
        self.phrases = phrases
        self.styles = styles
        self.draft_mark = phrases.text("mark.draft") if document.draft else ""
        self.page_count = 0
        style = document.house_style
        self.house = PdfHouseStyle(style, styles.body.fontName) if style is not None else None

    def footer(self, canv: Canvas, page: int, pages: int) -> None:
        size, font = self.styles.footer.fontSize, self.styles.footer.fontName
        right = self.phrases.text("footer.page", page=page, pages=pages)
        if self.version:
            # At most half the line, so that a long version label leaves room for the title.
            right = f"\u00a0\u00a0·\u00a0\u00a0{right}"  # no-break: paragraphs collapse spaces
            room = TEXT_WIDTH / 2 - text_width(right, font, size)
            right = _ellipsize(self.version, font, size, room) + right
        right_width = text_width(right, font, size)
        canv.saveState()
        canv.setStrokeColor(GREY)
        canv.setLineWidth(0.4)
        line_y = FOOTER_BASELINE + 4 * mm
        canv.line(MARGIN, line_y, PAGE_WIDTH - MARGIN, line_y)
        # Paragraphs, not canvas strings, so that the fallback font and shaping apply.
        self._draw_line(canv, right, TEXT_WIDTH, self.styles.footer_right)
        title_width = TEXT_WIDTH - right_width - 8 * mm
        title = _ellipsize(self.title, font, size, title_width)
        if title:
            self._draw_line(canv, title, title_width, self.styles.footer)
        canv.restoreState()

    def _draw_line(self, canv: Canvas, text: str, width: float, style: ParagraphStyle) -> None:
        para = self.styles.para(text, style)
        _, height = para.wrap(width, 20 * mm)
        # Baseline of the paragraph's single line sits on FOOTER_BASELINE.
        para.drawOn(canv, MARGIN, FOOTER_BASELINE - (height - style.fontSize))

    def watermark(self, canv: Canvas, _doc: Any) -> None:
        if self.house is not None:
            self.house.draw(canv, PAGE_WIDTH, PAGE_HEIGHT, MARGIN)
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


def _canvas_maker(decorations: _Decorations, document: Document) -> Any:
    created = PdfTimeStamp(document.metadata.created_time())
    ids = PDFText(document_digest(document), enc="raw").format(DummyDoc())

    class _FooterCanvas(Canvas):  # type: ignore[misc]
        """Defers each page until the total is known, then adds the footers.

        The file's dates come from the model and its /ID from the model's
        digest, so that the same model gives the same bytes.
        """

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._doc._timeStamp = created
            self._doc._ID = b"\n[" + ids + ids + b"]\n"
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


_SIGN_WIDTH = TEXT_WIDTH / 2 - 10 * mm  # a signature column less its right padding


def _on_line(content: list[Flowable], label: str, styles: _Styles) -> list[Flowable]:
    """Text (or room to write it) on a line, with a small label under the line."""
    return [*content, _Line(), *styles.paras(label, styles.label, _SIGN_WIDTH)]


def _signature_column(
    block: SignatureBlock, phrases: Phrases, styles: _Styles, sink: list[SignatureBox]
) -> list[list[Flowable]]:
    """One party's block as four cells: place and date, party, signature, name and title."""
    blank: list[Flowable] = [Spacer(1, 7 * mm)]
    place_text = block.place_and_date.strip()
    place = _on_line(
        styles.paras(place_text, styles.sign, _SIGN_WIDTH) if place_text else blank,
        phrases.text("signature.place_and_date"),
        styles,
    )
    for_party = phrases.text("signature.for_party", party=block.party_name)
    party = [Spacer(1, 5 * mm), *styles.paras(for_party, styles.sign_party, _SIGN_WIDTH)]
    signature = [Spacer(1, SIGNATURE_SPACE), _Line(block.party_name, sink)]
    if block.signatory_name.strip():
        name: list[Flowable] = styles.paras(block.signatory_name, styles.sign, _SIGN_WIDTH)
    else:
        name = _on_line(blank, phrases.text("signature.name_clarification"), styles)
    if block.signatory_title.strip():
        name += styles.paras(block.signatory_title, styles.label, _SIGN_WIDTH)
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

_ITEM_INDENT = 14
_ITEM_WIDTH = TEXT_WIDTH - _ITEM_INDENT


_CELL_PADDING = 6  # reportlab's default left and right cell padding


def _row_height(cells: list[list[Flowable]], widths: list[float]) -> float:
    """The height of a table row's tallest cell (its paragraphs keep their lines)."""
    heights = [
        sum(float(f.wrap(w - 2 * _CELL_PADDING, _FRAME_HEIGHT)[1]) for f in cell)
        for cell, w in zip(cells, widths, strict=True)
    ]
    return max(heights, default=0.0)


def _table(table: Table, styles: _Styles) -> RLTable:
    widths = [w * TEXT_WIDTH for w in table.widths()]
    room = [w - 2 * _CELL_PADDING for w in widths]
    header = [styles.paras(t, styles.cell_head, w) for t, w in zip(table.header, room, strict=True)]
    rows = [
        [styles.paras(t, styles.cell, w) for t, w in zip(row, room, strict=True)]
        for row in table.rows
    ]
    # A row moves to the next page whole unless it is taller than a page (it must split).
    head_height = _row_height(header, widths)
    too_tall = any(_row_height(row, widths) + head_height > _FRAME_HEIGHT - 20 for row in rows)
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
        splitInRow=1 if too_tall else 0,
        spaceBefore=4,
        spaceAfter=10,
    )


def _flowables(
    document: Document, phrases: Phrases, styles: _Styles, sink: list[SignatureBox]
) -> list[Flowable]:
    story: list[Flowable] = styles.paras(document.title, styles.title, TEXT_WIDTH)
    blocks = document.blocks
    style = document.house_style
    numbers = heading_numbers(blocks) if style is not None and style.numbering else {}
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        match block:
            case Heading(text=text, level=level):
                if index in numbers:  # no-break spaces: a paragraph collapses plain ones
                    text = f"{numbers[index]}\u00a0\u00a0{text}"
                story += styles.paras(text, styles.headings[level], TEXT_WIDTH)
            case Paragraph(text=text):
                # The sentence introducing the signatures stays on their page.
                keep = isinstance(following, SignatureBlocks)
                story += styles.paras(text, styles.body_keep if keep else styles.body, TEXT_WIDTH)
            case BulletList(items=items):
                story.append(
                    ListFlowable(
                        [ListItem(styles.paras(item, styles.body, _ITEM_WIDTH)) for item in items],
                        bulletType="bullet",
                        start="•",
                        bulletFontName=FONT,
                        bulletFontSize=10,
                        leftIndent=_ITEM_INDENT,
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
    style = document.house_style
    styles = _Styles(family(style), accent(style))
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
        # The document info (and the XMP made from it for PDF/A) gets clean one-line text.
        title=info_text(document.title),
        author=info_text(meta.author),
        subject=info_text(meta.subject),
        keywords=info_text(", ".join(k for k in map(single_line, meta.keywords) if k)),
        creator=info_text(meta.creator),
        lang=document.language_tag,
        initialFontName=FONT,
        displayDocTitle=1,
        invariant=1,  # no clock or random ID in reportlab (dates are set by the canvas)
    )
    frame = Frame(MARGIN, MARGIN, TEXT_WIDTH, _FRAME_HEIGHT, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    template.addPageTemplates([PageTemplate("page", [frame], onPage=decorations.watermark)])
    template.build(
        _flowables(document, phrases, styles, sink),
        canvasmaker=_canvas_maker(decorations, document),
    )
    data = buffer.getvalue()
    if any(has_astral(text) for text in document_texts(document)):
        data = fix_astral_to_unicode(data)
    return PdfRender(data, decorations.page_count, tuple(sink))


def render_pdf(document: Document) -> bytes:
    """Render ``document`` to PDF bytes."""
    return render_pdf_layout(document).data


def write_pdf(document: Document, path: str | os.PathLike[str]) -> Path:
    """Render ``document`` and write it atomically to ``path``."""
    return write_atomically(path, render_pdf(document))
