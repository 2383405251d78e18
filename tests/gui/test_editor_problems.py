"""Problems show once a field was touched or saving was tried, without moving the form."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Agreement
from bibagreements.gui.editor_problems import changed_fields, is_touched
from tests.gui.conftest import discard_changes, error_labels, open_editor


def test_touched_fields_and_their_problems() -> None:
    blank = Agreement(title="")
    assert changed_fields(Agreement(title="A"), blank) == {"title"}
    assert changed_fields(blank, None) == set()
    empty = Problem("empty", "title")
    assert not is_touched(empty, set()) and is_touched(empty, {"title"})
    before = Problem("end_before_start", "period")
    assert not is_touched(before, {"title"}) and is_touched(before, {"end"})
    assert is_touched(Problem("signed_content_locked"), set())  # no field's: always shown


def test_a_new_agreement_starts_in_its_title_without_errors(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, idle)
    ui = editor.ui
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.titleEdit)
    assert editor.problems()  # unfinished …
    assert not any(label.shows_problem() for label in error_labels(editor))  # … not wrong
    assert ui.problemsLabel.text() == ""
    assert "⚠" not in "".join(ui.sectionList.item(i).text() for i in range(ui.sectionList.count()))
    discard_changes(editor)


def test_an_error_appearing_moves_no_field(qtbot, demo_window, idle, typist) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, idle)
    ui = editor.ui
    fields = (ui.kindCombo, ui.statusCombo, ui.startEdit, ui.languageCombo, ui.cadenceCombo)
    qtbot.waitExposed(editor)
    QApplication.processEvents()
    before = [w.geometry() for w in fields] + [ui.pages.geometry(), ui.sectionList.geometry()]
    typist(ui.startEdit, "2024-06-01")
    ui.endEdit.setFocus()
    typist(ui.endEdit, "2024-01-01")
    ui.titleEdit.setFocus()
    ui.kindCombo.setFocus()  # the title left empty
    qtbot.waitUntil(lambda: ui.titleError.shows_problem() and ui.periodError.shows_problem())
    assert "⚠" in editor.sections.title(ui.generalTab)
    QApplication.processEvents()
    after = [w.geometry() for w in fields] + [ui.pages.geometry(), ui.sectionList.geometry()]
    assert after == before
    ui.titleError.setText("⚠ " + "Mycket lång förklaring " * 40)  # longer than the line
    QApplication.processEvents()
    assert [w.geometry() for w in fields][:2] == before[:2]
    assert ui.titleError.height() == ui.periodError.height()
    assert ui.titleError.toolTip().startswith("⚠ Mycket")  # all of it, where the line ends
    discard_changes(editor)


def test_saving_with_untouched_problems_shows_them(qtbot, demo_window, idle, typist) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, idle)
    ui = editor.ui
    typist(ui.programmeEdit, "Något")
    assert editor.save_button.isEnabled() and not ui.titleError.shows_problem()
    editor.save_button.click()
    assert ui.titleError.shows_problem() and ui.partiesError.shows_problem()
    assert "Cannot save yet" in ui.problemsLabel.text() and not editor.saving
    assert editor.stored is None  # nothing was saved
    discard_changes(editor)
