"""Render a Document to DOCX with python-docx.

The same content as the PDF: A4 with 25 mm margins, a footer with the short
title, version and "Sida X av Y" (Word fields), a draft watermark, and
signature blocks in a borderless two-column table whose rows never split.
Text goes in as literal run text; python-docx turns newlines and tabs into
line breaks and tab characters.
"""

from __future__ import annotations

import io
import os
import string
from datetime import UTC
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from docx import Document as new_docx
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from bibagreements.documents.docx_house_style import add_footer_line, add_letterhead
from bibagreements.documents.docx_styles import (
    TABLE_TEXT_ID,
    accent_headings,
    apply_house_style,
    cell_margins,
    rule_table,
    set_column_widths,
    shade,
)
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
    heading_numbers,
)
from bibagreements.documents.phrases import Phrases, load_phrases
from bibagreements.documents.reproducible import fixed_zip
from bibagreements.storage.atomic import write_atomically

MARGIN = Mm(25)
TEXT_WIDTH = Mm(160)
GREY = RGBColor(0x59, 0x59, 0x59)
FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}

# The standard Word watermark: a rotated VML text path behind the page text.
_WATERMARK = """<w:r {ns}><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600"
 o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>
<v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>
<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>
<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>
<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>
<v:f eqn="sum @6 0 @5"/></v:formulas><v:path textpathok="t" o:connecttype="custom"
 o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>
<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>
<v:shape id="DraftWatermark" o:spid="_x0000_s2049" type="#_x0000_t136"
 style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:150pt;rotation:315;
z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;
mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f"
 fillcolor="#d9d9d9" stroked="f"><v:fill opacity=".6"/>
<v:textpath style="font-family:&quot;DejaVu Sans&quot;;font-size:1pt;font-weight:bold"
 string={mark}/></v:shape></w:pict></w:r>"""


# python-docx refuses core properties longer than this.
_CORE_PROPERTY_MAX = 255


def _core_property(text: str) -> str:
    """User text as a core property: clean (python-docx refuses control characters),
    on one line and at most 255 characters long."""
    text = " ".join(clean_text(text).split())
    if len(text) > _CORE_PROPERTY_MAX:
        text = text[: _CORE_PROPERTY_MAX - 1].rstrip() + "…"
    return text


def _fields_run(paragraph: Any, instruction: str) -> None:
    """Append a Word field (PAGE, NUMPAGES) that the viewer computes."""
    for xml in (
        '<w:fldChar {ns} w:fldCharType="begin"/>',
        '<w:instrText {ns} xml:space="preserve"> {instr} </w:instrText>',
        '<w:fldChar {ns} w:fldCharType="separate"/>',
        None,
        '<w:fldChar {ns} w:fldCharType="end"/>',
    ):
        run = paragraph.add_run()
        if xml is None:
            run.text = "1"  # placeholder shown until fields are updated
        else:
            run._r.append(parse_xml(xml.format(ns=nsdecls("w"), instr=instruction)))


def _add_phrase_with_fields(paragraph: Any, template: str) -> None:
    """Write a phrase such as "Sida {page} av {pages}" with its placeholders as fields."""
    for literal, field, _, _ in string.Formatter().parse(template):
        if literal:
            paragraph.add_run(literal)
        if field:
            _fields_run(paragraph, FIELDS[field])


def _set_language(docx: Any, tag: str) -> None:
    # Proofing language for all text, so Word spell-checks Swedish as Swedish.
    rpr = docx.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    rpr.append(
        parse_xml(f'<w:lang {nsdecls("w")} w:val="{tag}" w:eastAsia="{tag}" w:bidi="ar-SA"/>')
    )


