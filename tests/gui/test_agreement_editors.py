"""Fixes from the hands-on review: editors, quitting, deleting and renewing from the main window."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt

from bibagreements.gui import dialogs
from bibagreements.gui.editor import AgreementEditor

REFERENCE_TITLE = (
    "Överenskommelse om samarbete mellan Region Skånes kulturförvaltning "
    "och Biblioteken i Kristianstad"
)


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
        dialogs, "ask_unsaved", lambda parent, what: asked.append(what) or dialogs.Unsaved.CANCEL
    )
    assert not window.close()
    assert len(asked) == 1 and window.isVisible() and editor.isVisible()


def test_save_on_quit_quits_after_saving(qtbot, demo_window, idle, typist, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.editors.open_agreement(window.model.summary(0).id)
    idle(window.ctx)
    (editor,) = _editors(window)
    typist(editor.ui.titleEdit, " (ändrad)")
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent, what: dialogs.Unsaved.SAVE)
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


def test_a_bad_database_says_so_and_offers_another(
    qtbot, make_ctx, demo_db, tmp_path, idle, presenter, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from bibagreements.gui.main_window import PAGE_FAILED, PAGE_LIST, MainWindow

    too_new = tmp_path / "too-new.sqlite3"
    with sqlite3.connect(too_new) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('fffffffffff9')")
    conn.close()
    ctx = make_ctx(str(too_new))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.reload()
    idle(ctx)
    assert presenter.exceptions == []  # a page says it, not a dialog per action
    assert window.pages.currentIndex() == PAGE_FAILED
    assert "newer version" in window.failed_page().reason.text()
    for action in (
        window.main_actions.new,
        window.main_actions.import_json,
        window.main_actions.organisations,
    ):
        assert not action.isEnabled()
    assert ctx.settings.last_database == ""  # not reopened on the next plain start

    monkeypatch.setattr(dialogs, "open_file", lambda *args: demo_db)
    with qtbot.waitSignal(window.list_loaded, timeout=10_000):
        qtbot.mouseClick(window.failed_page().choose_database_button, Qt.MouseButton.LeftButton)
    idle(ctx)
    assert window.pages.currentIndex() == PAGE_LIST
    assert window.main_actions.new.isEnabled()
    assert ctx.settings.last_database == demo_db


def _replace_eva(qtbot, window, idle, typist, monkeypatch):  # type: ignore[no-untyped-def]
    from bibagreements.domain.records import Person
    from bibagreements.services.organisations import list_organisations, save_person
    from tests.gui.test_registers import _select_person

    def add_person(uow):  # type: ignore[no-untyped-def]
        org = next(o for o in list_organisations(uow) if o.name == "Region Västmanland")
        return save_person(uow, Person("Ny Kontakt", organisation_id=org.id))

    window.ctx.op(window, add_person)
    window.tools.show_registers()
    idle(window.ctx)
    registers = window.tools.registers
    _select_person(qtbot, registers, typist, "Eva Norén")
    monkeypatch.setattr(
        dialogs,
        "choose",
        lambda parent, title, label, options: next(
            i for i, o in enumerate(options) if o.startswith("Ny Kontakt")
        ),
    )
    registers.replace_person()
    idle(window.ctx)
    return registers


def test_register_changes_refresh_open_editors(
    qtbot, demo_window, idle, typist, presenter, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.editors.open_agreement(2)
    idle(window.ctx)
    editor = window.editors.tracked[2]
    _replace_eva(qtbot, window, idle, typist, monkeypatch)
    idle(window.ctx)
    assert not editor.dirty
    contacts = [p.contact_person_id for p in editor.ui.partiesEditor.parties()]
    assert any(editor.ui.partiesEditor.people[c].name == "Ny Kontakt" for c in contacts if c)
    editor.ui.tabs.setCurrentWidget(editor.ui.partiesTab)
    typist(editor.ui.partiesEditor.registry_edit, " 2")  # may change once signed
    assert editor.save_button.isEnabled(), editor.ui.problemsLabel.text()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    assert presenter.exceptions == []


def test_register_changes_wait_for_unsaved_editors(
    qtbot, demo_window, idle, typist, presenter, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.editors.open_agreement(2)
    idle(window.ctx)
    editor = window.editors.tracked[2]
    typist(editor.ui.programmeEdit, " 2")
    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    registers = _replace_eva(qtbot, window, idle, typist, monkeypatch)
    assert told and editor.stored.title in told[0]
    assert "replaced" not in registers.message.text()
    assert editor.dirty and editor.stored.version == 1
    editor._baseline = editor.collect()[0]


def test_deleting_a_draft_closes_its_editor_first(
    qtbot, demo_window, idle, typist, presenter, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.editors.open_agreement(3)  # the draft
    idle(window.ctx)
    editor = window.editors.tracked[3]
    typist(editor.ui.programmeEdit, " 2")
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    asked: list[str] = []
    answer = dialogs.Unsaved.CANCEL
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent, what: asked.append(what) or answer)
    window.select_agreement(3)
    window.main_actions.delete.trigger()
    idle(window.ctx)
    assert asked and editor.isVisible()  # kept: the user cancelled
    assert window.model.row_of(3) >= 0
    answer = dialogs.Unsaved.DISCARD
    window.main_actions.delete.trigger()
    idle(window.ctx)
    qtbot.waitUntil(lambda: window.model.row_of(3) < 0)
    assert 3 not in window.editors.tracked and window.editors.open_editors() == []
    assert presenter.exceptions == []


def test_renewing_twice_offers_the_existing_renewal(qtbot, demo_window, idle, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.select_agreement(1)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, action: asked.append(text) or True
    )
    window.main_actions.renew.trigger()
    window.main_actions.renew.trigger()  # before the first is done
    idle(window.ctx)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)
    idle(window.ctx)
    assert len(asked) == 1
    (editor,) = window.editors.open_editors()
    assert editor.stored is not None and editor.stored.predecessor_id == 1
    window.select_agreement(1)
    window.main_actions.renew.trigger()
    idle(window.ctx)
    assert len(asked) == 2 and window.editors.open_editors() == [editor]
    assert window.model.rowCount() == 4
