"""Follow-up entries of one agreement: listed newest year first, deleted only where they belong."""

from __future__ import annotations

import pytest

from bibagreements.domain.records import FollowUp
from bibagreements.errors import NotFoundError
from bibagreements.services.database import Database
from bibagreements.services.demo import FRAMEWORK_UID
from bibagreements.services.followups import agreement_followups, delete_followup, save_followup
from tests.builders import id_of


def test_list_and_delete_one_agreements_entries(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        reference, framework = id_of(uow), id_of(uow, FRAMEWORK_UID)
        later = save_followup(uow, FollowUp(reference, 2021, None, outcome="Året efter"))
        entries = agreement_followups(uow, reference)
        assert [e.year for e in entries] == [2021, 2020, 2020, 2020, 2020]
        assert entries[1].area_title == "Regional arbetsgrupp"
        assert later.id is not None
        with pytest.raises(NotFoundError):
            delete_followup(uow, later.id, framework)  # not that agreement's entry
        delete_followup(uow, later.id, reference)
        assert [e.year for e in agreement_followups(uow, reference)] == [2020] * 4
        with pytest.raises(NotFoundError):
            delete_followup(uow, later.id, reference)
        with pytest.raises(NotFoundError):
            agreement_followups(uow, 999)
