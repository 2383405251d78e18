"""How long a text may be, which characters it may hold, how large a file may be read.

Every text a user types has a limit the domain checks before anything is
stored or rendered: a line (a title, a name, a heading) is a few hundred
characters, a running text (purpose, background, a section, notes) up to
about a hundred thousand. Nothing longer is accepted, so no accepted input can
make a document slow to render or a list unreadable. No text holds a control
character (ESC, BEL, …: they would act on a terminal that prints it); a running
text may hold tabs and line breaks, a line neither.

Every file the user gives the program is read with a cap (storage/bounded.py):
the caps are here, in bytes, and in pixels for a scanned image.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bibagreements.domain.library import AgreementTemplate, Clause
from bibagreements.domain.problems import PathPart, Problem
from bibagreements.domain.records import Agreement, Checkin, FollowUp, Organisation, Person
from bibagreements.domain.report import ReportSection

LINE = 300  # a title, a name, a heading
SHORT = 100  # a registry number, a phone number
TEXT = 100_000  # a running text
EMAIL = 254  # RFC 5321's limit on an address

INTERCHANGE_FILE_BYTES = 256 * 1024 * 1024  # a 10,000-agreement register with versions: 160 MB
SIGNED_COPY_BYTES = 50 * 1024 * 1024  # a scanned signed copy
VERIFIED_FILE_BYTES = 100 * 1024 * 1024  # a document to verify: no rendering comes near
IMPORT_DOCUMENT_BYTES = 20 * 1024 * 1024  # an agreement to import: a DOCX with pictures
IMPORT_UNPACKED_BYTES = 100 * 1024 * 1024  # what its zip may unpack to (a zip bomb does more)
SCAN_PIXELS = 80_000_000  # a scanned image: an A3 page at 600 dpi is 70 million

NOTICE_MONTHS = (1, 120)
LEAD_DAYS = (0, 1000)


# C0, DEL and C1; a running text keeps tab and line feed.
_LINE_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_TEXT_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def megabytes(size: int) -> str:
    """A cap for people: ``50 MB`` (a cap below a megabyte in bytes)."""
    mib = 1024 * 1024
    return f"{size // mib} MB" if size >= mib else f"{size} bytes"


def control_character_problem(
    text: str, *path: PathPart, multiline: bool = False
) -> Problem | None:
    """The first control character of ``text`` (as ``U+001B``), if it has one."""
    found = (_TEXT_CONTROL if multiline else _LINE_CONTROL).search(text)
    if found is None:
        return None
    return Problem("control_character", *path, char=f"U+{ord(found.group()):04X}")


def _text_problems(fields: Iterable[tuple[tuple[PathPart, ...], str, int]]) -> list[Problem]:
    """Too long, or holding a control character; a field of TEXT is a running text."""
    problems = []
    for path, text, limit in fields:
        if len(text) > limit:
            problems.append(Problem("too_long", *path, max=limit))
        if problem := control_character_problem(text, *path, multiline=limit == TEXT):
            problems.append(problem)
    return problems


def agreement_text_problems(a: Agreement) -> list[Problem]:
    fields: list[tuple[tuple[PathPart, ...], str, int]] = [
        (("title",), a.title, LINE),
        (("programme",), a.programme, LINE),
        (("development_area",), a.development_area, LINE),
        (("short_title",), a.short_title, LINE),
        (("purpose",), a.purpose, TEXT),
        (("background",), a.background, TEXT),
    ]
    for i, d in enumerate(a.governing_documents):
        fields += [
            (("governing_documents", i, "title"), d.title, LINE),
            (("governing_documents", i, "owner"), d.owner, LINE),
            (("governing_documents", i, "adopted_by"), d.adopted_by, LINE),
        ]
    for i, area in enumerate(a.areas):
        fields += [
            (("areas", i, "title"), area.title, LINE),
            (("areas", i, "description"), area.description, TEXT),
        ]
    for i, section in enumerate(a.sections):
        fields += [
            (("sections", i, "heading"), section.heading, LINE),
            (("sections", i, "text"), section.text, TEXT),
        ]
    for i, p in enumerate(a.parties):
        fields += [
            (("parties", i, "registry_number"), p.registry_number, SHORT),
            (("parties", i, "signatory_title"), p.signatory_title, LINE),
            (("parties", i, "signed_place"), p.signed_place, LINE),
        ]
    if a.project is not None:
        fields += [
            (("project", "goals"), a.project.goals, TEXT),
            (("project", "funder"), a.project.funder, LINE),
            (("project", "implementation"), a.project.implementation, TEXT),
        ]
    return _text_problems(fields)


def clause_text_problems(c: Clause) -> list[Problem]:
    return _text_problems(
        [
            (("heading",), c.heading, LINE),
            (("category",), c.category, LINE),
            (("body",), c.body, TEXT),
        ]
    )


def template_text_problems(t: AgreementTemplate) -> list[Problem]:
    """As an agreement's, for what a template holds of one (its name is a line)."""
    shaped = Agreement(
        title="",
        programme=t.programme,
        development_area=t.development_area,
        purpose=t.purpose,
        background=t.background,
        governing_documents=t.governing_documents,
        areas=t.areas,
        sections=t.sections,
    )
    fields: list[tuple[tuple[PathPart, ...], str, int]] = [
        (("name",), t.name, LINE),
        (("house_style",), t.house_style, LINE),
    ]
    return _text_problems(fields) + agreement_text_problems(shaped)


def renewal_problems(a: Agreement) -> list[Problem]:
    terms = a.renewal
    problems = []
    low, high = NOTICE_MONTHS
    for name, months in (
        ("notice_months", terms.notice_months),
        ("extension_months", terms.extension_months),
    ):
        if months is not None and not low <= months <= high:
            problems.append(Problem("months_range", "renewal", name, min=low, max=high))
    low, high = LEAD_DAYS
    days = terms.decision_lead_days
    if days is not None and not low <= days <= high:
        problems.append(Problem("days_range", "renewal", "decision_lead_days", min=low, max=high))
    if terms.extension_months is not None and a.end is None:
        problems.append(Problem("extension_needs_end", "renewal", "extension_months"))
    if a.notice_given_on is not None and a.start is not None and a.notice_given_on < a.start:
        problems.append(Problem("notice_before_start", "notice_given_on"))
    return problems


def organisation_text_problems(org: Organisation) -> list[Problem]:
    return _text_problems([(("name",), org.name, LINE), (("address",), org.address, TEXT)])


def person_text_problems(person: Person) -> list[Problem]:
    return _text_problems(
        [
            (("name",), person.name, LINE),
            (("title",), person.title, LINE),
            (("email",), person.email, EMAIL),
            (("phone",), person.phone, SHORT),
        ]
    )


def checkin_text_problems(checkin: Checkin) -> list[Problem]:
    fields: list[tuple[tuple[PathPart, ...], str, int]] = [(("notes",), checkin.notes, TEXT)]
    fields += [(("participants", i), name, LINE) for i, name in enumerate(checkin.participants)]
    return _text_problems(fields)


def report_section_text_problems(section: ReportSection) -> list[Problem]:
    return _text_problems([(("heading",), section.heading, LINE), (("text",), section.text, TEXT)])


def followup_text_problems(entry: FollowUp) -> list[Problem]:
    return _text_problems(
        [
            (("sub_goal",), entry.sub_goal, LINE * 4),
            (("activity",), entry.activity, TEXT),
            (("outcome",), entry.outcome, TEXT),
            (("funder",), entry.funder, LINE),
        ]
    )
