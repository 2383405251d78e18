"""From an existing agreement's rows (interchange/document_reading.py) to a draft's facts.

The shape is the reference agreement's: a title, then sections by heading
(Parter, Inledning och syfte, Giltighetstid, Bakgrund, Samverkansområden,
Avstämning, Underskrifter) and signature blocks "För X" with the signatory's
name under the line. A section the draft has no field for is kept as a
section under its own heading, so no text of the file is dropped unseen; what
was read and what was not goes into two lists of notes (message codes with
parameters, the GUI words them itself). Organisations are only named here:
matching them to the register is the service's (services/document_import.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from bibagreements.domain.enums import AgreementKind, Cadence, Language
from bibagreements.domain.limits import LINE, TEXT
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Agreement, Area, GoverningDocument, Section
from bibagreements.interchange.document_patterns import (
    CHECKIN_WORDS,
    DATE,
    Plan,
    find_cadence,
    find_period,
    find_plans,
    org_numbers,
    parse_date,
    split_number,
    valid_org_number,
)
from bibagreements.interchange.document_reading import Row

# Known headings (folded, without numbering) and the part of the draft each fills.
_HEADINGS = {
    "parties": ("parter", "parterna", "avtalsparter", "parties", "the parties"),
    "introduction": ("inledning och syfte", "inledning", "syfte", "bakgrund och syfte",
                     "introduction and purpose", "introduction", "purpose"),
    "validity": ("giltighetstid", "giltighet", "avtalstid", "avtalsperiod", "period",
                 "projektperiod", "term of validity", "validity", "term"),
    "background": ("bakgrund", "background"),
    "areas": ("samverkansområden", "samverkansområde", "områden för samverkan",
              "samarbetsområden", "areas of collaboration", "areas"),
    "checkin": ("avstämning", "avstämningar", "uppföljning och avstämning", "kontaktpersoner",
                "check-in", "check-ins", "contact persons"),
    "signatures": ("underskrifter", "underskrift", "ort, datum och underskrift",
                   "signatures", "signature"),
}  # fmt: skip
_KEY = {name: key for key, names in _HEADINGS.items() for name in names}
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+")
_FOR = re.compile(r"^(?:För|For)\s+([A-ZÅÄÖ0-9].{1,148})$")
_LABELS = {
    "namnförtydligande", "underskrift", "befattning", "titel", "ort och datum", "ort",
    "datum", "namn", "name in block letters", "signature", "title", "place and date",
    "name", "date", "place",
}  # fmt: skip
_PLACE_DATE = re.compile(
    rf"^(?:(?:ort och datum|place and date)\s*:?\s*)?([A-ZÅÄÖ][\w\-åäöé ]{{0,40}}?)[\s,]+"
    rf"(?:den\s+|on\s+)?({DATE})$",
    re.IGNORECASE,
)
_PARTIES_ARE = re.compile(
    r"(?:parter(?:na)?\s+(?:i\s+\S+\s+)?(?:utgörs\s+av|är)|the parties (?:are|to this \S+ are)"
    r"|mellan|between)\s+(.+?)(?:\.\s|\.$|$)",
    re.IGNORECASE,
)
_CALLED = re.compile(
    r",?\s*(?:\(\s*)?(?:nedan|hädanefter|hereinafter)\s+(?:kallad|kallat|benämnd|called)"
    r"\s+[^,()]+\)?",
    re.IGNORECASE,
)
_PROGRAMME = re.compile(
    r"inom ramen för\s+(?:det nationella programmet\s+|satsningen\s+|programmet\s+)?"
    r"[”\"«]?(.+?)[”\"»]?\.$|is part of\s+(.+?)\.$",
    re.IGNORECASE,
)
_GOVERNING_INTRO = re.compile(r"(?:följande styrdokument|following governing documents)", re.I)
_CONSUMED = re.compile(
    r"likalydande exemplar|identical copies|utser en kontaktperson|appoints a contact person"
    r"|planerade avstämningar|planned check-ins",
    re.IGNORECASE,
)
_SWEDISH = re.compile(r"\b(?:och|för|att|med|parterna|avtal\w*|samarbete\w*|sker)\b", re.I)
_ENGLISH = re.compile(r"\b(?:and|the|of|with|parties|agreement|collaboration)\b", re.I)


@dataclass(frozen=True)
class FoundParty:
    name: str
    org_number: str | None = None  # valid, NNNNNN-NNNN; never a guess
    registry_number: str = ""
    signatory: str = ""
    signatory_title: str = ""
    signed_place: str = ""
    signed_on: date | None = None
    contact: str = ""  # the contact person's name, title and e-mail (the check-in table)
    contact_title: str = ""
    contact_email: str = ""


@dataclass
class Recognised:
    """The draft without its parties (their organisations come from the register)."""

    agreement: Agreement
    parties: list[FoundParty] = field(default_factory=list)
    found: list[Problem] = field(default_factory=list)  # what was recognised
    missing: list[Problem] = field(default_factory=list)  # what was not, or was changed


@dataclass
class _Part:
    heading: str
    key: str  # a key of _HEADINGS, "preamble" or "other"
    rows: list[tuple[int, Row]] = field(default_factory=list)


def fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _heading_key(text: str) -> str | None:
    return _KEY.get(fold(_NUMBERING.sub("", text)).rstrip(":").strip())


def _is_heading(row: Row) -> bool:
    text = row.text
    if row.table or not text or len(row.cells) > 1 or (row.bullet and row.heading is None):
        return False
    if row.heading is not None and row.heading >= 1:
        return True
    if _heading_key(text) is not None and len(text) <= 60:
        return True
    short = len(text) <= 80 and not text.endswith((".", ",", ";")) and not _FOR.match(text)
    if row.bold and short and not re.search(r"\d{4}", text):
        return True
    return bool(_NUMBERING.match(text)) and short and len(text) <= 60 and text[-1:] != ":"


def _title(rows: list[Row]) -> tuple[str, int]:
    """The title and the index of the first row after it."""
    filled = [i for i, r in enumerate(rows) if r.text]
    styled = next((i for i in filled[:5] if rows[i].heading == 0), None)
    first = styled if styled is not None else filled[0]
    title, after = rows[first].text, first + 1
    nxt = next((i for i in filled if i > first), None)
    if nxt is not None and re.match(r"^(?:mellan|between|om|för)\s", rows[nxt].text):
        title, after = f"{title} {rows[nxt].text}", nxt + 1
    return " ".join(title.split()), after


def _parts(rows: list[Row], start: int) -> list[_Part]:
    parts = [_Part("", "preamble")]
    for index in range(start, len(rows)):
        row = rows[index]
        if _is_heading(row):
            heading = _NUMBERING.sub("", row.text).rstrip(":").strip()
            parts.append(_Part(heading, _heading_key(row.text) or "other"))
        elif row.text or row.table:
            parts[-1].rows.append((index, row))
    return parts


def _row_text(rows: list[tuple[int, Row]], skip: set[int]) -> str:
    """Paragraphs with a blank line between them; list items and table rows one a line."""
    blocks: list[str] = []
    previous = ""
    for index, row in rows:
        if index in skip or not row.text:
            continue
        kind = "bullet" if row.bullet else "table" if row.table else "paragraph"
        line = f"• {row.text}" if row.bullet else " | ".join(c for c in row.cells if c)
        if kind == previous and kind != "paragraph":
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
        previous = kind
    return "\n\n".join(blocks)


def _kind(title: str) -> AgreementKind | None:
    words = fold(title)
    if "samverkansavtal" in words or "framework" in words:
        return AgreementKind.FRAMEWORK
    if re.search(r"projektavtal|särskilt avtal|project agreement", words):
        return AgreementKind.PROJECT
    if re.search(r"ändringsavtal|tilläggsavtal|amendment", words):
        return AgreementKind.AMENDMENT
    if re.search(r"överenskommelse|samarbetsavtal|cooperation|co-operation", words):
        return AgreementKind.COOPERATION
    return None


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def recognise(rows: list[Row]) -> Recognised:
    """What the rows of an agreement say, with notes on what was read and what not."""
    title, after = _title(rows)
    parts = _parts(rows, after)
    whole = "\n".join(r.text for r in rows)
    out = Recognised(Agreement(title=_cut(title, LINE)))
    out.found.append(Problem("import_title", title=out.agreement.title))
    _read_kind_and_language(out, title, whole)
    skip: set[int] = set()
    parties = _read_parties(rows, parts, title, skip)
    _read_signatures(rows, parties, skip)
    out.parties = _with_numbers(parties, whole, out)
    by_key: dict[str, list[_Part]] = {}
    for part in parts:
        by_key.setdefault(part.key, []).append(part)
    _read_period(out, by_key, whole, skip)
    _read_cadence(out, by_key, whole, skip)
    _read_texts(out, by_key, parts, skip)
    return out


def _read_kind_and_language(out: Recognised, title: str, whole: str) -> None:
    kind = _kind(title)
    if kind is None:
        out.missing.append(Problem("import_kind_assumed"))
        kind = AgreementKind.COOPERATION
    elif kind in (AgreementKind.PROJECT, AgreementKind.AMENDMENT):
        # Each needs an agreement to belong to, which only the coordinator can name.
        out.missing.append(Problem("import_kind_needs_link", kind=kind.value))
        kind = AgreementKind.COOPERATION
    else:
        out.found.append(Problem("import_kind", kind=kind.value))
    swedish, english = len(_SWEDISH.findall(whole)), len(_ENGLISH.findall(whole))
    language = Language.EN if english > swedish else Language.SV
    out.found.append(Problem("import_language", language=language.value))
    out.agreement = replace(out.agreement, kind=kind, language=language)


def _names_in(sentence: str, known: list[str]) -> list[str]:
    """The parties a sentence lists: "A, B och C" (known names first, as they stand)."""
    text = _CALLED.sub("", sentence)
    folded = fold(text)
    placed = sorted((folded.find(fold(n)), n) for n in known if fold(n) in folded)
    if known and len(placed) == len(known):
        return [n for _, n in placed]
    pieces = re.split(r",\s*|\s+(?:och|samt|and)\s+", re.sub(r"\([^()]*\)", "", text))
    return [p.strip(" .:") for p in pieces if p.strip(" .:")]


def _read_parties(
    rows: list[Row], parts: list[_Part], title: str, skip: set[int]
) -> list[FoundParty]:
    names: list[FoundParty] = []

    def add(name: str, number: str | None = None, registry: str = "") -> None:
        plain, inline = split_number(name)
        plain = _cut(" ".join(plain.split()).strip(" .,:;"), LINE)
        if not plain or len(plain) < 2:
            return
        for i, party in enumerate(names):
            if fold(party.name) == fold(plain):
                names[i] = replace(
                    party,
                    org_number=party.org_number or number or inline,
                    registry_number=party.registry_number or registry,
                )
                return
        names.append(FoundParty(plain, number or inline, registry))

    signing = [m.group(1) for r in rows for c in r.cells if (m := _FOR.match(c.split("\n")[0]))]
    signing = [split_number(n)[0].strip(" .,:") for n in signing]
    # The parties' table of our own documents: Part | Organisationsnummer | Diarienummer.
    for index, row in enumerate(rows):
        header = [fold(c) for c in row.cells]
        if not row.table or not header or header[0] not in ("part", "party", "parter"):
            continue
        if len(header) > 1 and header[1] in ("kontaktperson", "contact person"):
            continue  # the contact persons' table: read once the parties are known
        number_at = next((i for i, h in enumerate(header) if "organisation" in h), None)
        registry_at = next(
            (i for i, h in enumerate(header) if "diarie" in h or "regist" in h), None
        )
        skip.add(index)
        for j in range(index + 1, len(rows)):
            cells = rows[j].cells
            if not rows[j].table or len(cells) != len(header):
                break
            skip.add(j)
            number = cells[number_at] if number_at is not None else None
            add(cells[0], number or None, cells[registry_at] if registry_at is not None else "")
    preamble = [p for p in parts if p.key in ("preamble", "parties")]
    for index, row in [x for p in preamble for x in p.rows]:
        match = _PARTIES_ARE.search(row.text)
        if match and not row.table:
            skip.add(index)
            for name in _names_in(match.group(1), signing):
                add(name)
    if not names:
        match = _PARTIES_ARE.search(title)
        if match:
            for name in _names_in(match.group(1), signing):
                add(name)
    for name in signing:
        add(name)
    _numbers_under_names(preamble, names, skip)
    _contacts(rows, names, skip)
    return names


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _contacts(rows: list[Row], names: list[FoundParty], skip: set[int]) -> None:
    """The contact persons' table: Part | Kontaktperson ("Name, Title") | E-post."""
    for index, row in enumerate(rows):
        header = [fold(c) for c in row.cells]
        if not row.table or len(header) < 2 or header[1] not in ("kontaktperson", "contact person"):
            continue
        email_at = next((i for i, h in enumerate(header) if "post" in h or "mail" in h), None)
        skip.add(index)
        for j in range(index + 1, len(rows)):
            cells = rows[j].cells
            if not rows[j].table or len(cells) != len(header):
                break
            skip.add(j)
            at = next((i for i, n in enumerate(names) if fold(n.name) == fold(cells[0])), None)
            person, _, title = cells[1].partition(", ")
            if at is None or not person.strip():
                continue
            email = cells[email_at].strip() if email_at is not None else ""
            names[at] = replace(
                names[at],
                contact=_cut(person.strip(), LINE),
                contact_title=_cut(title.strip(), LINE),
                contact_email=email if _EMAIL.fullmatch(email) and len(email) <= 254 else "",
            )


