"""Reminders on startup: due and overdue check-ins, recording, snoozing, the setting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from bibagreements.gui import dialogs
from bibagreements.gui.main_window import MainWindow
from bibagreements.gui.reminders_panel import REMINDER_ROLE, RemindersPanel, when_text
from tests.gui.conftest import close_window, open_window

REFERENCE_CHECKIN = date(2020, 5, 8)


def _window_on(qtbot, ctx, today: date) -> MainWindow:  # type: ignore[no-untyped-def]
    ctx.today = lambda: today
    window = open_window(qtbot, ctx)
    qtbot.waitUntil(
        lambda: window.followup.reminders is not None and bool(window.followup.reminders.reminders)
    )
    return window


def _rows(panel: RemindersPanel) -> list[tuple[str, str, str, str]]:
    """(group, when, date, agreement) for every item shown."""
    rows = []
    for g in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(g)
        for i in range(group.childCount()):
            item = group.child(i)
            rows.append((group.text(0), item.text(0), item.text(1), item.text(2)))
    return rows


def _select_checkin(panel: RemindersPanel) -> None:
    for g in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(g)
        for i in range(group.childCount()):
            if str(group.child(i).data(0, REMINDER_ROLE)).startswith("checkin:"):
                panel.tree.setCurrentItem(group.child(i))
                return
    raise AssertionError("no check-in reminder shown")


def test_due_before_the_date_and_overdue_after(qtbot, demo_ctx, idle) -> None:  # type: ignore[no-untyped-def]
    window = _window_on(qtbot, demo_ctx, date(2020, 5, 1))
    try:
        assert (
            window.followup.reminders_dock is not None
            and window.followup.reminders_dock.isVisible()
        )
        rows = _rows(window.followup.reminders)
        checkins = [r for r in rows if r[2] == REFERENCE_CHECKIN.isoformat()]
        assert len(checkins) == 1
        group, when, _day, title = checkins[0]
        assert group.startswith("Check-ins")
        assert when == "in 7 days"
        assert title.startswith("Överenskommelse om samarbete")
        assert window.reminders_button.text() == f"Today: {len(rows)}"
        assert window.followup.reminders_dock.windowTitle() == "Today"
        assert window.followup.reminders.heading.text().startswith(
            f"{len(rows)} items to attend to on 2020-05-01"
        )

        demo_ctx.today = lambda: date(2020, 5, 20)
        window.followup.load_reminders()
        idle(demo_ctx)
        checkins = [
            r for r in _rows(window.followup.reminders) if r[2] == REFERENCE_CHECKIN.isoformat()
        ]
        assert [(g.split(" (")[0], w) for g, w, _d, _t in checkins] == [
            ("Check-ins", "12 days late")
        ]
        # Check-ins come first.
        assert window.followup.reminders.tree.topLevelItem(0).text(0).startswith("Check-ins (")
    finally:
        close_window(window)


def test_recording_the_checkin_removes_it(qtbot, demo_ctx, idle) -> None:  # type: ignore[no-untyped-def]
    window = _window_on(qtbot, demo_ctx, date(2020, 5, 20))
    try:
        panel = window.followup.reminders
        assert panel is not None
        _select_checkin(panel)
        assert panel.record_button.isEnabled()
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
        idle(demo_ctx)
        dialog = panel._record_dialog
        assert dialog is not None and dialog.isVisible()
        ui = dialog.ui
        assert ui.heldEdit.date() == QDate(2020, 5, 8)
        # The parties' contact persons and signatories, to tick.
        assert [ui.participantsList.item(i).text() for i in range(ui.participantsList.count())] == [
            "Sara Lind (Biblioteken i Kristianstad)",
            "Johan Berg (Biblioteken i Kristianstad)",
            "Maria Ek (Region Skånes kulturförvaltning)",
            "Lars Holm (Region Skånes kulturförvaltning)",
        ]
        ui.participantsList.item(0).setCheckState(Qt.CheckState.Checked)
        ui.notesEdit.setPlainText("Gick igenom arbetsgruppens planer.")
        ui.followupsTable.item(0, 3).setText("Arbetsgruppen har träffats två gånger.")
        qtbot.mouseClick(
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        idle(demo_ctx)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        idle(demo_ctx)
        assert REFERENCE_CHECKIN.isoformat() not in [r[2] for r in _rows(panel)]
        from bibagreements.services.schedule import list_checkins
        from bibagreements.storage.database import open_database

        db = open_database(demo_ctx.db_name)
        with db.unit_of_work() as uow:
            held = next(c for c in list_checkins(uow, 1) if c.due == REFERENCE_CHECKIN)
        db.close()
        assert held.status.value == "held" and held.held_on == REFERENCE_CHECKIN
        assert held.notes == "Gick igenom arbetsgruppens planer."
        assert held.participants == ("Sara Lind (Biblioteken i Kristianstad)",)
    finally:
        close_window(window)


def test_snooze_hides_an_item_until_its_date(qtbot, demo_ctx, idle, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = _window_on(qtbot, demo_ctx, date(2020, 5, 20))
    try:
        panel = window.followup.reminders
        assert panel is not None
        _select_checkin(panel)
        asked = []

        def ask_date(parent, title, label, initial, minimum):  # type: ignore[no-untyped-def]
            asked.append((initial, minimum))
            return date(2020, 6, 1)

        monkeypatch.setattr(dialogs, "ask_date", ask_date)
        qtbot.mouseClick(panel.snooze_button, Qt.MouseButton.LeftButton)
        idle(demo_ctx)
        assert asked == [(date(2020, 5, 27), date(2020, 5, 21))]
        assert REFERENCE_CHECKIN.isoformat() not in [r[2] for r in _rows(panel)]
        demo_ctx.today = lambda: date(2020, 5, 31)
        panel.load()
        idle(demo_ctx)
        assert REFERENCE_CHECKIN.isoformat() not in [r[2] for r in _rows(panel)]
        demo_ctx.today = lambda: date(2020, 6, 1)  # the snooze ends on its date
        panel.load()
        idle(demo_ctx)
        assert REFERENCE_CHECKIN.isoformat() in [r[2] for r in _rows(panel)]

        # Dismissing hides it for today only.
        _select_checkin(panel)
        qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
        idle(demo_ctx)
        assert REFERENCE_CHECKIN.isoformat() not in [r[2] for r in _rows(panel)]
    finally:
        close_window(window)


def test_setting_turns_the_startup_display_off_but_the_count_stays(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, idle
) -> None:
    demo_ctx.settings.startup_reminders = False
    window = _window_on(qtbot, demo_ctx, date(2020, 5, 20))
    try:
        assert (
            window.followup.reminders_dock is not None
            and not window.followup.reminders_dock.isVisible()
        )
        assert window.reminders_button.isVisible()
        assert window.reminders_button.text().startswith("Today: ")
        window.main_actions.reminders.trigger()
        assert window.followup.reminders_dock.isVisible()
        # Opening the agreement from the list.
        _select_checkin(window.followup.reminders)
        qtbot.mouseClick(window.followup.reminders.open_button, Qt.MouseButton.LeftButton)
        idle(demo_ctx)
        qtbot.waitUntil(lambda: 1 in window.editors.tracked)
    finally:
        close_window(window)


def test_nothing_shows_when_nothing_is_due(qtbot, ctx, idle) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, ctx)
    try:
        idle(ctx)
        assert window.followup.reminders is not None and window.followup.reminders.reminders == []
        assert (
            window.followup.reminders_dock is not None
            and not window.followup.reminders_dock.isVisible()
        )
        assert not window.reminders_button.isVisible()
    finally:
        close_window(window)


def test_when_text() -> None:
    assert [when_text(d) for d in (None, 0, 1, 12, -1, -7)] == [
        "",
        "today",
        "1 day late",
        "12 days late",
        "tomorrow",
        "in 7 days",
    ]


def test_the_window_started_on_a_day_shows_that_day(qtbot, make_ctx, demo_db, idle) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.domain import clock

    clock.set_today(date(2020, 5, 20))  # as ``bibagreements --today 2020-05-20`` does
    ctx = make_ctx(demo_db)
    window = open_window(qtbot, ctx)
    try:
        qtbot.waitUntil(
            lambda: bool(window.followup.reminders and window.followup.reminders.reminders)
        )
        panel = window.followup.reminders
        assert panel.heading.text().endswith("to attend to on 2020-05-20.")
        assert ("Check-ins (1)", "12 days late") in [(g, w) for g, w, _d, _t in _rows(panel)]
        # From the keyboard: View → Today puts the keyboard in its list.
        window.activateWindow()
        window.main_actions.reminders.trigger()
        qtbot.waitUntil(panel.tree.hasFocus)
    finally:
        close_window(window)
