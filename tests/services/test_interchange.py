"""Importing and exporting interchange files: all or nothing, no duplicates, round trips."""

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from bibagreements.domain.enums import OrganisationKind
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Organisation
from bibagreements.errors import InterchangeError
from bibagreements.paths import resource_path
from bibagreements.services.agreements import list_agreements
from bibagreements.services.interchange import export_data, import_data, import_file
from bibagreements.services.organisations import (
    list_organisations,
    list_people,
    save_organisation,
)
from tests.builders import english_problems, new_db


def _without_timestamp(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "exported_at"}


def test_export_matches_the_published_schema(demo_export: dict[str, Any]) -> None:
    # The examples' library (clauses, templates) makes it version 2.
    assert demo_export["version"] == 2
    schema = json.loads(resource_path("schemas", "bibagreements-2.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(demo_export)
    assert len(demo_export["agreements"]) == 3
    assert len(demo_export["library"]["templates"]) == 2


def test_round_trip_into_an_empty_database_reproduces_everything(
    tmp_path: Path, demo_export: dict[str, Any]
) -> None:
    target = new_db(tmp_path, "target.sqlite3")
    with target.unit_of_work() as uow:
        result = import_data(uow, demo_export)
    assert result.agreements_created == 3
    with target.unit_of_work() as uow:
        again = export_data(uow)
    assert _without_timestamp(again) == _without_timestamp(demo_export)


def test_reimport_does_not_duplicate(tmp_path: Path, demo_export: dict[str, Any]) -> None:
    target = new_db(tmp_path, "target.sqlite3")
    with target.unit_of_work() as uow:
        import_data(uow, demo_export)
    with target.unit_of_work() as uow:
        counts = (len(list_organisations(uow)), len(list_people(uow)), len(list_agreements(uow)))
        second = import_data(uow, demo_export)
    assert (second.agreements_created, second.agreements_skipped) == (0, 3)
    assert (second.organisations_created, second.people_created) == (0, 0)
    with target.unit_of_work() as uow:
        after = (len(list_organisations(uow)), len(list_people(uow)), len(list_agreements(uow)))
    assert after == counts


def test_every_problem_is_reported_with_its_path_and_nothing_imported(
    tmp_path: Path, demo_export: dict[str, Any]
) -> None:
    data = copy.deepcopy(demo_export)
    data["agreements"][0]["parties"][1]["organisation"]["org_number"] = "232100-0256"
    data["agreements"][1]["period"]["start"] = "2024-13-01"
    data["agreements"][2]["parties"][0]["contact_person"] = {"name": "X", "email": "nope"}
    target = new_db(tmp_path, "target.sqlite3")
    # schema problems come first: fix the date to see the semantic ones too
    assert english_problems(data) == ["agreements[1].period.start: '2024-13-01' is not a 'date'"]
    data["agreements"][1]["period"]["start"] = "2024-01-01"
    with pytest.raises(InterchangeError) as info, target.unit_of_work() as uow:
        import_data(uow, data)
    assert (
        Problem("not_email", "agreements", 2, "parties", 0, "contact_person", "email")
        in info.value.problems
    )
    problems = {str(p) for p in info.value.problems}
    assert any(
        p.startswith("agreements[") and p.endswith(".organisation.org_number: check digit wrong")
        for p in problems
    ), problems
    assert "agreements[2].parties[0].contact_person.email: not an e-mail address" in problems
    with target.unit_of_work() as uow:
        assert list_agreements(uow) == []
        assert list_organisations(uow) == []


def test_partial_export_brings_the_parent_along(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        project_id = next(s.id for s in list_agreements(uow) if s.kind.value == "project")
        data = export_data(uow, [project_id])
    assert sorted(a["kind"] for a in data["agreements"]) == ["framework", "project"]
    target = new_db(tmp_path, "target.sqlite3")
    with target.unit_of_work() as uow:
        assert import_data(uow, data).agreements_created == 2


def test_swedish_letters_do_not_defeat_matching(
    tmp_path: Path, demo_export: dict[str, Any]
) -> None:
    ref = next(a for a in demo_export["agreements"] if a["kind"] == "cooperation")
    first, second = copy.deepcopy(ref), copy.deepcopy(ref)
    second["uid"] = "another-agreement"
    for item, name in ((first, "Östra Göinge kommun"), (second, "östra göinge KOMMUN")):
        item["parties"][0]["organisation"] = {
            "name": name,
            "kind": "municipality",
            "org_number": None,
            "address": "",
            "parent": None,
        }
        item["parties"][0]["contact_person"] = {"name": "Åsa Öberg", "email": "ÅSA@example.org"}
        item["parties"][0]["signatory"] = {"name": "åsa öberg", "email": "åsa@EXAMPLE.org"}
    target = new_db(tmp_path, "target.sqlite3")
    data = dict(demo_export, agreements=[first, second])
    with target.unit_of_work() as uow:
        import_data(uow, data)
    with target.unit_of_work() as uow:
        assert [o.name for o in list_organisations(uow, "ÖSTRA")] == ["Östra Göinge kommun"]
        assert [p.name for p in list_people(uow, search="åsa")] == ["Åsa Öberg"]
        assert [o.name for o in list_organisations(uow, "100%")] == []  # LIKE wildcards are literal


def test_checkins_without_schedule_marks_are_not_doubled(
    tmp_path: Path, demo_export: dict[str, Any]
) -> None:
    data = copy.deepcopy(demo_export)
    for agreement in data["agreements"]:
        for checkin in agreement["checkins"]:
            checkin.pop("scheduled_on", None)
            checkin.pop("touched", None)
    target = new_db(tmp_path, "target.sqlite3")
    with target.unit_of_work() as uow:
        import_data(uow, data)
    with target.unit_of_work() as uow:
        again = export_data(uow)
    for before, after in zip(data["agreements"], again["agreements"], strict=True):
        assert [(c["due"], c["status"]) for c in after["checkins"]] == [
            (c["due"], c["status"]) for c in before["checkins"]
        ]


def test_organisations_no_agreement_names_travel_with_the_whole_register(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        region = next(o for o in list_organisations(uow) if o.name == "Region Skåne")
        county = save_organisation(uow, Organisation("Länsstyrelsen", OrganisationKind.OTHER))
        save_organisation(
            uow, Organisation("Regionbiblioteket", OrganisationKind.LIBRARY, parent_id=region.id)
        )
        save_organisation(uow, Organisation("Enheten", OrganisationKind.OTHER, parent_id=county.id))
        whole = export_data(uow)
        some = export_data(uow, [next(s.id for s in list_agreements(uow))])
    assert "organisations" not in some  # only what those agreements name
    unnamed = whole["organisations"]
    assert [o["name"] for o in unnamed] == [
        "Kungliga biblioteket",
        "Länsstyrelsen",
        "Regionbiblioteket",
        "Enheten",
    ]
    assert unnamed[2]["parent"]["name"] == "Region Skåne"
    assert unnamed[3]["parent"]["name"] == "Länsstyrelsen"
    name = f"bibagreements-{whole['version']}.schema.json"
    jsonschema.Draft202012Validator(
        json.loads(resource_path("schemas", name).read_text())
    ).validate(whole)

    target = new_db(tmp_path, "target.sqlite3")
    with target.unit_of_work() as uow:
        result = import_data(uow, whole)
    with db.unit_of_work() as uow:
        expected = len(list_organisations(uow))
    with target.unit_of_work() as uow:
        assert len(list_organisations(uow)) == result.organisations_created == expected
        again = export_data(uow)
    assert _without_timestamp(again) == _without_timestamp(whole)


def test_the_synthetic_register_round_trips_through_export_and_import(tmp_path: Path) -> None:
    from bibagreements.services.interchange import export_data, import_data
    from tests.bench.synthetic import generate
    from tests.databases import fresh_database

    source = fresh_database(tmp_path / "synthetic.sqlite3")
    generate(source, 20, 5, seed=7)
    with source.unit_of_work() as uow:
        data = export_data(uow)
    target = fresh_database(tmp_path / "empty.sqlite3")
    with target.unit_of_work() as uow:
        result = import_data(uow, data)
    assert result.agreements_created == 20
    with target.unit_of_work() as uow:
        again = export_data(uow)

    # The same register; the signed agreements have been frozen on the way in (the
    # bulk-loaded source never froze them).
    def strip(document: dict[str, Any]) -> list[dict[str, Any]]:
        return [{k: v for k, v in a.items() if k != "versions"} for a in document["agreements"]]

    assert strip(again) == strip(data)
    assert any("versions" in a for a in again["agreements"])


def test_a_held_check_in_outside_a_shortened_period_still_imports(tmp_path: Path) -> None:
    import dataclasses
    from datetime import date

    from bibagreements.domain.enums import AgreementStatus, Cadence
    from bibagreements.services.agreements import save_agreement
    from bibagreements.services.interchange import export_data, import_data
    from bibagreements.services.schedule import record_checkin
    from tests.builders import make_agreement
    from tests.databases import fresh_database

    db = fresh_database(tmp_path / "a.sqlite3")
    with db.unit_of_work() as uow:
        a = make_agreement(uow, "Förkortat", cadence=Cadence.QUARTERLY)
        first = a.checkins[0]
        assert first.id is not None and first.due == date(2020, 2, 10)
        record_checkin(uow, first.id, first.due, today=date(2020, 3, 1))
        shorter = save_agreement(
            uow, dataclasses.replace(a, start=date(2020, 6, 1), status=AgreementStatus.DRAFT)
        )
        assert shorter.checkins[0].due == date(2020, 2, 10)  # what happened stays
        data = export_data(uow)
    with fresh_database(tmp_path / "b.sqlite3").unit_of_work() as uow:
        assert import_data(uow, data).agreements_created == 1


def test_an_import_error_never_echoes_the_file(tmp_path: Path) -> None:
    from bibagreements.errors import InterchangeError
    from bibagreements.services.interchange import import_file
    from tests.databases import fresh_database

    big = tmp_path / "big.json"
    big.write_text(json.dumps([{"x": "a" * 100}] * 50_000), encoding="utf-8")
    assert big.stat().st_size > 5_000_000
    db = fresh_database(tmp_path / "t.sqlite3")
    with db.unit_of_work() as uow, pytest.raises(InterchangeError) as raised:
        import_file(uow, big)
    message = str(raised.value)
    assert len(message) < 400 and "is not of type 'object'" in message


def test_a_file_with_a_key_twice_imports_nothing(
    tmp_path: Path, demo_export: dict[str, Any]
) -> None:
    text = json.dumps(demo_export, ensure_ascii=False, indent=2)
    # The first agreement's title given twice: one reader would keep the first, Python the last.
    text = text.replace('"title": ', '"title": "Ett annat avtal", "title": ', 1)
    file = tmp_path / "twice.json"
    file.write_text(text, encoding="utf-8")
    db = new_db(tmp_path)
    with pytest.raises(InterchangeError) as caught, db.unit_of_work() as uow:
        import_file(uow, file)
    assert [str(p) for p in caught.value.problems] == [
        "agreements[0].title: the key title appears twice in one object"
    ]
    with db.unit_of_work() as uow:
        assert list_agreements(uow) == []


def test_short_titles_travel_and_a_file_without_them_reads_as_none(
    tmp_path: Path, demo_export: dict[str, Any]
) -> None:
    data = copy.deepcopy(demo_export)
    del data["agreements"][1]["short_title"]
    target = new_db(tmp_path, "target.sqlite3")
    with target.unit_of_work() as uow:
        import_data(uow, data)
    with target.unit_of_work() as uow:
        shorts = {s.title[:20]: s.short_title for s in list_agreements(uow)}
        again = export_data(uow)
    assert sorted(shorts.values()) == ["", "Kristianstad 2019", "Webbplats Västmanland"]
    assert "short_title" not in again["agreements"][1]
    assert again["agreements"][0]["short_title"] == "Kristianstad 2019"
