"""Signed copies: attaching every party's scan makes the agreement active."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from bibagreements.domain.enums import AgreementStatus
from bibagreements.gui import dialogs
from bibagreements.gui.signed_copies import AttachSignedCopyDialog
from tests.builders import scan_pdf
from tests.gui.conftest import open_editor

PROJECT_ID = 3  # the demo's project agreement: a draft with two parties


def test_attaching_copies_for_all_parties_makes_it_active(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, tmp_path, monkeypatch
) -> None:
    window = demo_window
    window.ctx.today = lambda: date(2021, 3, 1)
    scan = tmp_path / "skannad.pdf"
    scan.write_bytes(scan_pdf())
    monkeypatch.setattr(dialogs, "open_file", lambda *args: str(scan))
    editor = open_editor(qtbot, window, idle, PROJECT_ID)
    assert editor.stored.status is AgreementStatus.DRAFT
    editor.sections.show(editor.ui.signedTab)
    panel = editor.ui.signedCopiesPanel
    idle(window.ctx)
    parties = [p.name for p in editor.stored.parties]
    assert panel.table.rowCount() == len(parties) == 2
    assert not panel.attach_button.isEnabled()  # nobody selected yet

    for row, place in enumerate(("Västerås", "Västerås")):
        panel.table.selectRow(row)
        assert panel.attach_button.isEnabled()
        qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
        dialog = panel._dialog
        assert isinstance(dialog, AttachSignedCopyDialog) and dialog.isVisible()
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no file yet
        qtbot.mouseClick(dialog.ui.browseButton, Qt.MouseButton.LeftButton)
        assert dialog.ui.fileEdit.text() == str(scan) and ok.isEnabled()
        dialog.ui.signedOnEdit.setDate(QDate(2021, 2, 20 + row))
        dialog.ui.placeEdit.setText(place)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        idle(window.ctx)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
        idle(window.ctx)

    assert editor.stored.status is AgreementStatus.ACTIVE
    assert [p.signed_on for p in editor.stored.parties] == [date(2021, 2, 20), date(2021, 2, 21)]
    assert editor.ui.statusCombo.currentData() == AgreementStatus.ACTIVE.value
    assert not editor.dirty
    assert "Signed by 2 of 2 parties" in panel.status.text()
    assert panel.table.item(0, 4).text() == "skannad.pdf"
    assert len(panel.table.item(0, 7).text()) == 64  # the checksum
    assert panel.table.item(0, 5).text() == "scan"
    # The main list shows the new status too.
    qtbot.waitUntil(
        lambda: (
            window.model.summary(window.model.row_of(PROJECT_ID)).status is AgreementStatus.ACTIVE
        )
    )

    # The stored copy comes back byte for byte.
    target = tmp_path / "tillbaka.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(target))
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    assert Path(target).read_bytes() == scan.read_bytes()


def test_not_a_scan_is_refused_next_to_the_field(qtbot, demo_window, idle, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    editor = open_editor(qtbot, window, idle, PROJECT_ID)
    text = tmp_path / "notes.txt"
    text.write_text("inte en skanning")
    dialog = AttachSignedCopyDialog(window.ctx, editor.stored, editor.stored.parties[0], editor)
    qtbot.addWidget(dialog)
    dialog.ui.fileEdit.setText(str(text))
    dialog.save()
    idle(window.ctx)
    assert dialog.ui.errorLabel.isVisibleTo(dialog)
    assert "not a PDF or an image" in dialog.ui.errorLabel.text()
