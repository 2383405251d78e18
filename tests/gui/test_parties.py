"""The editor's Parties tab: organisations, contact persons and signatories per party."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_editor


def test_a_stray_key_in_the_organisation_keeps_the_people(qtbot, demo_window, idle, typist) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.services.renewal import duplicate_agreement

    copied: list[int] = []  # a draft copy of the signed reference: its parties may change
    demo_window.ctx.op(demo_window, lambda uow: duplicate_agreement(uow, 1), copied.append)
    idle(demo_window.ctx)
    qtbot.waitUntil(lambda: bool(copied))
    editor = open_editor(qtbot, demo_window, idle, copied[0].id)  # type: ignore[attr-defined]
    editor.sections.show(editor.ui.partiesTab)
    parties = editor.ui.partiesEditor
    parties.table.setCurrentCell(0, 0)
    before = parties.parties()[0]
    assert before.contact_person_id is not None and before.signatory_id is not None
    combo = parties.organisation_combo
    combo.setFocus()
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_End)
    typist(combo.lineEdit(), "x")
    assert parties.problems()  # no organisation chosen while the text names none
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Backspace)
    after = parties.parties()[0]
    assert (after.organisation_id, after.contact_person_id, after.signatory_id) == (
        before.organisation_id,
        before.contact_person_id,
        before.signatory_id,
    )
    assert not editor.dirty
