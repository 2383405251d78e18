"""The signable document of any agreement: an amendment has its own shape."""

from __future__ import annotations

from bibagreements.documents.amendment_builder import amendment_document
from bibagreements.documents.builder import agreement_document
from bibagreements.documents.model import Document
from bibagreements.documents.styling import PLAIN, Styling
from bibagreements.domain.enums import AgreementKind
from bibagreements.domain.records import Agreement


def signable_document(
    a: Agreement, language: str | None = None, styling: Styling = PLAIN
) -> Document:
    """What the parties sign, in the agreement's language unless ``language`` is given."""
    if a.kind is AgreementKind.AMENDMENT:
        return amendment_document(a, language, styling)
    return agreement_document(a, language, styling)
