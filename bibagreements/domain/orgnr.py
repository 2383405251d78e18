"""Swedish organisationsnummer: NNNNNN-NNNN, Luhn check digit, digits 3–4 ≥ 20."""

from __future__ import annotations

import re

from stdnum import luhn
from stdnum.exceptions import ValidationError as StdnumError

from bibagreements.domain.problems import Problem

_FORMAT = re.compile(r"^\d{6}-?\d{4}$")


def org_number_problem(value: str) -> Problem | None:
    """Why ``value`` is not a valid organisationsnummer (a problem of the value itself,
    without a path), or None if it is."""
    text = value.strip()
    if not _FORMAT.match(text):
        return Problem("org_number_format")
    digits = text.replace("-", "")
    if int(digits[2:4]) < 20:
        return Problem("org_number_digits")
    try:
        luhn.validate(digits)
    except StdnumError:
        return Problem("org_number_check_digit")
    return None


def normalise_org_number(value: str) -> str:
    """Canonical NNNNNN-NNNN form of a valid number (validate first)."""
    digits = value.strip().replace("-", "")
    return f"{digits[:6]}-{digits[6:]}"


def is_public_body(value: str) -> bool:
    """State, regions and municipalities have numbers starting with 2."""
    return value.strip().startswith("2")
