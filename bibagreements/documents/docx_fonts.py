"""The house style's font embedded in the DOCX, so Word and LibreOffice show the PDF's font.

Word and LibreOffice read fonts embedded in a DOCX (ECMA-376 Part 1, 17.8.1):
each face is a part of its own (``word/fonts/fontN.odttf``), related from the
font table, its first 32 bytes XORed with the key named beside it. Each face
is cut down (fontTools) to the characters a Swedish or English agreement uses
— Latin-1, Latin Extended-A and the common punctuation — once per process:
every document embeds the same bytes, a few tens of kilobytes per face, and
text typed later in Word in those characters keeps the font. The bundled
fonts all allow installable embedding (OS/2 fsType 0).
"""

from __future__ import annotations

import hashlib
import io
import logging
import uuid
from functools import lru_cache
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from bibagreements.documents.fonts import FontFamily
from bibagreements.paths import resource_path

OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
# What the documents are written in, and what a user goes on typing in Word.
REPERTOIRE = frozenset(
    [
        *range(0x20, 0x7F),  # ASCII
        *range(0xA0, 0x180),  # Latin-1 and Latin Extended-A
        *range(0x2010, 0x2028),  # dashes, quotes, bullet, ellipsis
        *range(0x2030, 0x203B),  # per mille, primes, angle quotes
        0x20AC,  # €
        0x2122,  # ™
        0x2212,  # minus
    ]
)
_FACES = (("regular", "w:embedRegular"), ("bold", "w:embedBold"), ("italic", "w:embedItalic"))
# CT_Font's children after which the embedding elements come, in schema order.
_BEFORE_EMBEDDING = ("w:altName", "w:panose1", "w:charset", "w:family", "w:notTrueType")


@lru_cache(maxsize=16)
def subset_face(face: str) -> bytes:
    """The bundled face ``face`` (a file of resources/fonts) cut down to the repertoire."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    # fontTools reports what it notices about a font (an old timestamp) on the log,
    # which would reach the user's terminal: the bundled fonts are known good.
    logging.getLogger("fontTools").setLevel(logging.ERROR)

    options = subset.Options()
    options.name_IDs = ["*"]  # the family and licence names stay
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]  # FontForge's timestamps: nothing a reader needs
    font = TTFont(str(resource_path("fonts", f"{face}.ttf")), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=REPERTOIRE)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


def font_key(data: bytes) -> str:
    """A key derived from the face's bytes: the same document gives the same file."""
    return "{" + str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """``data`` with its first 32 bytes XORed with the key's bytes in reverse order.

    The same operation turns an embedded face back into the font file.
    """
    secret = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(byte ^ secret[i % 16] for i, byte in enumerate(data[:32]))
    return head + data[32:]


def _font_entry(root: Any, name: str) -> Any:
    for entry in root.iter(qn("w:font")):
        if entry.get(qn("w:name")) == name:
            return entry
    raise LookupError(name)  # _font_table put it there


def _insert_in_order(entry: Any, element: Any) -> None:
    """``element`` after the children CT_Font puts before the embedding ones."""
    position = 0
    for index, child in enumerate(entry):
        if child.tag in {qn(tag) for tag in (*_BEFORE_EMBEDDING, "w:pitch", "w:sig")}:
            position = index + 1
    entry.insert(position, element)


def embed_font(docx: Any, family: FontFamily) -> None:
    """Embed ``family``'s regular, bold and italic faces in ``docx``."""
    package = docx.part.package
    table = next(p for p in package.iter_parts() if str(p.partname) == "/word/fontTable.xml")
    root = parse_xml(table.blob)
    entry = _font_entry(root, family.name)
    existing = {str(p.partname) for p in package.iter_parts()}
    number, elements = 1, []
    for attribute, tag in _FACES:
        data = subset_face(getattr(family, attribute))
        key = font_key(data)
        while f"/word/fonts/font{number}.odttf" in existing:
            number += 1
        partname = PackURI(f"/word/fonts/font{number}.odttf")
        existing.add(str(partname))
        part = Part(partname, OBFUSCATED_FONT, obfuscate(data, key), package)
        r_id = table.relate_to(part, RT.FONT)
        elements.append(parse_xml(f'<{tag} {nsdecls("w", "r")} r:id="{r_id}" w:fontKey="{key}"/>'))
    for element in reversed(elements):  # each inserted at the same place: reversed keeps order
        _insert_in_order(entry, element)
    table._blob = serialize_part_xml(root)
    _ask_to_keep_embedding(docx)


def _ask_to_keep_embedding(docx: Any) -> None:
    """settings.xml: Word keeps the fonts embedded (as subsets) when the file is saved again."""
    settings = docx.settings.element
    anchor = None
    for tag in ("w:writeProtection", "w:view", "w:zoom", "w:removePersonalInformation"):
        found = settings.find(qn(tag))
        if found is not None:
            anchor = found
    for tag in ("w:saveSubsetFonts", "w:embedTrueTypeFonts"):  # reversed: each goes first
        if settings.find(qn(tag)) is None:
            element = parse_xml(f"<{tag} {nsdecls('w')}/>")
            if anchor is None:
                settings.insert(0, element)
            else:
                anchor.addnext(element)
