"""Swedish organisation numbers: format, check digit, public bodies."""

import pytest

from bibagreements.domain.orgnr import is_public_body, normalise_org_number, org_number_problem
from bibagreements.domain.problems import Problem


@pytest.mark.parametrize(
    "number",
    ["232100-0255", "212000-0951", "2321000255", "202100-4805", " 556036-0793 "],
)
def test_valid_numbers(number: str) -> None:
    assert org_number_problem(number) is None


@pytest.mark.parametrize(
    ("number", "code", "english"),
    [
        ("232100-0256", "org_number_check_digit", "check digit wrong"),
        ("23210-00255", "org_number_format", "must be ten digits written NNNNNN-NNNN"),
        ("2321000-255", "org_number_format", "must be ten digits written NNNNNN-NNNN"),
        ("ABCDEF-1234", "org_number_format", "must be ten digits written NNNNNN-NNNN"),
        ("", "org_number_format", "must be ten digits written NNNNNN-NNNN"),
        # A personnummer-like number: month digits below 20 are not an organisation.
        ("811228-9874", "org_number_digits", "third and fourth digits must be at least 20"),
    ],
)
def test_invalid_numbers(number: str, code: str, english: str) -> None:
    assert org_number_problem(number) == Problem(code)
    assert str(org_number_problem(number)) == english


def test_normalise_and_public_body() -> None:
    assert normalise_org_number("2321000255") == "232100-0255"
    assert is_public_body("232100-0255")
    assert not is_public_body("556036-0793")
