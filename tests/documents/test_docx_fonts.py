"""The DOCX carries its font: each face embedded, obfuscated as ECMA-376 says, and whole."""

from __future__ import annotations

import io
import re
import zipfile

import docx
from fontTools.ttLib import TTFont

from bibagreements.documents.docx_fonts import REPERTOIRE, font_key, obfuscate, subset_face
from bibagreements.documents.docx_writer import render_docx
from tests.documents.test_house_style import styled

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_the_key_s_bytes_in_reverse_order_over_the_first_32_bytes() -> None:
    key = "{00112233-4455-6677-8899-AABBCCDDEEFF}"
    data = bytes(64)
    hidden = obfuscate(data, key)
    reverse = bytes.fromhex("FFEEDDCCBBAA99887766554433221100")
    assert hidden[:32] == reverse * 2 and hidden[32:] == bytes(32)
    assert obfuscate(hidden, key) == data  # the same operation undoes it


def _faces(data: bytes) -> dict[str, TTFont]:
    """The embedded faces by element (embedRegular …), turned back into fonts."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        table = z.read("word/fontTable.xml").decode()
        rels = z.read("word/_rels/fontTable.xml.rels").decode()
        types = z.read("[Content_Types].xml").decode()
        targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
        faces = {}
        for tag, r_id, key in re.findall(
            r'<w:(embed\w+) r:id="(rId\d+)" w:fontKey="(\{[0-9A-F-]+\})"/>', table
        ):
            name = "word/" + targets[r_id]
            assert "obfuscatedFont" in types and name.endswith(".odttf")
            faces[tag] = TTFont(io.BytesIO(obfuscate(z.read(name), key)))
    return faces


def test_the_house_style_s_font_is_embedded_with_every_face() -> None:
    data = render_docx(styled("", font="carlito"))
    faces = _faces(data)
    assert sorted(faces) == ["embedBold", "embedItalic", "embedRegular"]
    names = {tag: face["name"].getDebugName(4) for tag, face in faces.items()}
    assert names == {
        "embedRegular": "Carlito",
        "embedBold": "Carlito Bold",
        "embedItalic": "Carlito Italic",
    }
    cmap = faces["embedRegular"].getBestCmap()
    assert {ord(c) for c in "ÅÄÖåäöéü–”…€"} <= set(cmap)
    assert set(cmap) <= REPERTOIRE  # cut down: tens of kilobytes, not the whole family
    assert len(data) < 400_000
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        settings = z.read("word/settings.xml").decode()
    assert "<w:embedTrueTypeFonts/><w:saveSubsetFonts/>" in settings
    reopened = docx.Document(io.BytesIO(data))  # python-docx still reads it
    assert reopened.styles["Normal"].font.name == "Carlito"


def test_the_default_font_is_embedded_too_and_the_bytes_repeat() -> None:
    document = styled("", font="")
    first, second = render_docx(document), render_docx(document)
    assert first == second
    assert _faces(first)["embedRegular"]["name"].getDebugName(1) == "DejaVu Sans"


def test_a_face_s_key_is_its_own() -> None:
    regular, bold = subset_face("LiberationSerif-Regular"), subset_face("LiberationSerif-Bold")
    assert font_key(regular) != font_key(bold)
    assert re.fullmatch(r"\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", font_key(regular))
