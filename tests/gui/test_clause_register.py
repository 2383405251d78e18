"""Registers → Clause library: edit a clause, see it filled from an agreement, save it."""

from __future__ import annotations

from bibagreements.domain.library import Clause
from bibagreements.errors import ConflictError
from bibagreements.gui import dialogs
from bibagreements.gui.clause_register import ClauseRegister
from bibagreements.services.clauses import get_clause, list_clauses, save_clause
from bibagreements.services.demo import REFERENCE_TITLE


def _open(qtbot, window, idle) -> ClauseRegister:  # type: ignore[no-untyped-def]
    window.main_actions.clauses.trigger()
    register = window.tools.clause_register
    assert isinstance(register, ClauseRegister) and register.isVisible()
    idle(window.ctx)
    return register


def _preview_in_reference(register: ClauseRegister, idle, ctx) -> None:  # type: ignore[no-untyped-def]
    combo = register.agreement_combo
    combo.setCurrentIndex(combo.findText(REFERENCE_TITLE))
    combo.activated.emit(combo.currentIndex())
    idle(ctx)
    assert register.agreement is not None and register.agreement.title == REFERENCE_TITLE


def _clauses(window) -> list[Clause]:  # type: ignore[no-untyped-def]
    with window.ctx._database().unit_of_work() as uow:
        return list_clauses(uow)


def test_the_preview_is_filled_from_the_chosen_agreement_as_one_types(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter
) -> None:
    window = demo_window
    register = _open(qtbot, window, idle)
    assert register.model.rowCount() == len(_clauses(window)) == 6
    assert register.clause is not None  # the first is shown
    assert register.heading_edit.text() == register.clause.heading
    _preview_in_reference(register, idle, window.ctx)
    register.body_edit.setPlainText("{Parterna} ses {avstämning} under perioden {period}.")
    qtbot.waitUntil(lambda: "ses halvårsvis" in register.preview.toPlainText(), timeout=3000)
    assert register.preview.toPlainText() == (
        "Biblioteken i Kristianstad och Region Skånes kulturförvaltning ses halvårsvis "
        "under perioden 2019-11-08 – 2020-12-31."
    )
    assert register.used_label.text() == "{parties}, {cadence}, {period}"
    assert register.problem_label.isHidden() and presenter.exceptions == []
    register.body_edit.setPlainText(register.clause.body)  # leave the demo as it was


def test_a_misspelt_placeholder_shows_its_name_and_place(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle
) -> None:
    register = _open(qtbot, demo_window, idle)
    register.body_edit.setPlainText("Giltig under\nhela {perod}.")
    qtbot.waitUntil(lambda: not register.problem_label.isHidden(), timeout=3000)
    problem = register.problem_label.text()
    assert "perod" in problem and "line 2" in problem and "column 6" in problem
    assert "period" in problem  # did you mean
    assert register.preview.toPlainText() == ""


def test_a_new_clause_is_saved_and_listed(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter
) -> None:
    window = demo_window
    register = _open(qtbot, window, idle)
    register.new_button.click()
    assert register.clause is None and register.heading_edit.text() == ""
    register.category_edit.setText("Kommunikation")
    register.heading_edit.setText("Information till allmänheten")
    register.body_edit.setPlainText("{Parterna} informerar gemensamt om {avtalet}.")
    register.save_button.click()
    idle(window.ctx)
    saved = [c for c in _clauses(window) if c.heading == "Information till allmänheten"]
    assert len(saved) == 1 and saved[0].category == "Kommunikation"
    assert register.clause is not None and register.clause.id == saved[0].id
    assert register.model.rowCount() == 7
    current = register.page.current()
    assert current is not None and current.id == saved[0].id  # selected in the list
    assert presenter.exceptions == []


def test_a_colleague_s_save_in_between_is_refused_and_the_text_stays(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter
) -> None:
    window = demo_window
    register = _open(qtbot, window, idle)
    shown = register.clause
    assert shown is not None and shown.id is not None
    with window.ctx._database().unit_of_work() as uow:
        save_clause(uow, Clause(**{**shown.__dict__, "body": "Kollegans text."}))
    register.body_edit.setPlainText("Min text.")
    register.save_button.click()
    idle(window.ctx)
    assert [type(e) for e in presenter.exceptions] == [ConflictError]
    assert register.body_edit.toPlainText() == "Min text."
    with window.ctx._database().unit_of_work() as uow:
        assert get_clause(uow, shown.id).body == "Kollegans text."


def test_a_clause_deleted_after_asking(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, monkeypatch
) -> None:
    window = demo_window
    register = _open(qtbot, window, idle)
    shown = register.clause
    assert shown is not None
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    register.delete_button.click()
    idle(window.ctx)
    assert asked and shown.heading in asked[0]
    assert shown.id not in {c.id for c in _clauses(window)}
    assert register.model.rowCount() == 5