def _setup_page(docx: Any, document: Document, phrases: Phrases) -> None:
    section = docx.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    section.header_distance = section.footer_distance = Mm(12)

    footer = section.footer.paragraphs[0]
    tabs = footer.paragraph_format.tab_stops
    # The template's Footer style has Letter-sized centre/right stops; cancel them.
    for position in footer.style.paragraph_format.tab_stops:
        tabs.add_tab_stop(position.position, WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run(" ".join(clean_text(document.short_title).split()))
    footer.add_run("\t")
    if document.version_label.strip():
        version = " ".join(clean_text(document.version_label).split())
        footer.add_run(phrases.text("footer.version", version=version) + "  ·  ")
    _add_phrase_with_fields(footer, phrases.text("footer.page", page="{page}", pages="{pages}"))
    for run in footer.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = GREY
    style = document.house_style
    if style is not None:
        if style.has_header:
            section.header_distance = Mm(7)  # the letterhead sits high, as in the PDF
            add_letterhead(section, style)
        add_footer_line(section, style)

    if document.draft:
        mark = phrases.text("mark.draft")
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = header.add_run(mark)
        run.bold = True
        run.font.size = Pt(14)
        run.font.color.rgb = RGBColor(0xA6, 0xA6, 0xA6)
        ns = (
            f'{nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"'
            ' xmlns:o="urn:schemas-microsoft-com:office:office"'
        )
        header._p.append(parse_xml(_WATERMARK.format(ns=ns, mark=quoteattr(mark))))


def _cant_split(row: Any, *, header: bool = False) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    if header:
        tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def _bottom_border(paragraph: Any) -> None:
    """A rule under the paragraph, across the cell: the line to sign or write on."""
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="3"'
            ' w:color="000000"/></w:pBdr>'
        )
    )


def _gap(docx: Any, height: Any) -> None:
    """An empty paragraph of about ``height`` after a table (the PDF's space after it)."""
    paragraph = docx.add_paragraph()
    paragraph.paragraph_format.line_spacing = Pt(2)
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.paragraph_format.space_after = height


def _write_cell(
    cell: Any,
    text: str,
    *,
    first: bool = True,
    bold: bool = False,
    small: bool = False,
    style: str | None = None,
) -> Any:
    # A new cell already holds one empty paragraph: use it for the first text.
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    if style is not None:
        paragraph._p.style = style  # by ID: python-docx looks names up slowly
    run = paragraph.add_run(clean_text(text))
    run.bold = bold
    if small:
        run.font.size = Pt(7.5)
        run.font.color.rgb = GREY
        paragraph.paragraph_format.line_spacing = Pt(10)
    paragraph.paragraph_format.space_after = Pt(0)
    return paragraph


def _table(docx: Any, table: Table) -> None:
    out = docx.add_table(rows=1 + len(table.rows), cols=len(table.header))
    out.autofit = False
    set_column_widths(out, [int(TEXT_WIDTH * w) for w in table.widths()])
    rule_table(out)
    cell_margins(out, top=3, bottom=4, left=6, right=6)  # the PDF's cell padding
    for r, texts in enumerate((table.header, *table.rows)):
        row = out.rows[r]
        # The header repeats on each page; a row moves to the next page whole (Word
        # and LibreOffice still split a row taller than a page).
        _cant_split(row, header=r == 0)
        for c, text in enumerate(texts):
            _write_cell(row.cells[c], text, bold=r == 0, style=TABLE_TEXT_ID)
            if r == 0:
                shade(row.cells[c])
    _gap(docx, Pt(10))  # Word glues consecutive tables together without a paragraph


def _signature_column(block: SignatureBlock, phrases: Phrases) -> list[list[tuple[str, str]]]:
    """Cells as (kind, text) lists: place and date, party, signature, name and title."""
    name: list[tuple[str, str]] = (
        [("text", block.signatory_name)]
        if block.signatory_name.strip()
        else [("line", ""), ("label", phrases.text("signature.name_clarification"))]
    )
    if block.signatory_title.strip():
        name.append(("label", block.signatory_title))
    return [
        [("line", block.place_and_date), ("label", phrases.text("signature.place_and_date"))],
        [("bold", phrases.text("signature.for_party", party=block.party_name))],
        [("space", ""), ("line", "")],
        name,
    ]


