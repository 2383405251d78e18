"""The editor's button bar: Create PDF for signature, Print, Record check-in — one click each."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bibagreements.gui import pdf_preview
from bibagreements.gui.editor import AgreementEditor
from bibagreements.gui.record_checkin import RecordCheckinDialog
from tests.gui.conftest import discard_changes, open_editor


def _editor(qtbot, window, idle, tmp_path: Path, agreement_id: int = 1) -> AgreementEditor:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, window, idle, agreement_id)
    editor.ui.documentsPanel.folder_edit.setText(str(tmp_path))
    return editor


def test_the_buttons_are_in_the_bar_and_need_a_saved_agreement(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, typist, tmp_path
) -> None:
    new = open_editor(qtbot, demo_window, idle)
    bar = new.bar_actions
    assert all(b in new.ui.buttonBox.buttons() for b in bar.buttons())
    assert [(b.text(), b.shortcut().toString()) for b in bar.buttons()] == [
        ("Create PDF for signature", "Ctrl+Shift+P"),
        ("Print…", "Ctrl+P"),
        ("Record check-in…", "Ctrl+K"),
        ("Save as template…", "Ctrl+Shift+T"),
    ]
    assert not any(b.isEnabled() for b in bar.buttons())
    assert "Save the agreement first" in bar.pdf_button.toolTip()
    discard_changes(new)
    editor = _editor(qtbot, demo_window, idle, tmp_path)
    assert all(b.isEnabled() for b in editor.bar_actions.buttons())
    assert editor.bar_actions.print_button.toolTip().endswith("(shortcut: Ctrl+P)")
    typist(editor.ui.developmentAreaEdit, " 2")  # unsaved: the documents would show the old
    assert not any(b.isEnabled() for b in editor.bar_actions.buttons())
    assert "Save your changes first" in editor.bar_actions.print_button.toolTip()
    discard_changes(editor)


def test_create_pdf_for_signature(qtbot, demo_window, idle, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, demo_window, idle, tmp_path)
    panel = editor.ui.documentsPanel
    with qtbot.waitSignal(panel.generated, timeout=20_000) as written:
        qtbot.mouseClick(editor.bar_actions.pdf_button, Qt.MouseButton.LeftButton)
    rendering = written.args[0]
    assert editor.ui.pages.currentWidget() is editor.ui.documentsTab  # what happened is in view
    assert rendering.document == "agreement" and rendering.format == "pdf"
    path = Path(rendering.path)
    assert path.parent == tmp_path and "e-signing" in path.name
    assert b"/Sig" in path.read_bytes()  # the empty signature fields
    idle(demo_window.ctx)
    discard_changes(editor)


def test_print_writes_the_pdf_and_opens_the_print_dialog(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, tmp_path, monkeypatch
) -> None:
    editor = _editor(qtbot, demo_window, idle, tmp_path)
    printed: list[tuple[Path, int]] = []
    monkeypatch.setattr(
        pdf_preview,
        "print_dialog",
        lambda parent, path, copies, title: printed.append((path, copies)),
    )
    qtbot.mouseClick(editor.bar_actions.print_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    qtbot.waitUntil(lambda: bool(printed), timeout=20_000)
    ((path, copies),) = printed
    assert path.read_bytes().startswith(b"%PDF-") and "e-signing" not in path.name
    assert copies == 2  # one per party, for wet-ink signature
    idle(demo_window.ctx)
    qtbot.mouseClick(editor.bar_actions.print_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)  # printed again: the same file, not written anew (nor asked about)
    assert printed[1] == (path, 2) and len(list(tmp_path.glob("*.pdf"))) == 1
    discard_changes(editor)


def test_record_checkin_opens_the_one_due_next(qtbot, demo_window, idle, tmp_path) -> None:  # type: ignore[no-untyped-def]
    demo_window.ctx.today = lambda: date(2020, 5, 20)
    editor = _editor(qtbot, demo_window, idle, tmp_path)
    qtbot.mouseClick(editor.bar_actions.checkin_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)

    def dialogs() -> list[RecordCheckinDialog]:
        found = QApplication.topLevelWidgets()
        return [w for w in found if isinstance(w, RecordCheckinDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: len(dialogs()) == 1)
    (dialog,) = dialogs()
    assert dialog.checkin.due == date(2020, 5, 8)  # overdue, so the first to record
    assert editor.ui.pages.currentWidget() is editor.ui.checkinsTab
    dialog.reject()
    discard_changes(editor)
