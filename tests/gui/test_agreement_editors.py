"""The window's editors: one per agreement, found under its ID, asked before quitting."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt

from bibagreements.gui import dialogs
from bibagreements.gui.editor import AgreementEditor
from tests.gui.conftest import discard_changes, open_editor, replace_eva


def _editors(window) -> list[AgreementEditor]:  # type: ignore[no-untyped-def]
    return window.editors.open_editors()


def test_opening_twice_before_it_loads_gives_one_editor(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    agreement_id = window.model.summary(0).id
    window.editors.open_agreement(agreement_id)
    window.editors.open_agreement(agreement_id)  # the first has not arrived yet
    idle(window.ctx)
    assert len(_editors(window)) == 1
    assert list(window.editors.tracked) == [agreement_id]


def test_a_saved_new_agreement_is_found_under_its_id(qtbot, demo_window, idle, typist) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.editors.open_agreement(None)
    idle(window.ctx)
    (editor,) = _editors(window)
    typist(editor.ui.titleEdit, "Ny överenskommelse")
    parties = editor.ui.partiesEditor
    for name in ("Biblioteken i Kristianstad", "Region Skånes kulturförvaltning"):
        parties.add_party()
        org = next(o for o in parties.organisations.values() if o.name == name)
        parties.select_organisation(org.id)
    assert editor.save_button.isEnabled(), editor.ui.problemsLabel.text()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    assert editor.stored is not None and editor.stored.id is not None
    assert window.editors.tracked.get(editor.stored.id) is editor
    window.editors.open_agreement(editor.stored.id)
    idle(window.ctx)
    assert _editors(window) == [editor]


def test_quitting_asks_every_editor_even_untracked(
    qtbot, demo_window, idle, typist, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.editors.open_agreement(window.model.summary(0).id)
    idle(window.ctx)
    (editor,) = _editors(window)
    typist(editor.ui.titleEdit, " (ändrad)")
    window.editors.tracked.clear()  # lost track of it, as a new agreement's editor used to be
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs,
        "ask_unsaved",
        lambda parent, what, **_: asked.append(what) or dialogs.Unsaved.CANCEL,
    )
    assert not window.close()
    assert len(asked) == 1 and window.isVisible() and editor.isVisible()


def test_save_on_quit_quits_after_saving(qtbot, demo_window, idle, typist, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.editors.open_agreement(window.model.summary(0).id)
    idle(window.ctx)
    (editor,) = _editors(window)
    typist(editor.ui.titleEdit, " (ändrad)")
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent, what, **_: dialogs.Unsaved.SAVE)
    window.close()
    idle(window.ctx)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert not shiboken6.isValid(editor) or not editor.isVisible()


def test_a_new_editor_does_not_create_the_own_organisation(
    qtbot, demo_window, idle, typist
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.ctx.settings.own_organisation = "Kulturrådet i Exempelby"
    window.editors.open_agreement(None)
    idle(window.ctx)
    (editor,) = _editors(window)
    from bibagreements.services.organisations import list_organisations

    names: list[list[str]] = []
    window.ctx.op(window, lambda uow: [o.name for o in list_organisations(uow)], names.append)
    idle(window.ctx)
    assert "Kulturrådet i Exempelby" not in names[0]
    shown = [editor.ui.partiesEditor.table.item(0, 0).text()]
    assert shown == ["Kulturrådet i Exempelby"]
    typist(editor.ui.titleEdit, "Ny överenskommelse")
    parties = editor.ui.partiesEditor
    parties.add_party()
    other = next(
        o for o in parties.organisations.values() if o.name == "Biblioteken i Kristianstad"
    )
    parties.select_organisation(other.id)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    assert editor.stored is not None
    assert [p.name for p in editor.stored.parties] == [
        "Kulturrådet i Exempelby",
        "Biblioteken i Kristianstad",
    ]
    assert all(p.organisation_id > 0 for p in editor.stored.parties)
    assert not editor.dirty


def test_register_changes_wait_for_unsaved_editors(
    qtbot, demo_window, idle, typist, presenter, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    editor = open_editor(qtbot, window, idle, 2)
    typist(editor.ui.developmentAreaEdit, " 2")  # may change though the agreement is signed
    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    registers = replace_eva(qtbot, window, idle, typist, monkeypatch)
    assert told and editor.stored.title in told[0]
    assert "replaced" not in registers.message.text()
    assert editor.dirty and editor.stored.version == 1
    discard_changes(editor)


def test_new_agreement_starts_with_own_organisation(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.ctx.settings.own_organisation = "Biblioteken i Kristianstad"
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    idle(window.ctx)
    qtbot.waitUntil(lambda: bool(window.editors.tracked))
    editor = next(iter(window.editors.tracked.values()))
    parties = editor.ui.partiesEditor
    assert [p.name for p in parties.parties()] == ["Biblioteken i Kristianstad"]
    assert not editor.save_button.isEnabled()
    editor.close()
