"""Fixtures of the services tests: an empty database, the example agreements, a signed one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest

from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.records import Agreement
from bibagreements.services.agreements import save_agreement
from bibagreements.storage.database import Database
from tests.builders import new_db, person, two_party_agreement


@pytest.fixture
def db(tmp_path: Path) -> Database:
    """A migrated database without agreements."""
    return new_db(tmp_path)


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    """A migrated database with the example agreements (services/demo.py)."""
    return new_db(tmp_path, "demo.sqlite3", demo=True)


class Signed(NamedTuple):
    db: Database
    agreement: Agreement
    contact: int


@pytest.fixture
def signed(tmp_path: Path) -> Signed:
    """An active agreement whose first party's contact and signatory is Kim Kontakt."""
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        draft = two_party_agreement(uow)
        a_org = draft.parties[0].organisation_id
        contact = person(uow, "Kim Kontakt", a_org, "kim@example.org")
        parties = (
            replace(
                draft.parties[0],
                contact_person_id=contact,
                signatory_id=contact,
                registry_number="KUN 1",
                signed_on=date(2024, 1, 2),
            ),
            replace(draft.parties[1], signed_on=date(2024, 1, 3)),
        )
        sent = save_agreement(
            uow, replace(draft, parties=parties, status=AgreementStatus.OUT_FOR_SIGNATURE)
        )
        active = save_agreement(uow, replace(sent, status=AgreementStatus.ACTIVE))
    return Signed(db, active, contact)
