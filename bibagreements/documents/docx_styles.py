"""The DOCX writer's look, made to match the PDF: DejaVu Sans everywhere, the
PDF's sizes and spacing, grey-ruled tables with a shaded header row.

Fonts are named explicitly in every style and in the document defaults (no
theme fonts: the default template's Calibri and Cambria would make Word and
LibreOffice each pick their own serif or sans). The family is embedded
(docx_fonts); the font table also names a stand-in of nearly the same widths
for a reader that ignores embedded fonts.
"""

from __future__ import annotations

from typing import Any

from docx.opc.oxml import serialize_part_xml
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Pt, RGBColor

from bibagreements.documents.docx_fonts import embed_font
from bibagreements.documents.fonts import DEFAULT_FONT, FontFamily, font_family

FONT_NAME = "DejaVu Sans"
BLACK = RGBColor(0, 0, 0)
TABLE_TEXT, TABLE_TEXT_ID = "Table Text", "TableText"  # our paragraph style for table cells
_RULE = "999999"  # the PDF's grid colour (0.6 grey)
_HEADER_FILL = "EBEBEB"  # the PDF's header shading (0.92 grey)
_EMU_PER_TWIP = 635

# Style: (size, bold, space before, space after, line height at least), in points.
_PARAGRAPH_STYLES: dict[str, tuple[float, bool, float, float, float]] = {
    "Normal": (10, False, 0, 6, 14),
    "Title": (16, True, 0, 14, 21),
    "Heading 1": (12.5, True, 12, 4, 16.5),
    "Heading 2": (11, True, 9, 4, 15),
    "Heading 3": (10, True, 6, 4, 14),
    "List Bullet": (10, False, 0, 6, 14),
    "Footer": (8, False, 0, 0, 10),
    "Header": (8, False, 0, 0, 10),
}

_FONT_ENTRY = """<w:font {ns} w:name="{name}"><w:altName w:val="{alternative}"/>
<w:panose1 w:val="{panose}"/><w:charset w:val="00"/><w:family w:val="{generic}"/>
<w:pitch w:val="variable"/></w:font>"""


def twips(length: int) -> int:
    """A python-docx length (EMU) in twentieths of a point, as tables measure."""
    return round(length / _EMU_PER_TWIP)


def _explicit_fonts(element: Any, name: str) -> None:
    """Every font reference under ``element`` named ``name``, theme references gone."""
    for fonts in element.iter(qn("w:rFonts")):
        for key in list(fonts.attrib):
            if key.endswith("Theme") or key.endswith("theme"):
                del fonts.attrib[key]
        for script in ("ascii", "hAnsi", "cs", "eastAsia"):
            fonts.set(qn(f"w:{script}"), name)


def _defaults(styles: Any) -> None:
    r_pr = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    if r_pr.find(qn("w:rFonts")) is None:
        r_pr.insert(0, parse_xml(f"<w:rFonts {nsdecls('w')}/>"))


def _font_table(docx: Any, family: FontFamily) -> None:
    entry = _FONT_ENTRY.format(
        ns=nsdecls("w"),
        name=family.name,
        alternative=family.alternative,
        panose=family.panose,
        generic=family.generic,
    )
    for part in docx.part.package.iter_parts():
        if str(part.partname) == "/word/fontTable.xml":
            root = parse_xml(part.blob)
            if not any(f.get(qn("w:name")) == family.name for f in root.iter(qn("w:font"))):
                root.insert(0, parse_xml(entry))
            part._blob = serialize_part_xml(root)


def _paragraph_style(
    style: Any, spec: tuple[float, bool, float, float, float], font: str = FONT_NAME
) -> None:
    size, bold, before, after, line = spec
    style.font.name = font
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = BLACK
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing = Pt(line)  # at least: taller glyphs (emoji) still fit
    p_pr = style.element.get_or_add_pPr()
    spacing = p_pr.find(qn("w:spacing"))
    if spacing is not None:
        spacing.set(qn("w:lineRule"), "atLeast")
    for name in ("w:pBdr", "w:contextualSpacing"):  # Title's blue rule, list spacing
        for old in p_pr.findall(qn(name)):
            p_pr.remove(old)
    r_pr = style.element.get_or_add_rPr()
    for name in ("w:spacing", "w:kern"):
        for old in r_pr.findall(qn(name)):
            r_pr.remove(old)


def apply_house_style(docx: Any, font: str = DEFAULT_FONT) -> None:
    """Fonts, sizes and spacing of the styles the writer uses, as in the PDF.

    ``font`` is a key of documents.fonts: the family every style names.
    """
    family = font_family(font)
    styles = docx.styles
    _defaults(styles)
    for name, spec in _PARAGRAPH_STYLES.items():
        _paragraph_style(styles[name], spec, family.name)
    cell = styles.add_style(TABLE_TEXT, 1)  # WD_STYLE_TYPE.PARAGRAPH; its ID is TABLE_TEXT_ID
    cell.base_style = styles["Normal"]
    _paragraph_style(cell, (9, False, 0, 0, 12), family.name)
    _explicit_fonts(styles.element, family.name)
    _font_table(docx, family)
    embed_font(docx, family)


def accent_headings(docx: Any, colour: str) -> None:
    """The title and headings in the house style's accent colour ("#RRGGBB")."""
    rgb = RGBColor.from_string(colour.lstrip("#").upper())
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        docx.styles[name].font.color.rgb = rgb


def _table_properties(table: Any, xml: str) -> None:
    tbl_pr = table._tbl.tblPr
    tag = parse_xml(xml).tag
    for old in tbl_pr.findall(tag):
        tbl_pr.remove(old)
    tbl_pr.append(parse_xml(xml))


def set_column_widths(table: Any, widths: list[int]) -> None:
    """Fixed column widths (EMU) in the grid, which LibreOffice reads, and every cell."""
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(twips(width)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Emu(width)
    _table_properties(table, f'<w:tblW {nsdecls("w")} w:w="{twips(sum(widths))}" w:type="dxa"/>')
    _table_properties(table, f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>')


def cell_margins(table: Any, *, top: float, bottom: float, left: float, right: float) -> None:
    sides = "".join(
        f'<w:{side} w:w="{round(points * 20)}" w:type="dxa"/>'
        for side, points in (("top", top), ("left", left), ("bottom", bottom), ("right", right))
    )
    _table_properties(table, f"<w:tblCellMar {nsdecls('w')}>{sides}</w:tblCellMar>")


def rule_table(table: Any) -> None:
    """Thin grey rules around and between all cells, as the PDF's grid."""
    rule = f'w:val="single" w:sz="4" w:space="0" w:color="{_RULE}"'
    sides = "".join(
        f"<w:{side} {rule}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    _table_properties(table, f"<w:tblBorders {nsdecls('w')}>{sides}</w:tblBorders>")


def shade(cell: Any) -> None:
    """The header row's grey background."""
    tc_pr = cell._tc.get_or_add_tcPr()
    fill = f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{_HEADER_FILL}"/>'
    tc_pr.append(parse_xml(fill))
