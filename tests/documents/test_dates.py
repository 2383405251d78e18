from datetime import date

import pytest

from bibagreements.documents import dates


def test_iso_has_four_digit_year_and_zero_padding() -> None:
    assert dates.iso(date(2019, 11, 8)) == "2019-11-08"
    assert dates.iso(date(812, 1, 2)) == "0812-01-02"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("sv", "8 november 2019"), ("sv-SE", "8 november 2019"), ("en", "8 November 2019")],
)
def test_running_text(language: str, expected: str) -> None:
    assert dates.running_text(date(2019, 11, 8), language) == expected


def test_running_text_rejects_unknown_language() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        dates.running_text(date(2019, 11, 8), "de")


def test_period_uses_spaced_en_dash() -> None:
    assert dates.period(date(2019, 11, 8), date(2020, 12, 31)) == "2019-11-08 \u2013 2020-12-31"
    assert dates.period(date(2019, 11, 8), None) == "2019-11-08 \u2013"
    assert (
        dates.running_period(date(2019, 11, 8), date(2020, 12, 31))
        == "8 november 2019 \u2013 31 december 2020"
    )


def test_reversed_periods_are_rejected() -> None:
    with pytest.raises(ValueError):
        dates.period(date(2020, 1, 1), date(2019, 1, 1))
    with pytest.raises(ValueError):
        dates.running_period(date(2020, 1, 1), date(2019, 1, 1))
    with pytest.raises(ValueError):
        dates.year_span(2020, 2019)


def test_year_span_has_unspaced_en_dash() -> None:
    assert dates.year_span(2016, 2019) == "2016\u20132019"
    assert dates.year_span(2019, 2019) == "2019"
