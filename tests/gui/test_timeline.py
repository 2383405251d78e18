"""The timeline: bars grouped by organisation or programme, markers, click to open, speed."""

from __future__ import annotations

import time
from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt

from bibagreements.domain.enums import AgreementStatus, CheckinStatus
from bibagreements.gui.timeline import (
    GROUP_BY_PROGRAMME,
    Row,
    TimelineView,
    build_rows,
    marker_kind,
)
from bibagreements.services.timeline import TimelineAgreement, TimelineCheckin


def _agreement(i: int, parties=("Region Skåne",), programme: str = "") -> TimelineAgreement:  # type: ignore[no-untyped-def]
    start = date(2015, 1, 1) + timedelta(days=i % 3000)
    checkins = tuple(
        TimelineCheckin(start + timedelta(days=182 * k), CheckinStatus.PLANNED, None)
        for k in range(1, 5)
    )
    return TimelineAgreement(
        i, f"Avtal {i}", AgreementStatus.ACTIVE, start, start + timedelta(days=730),
        programme, tuple(parties), checkins,
    )  # fmt: skip


def test_rows_group_by_organisation_or_programme() -> None:
    a = _agreement(1, ("Region Skåne", "Kristianstad"), "Digitalt först")
    b = _agreement(2, ("Kristianstad",))
    by_org = build_rows([a, b], "organisation", "(none)")
    assert [(r.label, r.agreement.id if r.agreement else None) for r in by_org] == [
        ("Kristianstad", None),
        ("", 1),
        ("", 2),
        ("Region Skåne", None),
        ("", 1),
    ]
    by_programme = build_rows([a, b], GROUP_BY_PROGRAMME, "(none)")
    assert [r.label for r in by_programme if r.agreement is None] == ["Digitalt först", "(none)"]


def test_markers_differ_by_state() -> None:
    today = date(2020, 5, 20)
    assert marker_kind(CheckinStatus.HELD, date(2020, 1, 1), today) == "held"
    assert marker_kind(CheckinStatus.PLANNED, date(2020, 5, 8), today) == "overdue"
    assert marker_kind(CheckinStatus.PLANNED, date(2020, 6, 8), today) == "planned"
    assert marker_kind(CheckinStatus.CANCELLED, date(2020, 5, 8), today) == "cancelled"


def test_clicking_a_bar_opens_the_agreement(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.ctx.today = lambda: date(2020, 5, 20)
    window.main_actions.timeline.trigger()
    timeline = window.followup.timeline
    assert timeline is not None
    qtbot.waitUntil(lambda: bool(timeline.agreements))
    timeline.resize(1200, 600)
    view = timeline.view
    assert timeline.count_label.text() == "3 agreements"
    index = next(i for i, r in enumerate(view.rows) if r.agreement and r.agreement.id == 1)
    view.verticalScrollBar().setValue(0)
    view.scroll_to(date(2020, 5, 20))
    rect = view.bar_rect(index)
    assert rect is not None
    point = QPoint(int(max(rect.left(), 0) + 10), int(rect.center().y()))
    assert 0 <= point.x() < view.viewport().width()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    idle(window.ctx)
    qtbot.waitUntil(lambda: 1 in window.editors.tracked)
    # A click beside the bars opens nothing more.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    idle(window.ctx)
    assert list(window.editors.tracked) == [1]

    timeline.group_combo.setCurrentIndex(1)
    assert [r.label for r in view.rows if r.agreement is None] == [
        "Digitalt först med användaren i fokus",
        "(no programme)",
    ]
    timeline.group_combo.setCurrentIndex(2)
    assert [r.label for r in view.rows if r.agreement is None] == [
        "Bibliotekssamverkan",
        "Digital utveckling",
    ]
    before = view.px_per_day
    timeline.zoom_in_action.trigger()
    assert view.px_per_day > before
    timeline.close()


def test_ten_thousand_agreements_draw_quickly(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = TimelineView(lambda: date(2020, 5, 20))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    agreements = [
        _agreement(i, (f"Kommun {i % 290}", "Region Skåne"), f"Program {i % 7}")
        for i in range(10_000)
    ]
    started = time.perf_counter()
    rows: list[Row] = build_rows(agreements, "organisation", "-")
    view.set_rows(rows)
    assert len(rows) == 20_000 + 291
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    for _ in range(5):
        view.viewport().repaint()
        view.zoom(1.2)
    elapsed = time.perf_counter() - started
    assert elapsed < 1.5, f"{elapsed:.2f} s"


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
    # Rows by organisation: "Arboga kommun" heads the framework (2); the keys skip headings.
    assert (view.selected, first.id if first else None) == (1, 2)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    second = view.selected_agreement()
    assert (view.selected, second.id if second else None) == (3, 1)
    assert view.rows[view.selected].agreement is second
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [second.id]
    idle(window.ctx)
    timeline.close()
