"""Documents: safe file names, generating in the background, preview, printing, history."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter

from bibagreements.gui import documents
from bibagreements.gui.editor import AgreementEditor
from bibagreements.gui.filenames import MAX_STEM, document_file_name, safe_file_name
from bibagreements.gui.pdf_preview import PdfPreview, load_pdf, print_dialog, print_pdf, render_page

WINDOWS_FORBIDDEN = set('<>:"/\\|?*')


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Överenskommelse om samarbete", "Överenskommelse om samarbete.pdf"),
        ('Avtal: "KUN 2019/470" <utkast>?', "Avtal - KUN 2019-470 utkast.pdf"),
        ("  tabs\tand\nnewlines  ", "tabs and newlines.pdf"),
        ("slutar med punkt...", "slutar med punkt.pdf"),
        ("CON", "_CON.pdf"),
        ("lpt1.txt", "_lpt1.txt.pdf"),
        ("???", "document.pdf"),
        ("", "document.pdf"),
    ],
)
def test_safe_file_name(title: str, expected: str) -> None:
    assert safe_file_name(title, "pdf") == expected


def test_file_name_has_title_and_version_and_stays_short() -> None:
    name = document_file_name("Överenskommelse om samarbete", 3, "docx")
    assert name == "Överenskommelse om samarbete v3.docx"
    long = document_file_name("Samverkansavtal " * 30, 12, "pdf", "protokoll 2020-05-08")
    assert long.endswith(" protokoll 2020-05-08 v12.pdf")
    assert len(long) <= MAX_STEM + 4
    assert not WINDOWS_FORBIDDEN & set(long)
    decomposed = "O\u0308verenskommelse"  # as macOS spells file names
    assert safe_file_name(decomposed, "pdf") == "Överenskommelse.pdf"


def _documents_tab(qtbot, window, idle, tmp_path: Path) -> AgreementEditor:  # type: ignore[no-untyped-def]
    window.editors.open_agreement(1)
    idle(window.ctx)
    qtbot.waitUntil(lambda: 1 in window.editors.tracked)
    editor = window.editors.tracked[1]
    panel = editor.ui.documentsPanel
    panel.folder_edit.setText(str(tmp_path))
    editor.ui.tabs.setCurrentWidget(editor.ui.documentsTab)
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
    monkeypatch.setattr(documents, "open_path", opened.append)
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


def _generated_pdf(demo_db: str, tmp_path: Path) -> Path:
    from bibagreements.services.documents import DocumentFormat, render_agreement
    from bibagreements.storage.database import open_database

    db = open_database(demo_db)
    with db.unit_of_work() as uow:
        rendering = render_agreement(uow, 1, DocumentFormat.PDF, tmp_path / "avtal.pdf")
    db.close()
    return Path(rendering.path)


def test_printing_to_a_pdf_file_offscreen(qapp, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = _generated_pdf(demo_db, tmp_path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = print_pdf(source, printer)
    assert pages == load_pdf(source, qapp).pageCount() >= 2
    printed = load_pdf(out, qapp)
    assert printed.pageCount() == pages
    page = render_page(printed, 0, 40)
    # Something was drawn: not every pixel is white.
    colours = {
        page.pixel(x, y) for x in range(0, page.width(), 7) for y in range(0, page.height(), 7)
    }
    assert len(colours) > 1


def test_print_dialog_opens_with_one_copy_per_party(qtbot, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = _generated_pdf(demo_db, tmp_path)
    dialog = print_dialog(None, source, 11, "avtal")
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.printer().copyCount() == 11
    dialog.reject()
