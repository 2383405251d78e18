"""Fixtures for the document tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibagreements.documents.model import Document
from tests.documents.documents_helpers import build_agreement


@pytest.fixture
def agreement_factory() -> Callable[..., Document]:
    return build_agreement


@pytest.fixture
def agreement() -> Document:
    return build_agreement()
