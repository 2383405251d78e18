"""Saving, reading and deleting agreements: every field, the rules, versions."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bibagreements.domain.enums import AgreementKind, AgreementStatus
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Agreement, Area, FollowUp, Party, ProjectDetails
from bibagreements.errors import ConflictError, NotFoundError, ValidationError
from bibagreements.services.agreements import (
    delete_agreement,
    get_agreement,
    list_agreements,
    save_agreement,
)
from bibagreements.services.followups import save_followup
from tests.builders import new_db, org, person, two_party_agreement


def test_save_and_read_back_every_field(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        draft = two_party_agreement(uow)
        a, b = draft.parties[0].organisation_id, draft.parties[1].organisation_id
        contact = person(uow, "Åsa Öberg", a, "asa@example.org")
        draft = replace(
            draft,
            programme="Digitalt först",
            purpose="Syfte <b>&</b>",
            areas=(Area("Ett"), Area("Två", "beskrivning")),
            parties=(
                Party(a, "KUN 2019/470", contact, contact, "Chef", None, ""),
                Party(b, "KS/2019/0001"),
            ),
        )
        saved = save_agreement(uow, draft)
    with db.unit_of_work() as uow:
        again = get_agreement(uow, saved.id or 0)
    assert again.purpose == "Syfte <b>&</b>"
    assert [x.title for x in again.areas] == ["Ett", "Två"]
    assert again.parties[0].registry_number == "KUN 2019/470"
    assert again.parties[0].contact_person is not None
    assert again.parties[0].contact_person.name == "Åsa Öberg"
    assert again.parties[1].registry_number == "KS/2019/0001"
    assert again.uid and again.version == 1


@pytest.mark.parametrize(
    ("change", "problem", "english"),
    [
        (
            {"end": date(2023, 1, 1)},
            Problem("end_before_start", "period"),
            "period: the end date is before the start date",
        ),
        ({"title": "  "}, Problem("empty", "title"), "title: must not be empty"),
        (
            {"kind": AgreementKind.PROJECT},
            Problem("project_needs_parent", "parent"),
            "parent: a project agreement belongs to a parent agreement",
        ),
    ],
)
def test_invalid_agreements_are_refused(
    tmp_path: Path, change: dict[str, object], problem: Problem, english: str
) -> None:
    db = new_db(tmp_path)
    with pytest.raises(ValidationError) as info, db.unit_of_work() as uow:
        save_agreement(uow, replace(two_party_agreement(uow), **change))  # type: ignore[arg-type]
    assert problem in info.value.problems, info.value.problems
    assert str(problem) == english and english in str(info.value)
    with db.unit_of_work() as uow:
        assert list_agreements(uow) == []


def test_one_party_and_a_party_twice_are_refused(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        a = org(uow, "A")
        lonely = Agreement("Ensam", parties=(Party(a),))
        twice = Agreement("Dubbel", parties=(Party(a), Party(a)))
        with pytest.raises(ValidationError, match="at least two parties"):
            save_agreement(uow, lonely)
        with pytest.raises(ValidationError, match="a party twice"):
            save_agreement(uow, twice)


def test_signatory_from_another_organisation_is_refused(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        draft = two_party_agreement(uow)
        stranger = person(uow, "Främling", org(uow, "Annan"))
        bad = replace(
            draft, parties=(replace(draft.parties[0], signatory_id=stranger), draft.parties[1])
        )
        with pytest.raises(ValidationError, match="does not belong"):
            save_agreement(uow, bad)


def test_person_of_parent_organisation_may_sign(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        kommun = org(uow, "Kristianstads kommun", "212000-0951")
        bibl = org(uow, "Biblioteken i Kristianstad", "212000-0951", kommun)
        chief = person(uow, "Kommundirektör", kommun)
        other = org(uow, "Region")
        saved = save_agreement(
            uow, Agreement("Avtal", parties=(Party(bibl, signatory_id=chief), Party(other)))
        )
        signatory = saved.parties[0].signatory
        assert signatory is not None
        assert (signatory.id, signatory.name, signatory.organisation_id) == (
            chief,
            "Kommundirektör",
            kommun,
        )


def test_stale_version_is_refused(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        saved = save_agreement(uow, two_party_agreement(uow))
    with db.unit_of_work() as uow:
        save_agreement(uow, replace(saved, title="Ändrad av kollega"))
    with pytest.raises(ConflictError, match="changed by someone else"), db.unit_of_work() as uow:
        save_agreement(uow, replace(saved, title="Min ändring"))
    with db.unit_of_work() as uow:
        assert get_agreement(uow, saved.id or 0).title == "Ändrad av kollega"


def test_active_only_when_every_party_signed(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        saved = save_agreement(
            uow, replace(two_party_agreement(uow), status=AgreementStatus.OUT_FOR_SIGNATURE)
        )
    first, second = saved.parties
    with pytest.raises(ValidationError, match="every party has signed"), db.unit_of_work() as uow:
        half = (replace(first, signed_on=date(2024, 1, 2)), second)
        save_agreement(uow, replace(saved, status=AgreementStatus.ACTIVE, parties=half))
    with db.unit_of_work() as uow:
        both = tuple(
            replace(p, signed_on=date(2024, 1, 2), signed_place="Malmö") for p in saved.parties
        )
        active = save_agreement(uow, replace(saved, status=AgreementStatus.ACTIVE, parties=both))
    assert active.status is AgreementStatus.ACTIVE
    with (
        pytest.raises(ValidationError, match="cannot go from active to draft"),
        db.unit_of_work() as uow,
    ):
        save_agreement(uow, replace(active, status=AgreementStatus.DRAFT))


def test_only_drafts_can_be_deleted(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        saved = save_agreement(uow, two_party_agreement(uow))
        sent = save_agreement(
            uow,
            replace(two_party_agreement(uow, "Skickat"), status=AgreementStatus.OUT_FOR_SIGNATURE),
        )
    with pytest.raises(ConflictError, match="only drafts"), db.unit_of_work() as uow:
        delete_agreement(uow, sent.id or 0)
    with db.unit_of_work() as uow:
        delete_agreement(uow, saved.id or 0)
    with pytest.raises(NotFoundError), db.unit_of_work() as uow:
        get_agreement(uow, saved.id or 0)


def test_area_with_followups_cannot_be_removed(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        saved = save_agreement(
            uow, replace(two_party_agreement(uow), areas=(Area("Läsfrämjande"),))
        )
        save_followup(uow, FollowUp(saved.id or 0, 2024, saved.areas[0].id, outcome="Bra"))
        saved = get_agreement(uow, saved.id or 0)
    with pytest.raises(ValidationError, match="has follow-up entries"), db.unit_of_work() as uow:
        save_agreement(uow, replace(saved, areas=()))
    with db.unit_of_work() as uow:
        renamed = save_agreement(
            uow, replace(saved, areas=(replace(saved.areas[0], title="Läsning"),))
        )
    assert renamed.followups[0].area_title == "Läsning"


def test_project_agreement_under_a_framework(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        frame = save_agreement(
            uow, replace(two_party_agreement(uow, "Ram"), kind=AgreementKind.FRAMEWORK)
        )
        project = save_agreement(
            uow,
            replace(
                two_party_agreement(uow, "Projekt"),
                kind=AgreementKind.PROJECT,
                parent_id=frame.id,
                project=ProjectDetails("Mål", None, "KB", "Genomförande"),
            ),
        )
    assert project.parent_title == "Ram"
    assert project.project is not None and project.project.funder == "KB"
    with pytest.raises(ConflictError, match="project agreement"), db.unit_of_work() as uow:
        delete_agreement(uow, frame.id or 0)


def test_signed_content_is_frozen_but_registry_numbers_are_not(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        draft = two_party_agreement(uow)
        parties = tuple(replace(p, signed_on=date(2024, 1, 2)) for p in draft.parties)
        sent = save_agreement(
            uow, replace(draft, parties=parties, status=AgreementStatus.OUT_FOR_SIGNATURE)
        )
        active = save_agreement(uow, replace(sent, status=AgreementStatus.ACTIVE))
    with pytest.raises(ValidationError, match="is signed"), db.unit_of_work() as uow:
        save_agreement(uow, replace(active, purpose="Ett annat syfte"))
    with db.unit_of_work() as uow:
        numbered = (replace(active.parties[0], registry_number="KUN 2024/1"), active.parties[1])
        updated = save_agreement(uow, replace(active, parties=numbered))
        ended = save_agreement(uow, replace(updated, status=AgreementStatus.ENDED))
    assert updated.parties[0].registry_number == "KUN 2024/1"
    assert ended.status is AgreementStatus.ENDED and ended.purpose == active.purpose
