"""An existing agreement's file as a list of rows: a DOCX, or plain text saved from Word.

The recognition (interchange/document_recognition.py) never sees the file
format: each paragraph is a row of one cell, with what Word says of it (its
heading level, bold, a list item); a table row is a row of its cells, and so is
a text line whose columns are separated by tabs (a table saved as text).

The file is read with a cap (by the service: storage/bounded.py); a DOCX is
checked as a zip before python-docx opens it (no encrypted entries, nothing
that unpacks to more than a cap), and a
Word file protected by a password (an OLE compound file with an
EncryptionInfo stream) is refused in words of its own. Every refusal is a
ValidationError under the field ``file``; nothing is read further.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bibagreements.domain.limits import IMPORT_UNPACKED_BYTES, megabytes
from bibagreements.domain.problems import Problem
from bibagreements.errors import ValidationError

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_DOCUMENT_XML = "word/document.xml"
# Line and paragraph controls of a text file that are not text (a form feed is a page break).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile("[\u00a0\u2007\u202f\u2000-\u200a]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_HEADING_STYLE = re.compile(r"^(?:heading|rubrik)\s*(\d)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"list|lista|punkt", re.IGNORECASE)
_TEXT_BULLET = re.compile(r"^\s*(?:[•·▪◦‣∙o\-–—*]|\d{1,2}[.)])\s+(?=\S)")


@dataclass(frozen=True)
class Row:
    """A paragraph (one cell) or a row of a table (several), in document order."""

    cells: tuple[str, ...]
    heading: int | None = None  # Word's heading level; 0 is the Title style
    bold: bool = False  # every character is bold
    bullet: bool = False  # a list item (a bullet or a number)
    table: bool = False  # a row of a table

    @property
    def text(self) -> str:
        return " ".join(c for c in self.cells if c).strip()


def _refuse(problem: Problem) -> ValidationError:
    return ValidationError([problem])


def clean(text: str) -> str:
    """Text as a person reads it: ordinary spaces, no invisible or control characters."""
    text = _ZERO_WIDTH.sub("", _SPACES.sub(" ", text))
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))


def read_document(path: Path, data: bytes) -> list[Row]:
    """The rows of the agreement in ``data``, the file ``path`` read with its cap
    (domain.limits.IMPORT_DOCUMENT_BYTES); ValidationError if it holds none."""
    if not data.strip():
        raise _refuse(Problem("import_empty", "file", path=str(path)))
    if data.startswith(_OLE):
        if _ENCRYPTION_INFO in data:
            raise _refuse(Problem("import_encrypted", "file", path=str(path)))
        raise _refuse(Problem("import_old_word", "file", path=str(path)))
    rows = _docx_rows(path, data) if data.startswith(b"PK\x03\x04") else _text_rows(path, data)
    if not any(row.text for row in rows):
        raise _refuse(Problem("import_empty", "file", path=str(path)))
    return rows


# -- DOCX ----------------------------------------------------------------------------------


def _check_zip(path: Path, data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _refuse(Problem("import_not_a_document", "file", path=str(path))) from None
    with archive:
        infos = archive.infolist()
        if _DOCUMENT_XML not in {i.filename for i in infos}:
            raise _refuse(Problem("import_not_a_document", "file", path=str(path)))
        if any(i.flag_bits & 0x1 for i in infos):
            raise _refuse(Problem("import_encrypted", "file", path=str(path)))
        # A zip states each entry's size, and zipfile never unpacks beyond it.
        if sum(i.file_size for i in infos) > IMPORT_UNPACKED_BYTES:
            limit = megabytes(IMPORT_UNPACKED_BYTES)
            raise _refuse(Problem("import_unpacks_too_large", "file", path=str(path), limit=limit))


def _docx_rows(path: Path, data: bytes) -> list[Row]:
    _check_zip(path, data)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document: Any = docx.Document(io.BytesIO(data))
        rows: list[Row] = []
        for element in _body_elements(document.element.body):
            if element.tag.endswith("}p"):
                rows.append(_paragraph_row(Paragraph(element, document)))
            else:
                for table_row in Table(element, document).rows:
                    cells = _distinct_cells(table_row)
                    rows.append(Row(tuple(_cell_text(c) for c in cells), table=True))
    except ValidationError:
        raise
    except Exception:  # a damaged part: python-docx, lxml and zipfile raise many kinds
        raise _refuse(Problem("import_damaged", "file", path=str(path))) from None
    return rows


def _body_elements(body: Any) -> list[Any]:
    """Paragraphs and tables in order, also those inside content controls (w:sdt)."""
    found = []
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag in ("p", "tbl"):
            found.append(child)
        elif tag == "sdt":
            for content in child.iterchildren():
                if content.tag.endswith("}sdtContent"):
                    found += _body_elements(content)
    return found


def _distinct_cells(table_row: Any) -> list[Any]:
    """A merged cell once, not once per grid column it spans."""
    cells: list[Any] = []
    for cell in table_row.cells:
        if not cells or cell._tc is not cells[-1]._tc:
            cells.append(cell)
    return cells


def _cell_text(cell: Any) -> str:
    return "\n".join(clean(p.text).strip() for p in cell.paragraphs).strip("\n")


def _style_name(paragraph: Any) -> str:
    try:
        return str(paragraph.style.name or "")
    except (KeyError, AttributeError, ValueError):
        return ""


def _paragraph_row(paragraph: Any) -> Row:
    text = clean(paragraph.text).strip()
    style = _style_name(paragraph)
    heading: int | None = None
    if style.casefold() in ("title", "rubrik"):
        heading = 0
    elif match := _HEADING_STYLE.match(style.strip()):
        heading = int(match.group(1))
    ppr = paragraph._p.pPr
    numbered = ppr is not None and ppr.numPr is not None
    bullet = heading is None and (numbered or bool(_LIST_STYLE.search(style)))
    return Row((text,), heading=heading, bold=_all_bold(paragraph), bullet=bullet)


def _all_bold(paragraph: Any) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    style_bold = False
    with contextlib.suppress(KeyError, AttributeError, ValueError):
        style_bold = bool(paragraph.style.font.bold)
    return all(r.bold or (r.bold is None and style_bold) for r in runs)


# -- plain text ----------------------------------------------------------------------------


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Word's "Unicode text" is UTF-16
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _refuse(Problem("import_not_a_document", "file", path=str(path))) from None
    if b"\x00" in data:
        raise _refuse(Problem("import_not_a_document", "file", path=str(path)))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")  # Word's "Text only" on Swedish Windows
        except UnicodeDecodeError:
            raise _refuse(Problem("import_not_a_document", "file", path=str(path))) from None
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
    if controls * 100 > len(text):  # binary, whatever it decoded as
        raise _refuse(Problem("import_not_a_document", "file", path=str(path)))
    return text


def _text_rows(path: Path, data: bytes) -> list[Row]:
    text = _decode(path, data).replace("\f", "\n")
    rows: list[Row] = []
    for raw in clean_lines(text):
        if not raw.strip():
            rows.append(Row(("",)))
            continue
        if "\t" in raw.strip() and not _TEXT_BULLET.match(raw):
            cells = tuple(c.strip() for c in re.split(r"\t+", raw.strip()))
            rows.append(Row(cells, table=len(cells) > 1))
            continue
        line = raw.replace("\t", " ").strip()
        bullet = _TEXT_BULLET.match(line)
        if bullet and not re.match(r"^\d", line):
            rows.append(Row((line[bullet.end() :].strip(),), bullet=True))
        else:
            rows.append(Row((" ".join(line.split()),)))
    return rows


def clean_lines(text: str) -> list[str]:
    """The lines of a text file, spaces made ordinary, control characters gone."""
    return [
        _ZERO_WIDTH.sub("", _SPACES.sub(" ", line)).translate(_DROP_CONTROL)
        for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]


_DROP_CONTROL = {c: " " for c in [*range(0, 9), *range(11, 32), *range(127, 160)]}
