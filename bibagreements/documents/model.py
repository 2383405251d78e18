"""A neutral, immutable model of a printable document.

Both writers (PDF and DOCX) render the same model. Every text field holds
plain user text: never markup. Writers escape it as their format requires.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

_NEWLINES = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
# Other C0 controls, DEL, noncharacters and lone surrogates are not valid in XML
# (DOCX) and break reportlab's markup parser; they never carry meaning in an agreement.
_CONTROLS = {c: None for c in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F)}
_INVALID = re.compile("[\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """User text as writers can render it: newlines normalised to ``\\n``, controls dropped."""
    text = _NEWLINES.sub("\n", text).translate(_CONTROLS)
    return _INVALID.sub("\ufffd", text)


# Languages with a phrase file; the key is the primary subtag of Document.language.
LANGUAGE_TAGS: dict[str, str] = {"sv": "sv-SE", "en": "en-GB"}


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 1  # 1 = section, 2 = subsection

    def __post_init__(self) -> None:
        if self.level not in (1, 2, 3):
            raise ValueError(f"heading level must be 1, 2 or 3, not {self.level}")


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str  # may contain newlines (line breaks) and tabs


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # Fractions of the text width, one per column; empty means equal widths.
    column_widths: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        ncols = len(self.header)
        if ncols == 0:
            raise ValueError("a table needs at least one column")
        for row in self.rows:
            if len(row) != ncols:
                raise ValueError(f"row has {len(row)} cells, header has {ncols}")
        if self.column_widths:
            if len(self.column_widths) != ncols:
                raise ValueError("one column width per column is required")
            if any(w <= 0 for w in self.column_widths):
                raise ValueError("column widths must be positive")

    def widths(self) -> tuple[float, ...]:
        """Column widths as fractions that sum to 1."""
        raw = self.column_widths or (1.0,) * len(self.header)
        total = sum(raw)
        return tuple(w / total for w in raw)


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    party_name: str
    # E.g. "Malmö 2019-11-08"; empty leaves a labelled line to fill in by hand.
    place_and_date: str = ""
    signatory_name: str = ""  # empty leaves a labelled line for the printed name
    signatory_title: str = ""


@dataclass(frozen=True, slots=True)
class SignatureBlocks:
    blocks: tuple[SignatureBlock, ...]


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


Block = Heading | Paragraph | BulletList | Table | SignatureBlocks | PageBreak


# The creation time of a document whose metadata names none: fixed, so that the
# same model always gives the same bytes (reportlab's own invariant date).
FALLBACK_CREATED = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Metadata:
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    creator: str = "bibagreements"
    # When the content was made (for an agreement: its version's time). Writers
    # never read the clock: this is the files' creation and modification time.
    # A naive time is local time, as the database stores it; None: FALLBACK_CREATED.
    created: datetime | None = None

    def created_time(self) -> datetime:
        """``created`` as an aware time in whole seconds (FALLBACK_CREATED if unset)."""
        when = self.created or FALLBACK_CREATED
        if when.tzinfo is None:
            when = when.astimezone()
        return when.replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class HouseStyle:
    """The issuing organisation's look: part of the model, so a frozen version keeps it.

    ``logo`` is the image file as base64 (the model is JSON), ``logo_type`` its
    media type ("image/png" or "image/svg+xml"); ``font`` a key of documents.fonts
    ("" is the default family); ``accent_colour`` "#RRGGBB" or "" (black).
    """

    letterhead: tuple[str, ...] = ()  # lines beside the logo: unit, address, web
    footer: str = ""  # a line at the foot of every page
    accent_colour: str = ""
    font: str = ""
    numbering: bool = False  # headings numbered 1, 1.1, 1.1.1
    logo: str = ""
    logo_type: str = ""

    @property
    def has_header(self) -> bool:
        return bool(self.logo or any(line.strip() for line in self.letterhead))


@dataclass(frozen=True, slots=True)
class Document:
    title: str
    short_title: str  # shown in the footer of every page
    language: str  # BCP 47 tag such as "sv-SE" or "en-GB"; "sv"/"en" accepted
    version_label: str  # e.g. "3" or "3 (2019-11-08)"; empty hides it
    blocks: tuple[Block, ...]
    draft: bool = False
    metadata: Metadata = field(default_factory=Metadata)
    # Neither in the repr nor, when None, in the JSON (model_json): a document without
    # one keeps the digest (a PDF's /ID) and the frozen content it always had.
    house_style: HouseStyle | None = field(default=None, repr=False, metadata={"omit_none": True})

    def __post_init__(self) -> None:
        if self.primary_language not in LANGUAGE_TAGS:
            raise ValueError(f"unsupported document language: {self.language!r}")

    @property
    def primary_language(self) -> str:
        return self.language.split("-")[0].lower()

    @property
    def language_tag(self) -> str:
        """Full BCP 47 tag for metadata (PDF /Lang, DOCX dc:language)."""
        if "-" in self.language:
            return self.language
        return LANGUAGE_TAGS[self.primary_language]

    def signature_blocks(self) -> tuple[SignatureBlock, ...]:
        """All signature blocks in document order."""
        return tuple(
            sb for block in self.blocks if isinstance(block, SignatureBlocks) for sb in block.blocks
        )


def block_texts(block: Block) -> tuple[str, ...]:
    """Every user text of one block, in reading order."""
    match block:
        case Heading(text=text) | Paragraph(text=text):
            return (text,)
        case BulletList(items=items):
            return items
        case Table(header=header, rows=rows):
            return header + tuple(cell for row in rows for cell in row)
        case SignatureBlocks(blocks=blocks):
            return tuple(
                text
                for sb in blocks
                for text in (
                    sb.party_name,
                    sb.place_and_date,
                    sb.signatory_name,
                    sb.signatory_title,
                )
            )
        case _:
            return ()


def document_texts(document: Document) -> tuple[str, ...]:
    """Every user text of a document: title, footer title, version, house style and blocks."""
    head: tuple[str, ...] = (document.title, document.short_title, document.version_label)
    style = document.house_style
    if style is not None:
        head += (*style.letterhead, style.footer)
    return head + tuple(text for block in document.blocks for text in block_texts(block))


def heading_numbers(blocks: tuple[Block, ...]) -> dict[int, str]:
    """Section numbers ("1", "1.1", "1.1.1") by block index, for numbered headings."""
    counters = [0, 0, 0]
    numbers: dict[int, str] = {}
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            level = block.level
            counters[level - 1] += 1
            counters[level:] = [0] * (3 - level)
            # A subsection before any section counts from 1 rather than showing 0.
            shown = [max(c, 1) for c in counters[:level]]
            numbers[index] = ".".join(map(str, shown))
    return numbers
