"""Reading an interchange file: JSON, the schema and the checks across fields, with paths."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from bibagreements.errors import InterchangeError
from bibagreements.interchange.reading import parse_file
from tests.builders import english_problems


def test_reference_party_org_number_path(demo_export: dict[str, Any]) -> None:
    data = copy.deepcopy(demo_export)
    ref = next(i for i, a in enumerate(data["agreements"]) if a["kind"] == "cooperation")
    data["agreements"][ref]["parties"][1]["organisation"]["org_number"] = "232100-0256"
    problems = english_problems(data)
    assert f"agreements[{ref}].parties[1].organisation.org_number: check digit wrong" in problems


def test_structural_errors_are_listed(demo_export: dict[str, Any]) -> None:
    data = copy.deepcopy(demo_export)
    del data["agreements"][0]["title"]
    data["agreements"][0]["status"] = "signed"
    data["agreements"][1]["parties"][0]["organisation"]["surprise"] = 1
    problems = english_problems(data)
    assert "agreements[0]: 'title' is a required property" in problems
    assert any(p.startswith("agreements[0].status: 'signed' is not one of") for p in problems)
    assert any(
        p.startswith("agreements[1].parties[0].organisation: Additional properties")
        for p in problems
    )


def test_newer_format_version_is_refused(demo_export: dict[str, Any]) -> None:
    data = dict(demo_export, version=3)
    (problem,) = english_problems(data)
    assert "newer bibagreements" in problem


def test_dangling_parent_reference(demo_export: dict[str, Any]) -> None:
    data = copy.deepcopy(demo_export)
    project = next(a for a in data["agreements"] if a["kind"] == "project")
    project["parent"] = "no-such-uid"
    assert any("parent: no agreement with uid no-such-uid" in p for p in english_problems(data))


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"{not json", r"is not valid JSON \(line 1, column 2"), (b"\xff\xfe\x00", "is not UTF-8")],
)
def test_unreadable_files(content: bytes, message: str) -> None:
    with pytest.raises(InterchangeError, match=message):
        parse_file(content, "broken.json")


def test_cross_field_problems_are_reported_before_saving(demo_export: dict[str, Any]) -> None:
    data = copy.deepcopy(demo_export)
    ref = next(i for i, a in enumerate(data["agreements"]) if a["kind"] == "cooperation")
    frame = next(i for i, a in enumerate(data["agreements"]) if a["kind"] == "framework")
    project = next(i for i, a in enumerate(data["agreements"]) if a["kind"] == "project")
    agreements = data["agreements"]
    agreements[ref]["parties"][1]["organisation"] = copy.deepcopy(
        agreements[ref]["parties"][0]["organisation"]
    )
    agreements[ref]["parties"][0]["signed_on"] = "2999-01-01"
    agreements[ref]["checkins"][0]["due"] = "2030-01-01"
    agreements[frame]["predecessor"] = agreements[ref]["uid"]
    agreements[ref]["predecessor"] = agreements[frame]["uid"]
    agreements[project]["project"]["funding_sek"] = 0.001
    problems = english_problems(data)
    assert f"agreements[{ref}].parties[1]: Biblioteken i Kristianstad is a party twice" in problems
    assert f"agreements[{ref}].parties[0].signed_on: 2999-01-01 is in the future" in problems
    assert f"agreements[{ref}].checkins[0].due: 2030-01-01 is outside the period" in problems
    assert any(p.endswith("goes round in a circle") for p in problems)
    assert (
        f"agreements[{project}].project.funding_sek: has more than two decimals (öre)" in problems
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"format": "bibagreements", "version": 1, "agreements": [], "x": NaN}', "NaN"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_non_json_values_are_refused(text: str, message: str) -> None:
    with pytest.raises(InterchangeError, match=message):
        parse_file(text.encode(), "odd.json")


def test_lone_surrogates_are_reported(demo_export: dict[str, Any]) -> None:
    data = copy.deepcopy(demo_export)
    data["agreements"][0]["title"] = "bad \ud800 text"
    assert english_problems(data) == [
        "agreements[0].title: contains a character that is not valid Unicode"
    ]


def test_calendar_uids_of_check_ins_are_checked(demo_export: dict[str, Any]) -> None:
    data = copy.deepcopy(demo_export)
    checkins = data["agreements"][0]["checkins"]
    # Generated check-ins carry no UID of their own: the key is left out.
    assert checkins and not any("event_uid" in c for c in checkins)
    checkins[0]["event_uid"] = "two words"
    checkins[-1]["event_uid"] = ""
    problems = english_problems(data)
    assert any(p.startswith("agreements[0].checkins[0].event_uid: 'two words'") for p in problems)
    assert any(
        p.startswith(f"agreements[0].checkins[{len(checkins) - 1}].event_uid") for p in problems
    )


def test_two_check_ins_cannot_share_a_calendar_uid(demo_export: dict[str, Any]) -> None:
    data = copy.deepcopy(demo_export)
    first, second = data["agreements"][0]["checkins"][:2]
    first["event_uid"] = second["event_uid"] = "checkin-x@bibagreements"
    problems = english_problems(data)
    assert (
        "agreements[0].checkins[1].event_uid: checkin-x@bibagreements is also used by "
        "agreements[0].checkins[0]"
    ) in problems


def test_problems_of_an_unnamed_organisation_have_its_path(demo_export: dict[str, Any]) -> None:
    data = copy.deepcopy(demo_export)
    data["organisations"] = [{"name": "Kungliga biblioteket", "kind": "national_body"}]
    assert english_problems(data) == []
    data["organisations"].append({"name": " ", "kind": "other", "org_number": "202100-4806"})
    assert english_problems(data) == [
        "organisations[1].name: must not be empty",
        "organisations[1].org_number: check digit wrong",
    ]
    del data["organisations"]
    assert english_problems(data) == []  # files without them, as earlier versions wrote


def test_duplicate_keys_are_refused_with_their_path() -> None:
    text = (
        '{"format": "bibagreements", "version": 1, "agreements": [{}, {}, {"parties": '
        '[{"organisation": {"name": "A", "name": "B"}}], "title": "x", "title": "y"}]}'
    )
    with pytest.raises(InterchangeError) as caught:
        parse_file(text.encode(), "twice.json")
    assert [p.code for p in caught.value.problems] == ["duplicate_key", "duplicate_key"]
    assert [str(p) for p in caught.value.problems] == [
        "agreements[2].title: the key title appears twice in one object",
        "agreements[2].parties[0].organisation.name: the key name appears twice in one object",
    ]


def test_a_duplicate_key_at_the_top_is_refused() -> None:
    with pytest.raises(InterchangeError, match="version: the key version appears twice"):
        parse_file(b'{"version": 1, "version": 2}', "twice.json")


def test_control_characters_in_a_title_are_refused(demo_export: dict[str, Any]) -> None:
    data = copy.deepcopy(demo_export)
    data["agreements"][0]["title"] = "Avtal\x1b[2J\x07"
    data["agreements"][1]["parties"][0]["organisation"]["name"] = "Region\nSkåne"
    data["agreements"][1]["parties"][0]["signed_place"] = "Malmö\x9b"
    problems = english_problems(data)
    assert "agreements[0].title: contains a control character (U+001B)" in problems
    assert (
        "agreements[1].parties[0].organisation.name: contains a control character (U+000A)"
        in problems
    )
    assert "agreements[1].parties[0].signed_place: contains a control character (U+009B)" in (
        problems
    )


def test_a_running_text_keeps_tabs_and_line_breaks_but_not_escapes(
    demo_export: dict[str, Any],
) -> None:
    data = copy.deepcopy(demo_export)
    data["agreements"][0]["purpose"] = "Första stycket.\n\n\tAndra stycket."
    assert english_problems(data) == []
    data["agreements"][0]["purpose"] = "Stycket\r\x1b]0;title\x07"
    assert english_problems(data) == [
        "agreements[0].purpose: contains a control character (U+000D)"
    ]


def test_control_characters_in_follow_up_entries_are_refused(
    demo_export: dict[str, Any],
) -> None:
    data = copy.deepcopy(demo_export)
    where = next(i for i, a in enumerate(data["agreements"]) if a.get("followups"))
    data["agreements"][where]["followups"][0]["sub_goal"] = "Mål\x1b[31m"
    assert english_problems(data) == [
        f"agreements[{where}].followups[0].sub_goal: contains a control character (U+001B)"
    ]


def test_a_short_title_is_optional_and_must_be_text(demo_export: dict[str, Any]) -> None:
    data = copy.deepcopy(demo_export)
    assert data["agreements"][0]["short_title"] == "Kristianstad 2019"
    del data["agreements"][0]["short_title"]
    assert english_problems(data) == []
    data["agreements"][1]["short_title"] = 2020
    (problem,) = english_problems(data)
    assert problem.startswith("agreements[1].short_title: 2020 is not of type 'string'")
