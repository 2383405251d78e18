"""Swedish and English date formatting for documents.

ISO dates in tables and fields, day-month-year in running text, and periods
with an en dash surrounded by spaces. Independent of the process locale.
"""

from __future__ import annotations

from datetime import date

EN_DASH = "\u2013"

_MONTHS: dict[str, tuple[str, ...]] = {
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def _primary(language: str) -> str:
    primary = language.split("-")[0].lower()
    if primary not in _MONTHS:
        raise ValueError(f"unsupported language: {language!r}")
    return primary


def iso(d: date) -> str:
    """``2019-11-08``; four-digit years always (datetime years are 1..9999)."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def running_text(d: date, language: str = "sv") -> str:
    """``8 november 2019`` (Swedish) or ``8 November 2019`` (English)."""
    month = _MONTHS[_primary(language)][d.month - 1]
    return f"{d.day} {month} {d.year:04d}"


def period(start: date, end: date | None) -> str:
    """``2019-11-08 – 2020-12-31``; an open end gives ``2019-11-08 –``."""
    if end is not None and end < start:
        raise ValueError(f"period ends before it starts: {start} > {end}")
    if end is None:
        return f"{iso(start)} {EN_DASH}"
    return f"{iso(start)} {EN_DASH} {iso(end)}"


def running_period(start: date, end: date, language: str = "sv") -> str:
    """``8 november 2019 – 31 december 2020`` for running text."""
    if end < start:
        raise ValueError(f"period ends before it starts: {start} > {end}")
    return f"{running_text(start, language)} {EN_DASH} {running_text(end, language)}"


def year_span(first: int, last: int) -> str:
    """``2016–2019`` as in plan names; an en dash without spaces."""
    if last < first:
        raise ValueError(f"year span ends before it starts: {first} > {last}")
    if first == last:
        return f"{first:04d}"
    return f"{first:04d}{EN_DASH}{last:04d}"
