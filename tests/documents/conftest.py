"""Fixtures for the document tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from documents_helpers import build_agreement

from bibagreements.documents.model import Document


@pytest.fixture
def agreement_factory() -> Callable[..., Document]:
    return build_agreement


@pytest.fixture
def agreement() -> Document:
    return build_agreement()
