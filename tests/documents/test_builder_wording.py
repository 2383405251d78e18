"""Every kind of agreement names itself by its own noun, in both languages and formats."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

import docx
import pytest

from bibagreements.documents.builder import agreement_document, minutes_document
from bibagreements.documents.docx_writer import render_docx
from bibagreements.documents.model import Document
from bibagreements.documents.pdf_writer import render_pdf
from bibagreements.documents.phrases import load_phrases
from bibagreements.domain.enums import AgreementKind, CheckinStatus
from bibagreements.domain.records import (
    Agreement,
    Area,
    Checkin,
    GoverningDocument,
    Organisation,
    Party,
    Person,
    ProjectDetails,
)
from tests.documents.documents_helpers import pdf_page_texts


class FutureKind(StrEnum):
    """The amendment kind the domain is about to get; its phrases are there already."""

    AMENDMENT = "amendment"


KINDS: tuple[Any, ...] = (*AgreementKind, FutureKind.AMENDMENT)

# Per language: the distinctive forms of each kind's noun (English "agreement" alone is
# in every kind's noun, so the bare cooperation noun is only checked with its article).
NOUNS = {
    "sv": {
        "cooperation": ("överenskommelse",),
        "framework": ("samverkansavtal",),
        "project": ("projektavtal",),
        "amendment": ("ändringsavtal",),
    },
    "en": {
        "cooperation": ("the agreement", "this agreement"),
        "framework": ("framework agreement",),
        "project": ("project agreement",),
        "amendment": ("amendment",),
    },
}
OWN_SENTENCE = {
    "sv": {
        "cooperation": "Överenskommelsen gäller under perioden",
        "framework": "Samverkansavtalet gäller under perioden",
        "project": "Projektavtalet gäller under perioden",
        "amendment": "Ändringsavtalet gäller under perioden",
    },
    "en": {
        "cooperation": "The agreement is valid for the period",
        "framework": "The framework agreement is valid for the period",
        "project": "The project agreement is valid for the period",
        "amendment": "The amendment is valid for the period",
    },
}


def _agreement(kind: Any) -> Agreement:
    def party(i: int, name: str) -> Party:
        return Party(
            i,
            registry_number=f"KS 2024/{i}",
            organisation=Organisation(name),
            contact_person=Person(f"Kontakt {i}", "Samordnare", f"kontakt{i}@example.org"),
            signatory=Person(f"Signatär {i}"),
            signed_place="Västerås",
            signed_on=date(2024, 1, 15),
        )

    return Agreement(
        "Biblioteksamarbete i Västmanland 2024",
        kind=kind,
        start=date(2024, 1, 15),
        end=date(2025, 12, 31),
        programme="Läsfrämjande i länet",
        purpose="Parterna samarbetar om läsfrämjande.",
        background="Biblioteksplanerna pekar ut läsfrämjande.",
        governing_documents=(GoverningDocument("Regional biblioteksplan", "Region", 2024, 2027),),
        areas=(Area("Läsfrämjande", "Gemensamma insatser"),),
        parties=tuple(party(i, f"Part {i} kommun") for i in range(1, 12)),
        project=ProjectDetails("Fler läsare", Decimal(100000), "Kungliga biblioteket", "Kurser"),
        parent_title="Gemensamt bibliotekssystem",
        checkins=(
            Checkin(1, date(2024, 6, 1), CheckinStatus.HELD, date(2024, 6, 3), ("A", "B"), id=7),
            Checkin(1, date(2024, 12, 1)),
        ),
    )


def _pdf_text(document: Document) -> str:
    return " ".join(pdf_page_texts(render_pdf(document)))


def _docx_text(document: Document) -> str:
    opened = docx.Document(io.BytesIO(render_docx(document)))
    texts = [p.text for p in opened.paragraphs]
    texts += [p.text for table in opened.tables for cell in table._cells for p in cell.paragraphs]
    return " ".join(texts)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("kind", KINDS, ids=[k.value for k in KINDS])
def test_no_other_kinds_noun_in_the_text(kind: Any, language: str) -> None:
    agreement = _agreement(kind)
    documents = [
        agreement_document(agreement, language),
        minutes_document(agreement, agreement.checkins[0], language),
    ]
    others = [n for k, nouns in NOUNS[language].items() if k != kind.value for n in nouns]
    for document in documents:
        for text in (_flat(_pdf_text(document)), _flat(_docx_text(document))):
            assert [noun for noun in others if noun in text] == []
    agreement_text = _flat(_pdf_text(documents[0]))
    assert _flat(OWN_SENTENCE[language][kind.value]) in agreement_text
    copies = "elva likalydande exemplar" if language == "sv" else "eleven identical copies"
    assert copies in agreement_text
    label = load_phrases(language).for_kind(kind.value).text("minutes.agreement")
    assert label in _docx_text(documents[1])  # the minutes' label names the kind
    assert label.lower() not in ("överenskommelse", "agreement") or kind.value == "cooperation"


def test_a_project_agreement_refers_to_its_parent_by_its_own_noun() -> None:
    text = _flat(_pdf_text(agreement_document(_agreement(AgreementKind.PROJECT), "sv")))
    assert "projektavtalet kompletterar gemensamt bibliotekssystem." in text
