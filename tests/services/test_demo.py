"""The example agreements: an interchange file loaded through the normal import."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from bibagreements.domain.enums import OrganisationKind
from bibagreements.domain.orgnr import org_number_problem
from bibagreements.interchange.reading import validate
from bibagreements.paths import resource_path
from bibagreements.services.demo import (
    FIRST_FRAMEWORK_CHECKIN_HELD,
    FRAMEWORK_UID,
    PROJECT_UID,
    REFERENCE_TITLE,
    REFERENCE_UID,
    examples_file,
    load_demo,
)
from bibagreements.services.interchange import export_data
from bibagreements.services.organisations import list_organisations, list_people
from tests.builders import new_db

# /work/shared/reference/domain.md, "Official names".
VASTMANLAND = {
    "Arboga kommun",
    "Fagersta kommun",
    "Hallstahammars kommun",
    "Kungsörs kommun",
    "Köpings kommun",
    "Norbergs kommun",
    "Sala kommun",
    "Skinnskattebergs kommun",
    "Surahammars kommun",
    "Västerås stad",
}
LEGAL_ENTITY_NUMBERS = {
    "Region Västmanland": "232100-0172",
    "Västerås stad": "212000-2080",
    "Region Skåne": "232100-0255",
    "Kristianstads kommun": "212000-0951",
}


def _file() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(examples_file().read_text(encoding="utf-8"))
    return data


def test_the_file_is_a_valid_interchange_file_and_the_constants_name_its_content() -> None:
    assert examples_file() == resource_path("examples", "examples.json")
    data = _file()
    assert validate(data) == []
    agreements = {a["uid"]: a for a in data["agreements"]}
    assert list(agreements) == [REFERENCE_UID, FRAMEWORK_UID, PROJECT_UID]
    assert agreements[REFERENCE_UID]["title"] == REFERENCE_TITLE
    held = [c for c in agreements[FRAMEWORK_UID]["checkins"] if c["status"] == "held"]
    assert [c["held_on"] for c in held] == [FIRST_FRAMEWORK_CHECKIN_HELD.isoformat()]


def _missing(given: Any, stored: Any, path: str = "") -> list[str]:
    """Where ``stored`` (an export) lacks or differs from a value the file ``given`` gives."""
    if isinstance(given, dict):
        if not isinstance(stored, dict):
            return [path]
        return [m for k, v in given.items() for m in _missing(v, stored.get(k), f"{path}.{k}")]
    if isinstance(given, list):
        if not isinstance(stored, list) or len(stored) != len(given):
            return [path]
        return [m for i, v in enumerate(given) for m in _missing(v, stored[i], f"{path}[{i}]")]
    return [] if given == stored else [f"{path}: {given!r} != {stored!r}"]


def test_everything_the_file_gives_is_stored(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        load_demo(uow)
    with db.unit_of_work() as uow:
        # On a day all three are signed and none has ended: the file's statuses.
        stored = export_data(uow, today=date(2020, 6, 1))
    assert _missing(_file(), stored) == []
    # What the format carries beyond the agreements: an organisation none names.
    assert [o["name"] for o in stored["organisations"]] == ["Kungliga biblioteket"]
    framework = stored["agreements"][1]
    assert framework["checkins"][0]["participants"] == [
        "Eva Norén",
        "Anders Nyberg",
        "Karin Sjöberg",
    ]
    assert framework["followups"][0]["checkin"] == 0


def test_loading_again_adds_nothing(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        first = load_demo(uow)
        counts = (len(list_organisations(uow)), len(list_people(uow)))
    assert first.created[0] == REFERENCE_TITLE and len(first.created) == 3
    assert first.already_present == ()
    with db.unit_of_work() as uow:
        again = load_demo(uow)
        assert (len(list_organisations(uow)), len(list_people(uow))) == counts
    assert (again.created, again.already_present) == ((), first.created)


def test_official_names_and_only_grounded_organisation_numbers(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        load_demo(uow)
        organisations = list_organisations(uow)
    municipalities = {o.name for o in organisations if o.kind is OrganisationKind.MUNICIPALITY}
    assert municipalities == VASTMANLAND | {"Kristianstads kommun"}
    by_id = {o.id: o for o in organisations}
    for org in organisations:
        legal = org
        while legal.parent_id is not None:
            legal = by_id[legal.parent_id]
        # A unit (a library, an administration) carries its legal entity's number.
        assert org.org_number == LEGAL_ENTITY_NUMBERS.get(legal.name), org.name
        assert org.org_number is None or org_number_problem(org.org_number) is None