def _signatures(docx: Any, blocks: SignatureBlocks, phrases: Phrases) -> None:
    for start in range(0, len(blocks.blocks), 2):
        columns = [_signature_column(b, phrases) for b in blocks.blocks[start : start + 2]]
        table = docx.add_table(rows=4, cols=2)
        table.autofit = False
        set_column_widths(table, [TEXT_WIDTH // 2] * 2)
        cell_margins(table, top=0, bottom=0, left=0, right=0)
        for r, row in enumerate(table.rows):
            _cant_split(row)
            for c, cell in enumerate(row.cells):
                if r in (0, 2):
                    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
                # An odd party count leaves the last right-hand cells empty.
                items = columns[c][r] if c < len(columns) else [("text", "")]
                for i, (kind, text) in enumerate(items):
                    paragraph = _write_cell(
                        cell, text, first=i == 0, bold=kind == "bold", small=kind == "label"
                    )
                    format_ = paragraph.paragraph_format
                    format_.right_indent = Mm(8)
                    # Chain every paragraph of the pair to the next so Word keeps the rows
                    # on one page; the last row's paragraphs end the chain.
                    format_.keep_with_next = r < 3
                    if kind == "line":
                        _bottom_border(paragraph)
                        if r == 3:
                            format_.space_before = Mm(2)  # room to print the name by hand
                    elif kind == "space":
                        format_.space_before = Mm(10)
                    elif kind == "bold":
                        format_.space_before = Mm(4)
                    elif kind == "label":
                        format_.space_before = Pt(2)
        _gap(docx, Mm(6))


@cache
def _styled_template(font: str = "") -> bytes:
    """python-docx's default template with our styles in a font family, made once."""
    docx = new_docx()
    apply_house_style(docx, font)  # "" is the default family
    buffer = io.BytesIO()
    docx.save(buffer)
    return buffer.getvalue()


def _build(document: Document) -> Any:
    phrases = load_phrases(document.primary_language)
    style = document.house_style
    font = style.font if style is not None else ""
    docx: Any = new_docx(io.BytesIO(_styled_template(font)))  # python-docx is only partly typed
    if style is not None and style.accent_colour:
        accent_headings(docx, style.accent_colour)
    _setup_page(docx, document, phrases)
    _set_language(docx, document.language_tag)
    props = docx.core_properties
    meta = document.metadata
    props.title = _core_property(document.title)
    props.author = _core_property(meta.author)
    props.subject = _core_property(meta.subject)
    props.keywords = _core_property(", ".join(k for k in map(_core_property, meta.keywords) if k))
    props.language = _core_property(document.language_tag)
    props.comments = _core_property(meta.creator)
    # From the model, never the clock (python-docx writes the time as UTC).
    created = meta.created_time().astimezone(UTC).replace(tzinfo=None)
    props.created = props.modified = created
    props.last_modified_by = _core_property(meta.creator)
    props.revision = 1

    docx.add_heading(clean_text(document.title), level=0)
    blocks = document.blocks
    numbers = heading_numbers(blocks) if style is not None and style.numbering else {}
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        match block:
            case Heading(text=text, level=level):
                number = f"{numbers[index]}\u00a0\u00a0" if index in numbers else ""
                docx.add_heading(number + clean_text(text), level=level)
            case Paragraph(text=text):
                paragraph = docx.add_paragraph(clean_text(text))
                # The sentence introducing the signatures stays on their page.
                if isinstance(following, SignatureBlocks):
                    paragraph.paragraph_format.keep_with_next = True
                    paragraph.paragraph_format.space_after = Mm(9)  # as in the PDF
            case BulletList(items=items):
                for item in items:
                    docx.add_paragraph(clean_text(item), style="List Bullet")
            case Table():
                _table(docx, block)
            case SignatureBlocks():
                _signatures(docx, block, phrases)
            case PageBreak():
                docx.add_page_break()
    return docx


def render_docx(document: Document) -> bytes:
    """Render ``document`` to DOCX bytes (the same model gives the same bytes)."""
    buffer = io.BytesIO()
    _build(document).save(buffer)
    # python-docx stamps each zip entry with the time of saving.
    return fixed_zip(buffer.getvalue(), document.metadata.created_time())


def write_docx(document: Document, path: str | os.PathLike[str]) -> Path:
    """Render ``document`` and write it atomically to ``path``."""
    return write_atomically(path, render_docx(document))
