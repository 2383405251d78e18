"""The placeholders of a clause's text: a fixed vocabulary, scanned, never evaluated.

A clause says ``{parties}`` or ``{the_agreement}`` where the agreement's facts
go; ``{{`` and ``}}`` are literal braces. The text is scanned once into literal
pieces and placeholder names; anything else (an unknown or misspelt name, a
brace left open, a lone ``}``) is refused with its line and column, and a
misspelling with the nearest known name. The values are put in by
documents.clauses, verbatim: a value is never scanned again.

Names are English with Swedish aliases; a capital first letter (``{Parties}``,
``{The_agreement}``) capitalises the value's first letter. ``{party_1}``,
``{party_2}`` … (``{part_1}``) name one party each.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from bibagreements.domain.problems import PathPart, Problem
from bibagreements.domain.records import Agreement

# Every placeholder by its canonical (English, lower-case) name.
CANONICAL = (
    "title",
    "parties",
    "start_date",
    "end_date",
    "period",
    "programme",
    "cadence",
    "contact_persons",
    "the_agreement",
    "this_agreement",
    "agreement",
    "development_area",
)
# Swedish aliases -> canonical name.
ALIASES = {
    "titel": "title",
    "parter": "parties",
    "parterna": "parties",
    "startdatum": "start_date",
    "slutdatum": "end_date",
    "program": "programme",
    "avstämning": "cadence",
    "kontaktpersoner": "contact_persons",
    "avtalet": "the_agreement",
    "detta_avtal": "this_agreement",
    "avtal": "agreement",
    "utvecklingsområde": "development_area",
}
_PARTY = re.compile(r"(?:party|part)_([1-9][0-9]{0,2})")  # {party_1} … {party_999}
_KNOWN = (*CANONICAL, *ALIASES, "party_1", "part_1")


@dataclass(frozen=True, slots=True)
class Placeholder:
    """A placeholder as written: its canonical name, capitalised or not, and where."""

    name: str  # canonical: "parties", "party_2", "the_agreement"
    written: str  # as in the text: "Parterna"
    capital: bool
    offset: int  # of the opening brace
    line: int  # 1-based
    column: int  # 1-based, in characters


Piece = str | Placeholder


class PlaceholderError(ValueError):
    """A text that cannot be filled; ``problem`` says what and where (line, column)."""

    def __init__(self, problem: Problem, offset: int) -> None:
        super().__init__(problem.message())
        self.problem = problem
        self.offset = offset


def canonical(written: str) -> str | None:
    """The canonical name of a placeholder as written, or None when it is not one."""
    if not written:
        return None
    lower = written[:1].lower() + written[1:]
    if lower in CANONICAL:
        return lower
    if lower in ALIASES:
        return ALIASES[lower]
    match = _PARTY.fullmatch(lower)
    return f"party_{match.group(1)}" if match else None


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _unknown(text: str, written: str, offset: int) -> PlaceholderError:
    line, column = _position(text, offset)
    lower = written[:1].lower() + written[1:]
    near = difflib.get_close_matches(lower.strip().lower(), _KNOWN, n=1, cutoff=0.7)
    if near:
        suggestion = near[0] if lower[:1] == written[:1] else near[0][:1].upper() + near[0][1:]
        problem = Problem(
            "placeholder_misspelt", name=written, line=line, column=column, suggestion=suggestion
        )
    else:
        problem = Problem("placeholder_unknown", name=written, line=line, column=column)
    return PlaceholderError(problem, offset)


def scan(text: str) -> tuple[Piece, ...]:
    """The text as literal pieces and placeholders; PlaceholderError at the first fault."""
    pieces: list[Piece] = []
    literal: list[str] = []
    i, n = 0, len(text)
    while i < n:
        brace = _next_brace(text, i)
        if brace < 0:
            literal.append(text[i:])
            break
        literal.append(text[i:brace])
        char = text[brace]
        if text.startswith(char * 2, brace):  # "{{" or "}}": a literal brace
            literal.append(char)
            i = brace + 2
            continue
        if char == "}":
            line, column = _position(text, brace)
            raise PlaceholderError(Problem("brace_unmatched", line=line, column=column), brace)
        close = _next_brace(text, brace + 1)
        if close < 0 or text[close] == "{":
            line, column = _position(text, brace)
            raise PlaceholderError(Problem("brace_unclosed", line=line, column=column), brace)
        written = text[brace + 1 : close]
        name = canonical(written)
        if name is None:
            raise _unknown(text, written, brace)
        if literal:
            pieces.append("".join(literal))
            literal = []
        line, column = _position(text, brace)
        pieces.append(Placeholder(name, written, written[:1].isupper(), brace, line, column))
        i = close + 1
    if literal and "".join(literal):
        pieces.append("".join(literal))
    return tuple(pieces)


def _next_brace(text: str, start: int) -> int:
    opening, closing = text.find("{", start), text.find("}", start)
    if opening < 0:
        return closing
    if closing < 0:
        return opening
    return min(opening, closing)


def used(text: str) -> tuple[str, ...]:
    """The canonical names a text uses, each once, in order of first use."""
    return tuple(dict.fromkeys(p.name for p in scan(text) if isinstance(p, Placeholder)))


def text_problems(text: str, *path: PathPart) -> list[Problem]:
    """The text's fault as a problem under ``path`` (at most one: the scan stops at it)."""
    try:
        scan(text)
    except PlaceholderError as error:
        return [error.problem.within(*path)]
    return []


def has_value(name: str, a: Agreement) -> bool:
    """Whether ``a`` has a value for the canonical placeholder ``name`` (documents.clauses)."""
    present = [x for x in a.parties if x.left_on is None]
    if name.startswith("party_"):
        return int(name.removeprefix("party_")) <= len(present)
    facts = {
        "title": bool(a.title.strip()),
        "parties": bool(present),
        "start_date": a.start is not None,
        "end_date": a.end is not None,
        "period": a.start is not None and a.end is not None,
        "programme": bool(a.programme.strip()),
        "contact_persons": any(x.contact_person_id or x.contact_person for x in present),
        "development_area": bool(a.development_area.strip()),
    }
    return facts.get(name, True)  # the kind's nouns and the cadence always have one


def missing_values(text: str, a: Agreement, *path: PathPart) -> list[Problem]:
    """A problem for each placeholder of a well-formed text that ``a`` has no value for."""
    return [
        Problem(
            "placeholder_no_value", *path, name=piece.written, line=piece.line, column=piece.column
        )
        for piece in scan(text)
        if isinstance(piece, Placeholder) and not has_value(piece.name, a)
    ]
