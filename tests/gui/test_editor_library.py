"""The editor and the library: Insert clause… adds a clause's section; Save as template…."""

from __future__ import annotations

from bibagreements.domain.enums import AgreementStatus
from bibagreements.gui import dialogs
from bibagreements.gui.editor import FILLED
from bibagreements.services.agreements import get_agreement, list_agreements
from bibagreements.services.clauses import list_clauses
from bibagreements.services.templates import find_template
from tests.gui.conftest import discard_changes, open_editor


def _ids(window, status: AgreementStatus) -> list[int]:  # type: ignore[no-untyped-def]
    with window.ctx._database().unit_of_work() as uow:
        return [s.id for s in list_agreements(uow) if s.stored_status is status]


def test_a_clause_inserted_is_a_section_filled_when_built_and_saved_with_the_rest(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, monkeypatch
) -> None:
    window = demo_window
    draft_id = _ids(window, AgreementStatus.DRAFT)[0]
    editor = open_editor(qtbot, window, idle, draft_id)
    with window.ctx._database().unit_of_work() as uow:
        clauses = list_clauses(uow)
        before = len(get_agreement(uow, draft_id).sections)
    chosen = next(i for i, c in enumerate(clauses) if c.heading == "Avstämning")
    offered: list[list[str]] = []

    def choose(_parent, _title, _label, options):  # type: ignore[no-untyped-def]
        offered.append(options)
        return chosen

    monkeypatch.setattr(dialogs, "choose", choose)
    button = editor.library.insert_button
    assert button.isEnabled()
    button.click()
    idle(window.ctx)
    assert "Uppföljning: Avstämning" in offered[0]
    items = editor.ui.sectionsEditor.items()
    assert (items[-1].title, items[-1].text, items[-1].key) == (
        "Avstämning",
        clauses[chosen].body,
        FILLED,
    )
    assert editor.save_button.isEnabled()  # an unsaved change, saved with the rest
    editor.save_button.click()
    idle(window.ctx)
    with window.ctx._database().unit_of_work() as uow:
        sections = get_agreement(uow, draft_id).sections
    assert len(sections) == before + 1 and sections[-1].filled
    assert presenter.exceptions == []
    discard_changes(editor)


def test_a_signed_agreement_takes_no_clause(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    signed_id = _ids(demo_window, AgreementStatus.ACTIVE)[0]
    editor = open_editor(qtbot, demo_window, idle, signed_id)
    assert not editor.library.insert_button.isEnabled()
    discard_changes(editor)


def test_the_saved_agreement_saved_as_a_template(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, monkeypatch
) -> None:
    window = demo_window
    editor = open_editor(qtbot, window, idle, 1)
    asked: list[str] = []

    def ask_text(_parent, _title, _label, initial):  # type: ignore[no-untyped-def]
        asked.append(initial)
        return "Min mall"

    monkeypatch.setattr(dialogs, "ask_text", ask_text)
    assert editor.bar_actions.template_button.isEnabled()
    editor.bar_actions.template_button.click()
    idle(window.ctx)
    assert asked and asked[0]  # the agreement's short title or title offered
    with window.ctx._database().unit_of_work() as uow:
        template = find_template(uow, "Min mall")
        agreement = get_agreement(uow, 1)
    assert (template.kind, template.cadence) == (agreement.kind, agreement.cadence)
    assert "Min mall" in editor.ui.problemsLabel.text()
    assert presenter.exceptions == []
    discard_changes(editor)
