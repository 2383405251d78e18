"""Rules every record must satisfy before it is stored (no database needed).

Each function returns a list of Problem values (a field path, a code and its
parameters), so the GUI can show them next to the field in its own words and
the importer can put them under a JSON path.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bibagreements.domain.enums import AgreementKind, AgreementStatus, CheckinStatus
from bibagreements.domain.event_uids import uid_problem
from bibagreements.domain.limits import (
    agreement_text_problems,
    checkin_text_problems,
    organisation_text_problems,
    person_text_problems,
    renewal_problems,
)
from bibagreements.domain.orgnr import org_number_problem
from bibagreements.domain.placeholders import missing_values, text_problems
from bibagreements.domain.problems import PathPart, Problem
from bibagreements.domain.records import Agreement, Checkin, FollowUp, Organisation, Person

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_YEAR, MAX_YEAR = 1900, 2200

# Which status may follow which; staying put is always allowed.
STATUS_TRANSITIONS: dict[AgreementStatus, frozenset[AgreementStatus]] = {
    AgreementStatus.DRAFT: frozenset({AgreementStatus.OUT_FOR_SIGNATURE}),
    AgreementStatus.OUT_FOR_SIGNATURE: frozenset(
        {AgreementStatus.DRAFT, AgreementStatus.ACTIVE, AgreementStatus.TERMINATED}
    ),
    AgreementStatus.ACTIVE: frozenset({AgreementStatus.ENDED, AgreementStatus.TERMINATED}),
    AgreementStatus.ENDED: frozenset(),
    AgreementStatus.TERMINATED: frozenset(),
}

SIGNED_STATUSES = frozenset(
    {AgreementStatus.ACTIVE, AgreementStatus.ENDED, AgreementStatus.TERMINATED}
)


def organisation_problems(org: Organisation) -> list[Problem]:
    problems = []
    if not org.name.strip():
        problems.append(Problem("empty", "name"))
    if org.org_number is not None and org.org_number.strip():
        problem = org_number_problem(org.org_number)
        if problem:
            problems.append(problem.within("org_number"))
    if org.id is not None and org.parent_id == org.id:
        problems.append(Problem("own_parent", "parent"))
    return problems + organisation_text_problems(org)


def person_problems(person: Person) -> list[Problem]:
    problems = []
    if not person.name.strip():
        problems.append(Problem("empty", "name"))
    if person.email.strip() and not _EMAIL.match(person.email.strip()):
        problems.append(Problem("not_email", "email"))
    return problems + person_text_problems(person)


def checkin_problems(checkin: Checkin) -> list[Problem]:
    problems = []
    if checkin.status is CheckinStatus.HELD and checkin.held_on is None:
        problems.append(Problem("held_needs_date", "held_on"))
    if checkin.status is not CheckinStatus.HELD and checkin.held_on is not None:
        problems.append(Problem("date_only_when_held", "held_on"))
    if any(not name.strip() for name in checkin.participants):
        problems.append(Problem("participant_needs_name", "participants"))
    if checkin.event_uid is not None and (problem := uid_problem(checkin.event_uid)):
        problems.append(problem.within("event_uid"))
    return problems + checkin_text_problems(checkin)


def fold_text(value: str) -> str:
    """Case-insensitive comparison that knows Å, Ä and Ö (the database folds the same way)."""
    return value.casefold()


def agreement_problems(agreement: Agreement) -> list[Problem]:
    """Problems of the agreement's own content (references are checked by the service)."""
    a = agreement
    problems = []
    if not a.title.strip():
        problems.append(Problem("empty", "title"))
    if a.start and a.end and a.end < a.start:
        problems.append(Problem("end_before_start", "period"))
    for label, day in (("start", a.start), ("end", a.end)):
        if day and not MIN_YEAR <= day.year <= MAX_YEAR:
            problems.append(Problem("year_range", "period", label, min=MIN_YEAR, max=MAX_YEAR))
    if len(a.parties) < 2:
        problems.append(Problem("too_few_parties", "parties"))
    seen: set[int] = set()
    for i, party in enumerate(a.parties):
        if party.organisation_id in seen:
            problems.append(Problem("party_twice", "parties", i, name=party.name))
        seen.add(party.organisation_id)
    if a.kind is AgreementKind.PROJECT and a.parent_id is None:
        problems.append(Problem("project_needs_parent", "parent"))
    if a.kind is not AgreementKind.PROJECT and a.parent_id is not None:
        problems.append(Problem("parent_only_for_project", "parent"))
    if a.kind is not AgreementKind.PROJECT and a.project is not None:
        problems.append(Problem("project_only_for_project", "project"))
    if a.id is not None and a.id in (a.parent_id, a.predecessor_id):
        problems.append(Problem("refers_to_itself", "links"))
    if a.project and a.project.funding_sek is not None:
        problems += [
            p.within("project", "funding_sek") for p in amount_problems(a.project.funding_sek)
        ]
    problems += _amendment_problems(a)
    if a.status in SIGNED_STATUSES:
        if a.kind is AgreementKind.AMENDMENT:
            if not a.start:
                problems.append(Problem("amendment_needs_date", "period", "start"))
        elif not (a.start and a.end):
            problems.append(Problem("signed_needs_period", "period"))
        unsigned = [p.name for p in a.parties if p.signed_on is None]
        if unsigned:
            problems.append(
                Problem(
                    "unsigned_parties",
                    "status",
                    status=a.status.value,
                    unsigned=", ".join(unsigned),
                )
            )
    for i, doc in enumerate(a.governing_documents):
        if not doc.title.strip():
            problems.append(Problem("empty", "governing_documents", i, "title"))
        years = (doc.period_start_year, doc.period_end_year)
        if any(y is not None and not MIN_YEAR <= y <= MAX_YEAR for y in years):
            problems.append(Problem("four_digit_years", "governing_documents", i, "period"))
        elif years[0] is not None and years[1] is not None and years[1] < years[0]:
            problems.append(Problem("ends_before_starts", "governing_documents", i, "period"))
    for i, area in enumerate(a.areas):
        if not area.title.strip():
            problems.append(Problem("empty", "areas", i, "title"))
    for i, section in enumerate(a.sections):
        if not section.heading.strip():
            problems.append(Problem("empty", "sections", i, "heading"))
        if section.filled:
            problems += _clause_problems(a, section.text, ("sections", i, "text"))
    return problems + renewal_problems(a) + agreement_text_problems(a)


