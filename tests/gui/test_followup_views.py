"""The yearly follow-up report from the main window."""

from __future__ import annotations

from datetime import date

import pypdf

from bibagreements.gui import dialogs
from bibagreements.gui.dialogs import ReportRequest


def test_the_report_is_written_in_the_background_for_the_chosen_year(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, tmp_path, monkeypatch
) -> None:
    window = demo_window
    window.ctx.today = lambda: date(2021, 2, 1)
    asked: list[int] = []
    target = tmp_path / "Uppföljning 2020.pdf"

    def ask(parent, default_year):  # type: ignore[no-untyped-def]
        asked.append(default_year)
        return ReportRequest(2020, "pdf", "sv")

    monkeypatch.setattr(dialogs, "ask_report", ask)
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(target))
    assert window.main_actions.report.isEnabled()
    with qtbot.waitSignal(window.followup.report_written, timeout=10_000) as written:
        window.main_actions.report.trigger()
    idle(window.ctx)
    assert asked == [2020]  # early in the year: last year's report
    assert written.args == [str(target)]
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
    assert "Uppföljning 2020" in text and "Sammanställd 1 februari 2021" in text
    assert "2 agreements" in window.statusBar().currentMessage()


def test_cancelling_writes_nothing(qtbot, demo_window, idle, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "ask_report", lambda *args: None)
    saved: list[object] = []
    monkeypatch.setattr(dialogs, "save_file", lambda *args: saved.append(args) or "")
    demo_window.main_actions.report.trigger()
    idle(demo_window.ctx)
    assert saved == []
    assert list(tmp_path.glob("*.pdf")) == list(tmp_path.glob("*.docx")) == []
