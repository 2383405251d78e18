"""Test helpers: a hand-built document resembling the Skåne–Kristianstad agreement,
and text/font checks on rendered PDFs. (A uniquely named module, not conftest,
so tests can import it.)"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date
from typing import Any

import pikepdf
import pypdf

from bibagreements.documents import dates
from bibagreements.documents.model import (
    BulletList,
    Document,
    Heading,
    Metadata,
    Paragraph,
    SignatureBlock,
    SignatureBlocks,
    Table,
)
from bibagreements.documents.phrases import load_phrases

TITLE = (
    "Överenskommelse om samarbete mellan Region Skånes kulturförvaltning "
    "och Biblioteken i Kristianstad"
)
REGION = "Region Skånes kulturförvaltning"
KRISTIANSTAD = "Biblioteken i Kristianstad"


def signature_blocks(count: int) -> tuple[SignatureBlock, ...]:
    if count == 2:
        return (
            SignatureBlock(KRISTIANSTAD, "Malmö 2019-11-08", "Anna Andersson", "Bibliotekschef"),
            SignatureBlock(REGION, "Malmö 2019-11-08", "Bo Bengtsson", "Kulturdirektör"),
        )
    # Two-digit numbers keep every text unique: "Namn01" is no prefix of "Namn11".
    return tuple(
        SignatureBlock(
            f"Part{i:02d} kommun",
            "" if i % 3 == 0 else f"Ort{i:02d} 2019-11-08",
            "" if i % 4 == 0 else f"Namn{i:02d} Efternamn",
            f"Titel{i:02d}",
        )
        for i in range(1, count + 1)
    )


def build_agreement(*, parties: int = 2, draft: bool = False, language: str = "sv-SE") -> Document:
    ph = load_phrases(language).for_kind("cooperation")
    blocks = signature_blocks(parties)
    return Document(
        title=TITLE,
        short_title="Överenskommelse Region Skåne – Kristianstad",
        language=language,
        version_label="2",
        draft=draft,
        metadata=Metadata(
            author="Regional biblioteksverksamhet Skåne",
            subject="Digitalt först med användaren i fokus",
            keywords=("överenskommelse", "samarbete"),
        ),
        blocks=(
            Heading(ph.text("heading.parties")),
            Table(
                header=(ph.text("table.party"), ph.text("table.organisation_number")),
                rows=((REGION, "232100-0255"), (KRISTIANSTAD, "212000-0944")),
                column_widths=(2, 1),
            ),
            Heading(ph.text("heading.introduction")),
            Paragraph(
                "Syftet med överenskommelsen är att synliggöra relationen mellan parterna "
                "och att peka ut de samverkansområden som parterna gemensamt har identifierat."
            ),
            Heading(ph.text("heading.validity")),
            Paragraph(
                ph.text(
                    "text.validity_period",
                    period=dates.period(date(2019, 11, 8), date(2020, 12, 31)),
                )
            ),
            Heading(ph.text("heading.background")),
            Paragraph(
                "Regional kulturplan för Skåne 2016–2019\n"
                "Regional biblioteksplan 2017–2020 Region Skåne\n"
                "Biblioteksplan för Kristianstads kommun 2019–2022, antagen av "
                "kommunfullmäktige 2019-03-12"
            ),
            Paragraph(
                "Digital delaktighet är en demokratifråga. Barn och unga ska utveckla digital "
                "kompetens och källkritik. FN:s konvention om barnets rättigheter blir svensk lag "
                "i januari 2020."
            ),
            Heading(ph.text("heading.areas")),
            BulletList(
                (
                    "Stadsbiblioteket deltar i den regionala arbetsgruppen för programmet, "
                    "sammankallad av regionen.",
                    "Fortbildning för bibliotekspersonal i hela Skåne inom det digitala området, "
                    "med fokus på barn och unga.",
                    "Spridning av information och erfarenheter till andra kommuner.",
                )
            ),
            Paragraph(ph.text("text.projects")),
            Heading(ph.text("heading.checkin")),
            Paragraph(f"{ph.text('text.contact_persons')} {ph.text('cadence.half_yearly')}"),
            Heading(ph.text("heading.signatures")),
            Paragraph(ph.text("text.copies", n=ph.number(len(blocks)))),
            SignatureBlocks(blocks),
        ),
    )


_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    """Whitespace removed entirely: line wrapping may split words anywhere."""
    return _WS.sub("", text)


def pdf_page_texts(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [page.extract_text() for page in reader.pages]


def font_problems(data: bytes) -> list[str]:
    """Fonts that are not embedded subsets of the bundled fonts (any page, any XObject)."""
    problems: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != "/Font":
                continue
            fonts = list(obj.DescendantFonts) if "/DescendantFonts" in obj else [obj]
            for font in fonts:
                name = str(font.get("/BaseFont", "?"))
                descriptor = font.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                if not embedded or not ("DejaVuSans" in name or "Symbola" in name):
                    problems.append(name)
    return problems


def comparable(text: str) -> str:
    """Extracted or source text reduced to what survives extraction in any order.

    NFKC folds Arabic presentation forms (shaped glyphs) back to letters, and
    all whitespace goes because line wrapping may break a word anywhere.
    """
    return squash(unicodedata.normalize("NFKC", text))


def catalog(reader: pypdf.PdfReader) -> Any:
    """The document catalog (/Root), untyped for easy indexing."""
    return reader.trailer["/Root"]
