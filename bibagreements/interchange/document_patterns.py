"""What an agreement's sentences say, in Swedish or English: dates, periods, cadence, plans.

Each function reads one kind of fact from a text and returns it, or None; the
text is never changed. Dates are written as the house writes them (ISO
``2019-11-08``, ``8 november 2019``) or as people do (``den 8 nov. 2019``,
``November 8, 2019``, ``2019-11-08--2020-12-31``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bibagreements.domain.enums import Cadence
from bibagreements.domain.orgnr import normalise_org_number, org_number_problem
from bibagreements.domain.validation import MAX_YEAR, MIN_YEAR

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "maj": 5, "may": 5, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zåäö]*\.?"
DATE = (
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}(?::e|:a)?\s+{_MONTH}\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
)
_DATE_RE = re.compile(DATE, re.IGNORECASE)
_DASH = r"\s*(?:–|—|-{1,2}|till|to|until)\s*"
_FROM_TO = re.compile(
    rf"(?:från och med|fr\.\s?o\.\s?m\.?|from(?: and including)?|från)\s+(?:den\s+)?({DATE})"
    rf"\s*,?\s*(?:till och med|t\.\s?o\.\s?m\.?|to(?: and including)?|until|through|till)"
    rf"\s+(?:den\s+)?({DATE})",
    re.IGNORECASE,
)
_RANGE = re.compile(rf"({DATE}){_DASH}({DATE})", re.IGNORECASE)
_FROM_ONLY = re.compile(
    rf"(?:från och med|fr\.\s?o\.\s?m\.?|from)\s+(?:den\s+)?({DATE})", re.IGNORECASE
)

_CADENCES: tuple[tuple[Cadence, re.Pattern[str]], ...] = (
    (
        Cadence.HALF_YEARLY,
        re.compile(
            r"halvårsvis|varje halvår|en gång per halvår|två gånger (?:per|om|varje) år"
            r"|half-yearly|half yearly|twice a year|every six months|semi-annual",
            re.IGNORECASE,
        ),
    ),
    (
        Cadence.QUARTERLY,
        re.compile(
            r"kvartalsvis|varje kvartal|en gång per kvartal|fyra gånger (?:per|om) år"
            r"|quarterly|every three months|four times a year",
            re.IGNORECASE,
        ),
    ),
    (
        Cadence.YEARLY,
        re.compile(
            r"årsvis|årligen|varje år|en gång (?:per|om) året|en gång per år"
            r"|yearly|annually|once a year|every year",
            re.IGNORECASE,
        ),
    ),
)
CHECKIN_WORDS = re.compile(r"avstämning|stämmer av|träffas|check in|check-in|meet", re.IGNORECASE)

_ORG_NUMBER = re.compile(r"(?<!\d)(\d{6})\s?[-–]?\s?(\d{4})(?!\d)")
_NUMBER_IN_BRACKETS = re.compile(r"\s*\((?:[^()]*?)(\d{6}\s?[-–]?\s?\d{4})[^()]*\)", re.IGNORECASE)
_PLAN_WORD = re.compile(r"plan|strategi|program|policy|strategy|handlingsplan", re.IGNORECASE)
_YEAR_SPAN = re.compile(
    r"(?<![\d-])((?:19|20|21)\d{2})\s*(?:–|—|-{1,2})\s*((?:19|20|21)\d{2})(?![\d-])"
)
_ADOPTED = re.compile(
    rf"(?:antagen|antagen av|fastställd|beslutad|adopted)\s+(?:av|by)?\s*(.*?)\s*"
    rf"(?:den\s+|on\s+)?({DATE})?\s*$",
    re.IGNORECASE,
)


def parse_date(text: str) -> date | None:
    """A date as written in an agreement, or None (not a real day, or not 1900–2200)."""
    text = text.strip().casefold().replace(",", " ")
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            year, month, day = (int(x) for x in text.split("-"))
        else:
            words = [w for w in re.split(r"\s+", text.replace(":e", "").replace(":a", "")) if w]
            if words[0].isdigit():
                day, month, year = int(words[0]), _MONTHS[words[1][:3]], int(words[2])
            else:
                month, day, year = _MONTHS[words[0][:3]], int(words[1]), int(words[2])
        found = date(year, month, day)
    except (ValueError, KeyError, IndexError):
        return None
    return found if MIN_YEAR <= found.year <= MAX_YEAR else None


def find_dates(text: str) -> list[date]:
    return [d for m in _DATE_RE.finditer(text) if (d := parse_date(m.group())) is not None]


@dataclass(frozen=True)
class Period:
    start: date
    end: date | None


def find_period(text: str) -> Period | None:
    """The first period the text states: from … to …, a range, or from … onwards."""
    for pattern in (_FROM_TO, _RANGE):
        for match in pattern.finditer(text):
            start, end = parse_date(match.group(1)), parse_date(match.group(2))
            if start is not None and end is not None and start <= end:
                return Period(start, end)
    alone = _FROM_ONLY.search(text)
    if (
        _FROM_TO.search(text) is None
        and alone
        and (start := parse_date(alone.group(1))) is not None
    ):
        return Period(start, None)
    return None


def find_cadence(text: str) -> Cadence | None:
    for cadence, pattern in _CADENCES:
        if pattern.search(text):
            return cadence
    return None


def valid_org_number(text: str) -> str | None:
    """``text`` as NNNNNN-NNNN if it is a valid organisationsnummer."""
    compact = re.sub(r"[\s–]", "", text).replace("–", "-")
    if org_number_problem(compact) is not None:
        return None
    return normalise_org_number(compact)


def org_numbers(text: str) -> list[str]:
    """Every ten-digit number in ``text``, written NNNNNN-NNNN (valid or not)."""
    return [f"{m.group(1)}-{m.group(2)}" for m in _ORG_NUMBER.finditer(text)]


def split_number(name: str) -> tuple[str, str | None]:
    """A party's name without "(org.nr 212000-1124)", and the number in it if any."""
    match = _NUMBER_IN_BRACKETS.search(name)
    if match is None:
        return name.strip(), None
    numbers = org_numbers(match.group(1))
    return (name[: match.start()] + name[match.end() :]).strip(), numbers[0] if numbers else None


