"""The editor's Documents tab: generating in the background, preview, history, overwriting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from bibagreements.gui import dialogs, system_open
from bibagreements.gui.editor import AgreementEditor
from bibagreements.gui.pdf_preview import PdfPreview
from tests.gui.conftest import delete_editor, hold_worker, open_editor


def _documents_tab(qtbot, window, idle, tmp_path: Path) -> AgreementEditor:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, window, idle, 1)
    panel = editor.ui.documentsPanel
    panel.folder_edit.setText(str(tmp_path))
    editor.sections.show(editor.ui.documentsTab)
    idle(window.ctx)
    return editor


def test_generate_preview_and_history(qtbot, demo_window, idle, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    editor = _documents_tab(qtbot, demo_window, idle, tmp_path)
    panel = editor.ui.documentsPanel
    assert panel.generate_button.isEnabled()
    assert panel.name_label.text().startswith("Överenskommelse om samarbete mellan Region")
    assert panel.name_label.text().endswith(f" v{editor.stored.version}.pdf")
    assert "2 copies" in panel.hint.text()
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    qtbot.waitUntil(lambda: panel.history.rowCount() == 1)
    idle(demo_window.ctx)
    target = tmp_path / panel.name_label.text()
    assert target.read_bytes().startswith(b"%PDF-")
    assert panel.current() is not None and Path(panel.current().path) == target
    assert panel.history.item(0, 2).text() == str(editor.stored.version)
    assert len(panel.history.item(0, 4).toolTip()) == 64  # the full SHA-256

    opened: list[Path] = []
    monkeypatch.setattr(system_open, "open_path", opened.append)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.folder_open_button, Qt.MouseButton.LeftButton)
    assert opened == [target, tmp_path]

    qtbot.mouseClick(panel.preview_button, Qt.MouseButton.LeftButton)
    preview = panel._preview
    assert isinstance(preview, PdfPreview) and preview.isVisible()
    assert preview.document.pageCount() >= 2
    assert len(preview.page_labels) == preview.document.pageCount()
    assert preview.copies == 2  # one per party
    image = preview.page_labels[0].pixmap().toImage()
    assert image.pixelColor(2, 2) == QColor("white")  # painted onto white, not transparent
    preview.close()

    # The minutes of a check-in, as DOCX.
    panel.document_combo.setCurrentIndex(1)
    panel.format_combo.setCurrentIndex(panel.format_combo.findData("docx"))
    assert not panel.sign_check.isEnabled() and not panel.archive_check.isEnabled()
    assert "2020-05-08" in panel.name_label.text() and panel.name_label.text().endswith(".docx")
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    qtbot.waitUntil(lambda: panel.history.rowCount() == 2)
    assert (tmp_path / panel.name_label.text()).exists()
    assert not panel.preview_button.isEnabled()  # a DOCX opens in the word processor


def test_unsaved_changes_block_generating(qtbot, demo_window, idle, tmp_path, typist) -> None:  # type: ignore[no-untyped-def]
    editor = _documents_tab(qtbot, demo_window, idle, tmp_path)
    editor.ui.titleEdit.setText(editor.ui.titleEdit.text() + " (ändrad)")
    panel = editor.ui.documentsPanel
    assert not panel.generate_button.isEnabled()
    assert "Save your changes first" in panel.hint.text()


def test_closing_while_a_document_generates_is_quiet(
    qtbot, demo_window, idle, tmp_path, presenter
) -> None:  # type: ignore[no-untyped-def]
    editor = _documents_tab(qtbot, demo_window, idle, tmp_path)
    panel = editor.ui.documentsPanel
    name = panel.name_label.text()
    gate = hold_worker(demo_window.ctx)
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    delete_editor(editor)
    gate.set()
    idle(demo_window.ctx)
    assert presenter.exceptions == []
    # The document was still written, whole.
    assert [p.name for p in Path(tmp_path).glob("*.pdf")] == [name]
    assert (tmp_path / name).read_bytes().startswith(b"%PDF-")


def test_generating_asks_before_overwriting(
    qtbot, demo_window, idle, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    editor = _documents_tab(qtbot, demo_window, idle, tmp_path)
    panel = editor.ui.documentsPanel
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


def test_a_link_where_the_document_goes_is_refused_with_a_message(
    qtbot, demo_window, idle, tmp_path, presenter
) -> None:  # type: ignore[no-untyped-def]
    editor = _documents_tab(qtbot, demo_window, idle, tmp_path)
    panel = editor.ui.documentsPanel
    link = tmp_path / panel.name_label.text()
    link.symlink_to(tmp_path / "elsewhere.pdf")  # dangling: nothing to confirm overwriting
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    idle(demo_window.ctx)
    qtbot.waitUntil(lambda: len(presenter.messages) == 1)
    (message,) = presenter.messages
    assert not message.is_bug and "symbolic link" in message.text
    assert link.is_symlink() and not (tmp_path / "elsewhere.pdf").exists()
    assert panel.history.rowCount() == 0


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
