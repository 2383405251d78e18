"""Errors carry a code of the English catalogue and its parameters (bibagreements/errors.py)."""

from __future__ import annotations

import pytest

from bibagreements.errors import BibError


def test_an_error_needs_a_code_of_the_catalogue() -> None:
    with pytest.raises(ValueError, match="no message code"):
        BibError("something entirely new")