def _numbers_under_names(parts: list[_Part], names: list[FoundParty], skip: set[int]) -> None:
    """A line "Org.nr 232100-0255" (or a name line) under a party's name in Parter."""
    last: int | None = None
    for index, row in [x for p in parts for x in p.rows]:
        at = next((i for i, n in enumerate(names) if fold(n.name) == fold(row.text)), None)
        if at is not None:
            last = at
            skip.add(index)
            continue
        numbers = org_numbers(row.text)
        if last is not None and numbers and len(row.text) < 60:
            names[last] = replace(names[last], org_number=names[last].org_number or numbers[0])
            skip.add(index)
        last = None if not numbers else last


def _with_numbers(parties: list[FoundParty], whole: str, out: Recognised) -> list[FoundParty]:
    """Each party's number as the text gives it next to its name, if it is valid."""
    result = []
    for party in parties:
        number = party.org_number
        if number is None:
            near = re.search(
                re.escape(party.name) + r"\s*[,(]?\s*(?:org(?:anisations)?\.?\s*n(?:umme)?r\.?"
                r"|organisation number)?\s*:?\s*(\d{6}\s?[-–]?\s?\d{4})",
                whole,
                re.IGNORECASE,
            )
            number = near.group(1) if near else None
        valid = valid_org_number(number) if number else None
        if number and valid is None:
            out.missing.append(Problem("import_bad_org_number", name=party.name, number=number))
        result.append(replace(party, org_number=valid))
    return result


