"""Today (Idag): what needs attention on the day, grouped, one key or click to act on each."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bibagreements.gui import dialogs
from bibagreements.gui.context import AppContext
from bibagreements.gui.operations import Change, OpChanges
from bibagreements.gui.today_words import (
    detail_text,
    group_title,
    grouped,
    heading,
    kind_label,
    reminder_when,
    when_text,
)

if TYPE_CHECKING:
    from bibagreements.domain.records import Agreement
    from bibagreements.services.database import UnitOfWork
    from bibagreements.services.reminders import Reminder

REMINDER_ROLE = Qt.ItemDataRole.UserRole + 1
HORIZON_DAYS = 30
# What the reminders are made of: a change to any of these reads them again.
REMINDED_CHANGES = (
    Change.AGREEMENTS | Change.CHECKINS | Change.REGISTERS | Change.SIGNED_COPIES | Change.SNOOZES
)
__all__ = ["REMINDER_ROLE", "RemindersPanel", "when_text"]


def _reminders_job(uow: UnitOfWork, today: date) -> list[Reminder]:
    from bibagreements.services.reminders import list_reminders

    return list_reminders(uow, today, HORIZON_DAYS)


class RemindersPanel(QWidget):
    """Docked in the main window: it never takes the keyboard from the agreement list."""

    loaded = Signal(list)  # the reminders shown
    open_requested = Signal(int)  # agreement id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.changes.changed.connect(self._changes_announced)
        self.reminders: list[Reminder] = []
        self._record_dialog: QDialog | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("Date"), self.tr("Agreement"), self.tr("Parties")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        # Room for the longest "when" (child rows are indented): "1794 dagar försenad".
        longest = self.tree.fontMetrics().horizontalAdvance(when_text(8888))
        header.resizeSection(0, max(150, longest + 2 * self.tree.indentation() + 32))
        header.resizeSection(1, 100)
        header.resizeSection(2, 380)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.open_button = QPushButton(self.tr("&Open agreement"), self)
        self.record_button = QPushButton(self.tr("Record chec&k-in…"), self)
        self.snooze_button = QPushButton(self.tr("&Snooze until…"), self)
        self.dismiss_button = QPushButton(self.tr("&Dismiss until tomorrow"), self)
        self.dismiss_button.setToolTip(self.tr("Hide it until tomorrow; it returns if still due"))
        self.startup_check = QCheckBox(self.tr("Show Today when the program starts"), self)
        self.startup_check.setChecked(ctx.settings.startup_reminders)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.record_button, self.snooze_button):
            buttons.addWidget(button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(self.startup_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda *_: self.open_current())
        self.open_button.clicked.connect(self.open_current)
        self.record_button.clicked.connect(self.record_current)
        self.snooze_button.clicked.connect(self.snooze_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.startup_check.toggled.connect(self._startup_toggled)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        today = self.ctx.today()
        self.ctx.op(self, lambda uow: _reminders_job(uow, today), self._arrived)

    def _fit_when_column(self) -> None:
        """Wide enough for the longest "when" ("207 dagar försenad"); the group titles
        span the row and do not count."""
        metrics = self.tree.fontMetrics()
        widest = 0
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for i in range(group.childCount() if group is not None else 0):
                child = group.child(i) if group is not None else None
                if child is not None:
                    widest = max(widest, metrics.horizontalAdvance(child.text(0)))
        margin = 2 * self.tree.indentation() + 3 * metrics.averageCharWidth()
        self.tree.header().resizeSection(0, max(150, widest + margin))

    def _changes_announced(self, changes: OpChanges) -> None:
        if changes.touches(REMINDED_CHANGES):
            self.load()

    def _arrived(self, reminders: list[Reminder]) -> None:
        current = self.current()
        self.reminders = reminders
        self.tree.clear()
        today = self.ctx.today()
        self.heading.setText(heading(len(reminders), today.isoformat()))
        for kind, items in grouped(reminders):
            group = QTreeWidgetItem(self.tree, [f"{group_title(kind)} ({len(items)})"])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for reminder in items:
                item = QTreeWidgetItem(
                    group,
                    [
                        reminder_when(reminder),
                        reminder.day.isoformat() if reminder.day else "",
                        reminder.agreement_title,
                        detail_text(reminder),
                    ],
                )
                item.setData(0, REMINDER_ROLE, reminder.key)
                item.setToolTip(0, kind_label(reminder.kind.value))
                item.setToolTip(2, reminder.agreement_title)
                item.setToolTip(3, detail_text(reminder))
                if current is not None and reminder.key == current.key:
                    self.tree.setCurrentItem(item)
        self.tree.expandAll()
        self._fit_when_column()
        if self.tree.currentItem() is None:
            first = self.tree.topLevelItem(0)
            child = first.child(0) if first is not None and first.childCount() else None
            if child is not None:
                self.tree.setCurrentItem(child)
        self._update_buttons()
        self.loaded.emit(reminders)

    def current(self) -> Reminder | None:
        item = self.tree.currentItem()
        key = item.data(0, REMINDER_ROLE) if item is not None else None
        return next((r for r in self.reminders if r.key == key), None)

    def _update_buttons(self, *_args: object) -> None:
        reminder = self.current()
        for button in (self.open_button, self.snooze_button, self.dismiss_button):
            button.setEnabled(reminder is not None)
        self.record_button.setEnabled(reminder is not None and reminder.checkin_id is not None)

    def _startup_toggled(self, on: bool) -> None:
        self.ctx.settings.startup_reminders = on
        self.ctx.settings.sync()

    # -- actions -------------------------------------------------------------------------

    def open_current(self) -> None:
        reminder = self.current()
        if reminder is not None:
            self.open_requested.emit(reminder.agreement_id)

    def snooze_current(self) -> None:
        reminder = self.current()
        if reminder is None:
            return
        today = self.ctx.today()
        until = dialogs.ask_date(
            self,
            self.tr("Snooze"),
            self.tr("Hide “{0}” until:").format(reminder.agreement_title),
            today + timedelta(days=7),
            today + timedelta(days=1),
        )
        if until is not None:
            self.snooze(reminder.key, until)

    def dismiss_current(self) -> None:
        reminder = self.current()
        if reminder is not None:
            self.snooze(reminder.key, self.ctx.today() + timedelta(days=1))

    def snooze(self, key: str, until: date) -> None:
        from bibagreements.services.reminders import snooze

        today = self.ctx.today()
        self.ctx.op(self, lambda uow: snooze(uow, key, until, today), changes=Change.SNOOZES)

    def record_current(self) -> None:
        reminder = self.current()
        if reminder is None or reminder.checkin_id is None:
            return
        from bibagreements.services.agreements import get_agreement

        agreement_id, checkin_id = reminder.agreement_id, reminder.checkin_id
        self.ctx.op(
            self,
            lambda uow: get_agreement(uow, agreement_id),
            lambda agreement: self._open_record_dialog(agreement, checkin_id),
        )

    def _open_record_dialog(self, agreement: Agreement, checkin_id: int) -> None:
        from bibagreements.gui.record_checkin import RecordCheckinDialog

        checkin = next((c for c in agreement.checkins if c.id == checkin_id), None)
        if checkin is None:
            self.load()
            return
        dialog = RecordCheckinDialog(self.ctx, agreement, checkin, self)
        self._record_dialog = dialog  # kept: deleting it inside its own signal crashes
        dialog.open()
