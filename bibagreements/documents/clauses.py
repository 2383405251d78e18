"""A clause's text filled from an agreement: the values of domain.placeholders.

The text is scanned once (domain.placeholders.scan) and each placeholder is
replaced by its value verbatim: a value with braces in it stays as it is. A
fact the agreement does not have yet (a draft without an end date) leaves the
placeholder as written, so that the gap shows in the draft; an agreement that
has gone out for signature may not have such gaps (placeholders.missing_values).
"""

from __future__ import annotations

from collections.abc import Callable

from bibagreements.documents.dates import iso, period
from bibagreements.documents.phrases import NOUN_FORMS, Phrases, capitalised, load_phrases
from bibagreements.domain.placeholders import PlaceholderError, scan
from bibagreements.domain.records import Agreement, Party, Section


def _present(parties: tuple[Party, ...]) -> list[Party]:
    """The parties still in the agreement (one that left by an amendment is not named)."""
    return [x for x in parties if x.left_on is None]


def _contacts(a: Agreement, p: Phrases) -> str | None:
    names = [f"{x.contact_person.name} ({x.name})" for x in _present(a.parties) if x.contact_person]
    return p.join(names) if names else None


def _or_none(text: str) -> str | None:
    return text if text.strip() else None


_VALUES: dict[str, Callable[[Agreement, Phrases], str | None]] = {
    "title": lambda a, p: _or_none(a.title),
    "parties": lambda a, p: p.join([x.name for x in _present(a.parties)]) or None,
    "start_date": lambda a, p: iso(a.start) if a.start else None,
    "end_date": lambda a, p: iso(a.end) if a.end else None,
    "period": lambda a, p: period(a.start, a.end) if a.start and a.end else None,
    "programme": lambda a, p: _or_none(a.programme),
    "cadence": lambda a, p: p.text(f"cadence_word.{a.cadence.value}"),
    "contact_persons": _contacts,
    "development_area": lambda a, p: _or_none(a.development_area),
}


def value(name: str, a: Agreement, p: Phrases) -> str | None:
    """The value of the canonical placeholder ``name`` in ``a``; None when it has none."""
    if name in NOUN_FORMS:
        return p.noun(name)
    if name.startswith("party_"):
        parties = _present(a.parties)
        n = int(name.removeprefix("party_"))
        return parties[n - 1].name if n <= len(parties) else None
    return _VALUES[name](a, p)


def _phrases(a: Agreement, language: str | None) -> Phrases:
    return load_phrases(language or a.language.value).for_kind(a.kind.value)


def fill(text: str, a: Agreement, language: str | None = None) -> str:
    """``text`` with its placeholders filled from ``a`` (PlaceholderError if it has a fault)."""
    p = _phrases(a, language)
    out: list[str] = []
    for piece in scan(text):
        if isinstance(piece, str):
            out.append(piece)
            continue
        filled = value(piece.name, a, p)
        if filled is None:
            out.append("{" + piece.written + "}")  # no value yet: the gap shows
        else:
            out.append(capitalised(filled) if piece.capital else filled)
    return "".join(out)


def section_text(section: Section, a: Agreement, language: str | None = None) -> str:
    """The text a section prints: a clause's filled, any other exactly as written."""
    if not section.filled:
        return section.text
    try:
        return fill(section.text, a, language)
    except PlaceholderError:
        return section.text  # (saving refuses such a clause; a draft shows it as written)
