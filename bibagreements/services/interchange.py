"""Importing and exporting the JSON interchange format (the format itself is interchange/).

An import validates the whole document against what the database holds, then
stores it in the caller's unit of work: all or nothing. Exporting lives in
services/exporting.py (re-exported here).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bibagreements.domain.limits import INTERCHANGE_FILE_BYTES
from bibagreements.errors import InterchangeError
from bibagreements.interchange.parsing import (
    agreement_from,
    checkin_from,
    dependency_order,
    followup_from,
    organisation_from,
    person_from,
    versions_from,
)
from bibagreements.interchange.reading import parse_file, validate
from bibagreements.interchange.writing import dumps
from bibagreements.services.agreements import freeze_unless_frozen, save_agreement
from bibagreements.services.checkins import clear_generated_checkins, save_checkin
from bibagreements.services.exporting import agreement_data, export_data, export_to_file
from bibagreements.services.followups import save_followup
from bibagreements.services.organisations import (
    find_organisation,
    find_person,
    save_organisation,
    save_person,
)
from bibagreements.services.versions import restore_versions
from bibagreements.storage.bounded import read_capped
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow

__all__ = [
    "ImportResult",
    "agreement_data",
    "dumps",
    "export_data",
    "export_to_file",
    "import_data",
    "import_file",
]


@dataclass(frozen=True)
class ImportResult:
    agreements_created: int
    agreements_skipped: int
    organisations_created: int
    people_created: int
    # The uids of the agreements created (in the order stored) and of those already there.
    created_uids: tuple[str, ...] = ()
    skipped_uids: tuple[str, ...] = ()


class _Importer:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self.organisations_created = 0
        self.people_created = 0

    def organisation(self, data: dict[str, Any]) -> int:
        parent_id = self.organisation(data["parent"]) if data.get("parent") else None
        found = find_organisation(self.uow, data["name"], data.get("org_number") or None)
        if found is not None and found.id is not None:
            return found.id
        self.organisations_created += 1
        saved = save_organisation(self.uow, organisation_from(data, parent_id))
        assert saved.id is not None
        return saved.id

    def person(self, data: dict[str, Any], party_org_id: int) -> int:
        org = data.get("organisation")
        org_id: int | None = self.organisation(org) if org else party_org_id
        if "organisation" in data and org is None:
            org_id = None
        record = person_from(data, org_id)
        found = find_person(self.uow, record)
        if found is not None and found.id is not None:
            return found.id
        self.people_created += 1
        saved = save_person(self.uow, record)
        assert saved.id is not None
        return saved.id

    def agreement(self, item: dict[str, Any], ids_by_uid: dict[str, int]) -> int:
        org_ids: dict[int, int] = {}
        person_ids: dict[tuple[int, str], int | None] = {}
        for j, party in enumerate(item["parties"]):
            org_ids[j] = self.organisation(party["organisation"])
            for role in ("contact_person", "signatory"):
                if party.get(role):
                    person_ids[(j, role)] = self.person(party[role], org_ids[j])
        record = agreement_from(item, org_ids, person_ids, ids_by_uid)
        saved = save_agreement(self.uow, record, freeze_on_signing=False, apply_on_signing=False)
        assert saved.id is not None
        if "checkins" in item:
            # The file carries the agreement's check-ins: they replace the
            # schedule generated on saving, exactly as exported.
            clear_generated_checkins(self.uow, saved.id)
        checkin_ids = [
            save_checkin(self.uow, checkin_from(c, saved.id)).id for c in item.get("checkins", [])
        ]
        for entry in item.get("followups", []):
            area, checkin = entry.get("area"), entry.get("checkin")
            area_id = saved.areas[area].id if area is not None else None
            checkin_id = checkin_ids[checkin] if checkin is not None else None
            save_followup(self.uow, followup_from(entry, saved.id, area_id, checkin_id))
        if item.get("versions"):
            restore_versions(self.uow, saved.id, versions_from(item["versions"]))
        else:
            freeze_unless_frozen(self.uow, saved.id)  # with the file's check-ins in place
        return saved.id


def import_data(uow: UnitOfWork, data: Any) -> ImportResult:
    """Validate the whole document, then import it in this unit of work (all or nothing).

    Agreements whose uid the database has are skipped; organisations and
    people already there (same name and number, same person) are reused.
    """
    existing = set(uow.session.scalars(select(AgreementRow.uid)))
    problems = validate(data, existing)
    if problems:
        raise InterchangeError(problems)
    importer = _Importer(uow)
    ids_by_uid = dict(uow.session.execute(select(AgreementRow.uid, AgreementRow.id)).all())
    created: list[str] = []
    skipped: list[str] = []
    for item in dependency_order(data["agreements"]):
        if item["uid"] in existing:
            skipped.append(item["uid"])
            continue
        ids_by_uid[item["uid"]] = importer.agreement(item, ids_by_uid)
        created.append(item["uid"])
    for org in data.get("organisations", []):
        importer.organisation(org)
    return ImportResult(
        len(created),
        len(skipped),
        importer.organisations_created,
        importer.people_created,
        tuple(created),
        tuple(skipped),
    )


def read_interchange_file(path: Path) -> Any:
    """The JSON of an interchange file, read with the cap of limits.py (nothing stored).

    A file too large or not a regular file is a ValidationError of the field
    ``file``, one that cannot be read a BibError; what is in it an InterchangeError.
    """
    return parse_file(read_capped(Path(path), INTERCHANGE_FILE_BYTES), str(path))


def import_file(uow: UnitOfWork, path: Path) -> ImportResult:
    return import_data(uow, read_interchange_file(path))
