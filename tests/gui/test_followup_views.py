"""The yearly follow-up report from the main window, and the editor's development area."""

from __future__ import annotations

from datetime import date

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter

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


def load_editor_data_now(window, agreement_id):  # type: ignore[no-untyped-def]
    from bibagreements.gui.editor_data import load_editor_data

    with window.ctx._database().unit_of_work() as uow:
        return load_editor_data(uow, agreement_id)


def test_the_development_area_is_typed_saved_and_suggested(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, typist
) -> None:
    window = demo_window
    window.select_agreement(1)
    window.open_selected()
    idle(window.ctx)
    qtbot.waitUntil(lambda: bool(window.editors.tracked))
    editor = next(iter(window.editors.tracked.values()))
    edit = editor.ui.developmentAreaEdit
    assert edit.text() == "Digital utveckling"
    suggestions = edit.completer().model()
    names = [suggestions.index(i, 0).data() for i in range(suggestions.rowCount())]
    assert names == ["Bibliotekssamverkan", "Digital utveckling"]
    edit.clear()
    typist(edit, "Läsfrämjande")
    assert editor.save_button.isEnabled()  # a signed agreement: the area is not signed text
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    from bibagreements.services.agreements import get_agreement

    with window.ctx._database().unit_of_work() as uow:
        assert get_agreement(uow, 1).development_area == "Läsfrämjande"
    editor._data_reloaded(load_editor_data_now(window, 1))  # as after a register change
    assert len(edit.findChildren(QCompleter)) == 1  # the old completer went with its model
    names = [edit.completer().model().index(i, 0).data() for i in range(3)]
    assert names == ["Bibliotekssamverkan", "Digital utveckling", "Läsfrämjande"]
    editor.close()


def test_the_list_preview_names_the_development_area(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    demo_window.select_agreement(1)
    qtbot.waitUntil(
        lambda: "Digital utveckling" in demo_window.list_page.preview.toPlainText(), timeout=5000
    )
    assert "Development area" in demo_window.list_page.preview.toPlainText()