def _signature_lines(rows: list[Row], start: int, col: int, columns: int, step: int) -> list[str]:
    """The lines of one party's column above (step -1) or below (+1) its "För X" row."""
    lines: list[str] = []
    index = start + step
    while 0 <= index < len(rows) and abs(index - start) <= 4:
        row = rows[index]
        if _is_heading(row) or any(_FOR.match(c.split("\n")[0]) for c in row.cells):
            break
        if not row.table and len(row.text) > 120:
            break
        cells = row.cells
        if len(cells) == 1 and columns > 1 and step < 0:
            cell = cells[0]  # one place and date line for every party
        elif col < len(cells):
            cell = cells[col]
        else:
            cell = ""
        part = [line.strip() for line in cell.split("\n")]
        lines = part + lines if step < 0 else lines + part
        index += step
    return lines


def _is_name(line: str) -> bool:
    bare = line.strip()
    return (
        bool(bare)
        and fold(bare).rstrip(":") not in _LABELS
        and not re.fullmatch(r"[_.\-–—\s]+", bare)
        and not re.search(r"\d", bare)
        and len(bare) <= 80
        and not _FOR.match(bare)
    )


def _read_signatures(rows: list[Row], parties: list[FoundParty], skip: set[int]) -> None:
    places: list[tuple[str, date]] = []
    for index, row in enumerate(rows):
        columns = [(c, m.group(1)) for c, cell in enumerate(row.cells)
                   if (m := _FOR.match(cell.split("\n")[0]))]  # fmt: skip
        if not columns:
            continue
        skip.add(index)
        for col, raw in columns:
            name = split_number(raw)[0].strip(" .,:")
            at = next((i for i, p in enumerate(parties) if fold(p.name) == fold(name)), None)
            if at is None:
                continue
            below = [x.split(":", 1)[-1].strip() for x in
                     _signature_lines(rows, index, col, len(row.cells), 1)]  # fmt: skip
            people = [x for x in below if _is_name(x)]
            party = parties[at]
            if people:
                title = people[1] if len(people) > 1 else ""
                party = replace(party, signatory=people[0], signatory_title=title)
            above = _signature_lines(rows, index, col, len(row.cells), -1)
            for line in reversed(above):
                found = _PLACE_DATE.match(line)
                day = parse_date(found.group(2)) if found else None
                if found and day is not None:
                    party = replace(party, signed_place=found.group(1).strip(), signed_on=day)
                    places.append((party.signed_place, day))
                    break
            parties[at] = party
        for near in range(max(0, index - 4), min(len(rows), index + 5)):
            close = rows[near]
            if close.table or (
                len(close.text) <= 80 and not close.bullet and not _is_heading(close)
            ):
                skip.add(near)
    if len(set(places)) == 1:  # one place and date, stated once for every party
        place, day = places[0]
        for i, party in enumerate(parties):
            if party.signed_on is None and any(_FOR.match(c) for r in rows for c in r.cells):
                parties[i] = replace(party, signed_place=place, signed_on=day)


