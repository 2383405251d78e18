"""Organisations and people in the registers."""

from __future__ import annotations

from pathlib import Path

from tests.builders import new_db


def test_blank_org_number_is_stored_as_none(tmp_path: Path) -> None:
    from bibagreements.domain.enums import OrganisationKind
    from bibagreements.domain.records import Organisation
    from bibagreements.services.organisations import find_organisation, save_organisation

    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        saved = save_organisation(uow, Organisation("Utan nummer", OrganisationKind.OTHER, "   "))
        assert saved.org_number is None
        assert find_organisation(uow, "utan nummer", " ") == saved
