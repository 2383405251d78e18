"""Two colleagues on one database: a stale save is refused, never silently applied.

Each test runs on SQLite (two engines on one file) and, when BIBAGREEMENTS_TEST_PG
names a throwaway server, on PostgreSQL (two engines, two connections).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bibagreements.domain.enums import CheckinStatus
from bibagreements.domain.records import FollowUp
from bibagreements.errors import ConflictError
from bibagreements.services.database import Database, open_database
from bibagreements.services.followups import agreement_followups, delete_followup, save_followup
from bibagreements.services.organisations import (
    get_organisation,
    get_person,
    save_organisation,
    save_person,
)
from bibagreements.services.schedule import list_checkins, record_checkin
from bibagreements.storage.audit import Actor
from bibagreements.storage.models import FollowUpRow
from tests.builders import make_agreement, new_db
from tests.databases import PG_URL, reset_postgresql, server_taken


@pytest.fixture(params=["sqlite", "postgresql"])
def two(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """Two colleagues' connections to one database, Åsa's and Bo's."""
    server_taken(True)  # any other database the test makes is a file of its own
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("BIBAGREEMENTS_TEST_PG is not set")
        reset_postgresql()
        url = PG_URL
    else:
        new_db(tmp_path).close()
        url = str(tmp_path / "test.sqlite3")
    asa, bo = open_database(url), open_database(url)
    asa.actor, bo.actor = Actor("Åsa Öberg", "asa"), Actor("Bo Ek", "bo")
    try:
        yield asa, bo
    finally:
        asa.close()
        bo.close()


def _agreement_with_entry(db: Database) -> tuple[int, int]:
    with db.unit_of_work() as uow:
        a = make_agreement(uow, "Samarbete")
        assert a.id is not None
        entry = save_followup(uow, FollowUp(a.id, 2020, outcome="Första utfallet"))
        assert entry.id is not None
        return a.id, entry.id


def test_a_stale_follow_up_save_does_not_revert_a_colleague_s_outcome(
    two: tuple[Database, Database],
) -> None:
    asa, bo = two
    agreement_id, _ = _agreement_with_entry(asa)
    with asa.unit_of_work() as uow:
        (read_by_asa,) = agreement_followups(uow, agreement_id)
    with bo.unit_of_work() as uow:
        (read_by_bo,) = agreement_followups(uow, agreement_id)
        save_followup(uow, replace(read_by_bo, outcome="Bos utfall"))
    with pytest.raises(ConflictError) as refused, asa.unit_of_work() as uow:
        save_followup(uow, replace(read_by_asa, activity="Åsas aktivitet"))
    assert "changed by Bo Ek" in str(refused.value) and "2020" in str(refused.value)
    with pytest.raises(ConflictError), asa.unit_of_work() as uow:
        delete_followup(uow, read_by_asa.id or 0, agreement_id, version=read_by_asa.version)
    with asa.unit_of_work() as uow:
        (stored,) = agreement_followups(uow, agreement_id)
        assert (stored.outcome, stored.activity) == ("Bos utfall", "")
        save_followup(uow, replace(stored, activity="Åsas aktivitet"))  # read again: saved


def test_the_same_check_in_recorded_by_two_is_saved_once(two: tuple[Database, Database]) -> None:
    asa, bo = two
    agreement_id, _ = _agreement_with_entry(asa)
    with asa.unit_of_work() as uow:
        first = list_checkins(uow, agreement_id)[0]
    assert first.id is not None and first.status is CheckinStatus.PLANNED
    held = first.due

    def record(db: Database, notes: str) -> None:
        with db.unit_of_work() as uow:
            record_checkin(
                uow, first.id or 0, held, notes=notes, today=date(2030, 1, 1),
                version=first.version,
            )  # fmt: skip

    record(bo, "Bos anteckningar")
    with pytest.raises(ConflictError, match="changed by Bo Ek"):
        record(asa, "Åsas anteckningar")
    with asa.unit_of_work() as uow:
        (stored,) = [c for c in list_checkins(uow, agreement_id) if c.id == first.id]
    assert (stored.status, stored.notes) == (CheckinStatus.HELD, "Bos anteckningar")


