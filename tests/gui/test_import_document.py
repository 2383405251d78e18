"""File → Import an existing agreement: a new draft in its editor, the report beside it."""

from __future__ import annotations

from pathlib import Path

from bibagreements.gui import dialogs
from bibagreements.gui.import_report import ImportReportDialog
from tests.interchange.document_cases import TITLE, write_reference_docx


def test_importing_opens_the_draft_with_its_report(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, monkeypatch, tmp_path: Path
) -> None:
    window = demo_window
    path = write_reference_docx(tmp_path / "Kristianstad.docx")
    monkeypatch.setattr(dialogs, "open_file", lambda *args: str(path))
    rows = window.model.rowCount()
    window.main_actions.import_document.trigger()
    idle(window.ctx)
    qtbot.waitUntil(lambda: len(window.editors.open_editors()) == 1, timeout=10_000)
    (editor,) = window.editors.open_editors()
    assert editor.stored is not None and editor.stored.title == TITLE
    qtbot.waitUntil(lambda: window.model.rowCount() == rows + 1, timeout=10_000)
    report = window.commands.last_import_report
    assert isinstance(report, ImportReportDialog) and report.isVisible()
    assert not report.isModal()
    found = [report.recognised.item(i).text() for i in range(report.recognised.count())]
    assert "Period: 2019-11-08 – 2020-12-31" in found
    assert "Party Biblioteken i Kristianstad: found in the register" in found
    assert report.not_recognised.count() == 0  # the demo's register has both numbers
    assert presenter.exceptions == []
    report.close()


def test_a_bad_file_says_so_and_creates_nothing(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, monkeypatch, tmp_path: Path
) -> None:
    window = demo_window
    path = tmp_path / "scan.docx"
    path.write_bytes(b"%PDF-1.7\n\x00\x01")
    monkeypatch.setattr(dialogs, "open_file", lambda *args: str(path))
    rows = window.model.rowCount()
    window.main_actions.import_document.trigger()
    idle(window.ctx)
    assert [str(e) for e in presenter.exceptions] == [
        f"file: {path} is neither a Word document (.docx) nor a text file"
    ]
    assert window.model.rowCount() == rows
    assert window.editors.open_editors() == []
