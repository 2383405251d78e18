import pytest

from bibagreements.domain.orgnr import is_public_body, normalise_org_number, org_number_problem


@pytest.mark.parametrize(
    "number",
    ["232100-0255", "212000-0951", "2321000255", "202100-4805", " 556036-0793 "],
)
def test_valid_numbers(number: str) -> None:
    assert org_number_problem(number) is None


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("232100-0256", "check digit wrong"),
        ("23210-00255", "must be ten digits written NNNNNN-NNNN"),
        ("2321000-255", "must be ten digits written NNNNNN-NNNN"),
        ("ABCDEF-1234", "must be ten digits written NNNNNN-NNNN"),
        ("", "must be ten digits written NNNNNN-NNNN"),
        # A personnummer-like number: month digits below 20 are not an organisation.
        ("811228-9874", "third and fourth digits must be at least 20"),
    ],
)
def test_invalid_numbers(number: str, problem: str) -> None:
    assert org_number_problem(number) == problem


def test_normalise_and_public_body() -> None:
    assert normalise_org_number("2321000255") == "232100-0255"
    assert is_public_body("232100-0255")
    assert not is_public_body("556036-0793")
