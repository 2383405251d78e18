"""Showing and printing a PDF: the preview, the print dialog, printing page by page."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from bibagreements.errors import BibError
from bibagreements.gui.pdf_preview import load_pdf, print_dialog, print_pdf, render_page


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


def _pdf_printer(tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    return printer


def test_printing_reports_progress_and_can_be_cancelled(qapp, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.gui.pdf_preview import load_pdf, print_pdf, print_with_progress

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


@pytest.mark.timeout(30)
def test_a_pipe_in_a_renderings_place_is_refused_without_waiting(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pipe = tmp_path / "agreement.pdf"
    os.mkfifo(pipe)
    with pytest.raises(BibError, match=r"cannot open agreement\.pdf as a PDF"):
        load_pdf(pipe, qapp)


def test_a_rendering_larger_than_any_rendering_is_not_read(  # type: ignore[no-untyped-def]
    qapp, demo_db, tmp_path, monkeypatch
) -> None:
    from bibagreements.services import file_content

    source = _generated_pdf(demo_db, tmp_path)
    assert load_pdf(source, qapp).pageCount() >= 2
    monkeypatch.setattr(file_content, "VERIFIED_FILE_BYTES", source.stat().st_size - 1)
    with pytest.raises(BibError, match=r"cannot open avtal\.pdf as a PDF"):
        load_pdf(source, qapp)
