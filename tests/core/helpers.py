"""Small builders shared by the core tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from bibagreements.domain.enums import OrganisationKind
from bibagreements.domain.records import Agreement, Organisation, Party, Person
from bibagreements.interchange.reading import validate
from bibagreements.services.organisations import save_organisation, save_person
from bibagreements.storage.database import Database, UnitOfWork
from tests.databases import fresh_database


def new_db(tmp_path: Path, name: str = "test.sqlite3", *, demo: bool = False) -> Database:
    return fresh_database(tmp_path / name, demo=demo)


def org(uow: UnitOfWork, name: str, number: str | None = None, parent: int | None = None) -> int:
    saved = save_organisation(uow, Organisation(name, OrganisationKind.OTHER, number, parent))
    assert saved.id is not None
    return saved.id


def person(uow: UnitOfWork, name: str, org_id: int, email: str = "") -> int:
    saved = save_person(uow, Person(name, "Titel", email, "", org_id))
    assert saved.id is not None
    return saved.id


def two_party_agreement(uow: UnitOfWork, title: str = "Testavtal") -> Agreement:
    a = org(uow, f"{title} A")
    b = org(uow, f"{title} B")
    return Agreement(
        title=title,
        start=date(2024, 1, 1),
        end=date(2024, 12, 31),
        parties=(Party(a), Party(b)),
    )


def english_problems(data: Any) -> list[str]:
    """The importer's report as the command line prints it."""
    return [str(p) for p in validate(data)]
