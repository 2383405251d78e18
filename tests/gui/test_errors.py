"""Fixes from the hands-on review: the core's error messages speak Swedish too."""

from __future__ import annotations

import pytest

from bibagreements.domain.problems import Problem
from bibagreements.errors import (
    BibError,
    ConflictError,
    DatabaseError,
    InterchangeError,
    NotFoundError,
)
from bibagreements.gui import problems
from bibagreements.gui.errors import ErrorPresenter
from bibagreements.gui.problems import error_text, human
from tests.gui.test_i18n import swedish  # noqa: F401


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (NotFoundError("no_agreement", id=7), "Det finns inget avtal med id 7."),
        (NotFoundError("no_person", id=3), "Det finns ingen person med id 3."),
        (
            ConflictError("changed_by_someone_else", title="Avtal A", stored=4, yours=3),
            "”Avtal A” har ändrats av någon annan (version 4, din är 3).",
        ),
        (
            DatabaseError("not_sqlite", path="/tmp/x.sqlite3"),
            "/tmp/x.sqlite3 är inte en bibagreements-databas.",
        ),
        (
            ConflictError("person_in_signed", person="Sara Lind", count=2, titles="A; B"),
            "Sara Lind förekommer i 2 undertecknade avtal (A; B).",
        ),
        (
            ConflictError("not_a_draft", title="Utkast", status="out_for_signature"),
            "”Utkast” är ”Ute för underskrift”: endast utkast kan tas bort.",
        ),
        (
            ConflictError(
                "checkin_not_planned", due="2020-05-08", checkin_status="held", action="moved"
            ),
            "Avstämningen 2020-05-08 är hållen; bara en planerad avstämning kan flyttas.",
        ),
        (InterchangeError("not_utf8", path="/tmp/a.json"), "/tmp/a.json är inte UTF-8-text."),
        (
            InterchangeError(
                [Problem("empty", "agreements", 3, "parties", 1, "organisation", "name")]
            ),
            "agreements[3].parties[1].organisation.name: Får inte vara tomt",
        ),
    ],
)
def test_known_core_errors_are_translated(swedish, exc: BibError, expected: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    text = ErrorPresenter().describe(exc).text
    assert expected in text


def test_problems_are_placed_by_their_path_and_worded_by_their_code(swedish) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    twice = Problem("party_twice", "parties", 1, name="Region Skåne")
    assert human(twice) == "Parter, rad 2: Region Skåne är part två gånger"
    assert human(twice, with_field=False) == "Rad 2: Region Skåne är part två gånger"
    move = Problem("bad_transition", "status", from_status="draft", to_status="active")
    assert human(move) == "Status: Kan inte gå från ”Utkast” till ”Gällande”"
    # The English of the command line may be reworded: the window never reads it.
    assert str(twice) == "parties[1]: Region Skåne is a party twice"


def test_an_unknown_code_falls_back_to_the_english_message(  # type: ignore[no-untyped-def]
    swedish,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delitem(problems.TEXTS, "no_agreement")
    assert error_text(NotFoundError("no_agreement", id=7)) == "no agreement with ID 7"
    monkeypatch.delitem(problems.TEXTS, "party_twice")
    assert (
        human(Problem("party_twice", "parties", 0, name="X")) == "Parter, rad 1: X is a party twice"
    )


def test_an_error_needs_a_code_of_the_catalogue() -> None:
    import pytest

    with pytest.raises(ValueError, match="no message code"):
        BibError("something entirely new")
