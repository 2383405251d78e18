"""Importing an existing agreement (a DOCX, or text saved from Word) as a new draft.

The file is read and recognised (interchange/document_reading.py,
document_recognition.py) before anything is written, so a bad file creates
nothing. The parties are matched to the register by name, or by a valid
organisationsnummer the text gives; an organisation not in the register is
added without a number unless the text gives a valid one (a number is never
guessed). The draft goes through save_agreement, so every rule of a saved
agreement applies, and all of it is one unit of work: it is whole or absent.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from bibagreements.domain.enums import OrganisationKind
from bibagreements.domain.limits import IMPORT_DOCUMENT_BYTES
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Organisation, Party, Person
from bibagreements.errors import ValidationError
from bibagreements.services.agreements import save_agreement
from bibagreements.services.organisations import (
    find_person,
    list_organisations,
    save_organisation,
    save_person,
)
from bibagreements.storage.bounded import read_capped
from bibagreements.storage.database import UnitOfWork


@dataclass(frozen=True)
class ImportReport:
    """The new draft, what the file said that it holds, and what it did not find."""

    agreement_id: int
    title: str
    recognised: tuple[Problem, ...]
    not_recognised: tuple[Problem, ...]


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _kind(name: str) -> OrganisationKind:
    words = _fold(name)
    if words.startswith("region "):
        return OrganisationKind.REGION
    if words.endswith((" kommun", " stad")):
        return OrganisationKind.MUNICIPALITY
    if "bibliotek" in words or "library" in words:
        return OrganisationKind.LIBRARY
    if words in ("kungliga biblioteket", "kb"):
        return OrganisationKind.NATIONAL_BODY
    return OrganisationKind.OTHER


def _organisation(
    uow: UnitOfWork,
    register: list[Organisation],
    name: str,
    number: str | None,
    notes: tuple[list[Problem], list[Problem]],
) -> int:
    """The register's organisation for this party (by name, else by number), or a new one."""
    found, missing = notes
    by_name = [o for o in register if _fold(o.name) == _fold(name)]
    by_number = [o for o in register if number and o.org_number == number]
    matches = by_name or by_number
    match = matches[0] if matches else None
    if match is not None and match.id is not None:
        if by_name:
            found.append(Problem("import_party_matched", name=match.name))
        else:  # the name differs (a department of the organisation, often)
            found.append(Problem("import_party_matched_by_number", name=name, stored=match.name))
        if number and match.org_number and match.org_number != number:
            missing.append(
                Problem("import_number_differs", name=name, number=number, stored=match.org_number)
            )
        elif number and not match.org_number:
            missing.append(Problem("import_number_not_added", name=name, number=number))
        elif not number and not match.org_number:
            missing.append(Problem("import_no_org_number", name=match.name))
        return match.id
    added = save_organisation(uow, Organisation(name=name, kind=_kind(name), org_number=number))
    assert added.id is not None
    register.append(added)
    if number:
        found.append(Problem("import_party_added_with_number", name=name, org_number=number))
    else:
        found.append(Problem("import_party_added", name=name))
        missing.append(Problem("import_no_org_number", name=name))
    return added.id


def _person(uow: UnitOfWork, wanted: Person) -> int | None:
    """The register's person of this organisation (by e-mail, else by name), or a new one."""
    found = find_person(uow, wanted)
    if found is None or found.organisation_id != wanted.organisation_id:
        found = find_person(uow, replace(wanted, email=""))  # by name within the organisation
    if found is None:
        found = save_person(uow, wanted)
    return found.id


def import_document(uow: UnitOfWork, path: Path) -> ImportReport:
    """Create a draft from the agreement in ``path``; ValidationError if it is none."""
    from bibagreements.interchange.document_reading import read_document
    from bibagreements.interchange.document_recognition import recognise

    data = read_capped(Path(path), IMPORT_DOCUMENT_BYTES)
    recognised = recognise(read_document(Path(path), data))
    if len(recognised.parties) < 2:
        count = len(recognised.parties)
        raise ValidationError(
            [Problem("import_too_few_parties", "file", path=str(path), count=count)]
        )
    # The parties' lines after the title, kind and language (the recognition's first three).
    found, missing = list(recognised.found[3:]), list(recognised.missing)
    party_notes: list[Problem] = []
    parties = []
    register = list_organisations(uow)  # matched with spaces and case folded, as people differ
    for party in recognised.parties:
        notes = (party_notes, missing)
        organisation_id = _organisation(uow, register, party.name, party.org_number, notes)
        signatory_id = None
        if party.signatory:
            wanted = Person(name=party.signatory, organisation_id=organisation_id)
            signatory_id = _person(uow, wanted)
            party_notes.append(Problem("import_signatory", party=party.name, name=party.signatory))
        else:
            missing.append(Problem("import_no_signatory", party=party.name))
        contact_id = None
        if party.contact:
            contact_id = _person(
                uow,
                Person(party.contact, party.contact_title, party.contact_email,
                       organisation_id=organisation_id),
            )  # fmt: skip
            party_notes.append(Problem("import_contact", party=party.name, name=party.contact))
        if party.signed_on is not None:
            party_notes.append(
                Problem(
                    "import_signed",
                    party=party.name,
                    place=party.signed_place,
                    date=party.signed_on.isoformat(),
                )
            )
        else:
            missing.append(Problem("import_no_signing", party=party.name))
        parties.append(
            Party(
                organisation_id=organisation_id,
                registry_number=party.registry_number,
                contact_person_id=contact_id,
                signatory_id=signatory_id,
                signatory_title=party.signatory_title,
                signed_on=party.signed_on,
                signed_place=party.signed_place,
            )
        )
    draft = replace(recognised.agreement, parties=tuple(parties))
    saved = save_agreement(uow, draft)
    assert saved.id is not None
    recognised_notes = (*recognised.found[:3], *party_notes, *found)
    return ImportReport(saved.id, saved.title, recognised_notes, tuple(missing))