def _read_period(
    out: Recognised, by_key: dict[str, list[_Part]], whole: str, skip: set[int]
) -> None:
    period = None
    for part in by_key.get("validity", []):
        for index, row in part.rows:
            period = period or find_period(row.text)
            if period is not None:
                skip.add(index)
                break
    if period is None:
        candidates = [r.text for p in by_key.get("preamble", []) + by_key.get("introduction", [])
                      for _, r in p.rows]  # fmt: skip
        period = next((x for x in map(find_period, [*candidates, whole]) if x), None)
    if period is None:
        out.missing.append(Problem("import_no_period"))
        return
    out.agreement = replace(out.agreement, start=period.start, end=period.end)
    if period.end is None:
        out.found.append(Problem("import_start", start=period.start.isoformat()))
    else:
        out.found.append(
            Problem("import_period", start=period.start.isoformat(), end=period.end.isoformat())
        )


def _read_cadence(
    out: Recognised, by_key: dict[str, list[_Part]], whole: str, skip: set[int]
) -> None:
    cadence = None
    for part in by_key.get("checkin", []):
        for index, row in part.rows:
            if (found := find_cadence(row.text)) is not None:
                cadence = cadence or found
                skip.add(index)
    if cadence is None:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", whole) if CHECKIN_WORDS.search(s)]
        cadence = next((c for c in map(find_cadence, sentences) if c), None)
    if cadence is None:
        out.missing.append(Problem("import_no_cadence"))
        cadence = Cadence.NONE
    else:
        out.found.append(Problem("import_cadence", cadence=cadence.value))
    out.agreement = replace(out.agreement, cadence=cadence)


