"""The house style in a DOCX: logo and letterhead in the page header, the footer line.

The header is a borderless two-column table, the logo at the left and the
letterhead lines at the right, with an accent-coloured rule beneath, as in the
PDF. A PNG logo goes in as it is. An SVG logo goes in as Office's SVG picture
(Word 2016 and later, Microsoft 365) over a transparent stand-in of the same
shape: there is no SVG rasteriser among the dependencies, so LibreOffice and
older Word show no logo for an SVG (a PNG logo shows everywhere).
"""

from __future__ import annotations

import base64
import io
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm, Pt, RGBColor

from bibagreements.documents.docx_styles import cell_margins, set_column_widths
from bibagreements.documents.model import HouseStyle, clean_text

LOGO_MAX_HEIGHT_MM, LOGO_MAX_WIDTH_MM = 15.0, 55.0
LETTERHEAD_LINES = 4
GREY = RGBColor(0x59, 0x59, 0x59)
_RULE_GREY = "595959"
_SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"  # Office's SVG picture
_SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"


def _one_line(text: str) -> str:
    return " ".join(clean_text(text).split())


def _logo_size(style: HouseStyle, data: bytes) -> tuple[float, float]:
    """The logo's width and height in its own units (pixels, or SVG user units)."""
    if style.logo_type == "image/svg+xml":
        from svglib.svglib import svg2rlg  # refuses external references from a stream

        drawing = svg2rlg(io.BytesIO(data))
        return (float(drawing.width), float(drawing.height)) if drawing else (0.0, 0.0)
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        return float(image.width), float(image.height)


def _transparent_png(width: float, height: float) -> bytes:
    from PIL import Image

    scale = 200 / max(width, height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    out = io.BytesIO()
    Image.new("RGBA", size, (255, 255, 255, 0)).save(out, "PNG")
    return out.getvalue()


def _add_logo(paragraph: Any, part: Any, style: HouseStyle) -> None:
    if style.logo_type not in ("image/png", "image/svg+xml"):
        return  # no other kind is stored (services.house_styles)
    data = base64.b64decode(style.logo)
    width, height = _logo_size(style, data)
    if width <= 0 or height <= 0:
        return
    scale = min(LOGO_MAX_WIDTH_MM / width, LOGO_MAX_HEIGHT_MM / height)
    svg = style.logo_type == "image/svg+xml"
    picture = _transparent_png(width, height) if svg else data
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(picture), width=Mm(width * scale), height=Mm(height * scale))
    if svg:
        partname = PackURI(f"/word/media/logo{len(part.rels) + 1}.svg")
        svg_part = Part(partname, "image/svg+xml", data, part.package)
        rid = part.relate_to(svg_part, RELATIONSHIP_TYPE.IMAGE)
        blip = run._r.xpath(".//a:blip")[0]
        blip.append(
            parse_xml(
                f'<a:extLst {nsdecls("a", "r")}><a:ext uri="{_SVG_EXTENSION}">'
                f'<asvg:svgBlip xmlns:asvg="{_SVG_NS}" r:embed="{rid}"/></a:ext></a:extLst>'
            )
        )


def add_letterhead(section: Any, style: HouseStyle) -> None:
    """The logo and letterhead lines at the top of every page, a rule beneath."""
    header = section.header
    table = header.add_table(rows=1, cols=2, width=Mm(160))
    table.autofit = False
    set_column_widths(table, [Mm(70), Mm(90)])
    cell_margins(table, top=0, bottom=2, left=0, right=0)
    colour = style.accent_colour.lstrip("#").upper() or _RULE_GREY
    table._tbl.tblPr.append(
        parse_xml(
            f'<w:tblBorders {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="0"'
            f' w:color="{colour}"/></w:tblBorders>'
        )
    )
    left, right = table.rows[0].cells
    if style.logo:
        _add_logo(left.paragraphs[0], header.part, style)
    lines = [line for line in map(_one_line, style.letterhead) if line][:LETTERHEAD_LINES]
    paragraph = right.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.font.size = Pt(7.5)
        run.font.color.rgb = GREY
        if i + 1 < len(lines):
            run.add_break()
    # The table first: the header's own paragraph (the draft mark, if any) follows it.
    header._element.insert(0, table._tbl)


def add_footer_line(section: Any, style: HouseStyle) -> None:
    """The house style's footer line under the page footer."""
    text = _one_line(style.footer)
    if not text:
        return
    paragraph = section.footer.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_before = Pt(3)
    run = paragraph.add_run(text)
    run.font.size = Pt(7)
    run.font.color.rgb = GREY
