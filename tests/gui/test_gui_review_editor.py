"""Fixes from the hands-on review: callbacks of closed windows, parties, documents."""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt

from bibagreements.gui import dialogs
from bibagreements.gui.editor import AgreementEditor


def _hold_worker(ctx):  # type: ignore[no-untyped-def]
    """Keep the worker busy until the returned event is set: results wait in line."""
    gate = threading.Event()
    ctx.run(ctx.worker, lambda: gate.wait(10))
    return gate


def _open(qtbot, window, idle, agreement_id: int = 1) -> AgreementEditor:  # type: ignore[no-untyped-def]
    window.editors.open_agreement(agreement_id)
    idle(window.ctx)
    qtbot.waitUntil(lambda: agreement_id in window.editors.tracked)
    return window.editors.tracked[agreement_id]


def _delete(editor: AgreementEditor) -> None:
    editor._baseline = editor.collect()[0]
    editor.close()
    shiboken6.delete(editor)


def test_closing_while_a_document_generates_is_quiet(
    qtbot, demo_window, idle, tmp_path, presenter
) -> None:  # type: ignore[no-untyped-def]
    editor = _open(qtbot, demo_window, idle)
    panel = editor.ui.documentsPanel
    panel.folder_edit.setText(str(tmp_path))
    editor.ui.tabs.setCurrentWidget(editor.ui.documentsTab)
    idle(demo_window.ctx)
    gate = _hold_worker(demo_window.ctx)
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    _delete(editor)
    gate.set()
    idle(demo_window.ctx)
    assert presenter.exceptions == []
    assert list(Path(tmp_path).glob("*.pdf"))  # the document was still written


def test_closing_while_a_reload_or_save_runs_is_quiet(qtbot, demo_window, idle, presenter) -> None:  # type: ignore[no-untyped-def]
    editor = _open(qtbot, demo_window, idle)
    gate = _hold_worker(demo_window.ctx)
    editor.reload_from_database()
    editor.ui.checkinsPanel.regenerate()
    _delete(editor)
    gate.set()
    idle(demo_window.ctx)
    assert presenter.exceptions == []


def test_closing_a_person_dialog_while_it_saves_is_quiet(
    qtbot, demo_ctx, idle, presenter, typist
) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.gui.record_dialogs import OrganisationDialog, PersonDialog

    for dialog in (
        PersonDialog(demo_ctx, [], None, None),
        OrganisationDialog(demo_ctx, [], None),
    ):
        typist(dialog.ui.nameEdit, "Åsa Öberg")
        gate = _hold_worker(demo_ctx)
        dialog.save()
        shiboken6.delete(dialog)
        gate.set()
        idle(demo_ctx)
    assert presenter.exceptions == []


def test_a_stray_key_in_the_organisation_keeps_the_people(qtbot, demo_window, idle, typist) -> None:  # type: ignore[no-untyped-def]
    editor = _open(qtbot, demo_window, idle)
    editor.ui.tabs.setCurrentWidget(editor.ui.partiesTab)
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


def test_variants_have_their_own_file_names() -> None:
    from bibagreements.gui.filenames import MAX_STEM, document_file_name

    plain = document_file_name("Avtal", 1, "pdf")
    archive = document_file_name("Avtal", 1, "pdf", variant="arkiv")
    signing = document_file_name("Avtal", 1, "pdf", variant="e-underskrift")
    assert (plain, archive, signing) == (
        "Avtal v1.pdf",
        "Avtal v1 arkiv.pdf",
        "Avtal v1 e-underskrift.pdf",
    )
    long = document_file_name("Samverkansavtal " * 30, 12, "pdf", "protokoll 2020-05-08", "arkiv")
    assert long.endswith(" protokoll 2020-05-08 v12 arkiv.pdf") and len(long) <= MAX_STEM + 4


def test_generating_asks_before_overwriting(
    qtbot, demo_window, idle, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    editor = _open(qtbot, demo_window, idle)
    panel = editor.ui.documentsPanel
    panel.folder_edit.setText(str(tmp_path))
    editor.ui.tabs.setCurrentWidget(editor.ui.documentsTab)
    idle(demo_window.ctx)
    plain = panel.file_name()
    panel.archive_check.setChecked(True)
    archive = panel.file_name()
    panel.archive_check.setChecked(False)
    panel.sign_check.setChecked(True)
    assert len({plain, archive, panel.file_name()}) == 3
    panel.sign_check.setChecked(False)
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    qtbot.waitUntil(lambda: panel.history.rowCount() == 1)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, action: asked.append(text) or False
    )
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    assert len(asked) == 1 and plain in asked[0]
    assert panel.history.rowCount() == 1  # not written again


def test_every_mnemonic_label_in_the_documents_tab_has_a_buddy(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from bibagreements.gui.documents import DocumentsPanel

    panel = DocumentsPanel()
    qtbot.addWidget(panel)
    with_mnemonic = [
        label for label in panel.findChildren(QLabel) if "&" in label.text().replace("&&", "")
    ]
    assert with_mnemonic
    assert [label.text() for label in with_mnemonic if label.buddy() is None] == []
    assert panel.format_label.buddy() is panel.format_combo


def test_timeline_titles_and_today_stay_in_view() -> None:
    from PySide6.QtCore import QRectF

    from bibagreements.gui.timeline import title_rect, today_label_rect

    gone_left = QRectF(-500, 10, 300, 18)  # scrolled off to the left
    assert title_rect(gone_left, 800).left() >= 0
    partly = QRectF(-500, 10, 520, 18)  # 20 px still visible
    assert title_rect(partly, 800).left() >= 0
    wide = QRectF(-500, 10, 900, 18)
    assert title_rect(wide, 800).left() == 6
    label = today_label_rect(790, 90, 800)  # the line near the right edge
    assert label.right() <= 800 and label.left() >= 0
    assert today_label_rect(100, 90, 800).left() == 104


def test_timeline_by_keyboard(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    window = demo_window
    window.ctx.today = lambda: date(2020, 5, 20)
    window.main_actions.timeline.trigger()
    timeline = window.followup.timeline
    qtbot.waitUntil(lambda: bool(timeline.agreements))
    view = timeline.view
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    first = view.selected_agreement()
    assert first is not None
    qtbot.keyClick(view, Qt.Key.Key_Down)
    second = view.selected_agreement()
    assert second is not None and view.rows[view.selected].agreement is second
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [second.id]
    idle(window.ctx)
    timeline.close()


def _pdf_printer(tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    return printer


def test_printing_reports_progress_and_can_be_cancelled(qapp, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.gui.pdf_preview import load_pdf, print_pdf, print_with_progress
    from tests.gui.test_documents import _generated_pdf

    source = _generated_pdf(demo_db, tmp_path)
    total = load_pdf(source, qapp).pageCount()
    seen: list[tuple[int, int]] = []
    assert print_pdf(source, _pdf_printer(tmp_path), lambda d, t: seen.append((d, t)) or d < 1) == 1
    assert seen == [(0, total), (1, total)]  # stopped before the second page
    seen.clear()
    assert (
        print_pdf(source, _pdf_printer(tmp_path), lambda d, t: seen.append((d, t)) or True) == total
    )
    assert seen[-1] == (total, total)
    assert print_with_progress(None, source, _pdf_printer(tmp_path)) == total
