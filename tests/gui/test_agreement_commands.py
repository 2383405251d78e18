"""The commands on agreements from the main window: back up, delete, renew."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from bibagreements.domain.enums import AgreementStatus
from bibagreements.gui import dialogs
from bibagreements.services.demo import REFERENCE_TITLE
from tests.gui.conftest import open_editor


def test_back_up_from_the_file_menu(qtbot, demo_window, idle, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.ctx.today = lambda: date(2026, 11, 22)
    offered: list[str] = []

    def save_file(parent, caption, suggested, filters):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        return str(tmp_path / "kopia")  # typed without an extension

    monkeypatch.setattr(dialogs, "save_file", save_file)
    assert window.main_actions.backup.isEnabled()
    with qtbot.waitSignal(window.commands.backup_written, timeout=10_000) as written:
        window.main_actions.backup.trigger()
    idle(window.ctx)
    assert offered[0].endswith("bibagreements backup 2026-11-22.sqlite3")
    assert written.args == [str(tmp_path / "kopia.sqlite3")]
    assert "Backed up 3 agreements" in window.statusBar().currentMessage()
    from bibagreements.services.agreements import list_agreements
    from bibagreements.storage.database import open_database

    copy = open_database(str(tmp_path / "kopia.sqlite3"))
    with copy.unit_of_work() as uow:
        assert len(list_agreements(uow)) == 3
    copy.close()


def test_backing_up_onto_the_database_itself_is_explained_not_done(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, monkeypatch
) -> None:
    live = demo_window.ctx.db_name
    before = Path(live).read_bytes()
    monkeypatch.setattr(dialogs, "save_file", lambda *args: live)
    demo_window.main_actions.backup.trigger()
    idle(demo_window.ctx)
    assert [str(e) for e in presenter.exceptions] == [
        "output: that is the database itself; choose another file"
    ]
    assert Path(live).read_bytes() == before


def test_delete_refuses_signed_and_deletes_drafts(qtbot, demo_window, idle, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    reference = next(r.summary for r in window.model.rows() if r.summary.title == REFERENCE_TITLE)
    window.select_agreement(reference.id)
    window.main_actions.delete.trigger()
    assert told and "public records" in told[0]
    assert window.model.rowCount() == 3
    draft = next(
        r.summary for r in window.model.rows() if r.summary.status is AgreementStatus.DRAFT
    )
    window.select_agreement(draft.id)
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    with qtbot.waitSignal(window.list_loaded):
        window.main_actions.delete.trigger()
    idle(window.ctx)
    assert window.model.rowCount() == 2


def test_renew_creates_a_linked_draft_for_the_next_period(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    reference = next(r.summary for r in window.model.rows() if r.summary.title == REFERENCE_TITLE)
    window.select_agreement(reference.id)
    window.main_actions.renew.trigger()
    idle(window.ctx)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4 and bool(window.editors.tracked))
    editor = next(iter(window.editors.tracked.values()))
    assert editor.stored is not None and editor.stored.predecessor_id == reference.id
    assert editor.ui.startEdit.value() == date(2021, 1, 1)
    assert editor.ui.statusCombo.currentData() == "draft"
    assert editor.ui.predecessorValue.text() == f"Renews: {REFERENCE_TITLE}"
    editor.close()


def test_deleting_a_draft_closes_its_editor_first(
    qtbot, demo_window, idle, typist, presenter, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    editor = open_editor(qtbot, window, idle, 3)  # the draft
    typist(editor.ui.programmeEdit, " 2")
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    asked: list[str] = []
    answer = dialogs.Unsaved.CANCEL
    monkeypatch.setattr(
        dialogs, "ask_unsaved", lambda parent, what, **_: asked.append(what) or answer
    )
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


@pytest.mark.timeout(60)
def test_importing_a_pipe_or_a_device_is_refused_without_waiting(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, monkeypatch, tmp_path
) -> None:
    pipe = tmp_path / "agreements.json"
    os.mkfifo(pipe)
    rows = demo_window.model.rowCount()
    for path in (pipe, Path("/dev/zero")):
        monkeypatch.setattr(dialogs, "open_file", lambda *args, path=path: str(path))
        demo_window.main_actions.import_json.trigger()
        idle(demo_window.ctx)
    assert [str(e) for e in presenter.exceptions] == [
        f"file: {pipe} is not a regular file (a folder, device or pipe is not read)",
        "file: /dev/zero is not a regular file (a folder, device or pipe is not read)",
    ]
    assert demo_window.model.rowCount() == rows


def test_examples_and_imports_finding_all_present_do_not_pass_for_success_on_a_damaged_file(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, tmp_path, monkeypatch
) -> None:
    import json

    from bibagreements.services.interchange import export_data
    from tests.databases import damage

    window = demo_window
    exchange = tmp_path / "all-present.json"
    with window.ctx._database().unit_of_work() as uow:
        exchange.write_text(json.dumps(export_data(uow), default=str), encoding="utf-8")
    damage(Path(window.ctx.db_name), 3)  # an index nothing reads: the list still works
    monkeypatch.setattr(dialogs, "open_file", lambda *args: str(exchange))
    for action in (window.main_actions.demo, window.main_actions.import_json):
        action.trigger()
        idle(window.ctx)
    assert [m.title for m in presenter.messages] == ["The database is damaged"] * 2
    assert "already" not in window.statusBar().currentMessage()
