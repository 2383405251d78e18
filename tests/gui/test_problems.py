"""The window has words of its own, in English and Swedish, for every code and error class.

tests/package/test_problem_codes.py checks that every code raised is in the English
catalogue; here every code of that catalogue has a text in the window's table
whose placeholders the code's parameters fill, and the compiled Swedish
catalogue translates each one (and each field label) into something else.
"""

from __future__ import annotations

import string
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from bibagreements.domain.messages import COMMAND_LINE_ONLY, ENGLISH, placeholders
from bibagreements.domain.problems import Problem
from bibagreements.errors import (
    NotFoundError,
)
from bibagreements.gui import problems
from bibagreements.gui.i18n import i18n_dir
from bibagreements.gui.problems import error_text, human

# Swedish that is legitimately the same word as the English.
SAME_IN_SWEDISH = {"Status", "Organisation"}


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.fixture
def catalogue(qapp: QApplication) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load("bibagreements_sv", str(i18n_dir()))
    yield translator


def test_every_code_has_a_text_its_parameters_fill() -> None:
    shown_as_given = problems.VERBATIM
    missing = sorted(set(ENGLISH) - set(problems.TEXTS) - shown_as_given - COMMAND_LINE_ONLY)
    assert missing == [], "give these codes a text in bibagreements/gui/problems.py"
    assert set(problems.TEXTS) <= set(ENGLISH), "a text for a code nobody raises"
    unfilled = {
        code: sorted(_names(text) - placeholders(code))
        for code, text in problems.TEXTS.items()
        if not _names(text) <= placeholders(code)
    }
    assert unfilled == {}


def test_every_text_and_field_has_a_swedish_translation(catalogue: QTranslator) -> None:
    sources = {*problems.TEXTS.values(), *problems.FIELDS.values()}
    untranslated, mismatched = [], []
    for source in sorted(sources):
        sv = catalogue.translate("Problems", source)
        if not sv or (sv == source and source not in SAME_IN_SWEDISH):
            untranslated.append(source)
        elif _names(sv) != _names(source):
            mismatched.append(f"{source!r} -> {sv!r}")
    assert untranslated == []
    assert mismatched == []  # the Swedish fills the same placeholders
    for same in SAME_IN_SWEDISH:  # the allow-list names only what really is the same
        assert catalogue.translate("Problems", same) == same


def test_every_code_is_shown_in_swedish(swedish) -> None:  # type: ignore[no-untyped-def]
    for code in sorted(set(ENGLISH) - problems.VERBATIM - COMMAND_LINE_ONLY):
        params: dict[str, str | int] = {
            name: "active" if "status" in name else 1 for name in placeholders(code)
        }
        problem = Problem(code, "title", **params)
        assert problems.message_text(problem) != problem.message(), code
        assert "{" not in problems.message_text(problem), code


def test_problems_are_placed_by_their_path_and_worded_by_their_code(swedish) -> None:  # type: ignore[no-untyped-def]
    twice = Problem("party_twice", "parties", 1, name="Region Skåne")
    assert human(twice) == "Parter, rad 2: Region Skåne är part två gånger"
    assert human(twice, with_field=False) == "Rad 2: Region Skåne är part två gånger"
    move = Problem("bad_transition", "status", from_status="draft", to_status="active")
    assert human(move) == "Status: Kan inte gå från ”Utkast” till ”Gällande”"
    # The English of the command line may be reworded: the window never reads it.
    assert str(twice) == "parties[1]: Region Skåne is a party twice"


def test_an_unknown_code_falls_back_to_the_english_message(  # type: ignore[no-untyped-def]
    swedish,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delitem(problems.TEXTS, "no_agreement")
    assert error_text(NotFoundError("no_agreement", id=7)) == "no agreement with ID 7"
    monkeypatch.delitem(problems.TEXTS, "party_twice")
    assert (
        human(Problem("party_twice", "parties", 0, name="X")) == "Parter, rad 1: X is a party twice"
    )


def test_a_message_that_begins_with_a_value_keeps_it_as_written(swedish) -> None:  # type: ignore[no-untyped-def]
    shown = human(Problem("not_pdf_or_image", "file", name="sara.pem"), with_field=False)
    assert shown == "sara.pem är varken en PDF eller en bild (PNG, JPEG, TIFF)"
    assert human(Problem("empty"), with_field=False)[0].isupper()
