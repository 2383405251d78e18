"""How long a text may be, and the bounds of the notice terms.

Every text a user types has a limit the domain checks before anything is
stored or rendered: a line (a title, a name, a heading) is a few hundred
characters, a running text (purpose, background, a section, notes) up to
about a hundred thousand. Nothing longer is accepted, so no accepted input can
make a document slow to render or a list unreadable.
"""

from __future__ import annotations

from collections.abc import Iterable

from bibagreements.domain.problems import PathPart, Problem
from bibagreements.domain.records import Agreement, Checkin, FollowUp, Organisation, Person

LINE = 300  # a title, a name, a heading
SHORT = 100  # a registry number, a phone number
TEXT = 100_000  # a running text
EMAIL = 254  # RFC 5321's limit on an address

NOTICE_MONTHS = (1, 120)
LEAD_DAYS = (0, 1000)


def _too_long(fields: Iterable[tuple[tuple[PathPart, ...], str, int]]) -> list[Problem]:
    return [
        Problem("too_long", *path, max=limit) for path, text, limit in fields if len(text) > limit
    ]


def agreement_length_problems(a: Agreement) -> list[Problem]:
    fields: list[tuple[tuple[PathPart, ...], str, int]] = [
        (("title",), a.title, LINE),
        (("programme",), a.programme, LINE),
        (("development_area",), a.development_area, LINE),
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
    return _too_long(fields)


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


def organisation_length_problems(org: Organisation) -> list[Problem]:
    return _too_long([(("name",), org.name, LINE), (("address",), org.address, TEXT)])


def person_length_problems(person: Person) -> list[Problem]:
    return _too_long(
        [
            (("name",), person.name, LINE),
            (("title",), person.title, LINE),
            (("email",), person.email, EMAIL),
            (("phone",), person.phone, SHORT),
        ]
    )


def checkin_length_problems(checkin: Checkin) -> list[Problem]:
    fields: list[tuple[tuple[PathPart, ...], str, int]] = [(("notes",), checkin.notes, TEXT)]
    fields += [(("participants", i), name, LINE) for i, name in enumerate(checkin.participants)]
    return _too_long(fields)


def followup_length_problems(entry: FollowUp) -> list[Problem]:
    return _too_long(
        [
            (("sub_goal",), entry.sub_goal, LINE * 4),
            (("activity",), entry.activity, TEXT),
            (("outcome",), entry.outcome, TEXT),
        ]
    )
