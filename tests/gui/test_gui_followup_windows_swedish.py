"""The reminders, timeline, check-in, signed-copy and preview windows speak Swedish."""

from __future__ import annotations

from datetime import date

from tests.gui.test_i18n import _untranslated, swedish  # noqa: F401


def test_new_windows_speak_swedish(qtbot, swedish, demo_ctx, idle, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from bibagreements.gui.main_window import MainWindow
    from bibagreements.gui.pdf_preview import PdfPreview
    from bibagreements.gui.record_checkin import RecordCheckinDialog
    from bibagreements.gui.reminders_panel import RemindersPanel
    from bibagreements.gui.signed_copies import AttachSignedCopyDialog
    from bibagreements.gui.timeline import TimelineWindow
    from bibagreements.services.agreements import get_agreement
    from bibagreements.services.documents import DocumentFormat, render_agreement
    from bibagreements.storage.database import open_database

    db = open_database(demo_ctx.db_name)
    with db.unit_of_work() as uow:
        agreement = get_agreement(uow, 1)
        pdf = render_agreement(uow, 1, DocumentFormat.PDF, tmp_path / "avtal.pdf").path
    db.close()
    demo_ctx.today = lambda: date(2020, 5, 20)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    panel = RemindersPanel(demo_ctx, window)
    panel.load()
    timeline = TimelineWindow(demo_ctx, window)
    timeline.load()
    idle(demo_ctx)
    assert "Försenade avstämningar" in panel.tree.topLevelItem(0).text(0)
    assert panel.tree.topLevelItem(0).child(0).text(0) == "12 dagar sen"
    windows = [
        window,
        panel,
        timeline,
        RecordCheckinDialog(demo_ctx, agreement, agreement.checkins[0]),
        AttachSignedCopyDialog(demo_ctx, agreement, agreement.parties[0]),
        PdfPreview(pdf, 2),
    ]
    for widget in windows[3:]:
        qtbot.addWidget(widget)
    for widget in windows:
        # The agreement's own title is data, not interface.
        found = [t for t in _untranslated(widget, swedish) if agreement.title not in t]
        assert found == [], type(widget).__name__