def test_organisations_and_people_are_saved_against_what_was_read(
    two: tuple[Database, Database],
) -> None:
    asa, bo = two
    agreement_id, _ = _agreement_with_entry(asa)
    with asa.unit_of_work() as uow:
        from bibagreements.services.agreements import get_agreement

        party = get_agreement(uow, agreement_id).parties[0]
        organisation = get_organisation(uow, party.organisation_id)
        person = get_person(uow, party.contact_person_id or 0)
    with bo.unit_of_work() as uow:
        save_organisation(uow, replace(organisation, address="Bos adress"))
        save_person(uow, replace(person, phone="044-13 50 00"))
    with pytest.raises(ConflictError, match="changed by Bo Ek"), asa.unit_of_work() as uow:
        save_organisation(uow, replace(organisation, address="Åsas adress"))
    with pytest.raises(ConflictError, match="changed by Bo Ek"), asa.unit_of_work() as uow:
        save_person(uow, replace(person, title="Bibliotekschef"))
    with asa.unit_of_work() as uow:
        assert get_organisation(uow, organisation.id or 0).address == "Bos adress"
        assert get_person(uow, person.id or 0).title == person.title


def test_a_colleague_s_save_between_the_read_and_the_write_is_refused(
    two: tuple[Database, Database],
) -> None:
    # The UPDATE itself names the version read: a row held since before a colleague's
    # commit writes nothing, whatever checked it before.
    asa, bo = two
    agreement_id, entry_id = _agreement_with_entry(asa)
    with pytest.raises(ConflictError, match="in the meantime"), asa.unit_of_work() as uow:
        held = uow.session.get(FollowUpRow, entry_id)
        assert held is not None
        with bo.unit_of_work() as other:
            (entry,) = agreement_followups(other, agreement_id)
            save_followup(other, replace(entry, outcome="Bos utfall"))
        held.outcome = "Åsas utfall"
        uow.session.flush()
    with asa.unit_of_work() as uow:
        (stored,) = agreement_followups(uow, agreement_id)
    assert stored.outcome == "Bos utfall"


def test_two_imports_at_once_add_each_agreement_and_organisation_once(
    two: tuple[Database, Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    from bibagreements.services import importing
    from bibagreements.services.exporting import export_to_file
    from bibagreements.services.organisations import list_organisations

    local = new_db(tmp_path, "local.sqlite3", demo=True)
    with local.unit_of_work() as uow:
        export_to_file(uow, tmp_path / "export.json")
    local.close()
    asa, bo = two
    reading = threading.Event()
    existing = importing._existing_uids

    def slow_existing(uow: Any) -> set[str]:
        found = existing(uow)
        if not reading.is_set():  # Åsa's import: Bo's starts while hers is under way
            reading.set()
            time.sleep(0.5)
        return found

    monkeypatch.setattr(importing, "_existing_uids", slow_existing)
    results: dict[str, Any] = {}

    def run(name: str, db: Database) -> None:
        try:
            with db.unit_of_work() as uow:
                results[name] = importing.import_file(uow, tmp_path / "export.json")
        except Exception as exc:  # reported below, not lost in the thread
            results[name] = exc

    first = threading.Thread(target=run, args=("asa", asa))
    first.start()
    assert reading.wait(10)
    second = threading.Thread(target=run, args=("bo", bo))
    second.start()
    first.join(30)
    second.join(30)
    assert results["asa"].agreements_created > 0, results
    assert results["bo"].agreements_created == 0, results
    assert results["bo"].agreements_skipped == results["asa"].agreements_created
    with asa.unit_of_work() as uow:
        names = [o.name for o in list_organisations(uow)]
    assert len(names) == len(set(names)) > 0