def _read_texts(
    out: Recognised, by_key: dict[str, list[_Part]], parts: list[_Part], skip: set[int]
) -> None:
    a = out.agreement
    purpose, background, programme = [], [], ""
    areas: list[Area] = []
    plans: list[GoverningDocument] = []
    sections: list[Section] = []
    for part in parts:
        rows = [(i, r) for i, r in part.rows if i not in skip]
        if part.key in ("introduction", "preamble"):
            for index, row in rows:
                found = _PROGRAMME.search(row.text)
                if found and not row.bullet and not programme:
                    programme = (found.group(1) or found.group(2) or "").strip(' ”"')
                    if row.text.startswith(("Samarbetet sker", "The collaboration is")):
                        skip.add(index)
            purpose.append(_row_text(rows, skip))
        elif part.key == "background":
            for index, row in rows:
                if _GOVERNING_INTRO.search(row.text) and len(row.text) < 120:
                    skip.add(index)
                elif row.bullet and (found_plans := find_plans(row.text)):
                    plans += [_document(p) for p in found_plans[:1]]
                    skip.add(index)
                else:
                    plans += [_document(p) for p in find_plans(row.text)]
            background.append(_row_text(rows, skip))
        elif part.key == "areas":
            bullets = [(i, r) for i, r in rows if r.bullet]
            if not bullets:  # no list: each paragraph that is no introduction is one
                bullets = [(i, r) for i, r in rows if not r.text.endswith(":") and not r.table]
            for index, row in bullets:
                areas.append(_area(row.text))
                skip.add(index)
            rest = _row_text(rows, skip)
            if rest and not all(r.text.endswith(":") for i, r in rows if i not in skip):
                sections.append(Section(part.heading, rest))
        else:
            rest = _row_text(rows, skip | {i for i, r in rows if _CONSUMED.search(r.text)})
            if rest.strip():
                sections.append(Section(_cut(part.heading, LINE), rest))
    unique_plans = list({(d.title, d.period_start_year): d for d in plans}.values())
    out.agreement = replace(
        a,
        purpose=_fit(out, "purpose", "\n\n".join(x for x in purpose if x)),
        background=_fit(out, "background", "\n\n".join(x for x in background if x)),
        programme=_cut(programme, LINE),
        areas=tuple(areas),
        governing_documents=tuple(unique_plans),
        sections=tuple(replace(s, text=_fit(out, s.heading, s.text)) for s in sections),
    )
    _note_texts(out)


