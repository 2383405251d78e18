import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bibagreements.domain.enums import AgreementStatus
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
from bibagreements.services.renewal import duplicate_agreement, next_period, renew_agreement
from tests.core.helpers import new_db, person, two_party_agreement


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2020, 1, 1), date(2023, 12, 31), (date(2024, 1, 1), date(2027, 12, 31))),
        (date(2021, 3, 1), date(2022, 2, 28), (date(2022, 3, 1), date(2023, 2, 28))),
        (date(2020, 3, 15), date(2021, 3, 14), (date(2021, 3, 15), date(2022, 3, 14))),
    ],
)
def test_next_period_has_the_same_length(
    start: date, end: date, expected: tuple[date, date]
) -> None:
    assert next_period(start, end) == expected


def _signed(tmp_path: Path):  # type: ignore[no-untyped-def]
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
    return db, active, contact


def test_renewal_links_predecessor_and_clears_signatures(tmp_path: Path) -> None:
    db, active, _ = _signed(tmp_path)
    with db.unit_of_work() as uow:
        renewed = renew_agreement(uow, active.id or 0)
    assert renewed.status is AgreementStatus.DRAFT
    assert renewed.predecessor_id == active.id
    assert (renewed.start, renewed.end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert all(p.signed_on is None and p.registry_number == "" for p in renewed.parties)
    assert renewed.parties[0].contact_person_id == active.parties[0].contact_person_id
    assert renewed.uid != active.uid
    with db.unit_of_work() as uow:
        copy = duplicate_agreement(uow, active.id or 0)
    assert copy.title == active.title and copy.id not in (active.id, renewed.id)


def test_person_in_a_signed_agreement_cannot_be_erased(tmp_path: Path) -> None:
    db, _active, contact = _signed(tmp_path)
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


def test_replace_then_erase(tmp_path: Path) -> None:
    db, active, contact = _signed(tmp_path)
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
