"""Organisations and people: validation as you type, and a person's data rights."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from bibagreements.errors import ConflictError
from bibagreements.gui import dialogs
from bibagreements.gui.record_dialogs import OrganisationDialog
from bibagreements.gui.registers import RegistersDialog


def test_organisation_number_is_checked_as_you_type(qtbot, ctx, typist) -> None:  # type: ignore[no-untyped-def]
    dialog = OrganisationDialog(ctx, [], None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    typist(dialog.ui.nameEdit, "Kristianstads kommun")
    assert dialog.save_button.isEnabled()
    typist(dialog.ui.numberEdit, "212000-0952")
    assert "check digit" in dialog.ui.numberError.text()
    assert not dialog.save_button.isEnabled()
    dialog.ui.numberEdit.clear()
    typist(dialog.ui.numberEdit, "211000-0951")
    assert "at least 20" in dialog.ui.numberError.text()
    dialog.ui.numberEdit.clear()
    typist(dialog.ui.numberEdit, "212000-0951")
    assert not dialog.ui.numberError.isVisibleTo(dialog)
    assert dialog.save_button.isEnabled()


def _registers(qtbot, ctx, idle) -> RegistersDialog:  # type: ignore[no-untyped-def]
    dialog = RegistersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    idle(ctx)
    return dialog


def _select_person(qtbot, dialog: RegistersDialog, typist, name: str) -> None:  # type: ignore[no-untyped-def]
    dialog.tabs.setCurrentWidget(dialog.people_page)
    page = dialog.people_page
    page.search.clear()
    typist(page.search, name)
    assert page.proxy.rowCount() == 1
    rect = page.table.visualRect(page.proxy.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current() is not None and page.current().name == name


def test_search_export_erase_and_replace_people(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, idle, typist, presenter, monkeypatch, tmp_path: Path
) -> None:
    dialog = _registers(qtbot, demo_ctx, idle)
    assert dialog.org_model.rowCount() > 5
    typist(dialog.org_page.search, "kristianstad")
    assert dialog.org_page.proxy.rowCount() == 2  # the municipality and its libraries

    _select_person(qtbot, dialog, typist, "Sara Lind")
    target = tmp_path / "sara.json"
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(target))
    dialog.export_person()
    idle(demo_ctx)
    data = json.loads(target.read_text("utf-8"))
    assert data["person"]["email"] == "sara.lind@example.org"
    assert "Exported" in dialog.message.text()

    # Sara is in a signed agreement: erasing is refused with the reason.
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    dialog.erase_person()
    idle(demo_ctx)
    assert [type(e) for e in presenter.exceptions] == [ConflictError]
    assert "signed" in presenter.messages[0].text

    # Eva Norén is the contact of the active framework agreement: replace her.
    _select_person(qtbot, dialog, typist, "Eva Norén")
    people = [p.name for p in dialog.people_model.records if p.name != "Eva Norén"]
    monkeypatch.setattr(
        dialogs,
        "choose",
        lambda parent, title, label, options: next(
            i for i, o in enumerate(options) if o.startswith("Maria Ek")
        ),
    )
    assert "Maria Ek" in people
    dialog.replace_person()
    idle(demo_ctx)
    # Maria belongs to another organisation: refused and explained, nothing changed.
    assert len(presenter.exceptions) == 2
