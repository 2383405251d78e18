"""Shared fixtures: a hand-built document resembling the Skåne–Kristianstad agreement."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import date

import pypdf
import pytest

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
    return tuple(
        SignatureBlock(
            f"Part nummer {i} kommun",
            "" if i % 3 == 0 else f"Ort{i} 2019-11-08",
            "" if i % 4 == 0 else f"Undertecknare {i}",
            f"Titel {i}",
        )
        for i in range(1, count + 1)
    )


def build_agreement(*, parties: int = 2, draft: bool = False, language: str = "sv-SE") -> Document:
    ph = load_phrases(language)
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


@pytest.fixture
def agreement_factory() -> Callable[..., Document]:
    return build_agreement


@pytest.fixture
def agreement() -> Document:
    return build_agreement()


_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    """Whitespace removed entirely: line wrapping may split words anywhere."""
    return _WS.sub("", text)


def pdf_page_texts(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [page.extract_text() for page in reader.pages]
