"""File → the yearly report's introduction, the registrar's list and the archive package."""

from __future__ import annotations

import zipfile
from datetime import date

import openpyxl
from PySide6.QtCore import Qt
from shiboken6 import isValid

from bibagreements.gui import dialogs
from bibagreements.gui.dialogs import ReportRequest
from bibagreements.gui.report_tools import ReportSectionsDialog
from tests.builders import scan_pdf


def _sections(window, year):  # type: ignore[no-untyped-def]
    from bibagreements.services.report_sections import report_sections

    with window.ctx._database().unit_of_work() as uow:
        return [(s.heading, s.text) for s in report_sections(uow, year)]


def test_the_introduction_is_edited_in_order_and_saved(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, typist
) -> None:
    window = demo_window
    window.ctx.today = lambda: date(2021, 2, 1)
    window.main_actions.report_sections.trigger()
    dialog = window.parts().reports.sections_dialog
    assert isinstance(dialog, ReportSectionsDialog)
    idle(window.ctx)
    assert dialog.year.value() == 2020 and dialog.list.count() == 0  # last year's, none yet
    assert not dialog.heading.isEnabled()
    for heading, text in (("Uppdrag", "Regionens uppdrag."), ("Personal", "Tre konsulenter.")):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        dialog.heading.clear()
        typist(dialog.heading, heading)
        typist(dialog.text, text)
    assert dialog.list.item(1).text() == "Personal"
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)  # Personal first
    assert [dialog.list.item(i).text() for i in range(2)] == ["Personal", "Uppdrag"]
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    idle(window.ctx)
    qtbot.waitUntil(lambda: not isValid(dialog))  # saved, closed and gone
    assert _sections(window, 2020) == [
        ("Personal", "Tre konsulenter."),
        ("Uppdrag", "Regionens uppdrag."),
    ]


def test_a_section_without_heading_is_refused_beside_the_list(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle
) -> None:
    dialog = ReportSectionsDialog(demo_window.ctx, 2020)
    qtbot.addWidget(dialog)
    idle(demo_window.ctx)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.heading.clear()
    dialog.heading.textEdited.emit("")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    idle(demo_window.ctx)
    assert not dialog.error.isHidden() and "heading" in dialog.error.text()
    assert _sections(demo_window, 2020) == []


def test_the_register_list_is_written_as_xlsx(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, tmp_path, monkeypatch
) -> None:
    target = tmp_path / "diarium.xlsx"
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(target))
    demo_window.main_actions.register_list.trigger()
    idle(demo_window.ctx)
    sheet = openpyxl.load_workbook(target)["Avtal"]
    assert sheet.max_row == 4  # a heading and the three example agreements
    assert "3 agreements" in demo_window.statusBar().currentMessage()


def test_the_archive_package_needs_a_selection_and_every_signed_copy(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, tmp_path, monkeypatch
) -> None:
    from bibagreements.services.agreements import get_agreement
    from bibagreements.services.signed_copies import attach_signed_copy

    window = demo_window
    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    window.main_actions.archive.trigger()
    assert told and "Select the signed agreements" in told[0]

    target = tmp_path / "paket.zip"
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(target))
    window.select_agreement(1)
    window.main_actions.archive.trigger()
    idle(window.ctx)
    assert "has no signed copy from" in str(presenter.exceptions[-1])
    assert not target.exists()

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf())
    with window.ctx._database().unit_of_work() as uow:
        for party in get_agreement(uow, 1).parties:
            assert party.signed_on is not None
            attach_signed_copy(uow, 1, party.organisation_id, scan, party.signed_on)
    window.main_actions.archive.trigger()
    idle(window.ctx)
    with zipfile.ZipFile(target) as z:
        assert any(n.endswith("/METS.xml") for n in z.namelist())
    assert "archive package" in window.statusBar().currentMessage()


def test_the_report_as_pdf_a(qtbot, demo_window, idle, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "Uppföljning 2020.pdf"
    monkeypatch.setattr(dialogs, "ask_report", lambda *a: ReportRequest(2020, "pdf", "sv", True))
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(target))
    demo_window.main_actions.report.trigger()
    idle(demo_window.ctx)
    assert b"pdfaid:part" in target.read_bytes()


def test_a_file_given_at_start_is_offered_for_import(  # type: ignore[no-untyped-def]
    qtbot, empty_window, idle, tmp_path, monkeypatch
) -> None:
    from bibagreements.services.database import open_database
    from bibagreements.services.demo import load_demo
    from bibagreements.services.interchange import export_to_file

    source = open_database(str(tmp_path / "source.sqlite3"))
    with source.unit_of_work() as uow:
        load_demo(uow)
        export_to_file(uow, tmp_path / "avtal.json")
    source.close()
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, action: asked.append(text) or True
    )
    empty_window.offer_import_when_open(tmp_path / "avtal.json")
    with qtbot.waitSignal(empty_window.list_loaded, timeout=10_000):
        empty_window.reload()
    idle(empty_window.ctx)
    assert asked and "avtal.json" in asked[0]
    qtbot.waitUntil(lambda: empty_window.model.rowCount() == 3, timeout=10_000)
