"""Errors read well in the window: a title per class, friendly texts, details for bugs, Swedish."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from PySide6.QtWidgets import QApplication

import bibagreements
from bibagreements import errors
from bibagreements.domain.problems import Problem
from bibagreements.errors import (
    BibError,
    ConflictError,
    DatabaseError,
    DatabaseTooNewError,
    InterchangeError,
    NotFoundError,
    ValidationError,
)
from bibagreements.gui.errors import DetailsDialog, ErrorPresenter


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
            "”Utkast” är ”Väntar på underskrift”: endast utkast kan tas bort.",
        ),
        (
            ConflictError(
                "checkin_not_planned", due="2020-05-08", checkin_status="held", action="moved"
            ),
            "Avstämningen 2020-05-08 är hållen; bara en planerad avstämning kan flyttas.",
        ),
        (InterchangeError("not_utf8", path="/tmp/a.json"), "/tmp/a.json är inte UTF-8-text."),
        (
            DatabaseError(
                "database_damaged",
                path="/tmp/x.sqlite3",
                backup="/tmp/b.sqlite3",
                command="bibagreements --db /tmp/x.sqlite3 restore /tmp/b.sqlite3",
            ),
            "Databasen /tmp/x.sqlite3 är skadad. Den senaste automatiska säkerhetskopian av den "
            "är /tmp/b.sqlite3; återställ den med: bibagreements --db /tmp/x.sqlite3 restore "
            "/tmp/b.sqlite3",
        ),
        (
            InterchangeError(
                [Problem("empty", "agreements", 3, "parties", 1, "organisation", "name")]
            ),
            "agreements[3].parties[1].organisation.name: Får inte vara tomt",
        ),
    ],
)
def test_known_core_errors_are_translated(swedish, exc: BibError, expected: str) -> None:  # type: ignore[no-untyped-def]
    text = ErrorPresenter().describe(exc).text
    assert expected in text


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


def test_known_errors_are_friendly() -> None:
    presenter = ErrorPresenter()
    message = presenter.describe(ValidationError([Problem("end_before_start", "period")]))
    assert not message.is_bug
    assert "Period: The end date is before the start date" in message.text
    too_new = DatabaseTooNewError("database_too_new", path="x.sqlite3", revision="9999")
    assert "newer version" in presenter.describe(too_new).text
    assert not presenter.describe(OSError(2, "No such file", "/x.json")).is_bug


def test_bugs_get_details_and_copy(qtbot) -> None:
    presenter = ErrorPresenter()
    try:
        raise KeyError("internal")
    except KeyError as exc:
        message = presenter.describe(exc)
    assert message.is_bug
    assert "Traceback" in message.details and "KeyError" in message.details
    assert "Traceback" not in message.text
    dialog = DetailsDialog(message)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(
        dialog.copy_button, pytest.importorskip("PySide6.QtCore").Qt.MouseButton.LeftButton
    )
    assert "KeyError" in QApplication.clipboard().text()


def test_excepthook_routes_to_the_presenter(presenter) -> None:  # type: ignore[no-untyped-def]
    try:
        raise RuntimeError("slot failed")
    except RuntimeError as exc:
        raised = exc
        presenter.excepthook(type(exc), exc, exc.__traceback__)
    assert presenter.exceptions == [raised]
    (message,) = presenter.messages
    assert message.is_bug
    assert "Traceback" in message.details and "builtins.RuntimeError" in message.details
    assert "slot failed" not in message.details  # messages may quote a record: never shown
    assert "Traceback" not in message.text


def test_a_damaged_database_has_a_title_of_its_own(qapp: QApplication) -> None:
    damaged = DatabaseError(
        "database_damaged_no_backup",
        path="/tmp/x.sqlite3",
        command="bibagreements --db /tmp/x.sqlite3 restore",
    )
    message = ErrorPresenter().describe(damaged)
    assert message.title == "The database is damaged"
    assert message.text.startswith("The database /tmp/x.sqlite3 is damaged, and there is no")
    assert ErrorPresenter().describe(DatabaseError("not_sqlite", path="/x")).title == (
        "The database cannot be used"
    )