def _fit(out: Recognised, name: str, text: str) -> str:
    if len(text) <= TEXT:
        return text
    out.missing.append(Problem("import_text_cut", field=name, max=TEXT))
    return text[:TEXT]


def _area(text: str) -> Area:
    title, _, rest = text.partition(": ")
    if rest and len(title) <= 120:
        return Area(title.strip(), rest.strip())
    if len(text) <= LINE:
        return Area(text)
    return Area(_cut(text, LINE), text)  # the whole text kept as its description


def _document(plan: Plan) -> GoverningDocument:
    return GoverningDocument(
        title=_cut(plan.title, LINE),
        owner=_cut(plan.owner, LINE),
        period_start_year=plan.first,
        period_end_year=plan.last,
        adopted_on=plan.adopted_on,
        adopted_by=_cut(plan.adopted_by, LINE),
    )


def _note_texts(out: Recognised) -> None:
    a = out.agreement
    if a.programme:
        out.found.append(Problem("import_programme", programme=a.programme))
    if not a.purpose:
        out.missing.append(Problem("import_no_purpose"))
    for d in a.governing_documents:
        years = f"{d.period_start_year}–{d.period_end_year}"
        out.found.append(Problem("import_governing_document", title=d.title, years=years))
    for area in a.areas:
        out.found.append(Problem("import_area", title=area.title))
    if not a.areas:
        out.missing.append(Problem("import_no_areas"))
    for section in a.sections:
        out.found.append(Problem("import_section", heading=section.heading))
