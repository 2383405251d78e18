"""Fixes from the hands-on review: the core's error messages speak Swedish too."""

from __future__ import annotations

import pytest

from bibagreements.errors import (
    BibError,
    ConflictError,
    DatabaseError,
    InterchangeError,
    NotFoundError,
)
from bibagreements.gui.errors import ErrorPresenter
from bibagreements.gui.problems import error_text
from tests.gui.test_gui_forms_and_translations import swedish  # noqa: F401


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (NotFoundError("no agreement with ID 7"), "Det finns inget avtal med id 7."),
        (NotFoundError("no person with ID 3"), "Det finns ingen person med id 3."),
        (
            ConflictError(
                "“Avtal A” was changed by someone else (version 4, yours is 3); "
                "reload it before saving"
            ),
            "”Avtal A” har ändrats av någon annan",
        ),
        (
            DatabaseError("/tmp/x.sqlite3 is not a bibagreements database (not SQLite)"),
            "/tmp/x.sqlite3 är inte en bibagreements-databas.",
        ),
        (
            ConflictError(
                "Sara Lind appears in 2 signed agreement(s) (A; B); signed agreements are "
                "public records and are kept as signed. Replace the person in ongoing "
                "follow-up instead, or erase once the records may be culled."
            ),
            "Sara Lind förekommer i 2 undertecknade avtal (A; B).",
        ),
        (
            ConflictError(
                "“Utkast” is active: only drafts can be deleted; end or terminate it instead"
            ),
            "endast utkast kan tas bort",
        ),
        (
            InterchangeError([], headline="/tmp/a.json is not UTF-8 text"),
            "/tmp/a.json är inte UTF-8-text.",
        ),
    ],
)
def test_known_core_errors_are_translated(swedish, exc: BibError, expected: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    text = ErrorPresenter().describe(exc).text
    assert expected in text


def test_unknown_messages_are_shown_as_they_are(swedish) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert error_text("something entirely new") == "something entirely new"
    assert ErrorPresenter().describe(BibError("something entirely new")).text == (
        "something entirely new"
    )
