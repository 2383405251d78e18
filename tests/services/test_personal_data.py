"""A person's data: what is kept about them, handing it over, replacing and erasing them."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bibagreements.errors import ConflictError, NotFoundError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.organisations import get_person
from bibagreements.services.personal_data import (
    erase_person,
    export_person_data,
    export_person_to_file,
    person_usage,
    replace_person,
)
from tests.builders import person, two_party_agreement
from tests.services.conftest import Signed


def test_person_in_a_signed_agreement_cannot_be_erased(signed: Signed, tmp_path: Path) -> None:
    db, _active, contact = signed
    with db.unit_of_work() as uow:
        assert person_usage(uow, contact) == 1
        data = export_person_data(uow, contact)
        written = export_person_to_file(uow, contact, tmp_path / "kim.json")
    assert written == data
    assert json.loads((tmp_path / "kim.json").read_text("utf-8")) == data
    assert [p.name for p in tmp_path.glob(".kim.json*")] == []  # written via a temp file
    assert data["person"]["email"] == "kim@example.org"
    assert {r["role"] for r in data["roles"]} == {"contact_person", "signatory"}
    with pytest.raises(ConflictError, match="signed agreement"), db.unit_of_work() as uow:
        erase_person(uow, contact)
    with db.unit_of_work() as uow:
        assert get_person(uow, contact).name == "Kim Kontakt"


def test_replace_then_erase(signed: Signed) -> None:
    db, active, contact = signed
    with db.unit_of_work() as uow:
        successor = person(uow, "Ny Kontakt", active.parties[0].organisation_id)
        draft = save_agreement(
            uow,
            replace(
                two_party_agreement(uow, "Utkast"),
                parties=(
                    replace(active.parties[0], signed_on=None, contact_person_id=contact),
                    active.parties[1].__class__(
                        two_party_agreement(uow, "X").parties[0].organisation_id
                    ),
                ),
            ),
        )
        assert replace_person(uow, contact, successor) == 2
    with db.unit_of_work() as uow:
        kept = get_agreement(uow, active.id or 0).parties[0]
        assert kept.contact_person_id == successor
        assert kept.signatory_id == contact  # a signed agreement keeps its signatory
        assert get_agreement(uow, draft.id or 0).parties[0].contact_person_id == successor
    with db.unit_of_work() as uow:
        other = person(uow, "Utan avtal", active.parties[1].organisation_id)
        erase_person(uow, other)
    with pytest.raises(NotFoundError), db.unit_of_work() as uow:
        get_person(uow, other)