def _clause_problems(a: Agreement, text: str, path: tuple[PathPart, ...]) -> list[Problem]:
    """A clause's fault; once out of the draft, also each placeholder without a value."""
    faults = text_problems(text, *path)
    if faults or a.status is AgreementStatus.DRAFT:
        return faults
    return missing_values(text, a, *path)


def _amendment_problems(a: Agreement) -> list[Problem]:
    if a.kind is AgreementKind.AMENDMENT:
        return [] if a.amends_id is not None else [Problem("amendment_needs_agreement", "amends")]
    problems = []
    if a.amends_id is not None or a.new_end is not None:
        problems.append(Problem("amendment_only", "amends"))
    problems += [
        Problem("amendment_only", "parties", i, "leaves")
        for i, p in enumerate(a.parties)
        if p.leaves
    ]
    return problems


def amends_problems(kind: AgreementKind, status: AgreementStatus, a: Agreement) -> list[Problem]:
    """What the agreement an amendment names must be: signed, and no amendment itself."""
    if kind is AgreementKind.AMENDMENT:
        return [Problem("amends_amendment", "amends")]
    if status not in (AgreementStatus.ACTIVE, AgreementStatus.ENDED):
        return [Problem("amends_unsigned", "amends", status=status.value)]
    return []


MAX_AMOUNT_SEK = Decimal("999999999999.99")  # what the database column holds


def parse_kronor(text: str) -> Decimal | None:
    """An amount as people write it: 440000, "440 000", "12 500,50", "440 000 kr";
    None when empty. Raises decimal.InvalidOperation for anything else."""
    cleaned = text.replace(" ", "").replace("\u00a0", "").replace(",", ".").removesuffix("kr")
    return Decimal(cleaned) if cleaned else None


def amount_problems(amount: Decimal) -> list[Problem]:
    """An amount in kronor: finite, not negative, whole öre, within the column."""
    if not amount.is_finite():
        return [Problem("not_a_number")]
    problems = []
    if amount < 0:
        problems.append(Problem("negative"))
    if amount > MAX_AMOUNT_SEK:
        problems.append(Problem("too_large"))
    exponent = amount.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        problems.append(Problem("too_many_decimals"))
    return problems


def funding_problems(entry: FollowUp) -> list[Problem]:
    """Money received recorded on a follow-up entry: a valid amount, and a funder with it."""
    if entry.funding_sek is None:
        return [Problem("funder_without_amount", "funding_sek")] if entry.funder.strip() else []
    problems = [p.within("funding_sek") for p in amount_problems(entry.funding_sek)]
    if not entry.funder.strip():
        problems.append(Problem("amount_without_funder", "funder"))
    return problems


def transition_problem(old: AgreementStatus, new: AgreementStatus) -> Problem | None:
    if old is new or new in STATUS_TRANSITIONS[old]:
        return None
    return Problem("bad_transition", "status", from_status=old.value, to_status=new.value)


def signed_content(a: Agreement) -> tuple[object, ...]:
    """What the parties signed: it must not change once the agreement is signed.

    Registry numbers (each party registers the agreement after signing) and
    contact persons (follow-up goes on when someone leaves) stay editable.
    """
    project = a.project
    return (
        a.title.strip(),
        a.kind,
        a.language,
        a.start,
        a.end,
        a.programme,
        a.purpose,
        a.background,
        a.cadence,
        a.parent_id,
        (project.goals, project.funding_sek, project.funder, project.implementation)
        if project
        else None,
        tuple(
            (d.title.strip(), d.owner.strip(), d.period_start_year, d.period_end_year,
             d.adopted_on, d.adopted_by.strip())
            for d in a.governing_documents
        ),
        tuple((x.title.strip(), x.description) for x in a.areas),
        tuple((x.heading.strip(), x.text, x.filled) for x in a.sections),
        a.renewal,
        a.amends_id,
        a.new_end,
        tuple(p.leaves for p in a.parties),
        tuple(
            (p.organisation_id, p.signatory_id, p.signatory_title.strip(), p.signed_on,
             p.signed_place.strip())
            for p in a.parties
        ),
    )  # fmt: skip
