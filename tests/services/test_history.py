"""The audit trail: every change with who and what, in the change's own transaction."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bibagreements.domain.records import FollowUp, Section
from bibagreements.errors import NotFoundError, ValidationError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.followups import save_followup
from bibagreements.services.history import agreement_history, last_changed
from bibagreements.services.organisations import get_person
from bibagreements.services.personal_data import erase_person, export_person_data
from bibagreements.storage.audit import Actor
from bibagreements.storage.models import AuditRow
from tests.builders import make_agreement, new_db


def test_a_change_is_recorded_with_who_and_the_old_and_new_values(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    db.actor = Actor("Åsa Öberg", "asa")
    with db.unit_of_work() as uow:
        a = make_agreement(uow, "Läsfrämjande")
        a = save_agreement(uow, replace(a, sections=(Section("Syfte", "Att läsa"),)))
    db.actor = Actor("Bo Ek", "bo")
    with db.unit_of_work() as uow:
        a = save_agreement(
            uow, replace(a, title="Läsfrämjande 2020", sections=(Section("Syfte", "Att läsa mer"),))
        )
        assert a.id is not None
        save_followup(uow, FollowUp(a.id, 2020, outcome="Fler lånare"))
        trail = agreement_history(uow, a.id)
        last = last_changed(uow, "agreement", a.id)
    created = [c for c in trail if c.table == "agreement" and c.action == "insert"]
    assert [(c.actor, c.changes["title"]) for c in created] == [
        ("Åsa Öberg", [None, "Läsfrämjande"])
    ]
    assert last is not None and last.actor == "Bo Ek" and last.os_user == "bo"
    assert last.changes["title"] == ["Läsfrämjande", "Läsfrämjande 2020"]
    # The section written anew is one change of its text, not a removal and an addition.
    sections = [c for c in trail if c.table == "section" and c.actor == "Bo Ek"]
    assert [(c.action, c.changes) for c in sections] == [
        ("update", {"text": ["Att läsa", "Att läsa mer"]})
    ]
    (entry,) = [c for c in trail if c.table == "followup"]
    assert (entry.action, entry.changes["outcome"]) == ("insert", [None, "Fler lånare"])
    parties = [c for c in trail if c.table == "party"]
    assert len(parties) == 2 and all(c.action == "insert" for c in parties)


def test_a_change_that_is_rolled_back_leaves_no_entry(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        a = make_agreement(uow)
        before = uow.session.query(AuditRow).count()
    with pytest.raises(ValidationError), db.unit_of_work() as uow:
        save_agreement(uow, replace(get_agreement(uow, a.id or 0), title="Nytt namn"))
        save_followup(uow, FollowUp(a.id or 0, 2020))  # empty: refused, all rolled back
    with db.unit_of_work() as uow:
        assert uow.session.query(AuditRow).count() == before
        assert get_agreement(uow, a.id or 0).title == "Testavtal"


def test_an_unknown_agreement_has_no_history(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with pytest.raises(NotFoundError), db.unit_of_work() as uow:
        agreement_history(uow, 999)


def test_erasing_a_person_redacts_them_from_the_trail_and_says_so(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        a = make_agreement(uow, "Kultur")
        contact = a.parties[0].contact_person_id
        assert contact is not None
        person = get_person(uow, contact)
        exported = export_person_data(uow, contact)
        erase_person(uow, contact)
        rows = uow.session.query(AuditRow).all()
    assert any(
        e["table"] == "person" and e["changes"]["name"] == [None, person.name]
        for e in exported["audit_trail"]
    )
    text = " ".join(row.changes for row in rows)
    assert person.name not in text and person.email not in text
    erasures = [r for r in rows if r.action == "erase"]
    assert [(r.table_name, r.record_id) for r in erasures] == [("person", contact)]
    assert json.loads(erasures[0].changes)["entries"][1] >= 2