@dataclass(frozen=True)
class Plan:
    title: str
    first: int
    last: int
    owner: str = ""
    adopted_by: str = ""
    adopted_on: date | None = None


def find_plans(text: str) -> list[Plan]:
    """Governing documents named with their years: "Regional biblioteksplan 2017–2020"."""
    plans = []
    for span in _YEAR_SPAN.finditer(text):
        first, last = int(span.group(1)), int(span.group(2))
        if last < first:
            continue
        # Only the clause before the years (a plan's name is short): linear in the text.
        clause = text[max(0, span.start() - 300) : span.start()]
        before = re.split(r"[.;:(,”\"«»]|\s[-–]\s", clause)[-1]
        words = before.split()
        keyword = max((i for i, w in enumerate(words) if _PLAN_WORD.search(w)), default=None)
        if keyword is None:
            continue
        start = next(
            (i for i in range(keyword, -1, -1) if words[i][:1].isupper()),
            keyword,
        )
        title = " ".join(words[start:]).strip(' ”"«»')
        if not title or len(title) > 200:
            continue
        plans.append(_with_details(Plan(title, first, last), text[span.end() :]))
    return plans


def _with_details(plan: Plan, after: str) -> Plan:
    """The owner and the adoption that follow a plan's years, "(Region Skåne, antagen …)"."""
    owner, body, adopted = "", "", None
    details = re.match(r"\s*\(([^()]{1,300})\)", after)
    if details:
        for part in (p.strip() for p in details.group(1).split(",")):
            found = _ADOPTED.match(part)
            if found:
                body = found.group(1).strip()
                adopted = parse_date(found.group(2)) if found.group(2) else None
            elif part and not owner:
                owner = part
    else:
        trailing = re.match(r"\s+((?:[A-ZÅÄÖ][\wåäö]+)(?:\s+[A-ZÅÄÖ][\wåäö]+){0,3})", after)
        if trailing and not _PLAN_WORD.search(trailing.group(1)):
            owner = trailing.group(1)
    return Plan(plan.title, plan.first, plan.last, owner, body, adopted)
