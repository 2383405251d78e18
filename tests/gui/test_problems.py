"""The window has words of its own, in English and Swedish, for every code and error class.

tests/package/test_problem_codes.py checks that every code raised is in the English
catalogue; here every code of that catalogue has a text in the window's table
whose placeholders the code's parameters fill, and the compiled Swedish
catalogue translates each one (and each field label) into something else.
"""

from __future__ import annotations

import importlib
import pkgutil
import string
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

import bibagreements
from bibagreements import errors
from bibagreements.domain.messages import COMMAND_LINE_ONLY, ENGLISH, placeholders
from bibagreements.domain.problems import Problem
from bibagreements.gui import problems
from bibagreements.gui.errors import ErrorPresenter
from bibagreements.gui.i18n import i18n_dir
from tests.gui.test_i18n import swedish  # noqa: F401

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


def test_every_code_is_shown_in_swedish(swedish) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    for code in sorted(set(ENGLISH) - problems.VERBATIM - COMMAND_LINE_ONLY):
        params: dict[str, str | int] = {
            name: "active" if "status" in name else 1 for name in placeholders(code)
        }
        problem = Problem(code, "title", **params)
        assert problems.message_text(problem) != problem.message(), code
        assert "{" not in problems.message_text(problem), code


def _every_error_class() -> list[type[errors.BibError]]:
    for module in pkgutil.walk_packages(bibagreements.__path__, "bibagreements."):
        if not any(part in module.name for part in ("migrations", "__main__", "generated")):
            importlib.import_module(module.name)  # error classes defined anywhere register
    found, todo = [], [errors.BibError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return found


def _example(cls: type[errors.BibError]) -> errors.BibError:
    if issubclass(cls, errors.ValidationError):
        return cls([Problem("empty", "title")])
    if issubclass(cls, errors.InterchangeError):
        return cls("not_utf8", path="a.json")
    return cls("no_agreement", id=1)


def test_every_error_class_has_a_title_of_its_own(qapp: QApplication) -> None:
    classes = _every_error_class()
    assert len(classes) >= 8
    presenter = ErrorPresenter()
    titles = {cls: presenter.describe(_example(cls)).title for cls in classes}
    generic = titles.pop(errors.BibError)
    assert [cls.__name__ for cls, title in titles.items() if title == generic] == []
    assert len(set(titles.values())) == len(titles)  # and no two classes share one
