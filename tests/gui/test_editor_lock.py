"""A signed agreement in the editor: read-only signed text, a banner, no impossible save."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from bibagreements.gui import dialogs
from bibagreements.gui.dialogs import ask_unsaved as real_ask_unsaved  # before the guard
from bibagreements.gui.editor_lock import banner_text, still_editable
from tests.gui.conftest import discard_changes, open_editor


def test_the_banner_says_what_may_change_and_how_the_rest_does(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, idle, 2)  # active, signed
    ui = editor.ui
    assert ui.signedBanner.isVisibleTo(editor)
    assert ui.signedBanner.geometry().top() < ui.pages.geometry().top()  # at the top
    assert ui.signedBannerText.text() == banner_text(can_amend=True)
    for name in still_editable():
        assert name in ui.signedBannerText.text()
    assert editor.signed and editor.styleSheet()  # read-only fields drawn as read-only
    discard_changes(editor)


def test_a_draft_has_no_banner_and_every_field_editable(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, demo_window, idle, 3)  # a draft
    ui = editor.ui
    assert not ui.signedBanner.isVisibleTo(editor)
    assert not ui.titleEdit.isReadOnly() and not ui.purposeEdit.isReadOnly()
    assert ui.kindCombo.isEnabled() and ui.addDocumentButton.isEnabled()
    assert ui.partiesEditor.add_button.isEnabled()
    assert not ui.areasEditor.read_only
    discard_changes(editor)


def _asked(monkeypatch) -> list[bool]:  # type: ignore[no-untyped-def]
    asked: list[bool] = []

    def ask(parent, what, *, can_save):  # type: ignore[no-untyped-def]
        asked.append(can_save)
        return dialogs.Unsaved.CANCEL

    monkeypatch.setattr(dialogs, "ask_unsaved", ask)
    return asked


def test_closing_offers_save_only_when_saving_can_happen(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, typist, monkeypatch
) -> None:
    asked = _asked(monkeypatch)
    editor = open_editor(qtbot, demo_window, idle, 3)
    ui = editor.ui
    typist(ui.programmeEdit, " 2")
    editor.close()
    assert asked == [True] and editor.isVisible()
    ui.titleEdit.clear()  # now it cannot be saved
    editor.close()
    assert asked == [True, False] and editor.isVisible()
    assert ui.titleError.shows_problem()  # and the editor shows why
    discard_changes(editor)


def test_the_question_without_save_has_no_save_button(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[list[str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append([box.buttonRole(b).name for b in box.buttons()])
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert real_ask_unsaved(None, "Avtal", can_save=False) is dialogs.Unsaved.CANCEL
    assert real_ask_unsaved(None, "Avtal") is dialogs.Unsaved.CANCEL
    without, with_save = shown
    assert "AcceptRole" not in without and sorted(without) == ["DestructiveRole", "RejectRole"]
    assert "AcceptRole" in with_save
