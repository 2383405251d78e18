"""DOCX writer: content, page setup, footer fields, draft mark, signature layout."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from bibagreements.documents.docx_writer import render_docx, write_docx
from bibagreements.documents.model import Metadata, document_texts
from tests.documents.documents_helpers import KRISTIANSTAD, REGION, TITLE, build_agreement


def _open(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


def _all_text(document: Any) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [p.text for cell in table._cells for p in cell.paragraphs]
    return "\n".join(parts)


def _xml(part: Any) -> str:
    return str(part._element.xml)


@pytest.fixture(scope="module")
def reference() -> Any:
    return _open(render_docx(build_agreement()))


def test_every_text_is_present(reference: Any) -> None:
    text = _all_text(reference)
    for expected in document_texts(build_agreement())[:1] + document_texts(build_agreement())[3:]:
        assert expected in text, expected
    for expected in ("För " + KRISTIANSTAD, "För " + REGION, "Ort och datum"):
        assert expected in text
    assert "i två likalydande exemplar" in text


def test_structure_uses_word_styles(reference: Any) -> None:
    styles = {p.style.name for p in reference.paragraphs}
    assert {"Title", "Heading 1", "List Bullet"} <= styles
    bullets = [p.text for p in reference.paragraphs if p.style.name == "List Bullet"]
    assert len(bullets) == 3
    background = next(p for p in reference.paragraphs if p.text.startswith("Regional kulturplan"))
    assert background.text.count("\n") == 2  # newlines became line breaks


def test_page_setup_and_properties(reference: Any) -> None:
    section = reference.sections[0]

    def mm(length: int) -> float:  # DOCX stores twips, so EMU values round-trip inexactly
        return round(length / Mm(1), 1)

    assert (mm(section.page_width), mm(section.page_height)) == (210, 297)
    margins = (section.left_margin, section.right_margin, section.top_margin, section.bottom_margin)
    assert [mm(m) for m in margins] == [25] * 4
    props = reference.core_properties
    assert props.title == TITLE
    assert props.author == "Regional biblioteksverksamhet Skåne"
    assert props.subject == "Digitalt först med användaren i fokus"
    assert props.language == "sv-SE"
    assert 'w:val="sv-SE"' in _xml(reference.styles)


def test_footer_has_title_version_and_page_fields(reference: Any) -> None:
    footer = reference.sections[0].footer
    xml = _xml(footer)
    assert "Överenskommelse Region Skåne – Kristianstad" in footer.paragraphs[0].text
    assert "Version 2" in footer.paragraphs[0].text
    assert "Sida " in footer.paragraphs[0].text and " av " in footer.paragraphs[0].text
    assert " PAGE " in xml and " NUMPAGES " in xml
    assert xml.index(" PAGE ") < xml.index(" NUMPAGES ")


def test_draft_mark_only_on_drafts() -> None:
    draft = _open(render_docx(build_agreement(draft=True)))
    header = draft.sections[0].header
    assert header.paragraphs[0].text == "UTKAST"
    assert 'string="UTKAST"' in _xml(header)  # the diagonal watermark shape
    final = _open(render_docx(build_agreement()))
    assert "UTKAST" not in _xml(final.sections[0].header)
    assert "UTKAST" not in _all_text(final)
    english = _open(render_docx(build_agreement(language="en", draft=True)))
    assert english.sections[0].header.paragraphs[0].text == "DRAFT"


@pytest.mark.parametrize("parties", [2, 3, 12])
def test_signature_rows_cannot_split(parties: int) -> None:
    document = _open(render_docx(build_agreement(parties=parties)))
    signature_tables = document.tables[1:]
    assert len(signature_tables) == (parties + 1) // 2
    found = 0
    for table in signature_tables:
        for r, row in enumerate(table.rows):
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    # keep-with-next chains the rows of a pair onto one page
                    assert paragraph.paragraph_format.keep_with_next is (r < 3)
                    found += paragraph.text.startswith("För ")
    assert found == parties
    copies = next(p for p in document.paragraphs if "likalydande" in p.text)
    assert copies.paragraph_format.keep_with_next is True


def test_write_docx_is_atomic(tmp_path: Path) -> None:
    path = write_docx(build_agreement(), tmp_path / "avtal.docx")
    assert _open(path.read_bytes()).core_properties.title == TITLE
    assert [p.name for p in tmp_path.iterdir()] == ["avtal.docx"]


def test_control_characters_in_title_and_metadata_are_dropped() -> None:
    dirty = "Avtal\u0001 om\x00 samarbete\x7f\ud800\x0b(2020)"
    document = dataclasses.replace(
        build_agreement(),
        title=dirty,
        short_title=dirty,
        metadata=Metadata(author=f"Region\x1f {dirty}", subject=dirty, keywords=(dirty, "\x02")),
    )
    opened = _open(render_docx(document))
    one_line = "Avtal om samarbete\ufffd (2020)"
    props = opened.core_properties
    assert props.title == one_line
    assert props.author == f"Region {one_line}"
    assert props.subject == one_line
    assert props.keywords == one_line  # the keyword left empty is dropped
    assert opened.paragraphs[0].text == "Avtal om samarbete\ufffd\n(2020)"
    assert one_line in opened.sections[0].footer.paragraphs[0].text


def test_overlong_title_is_shortened_in_the_core_properties() -> None:
    title = " ".join(["Överenskommelse"] * 30)  # 479 characters; the limit is 255
    opened = _open(render_docx(dataclasses.replace(build_agreement(), title=title)))
    assert len(opened.core_properties.title) == 255
    assert opened.core_properties.title == title[:254] + "…"
    assert opened.paragraphs[0].text == title  # the heading keeps all of it


def test_fonts_are_named_explicitly_never_from_the_theme(reference: Any) -> None:
    styles = _xml(reference.styles)
    assert "Theme=" not in styles and "theme=" not in styles.replace("themeColor", "")
    defaults = reference.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    for script in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert fonts.get(qn(f"w:{script}")) == "DejaVu Sans"
    used = {p.style.name for p in reference.paragraphs}
    for name in used | {"Table Text", "Footer"}:
        style = reference.styles[name]
        assert style.font.name == "DejaVu Sans", name
    assert reference.styles["Normal"].font.size.pt == 10
    assert reference.styles["Title"].font.size.pt == 16


def test_tables_look_like_the_pdf(reference: Any) -> None:
    parties = reference.tables[0]
    grid = [int(col.get(qn("w:w"))) for col in parties._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert grid[0] == pytest.approx(2 * grid[1], rel=0.01)  # column widths (2, 1)
    xml = _xml(parties)
    assert 'w:fill="EBEBEB"' in xml  # shaded header row
    assert 'w:color="999999"' in xml and "<w:tblBorders>" in xml  # thin grey rules
    assert '<w:tblLayout w:type="fixed"/>' in xml
    header_cell = parties.rows[0].cells[0].paragraphs[0]
    assert header_cell.style.name == "Table Text" and header_cell.runs[0].bold
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in parties.rows)
