"""The timeline: agreements as bars over the years, check-ins as markers, today as a line.

Painted with QPainter on a scroll area; only the rows and days in view are
drawn, so 10,000 agreements scroll as smoothly as ten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QMainWindow,
    QToolBar,
    QToolTip,
    QWidget,
)

from bibagreements.domain.enums import CheckinStatus
from bibagreements.gui.collation import collated
from bibagreements.gui.labels import period_text, status_colour, status_label
from bibagreements.gui.operations import Change, OpChanges

if TYPE_CHECKING:
    from bibagreements.gui.context import AppContext
    from bibagreements.services.timeline import TimelineAgreement

ROW = 36
BAR = 18  # the bar; the check-in markers sit in the strip under it
HEADER = 30
MARGIN_DAYS = 60
MIN_PX_PER_DAY, MAX_PX_PER_DAY = 0.02, 12.0
GROUP_BY_ORGANISATION, GROUP_BY_PROGRAMME = "organisation", "programme"
GROUP_BY_AREA = "development_area"


@dataclass(frozen=True, slots=True)
class Row:
    label: str  # the group's name on a header row
    agreement: TimelineAgreement | None = None


def build_rows(agreements: list[TimelineAgreement], group_by: str, no_group: str) -> list[Row]:
    """Header rows and agreement rows; an agreement shows under each of its parties."""
    groups: dict[str, list[TimelineAgreement]] = {}
    for a in agreements:
        if group_by == GROUP_BY_ORGANISATION:
            keys = a.parties
        elif group_by == GROUP_BY_AREA:
            keys = (a.development_area,)
        else:
            keys = (a.programme,)
        for key in keys or ("",):
            groups.setdefault(key, []).append(a)
    rows: list[Row] = []
    # Named groups alphabetically; the unnamed one last.
    for key in sorted(collated(groups), key=lambda k: k == ""):  # stable: Swedish order kept
        rows.append(Row(key or no_group))
        rows.extend(Row("", a) for a in groups[key])  # already by start date
    return rows


def marker_kind(status: CheckinStatus, due: date, today: date) -> str:
    if status is CheckinStatus.HELD:
        return "held"
    if status is CheckinStatus.CANCELLED:
        return "cancelled"
    return "overdue" if due < today else "planned"


def draw_marker(painter: QPainter, kind: str, centre: QPointF, r: float) -> None:
    """Shapes differ, so the kinds read without colour: ● held ○ planned ▲ overdue ✕ cancelled."""
    painter.setPen(QPen(QColor("#202020"), 1.5))
    if kind == "held":
        painter.setBrush(QColor("#202020"))
        painter.drawEllipse(centre, r, r)
    elif kind == "planned":
        painter.setBrush(QColor("white"))
        painter.drawEllipse(centre, r, r)
    elif kind == "overdue":
        painter.setPen(QPen(QColor("#8c1d18"), 1.5))
        painter.setBrush(QColor("#b3261e"))
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - r - 1),
                    QPointF(centre.x() + r + 1, centre.y() + r),
                    QPointF(centre.x() - r - 1, centre.y() + r),
                ]
            )
        )
    else:
        painter.drawLine(centre + QPointF(-r, -r), centre + QPointF(r, r))
        painter.drawLine(centre + QPointF(r, -r), centre + QPointF(-r, r))


def title_rect(bar: QRectF, viewport_width: float) -> QRectF:
    """Where a bar's title goes: inside the visible part of the bar, else after it,
    never left of the visible area."""
    text_left = max(bar.left(), 0.0) + 6
    inside = QRectF(text_left, bar.top(), max(bar.right() - text_left - 4, 0), bar.height())
    if inside.width() >= 80:
        return inside
    left = max(bar.right() + 6, 6.0)  # a bar scrolled off to the left: title at the edge
    return QRectF(left, bar.top(), max(viewport_width - left, 0), bar.height())


def today_label_rect(x: float, text_width: float, viewport_width: float) -> QRectF:
    """The "Today" label right of its line, or left of it where it would be cut off."""
    width = text_width + 2
    left = x + 4
    if left + width > viewport_width:
        left = x - 4 - width
    return QRectF(max(left, 0.0), HEADER - 16, width, 16)


class TimelineView(QAbstractScrollArea):
    open_requested = Signal(int)  # agreement id

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.rows: list[Row] = []
        self.first_day = today() - timedelta(days=365 * 3)
        self.last_day = today() + timedelta(days=365 * 2)
        self.px_per_day = 0.5
        self._fitted = False
        self.selected = -1  # the row chosen with the keyboard
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.horizontalScrollBar().setSingleStep(40)
        self.verticalScrollBar().setSingleStep(ROW)

    # -- data and geometry ---------------------------------------------------------------

    def set_rows(self, rows: list[Row]) -> None:
        chosen = self.selected_agreement()
        self.rows = rows
        self.selected = next(
            (
                i
                for i, r in enumerate(rows)
                if chosen is not None and r.agreement is not None and r.agreement.id == chosen.id
            ),
            -1,
        )
        days = [self.today()]
        for row in rows:
            a = row.agreement
            if a is not None and a.start is not None:
                days.append(a.start)
                days.append(a.end or a.start)
        self.first_day = min(days) - timedelta(days=MARGIN_DAYS)
        self.last_day = max(days) + timedelta(days=MARGIN_DAYS)
        if not self._fitted and self.viewport().width() > 0:
            self.fit()
        self._update_scrollbars()
        self.viewport().update()

    def fit(self) -> None:
        """Show about six years, the current one in the middle."""
        width = max(self.viewport().width(), 200)
        self.px_per_day = max(MIN_PX_PER_DAY, min(MAX_PX_PER_DAY, width / (6 * 365)))
        self._fitted = True
        self._update_scrollbars()
        self.scroll_to(self.today())

    def x_of(self, day: date) -> float:
        return (day - self.first_day).days * self.px_per_day - self.horizontalScrollBar().value()

    def day_at(self, x: float) -> date:
        days = (x + self.horizontalScrollBar().value()) / self.px_per_day
        return self.first_day + timedelta(days=int(days))

    def _update_scrollbars(self) -> None:
        width = int((self.last_day - self.first_day).days * self.px_per_day)
        self.horizontalScrollBar().setRange(0, max(0, width - self.viewport().width()))
        self.horizontalScrollBar().setPageStep(self.viewport().width())
        height = HEADER + len(self.rows) * ROW
        self.verticalScrollBar().setRange(0, max(0, height - self.viewport().height()))
        self.verticalScrollBar().setPageStep(self.viewport().height())

    def scroll_to(self, day: date) -> None:
        bar = self.horizontalScrollBar()
        bar.setValue(
            int((day - self.first_day).days * self.px_per_day - self.viewport().width() / 2)
        )

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        anchor_x = self.viewport().width() / 2 if anchor_x is None else anchor_x
        anchor = (anchor_x + self.horizontalScrollBar().value()) / self.px_per_day
        self.px_per_day = max(MIN_PX_PER_DAY, min(MAX_PX_PER_DAY, self.px_per_day * factor))
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(int(anchor * self.px_per_day - anchor_x))
        self.viewport().update()

    def row_at(self, y: float) -> int:
        if y < HEADER:
            return -1
        index = int((y - HEADER + self.verticalScrollBar().value()) // ROW)
        return index if 0 <= index < len(self.rows) else -1

    def bar_rect(self, index: int) -> QRectF | None:
        a = self.rows[index].agreement
        if a is None or a.start is None:
            return None
        top = HEADER + index * ROW - self.verticalScrollBar().value()
        left = self.x_of(a.start)
        right = self.x_of((a.end or self.last_day) + timedelta(days=1))
        return QRectF(left, top + 3, max(right - left, 3.0), BAR)

    def agreement_at(self, pos: QPoint) -> TimelineAgreement | None:
        index = self.row_at(pos.y())
        rect = self.bar_rect(index) if index >= 0 else None
        if rect is None or not rect.adjusted(-3, -3, 3, ROW - BAR - 3).contains(QPointF(pos)):
            return None
        return self.rows[index].agreement

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(0, 0, width, height, QColor("white"))
        first_visible = self.day_at(0)
        last_visible = self.day_at(width) + timedelta(days=1)
        self._paint_grid(painter, first_visible, last_visible, height)
        first = max(0, self.verticalScrollBar().value() // ROW)
        last = min(len(self.rows), first + height // ROW + 2)
        today = self.today()
        base_font = painter.font()
        bold = QFont(base_font)
        bold.setBold(True)
        for index in range(first, last):
            row = self.rows[index]
            top = HEADER + index * ROW - self.verticalScrollBar().value()
            if row.agreement is None:
                painter.fillRect(QRectF(0, top, width, ROW), QColor("#e8ecf2"))
                painter.setFont(bold)
                painter.setPen(QColor("#1a1a1a"))
                painter.drawText(
                    QRectF(8, top, width - 16, ROW), Qt.AlignmentFlag.AlignVCenter, row.label
                )
                painter.setFont(base_font)
                continue
            self._paint_agreement(painter, index, row.agreement, first_visible, last_visible, today)
        self._paint_header(painter, first_visible, last_visible, width, today)
        painter.end()

    def _years(self, first: date, last: date) -> range:
        return range(first.year, last.year + 2)

    def _paint_grid(self, painter: QPainter, first: date, last: date, height: int) -> None:
        painter.setPen(QPen(QColor("#d0d4da"), 1))
        for year in self._years(first, last):
            x = self.x_of(date(year, 1, 1))
            painter.drawLine(QPointF(x, HEADER), QPointF(x, height))
        if self.px_per_day >= 1.5:  # months only when they are wide enough to tell apart
            painter.setPen(QPen(QColor("#eef0f3"), 1))
            for year in self._years(first, last):
                for month in range(2, 13):
                    x = self.x_of(date(year, month, 1))
                    painter.drawLine(QPointF(x, HEADER), QPointF(x, height))

    def _paint_agreement(
        self,
        painter: QPainter,
        index: int,
        a: TimelineAgreement,
        first: date,
        last: date,
        today: date,
    ) -> None:
        rect = self.bar_rect(index)
        if rect is None:
            return
        colour = status_colour(a.status)
        fill = QColor(colour)
        fill.setAlpha(70)
        pen = QPen(colour, 1.5)
        if a.end is None:
            pen.setStyle(Qt.PenStyle.DashLine)  # open-ended
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if index == self.selected:
            focus = QPen(QColor("#1a1a1a" if self.hasFocus() else "#8a8f98"), 2)
            focus.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 4, 4)
        text_rect = title_rect(rect, self.viewport().width())
        painter.setPen(QColor("#1a1a1a"))
        label = f"{a.label} · {status_label(a.status)}"
        elided = painter.fontMetrics().elidedText(
            label, Qt.TextElideMode.ElideRight, int(text_rect.width())
        )
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, elided)
        # Markers under the bar, so they never cover its title.
        centre_y = rect.bottom() + (ROW - BAR - 3) / 2
        for c in a.checkins:
            if first <= c.due <= last:
                x = self.x_of(c.due)
                draw_marker(painter, marker_kind(c.status, c.due, today), QPointF(x, centre_y), 4.5)

    def _paint_header(
        self, painter: QPainter, first: date, last: date, width: int, today: date
    ) -> None:
        painter.fillRect(QRectF(0, 0, width, HEADER), QColor("#f5f6f8"))
        painter.setPen(QColor("#1a1a1a"))
        for year in self._years(first, last):
            x = self.x_of(date(year, 1, 1))
            span = 365 * self.px_per_day
            if span >= 36 or year % 5 == 0:
                painter.drawText(
                    QRectF(x + 4, 0, max(span, 40), HEADER),
                    Qt.AlignmentFlag.AlignVCenter,
                    str(year),
                )
        painter.setPen(QPen(QColor("#b0b4ba"), 1))
        painter.drawLine(0, HEADER, width, HEADER)
        # Today: a line over everything, and a label in the header.
        x = self.x_of(today)
        pen = QPen(QColor("#b3261e"), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, HEADER - 8), QPointF(x, self.viewport().height()))
        painter.setPen(QColor("#b3261e"))
        label = self.tr("Today {0}").format(today.isoformat())
        text_width = painter.fontMetrics().horizontalAdvance(label)
        painter.drawText(
            today_label_rect(x, text_width, width), Qt.AlignmentFlag.AlignVCenter, label
        )

    # -- keyboard --------------------------------------------------------------------------

    def selected_agreement(self) -> TimelineAgreement | None:
        if 0 <= self.selected < len(self.rows):
            return self.rows[self.selected].agreement
        return None

    def select_row(self, index: int) -> None:
        """Choose an agreement row and bring its bar into view."""
        self.selected = index
        top = HEADER + index * ROW
        bar = self.verticalScrollBar()
        visible = self.viewport().height() - HEADER
        if top - HEADER < bar.value():
            bar.setValue(top - HEADER)
        elif top + ROW - HEADER > bar.value() + visible:
            bar.setValue(top + ROW - HEADER - visible)
        rect = self.bar_rect(index)
        width = self.viewport().width()
        if rect is not None and (rect.right() < 0 or rect.left() > width):
            a = self.rows[index].agreement
            if a is not None and a.start is not None:
                self.scroll_to(a.start)
        self.viewport().update()

    def _step(self, direction: int) -> None:
        index = self.selected
        while True:
            index += direction
            if not 0 <= index < len(self.rows):
                return
            a = self.rows[index].agreement
            if a is not None and a.start is not None:
                self.select_row(index)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not event.modifiers():
            if self.selected < 0 and key == Qt.Key.Key_Up:
                self.selected = len(self.rows)
            self._step(1 if key == Qt.Key.Key_Down else -1)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            a = self.selected_agreement()
            if a is not None:
                self.open_requested.emit(a.id)
                event.accept()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.selected < 0:
            self._step(1)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    # -- interaction ---------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._fitted and self.rows:
            self.fit()
        self._update_scrollbars()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.zoom(1.25**steps, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            a = self.agreement_at(event.position().toPoint())
            if a is not None:
                self.selected = self.row_at(event.position().y())
                self.open_requested.emit(a.id)
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.agreement_at(event.position().toPoint()) is not None
        shape = Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(shape)
        super().mouseMoveEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            a = self.agreement_at(help_event.pos())
            if a is None:
                QToolTip.hideText()
            else:
                text = "\n".join(
                    [
                        a.title,
                        f"{period_text(a.start, a.end)} · {status_label(a.status)}",
                        ", ".join(a.parties),
                        self.tr("Click to open"),
                    ]
                )
                QToolTip.showText(help_event.globalPos(), text, self.viewport())
            return True
        return super().viewportEvent(event)


class TimelineWindow(QMainWindow):
    open_requested = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agreements: list[TimelineAgreement] = []
        self.setWindowTitle(self.tr("Timeline"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.resize(1200, 640)
        self.view = TimelineView(ctx.today, self)
        self.setCentralWidget(self.view)
        toolbar = QToolBar(self.tr("Timeline"), self)
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Group by:") + " ", toolbar))
        self.group_combo = QComboBox(toolbar)
        self.group_combo.addItem(self.tr("Organisation"), GROUP_BY_ORGANISATION)
        self.group_combo.addItem(self.tr("Programme"), GROUP_BY_PROGRAMME)
        self.group_combo.addItem(self.tr("Development area"), GROUP_BY_AREA)
        toolbar.addWidget(self.group_combo)
        toolbar.addSeparator()
        self.zoom_in_action = toolbar.addAction(self.tr("Zoom &in"), lambda: self.view.zoom(1.5))
        self.zoom_in_action.setShortcut("Ctrl++")
        self.zoom_out_action = toolbar.addAction(
            self.tr("Zoom &out"), lambda: self.view.zoom(1 / 1.5)
        )
        self.zoom_out_action.setShortcut("Ctrl+-")
        self.today_action = toolbar.addAction(
            self.tr("&Today"), lambda: self.view.scroll_to(ctx.today())
        )
        toolbar.addSeparator()
        self.legend = QLabel(
            self.tr("Check-ins: ● held  ○ planned  ▲ overdue  ✕ cancelled"),
            toolbar,
        )
        toolbar.addWidget(self.legend)
        self.addToolBar(toolbar)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().showMessage(
            self.tr(
                "Ctrl+wheel zooms; click a bar to open the agreement, or choose it with "
                "the arrow keys and press Enter."
            )
        )
        self.group_combo.currentIndexChanged.connect(self._regroup)
        self.view.open_requested.connect(self.open_requested)
        ctx.changes.changed.connect(self._changes_announced)

    def _changes_announced(self, changes: OpChanges) -> None:
        if changes.touches(Change.AGREEMENTS | Change.CHECKINS) and self.isVisible():
            self.load()

    def load(self) -> None:
        from bibagreements.services.timeline import timeline_agreements

        self.ctx.op(
            self, timeline_agreements, self._arrived, label=self.tr("Drawing the timeline…")
        )

    def _arrived(self, agreements: list[TimelineAgreement]) -> None:
        self.agreements = agreements
        self._regroup()
        self.count_label.setText(self.tr("{0} agreements").format(len(agreements)))
        self.loaded.emit()

    def _regroup(self, *_args: object) -> None:
        group_by = self.group_combo.currentData()
        no_group = (
            self.tr("(no development area)")
            if group_by == GROUP_BY_AREA
            else self.tr("(no programme)")
        )
        rows = build_rows(self.agreements, group_by, no_group)
        self.view.set_rows(rows)
