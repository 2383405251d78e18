"""The editor's Check-ins tab: the schedule, and moving, adding, cancelling, recording."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bibagreements.domain import clock
from bibagreements.domain.enums import CheckinStatus
from bibagreements.domain.records import Agreement, Checkin
from bibagreements.gui import dialogs
from bibagreements.gui.filenames import safe_file_name
from bibagreements.gui.folders import save_folder
from bibagreements.gui.operations import Change
from bibagreements.gui.tab_panel import AgreementTabPanel
from bibagreements.gui.widgets import read_only_table, selected_record

if TYPE_CHECKING:
    from email.headerregistry import Address

    from bibagreements.services.database import UnitOfWork
    from bibagreements.services.messages import Draft
    from bibagreements.services.schedule import SchedulePreview

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def checkin_state(checkin: Checkin, today: date) -> str:
    """The status in words with a shape, so it reads without colour."""
    if checkin.status is CheckinStatus.HELD:
        return translate("Checkins", "● Held")
    if checkin.status is CheckinStatus.CANCELLED:
        return translate("Checkins", "✕ Cancelled")
    if checkin.due < today:
        return translate("Checkins", "▲ Overdue")
    return translate("Checkins", "○ Planned")


def describe_preview(preview: SchedulePreview) -> str:
    """What a re-plan will do, in a sentence per change."""
    lines = []
    if preview.delete:
        dates = ", ".join(c.due.isoformat() for c in preview.delete)
        lines.append(translate("Checkins", "Remove the planned check-ins on {0}.").format(dates))
    if preview.create:
        dates = ", ".join(d.isoformat() for d in preview.create)
        lines.append(translate("Checkins", "Add check-ins on {0}.").format(dates))
    if preview.keep:
        lines.append(
            translate("Checkins", "Keep %n check-in(s) as they are.", None, len(preview.keep))
        )
    return "\n".join(lines)


def _checkins_job(uow: UnitOfWork, agreement_id: int) -> list[Checkin]:
    from bibagreements.services.schedule import list_checkins

    return list_checkins(uow, agreement_id)


class CheckinsPanel(AgreementTabPanel):
    load_job = staticmethod(_checkins_job)
    shows = Change.CHECKINS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checkins: list[Checkin] = []
        self._dialog: QWidget | None = None
        self._record_when_loaded = False
        self._loaded = False  # the list has been read at least once
        self.table = read_only_table(
            self,
            [
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Held on"),
                self.tr("Participants"),
                self.tr("Notes"),
            ],
            (100, 120, 100, 260),
        )
        self.record_button = QPushButton(self.tr("&Record check-in…"), self)
        self.move_button = QPushButton(self.tr("&Move…"), self)
        self.add_button = QPushButton(self.tr("A&dd…"), self)
        self.cancel_button = QPushButton(self.tr("Ca&ncel check-in"), self)
        self.regenerate_button = QPushButton(self.tr("Re&generate schedule…"), self)
        self.regenerate_button.setToolTip(
            self.tr("Plan the check-ins again from the saved period and cadence")
        )
        self.ics_button = QPushButton(self.tr("Export to &calendar (.ics)…"), self)
        self.invite_button = QPushButton(self.tr("&Invite by e-mail…"), self)
        self.invite_button.setToolTip(
            self.tr("A message to the contact persons with a calendar invitation and the agenda")
        )
        self.minutes_button = QPushButton(self.tr("Send min&utes…"), self)
        self.minutes_button.setToolTip(
            self.tr("The held check-in's minutes as PDF to its participants")
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row1 = QHBoxLayout()
        for button in (self.record_button, self.move_button, self.add_button, self.cancel_button):
            row1.addWidget(button)
        row1.addStretch(1)
        row1.addWidget(self.regenerate_button)
        row1.addWidget(self.ics_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.invite_button)
        row2.addWidget(self.minutes_button)
        row2.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.message)

        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda *_: self.record_current())
        self.record_button.clicked.connect(self.record_current)
        self.move_button.clicked.connect(self.move_current)
        self.add_button.clicked.connect(self.add)
        self.cancel_button.clicked.connect(self.cancel_current)
        self.regenerate_button.clicked.connect(self.regenerate)
        self.ics_button.clicked.connect(self.export_calendar)
        self.invite_button.clicked.connect(self.invite_current)
        self.minutes_button.clicked.connect(self.send_minutes_current)
        self.set_agreement(None, False)

    # -- state ---------------------------------------------------------------------------

    def hint_text(self, agreement: Agreement | None, dirty: bool) -> str:
        if agreement is None:
            return self.tr("Save the agreement first; its check-ins are planned then.")
        if dirty:
            return self.tr(
                "Unsaved changes to the period or cadence re-plan the check-ins on saving."
            )
        return self.tr("Check-ins are planned from the period and the cadence; held ones stay.")

    def agreement_changed(self) -> None:
        self._update_buttons()

    def _arrived(self, checkins: list[Checkin]) -> None:
        selected = self.current()
        self.checkins = checkins
        today = self.ctx.today() if self.ctx else clock.today()
        self.table.setRowCount(len(checkins))
        for row, c in enumerate(checkins):
            values = (
                c.due.isoformat(),
                checkin_state(c, today),
                c.held_on.isoformat() if c.held_on else "",
                ", ".join(c.participants),
                c.notes.replace("\n", " "),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, c.id)
                if column >= 3:
                    item.setToolTip(value)
                self.table.setItem(row, column, item)
            if selected is not None and c.id == selected.id:
                self.table.selectRow(row)
        self._update_buttons()
        self._loaded = True
        if self._record_when_loaded:
            self._record_when_loaded = False
            self.record_next()

    def current(self) -> Checkin | None:
        checkin: Checkin | None = selected_record(self.table, self.checkins, ID_ROLE)
        return checkin

    def _update_buttons(self) -> None:
        saved = self.agreement is not None and self.agreement.id is not None
        c = self.current()
        planned = c is not None and c.status is CheckinStatus.PLANNED
        self.record_button.setEnabled(c is not None and c.status is not CheckinStatus.CANCELLED)
        self.move_button.setEnabled(planned)
        self.cancel_button.setEnabled(planned)
        self.add_button.setEnabled(saved)
        self.regenerate_button.setEnabled(saved and not self.dirty)
        self.ics_button.setEnabled(saved)
        self.invite_button.setEnabled(saved and not self.dirty and planned)
        held = c is not None and c.status is CheckinStatus.HELD
        self.minutes_button.setEnabled(saved and not self.dirty and held)

    def _run(self, func: Callable[[UnitOfWork], object], message: str) -> None:
        assert self.ctx is not None and self.agreement is not None

        def done(_result: object) -> None:
            self.message.setText(message)

        self.ctx.op(self, func, done, changes=Change.CHECKINS, agreement_id=self.agreement.id)

    # -- actions -------------------------------------------------------------------------

    def record_current(self) -> None:
        c = self.current()
        if c is None or self.agreement is None or self.ctx is None:
            return
        from bibagreements.gui.record_checkin import RecordCheckinDialog

        dialog = RecordCheckinDialog(self.ctx, self.agreement, c, self)
        dialog.recorded.connect(self._recorded)
        self._dialog = dialog  # kept: deleting a dialog in its own signal crashes
        dialog.open()

    def record_next(self) -> None:
        """Record the first planned check-in (the one due next), once the list is read."""
        if self._stale or not self._loaded:
            self._record_when_loaded = True
            if self.isVisible():
                self.reload()
            return
        planned = [c for c in self.checkins if c.status is CheckinStatus.PLANNED]
        if not planned:
            self.message.setText(self.tr("No planned check-in to record."))
            return
        row = self.checkins.index(min(planned, key=lambda c: c.due))
        self.table.selectRow(row)
        self.record_current()

    def _recorded(self, checkin: Checkin) -> None:
        self.message.setText(self.tr("Recorded the check-in due {0}.").format(checkin.due))

    def move_current(self) -> None:
        c = self.current()
        if c is None or c.id is None:
            return
        due = dialogs.ask_date(
            self, self.tr("Move check-in"), self.tr("New due date:"), c.due, self._first_day()
        )
        if due is None or due == c.due:
            return
        from bibagreements.services.schedule import move_checkin

        checkin_id, version = c.id, c.version
        self._run(
            lambda uow: move_checkin(uow, checkin_id, due, version=version),
            self.tr("Moved the check-in to {0}.").format(due.isoformat()),
        )

    def _first_day(self) -> date | None:
        return self.agreement.start if self.agreement else None

    def add(self) -> None:
        if self.agreement is None or self.agreement.id is None or self.ctx is None:
            return
        suggested = max(self.ctx.today(), self.agreement.start or date.min) + timedelta(days=14)
        if self.agreement.end:
            suggested = min(suggested, self.agreement.end)
        due = dialogs.ask_date(
            self, self.tr("Add check-in"), self.tr("Due date:"), suggested, self._first_day()
        )
        if due is None:
            return
        from bibagreements.services.schedule import add_checkin

        agreement_id = self.agreement.id
        self._run(
            lambda uow: add_checkin(uow, agreement_id, due),
            self.tr("Added a check-in on {0}.").format(due.isoformat()),
        )

    def cancel_current(self) -> None:
        c = self.current()
        if c is None or c.id is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Cancel check-in"),
            self.tr("Cancel the check-in due {0}? It stays in the list as cancelled.").format(
                c.due.isoformat()
            ),
            self.tr("Cancel check-in"),
        ):
            return
        from bibagreements.services.schedule import cancel_checkin

        checkin_id, version = c.id, c.version
        self._run(
            lambda uow: cancel_checkin(uow, checkin_id, version=version),
            self.tr("Cancelled the check-in due {0}.").format(c.due.isoformat()),
        )

    def regenerate(self) -> None:
        a = self.agreement
        if a is None or a.id is None or self.ctx is None:
            return
        from bibagreements.services.schedule import preview_schedule

        agreement_id = a.id
        self.ctx.op(
            self,
            lambda uow: preview_schedule(uow, agreement_id, a.start, a.end, a.cadence),
            self._confirm_regenerate,
        )

    def _confirm_regenerate(self, preview: SchedulePreview) -> None:
        if preview.is_noop:
            self.message.setText(self.tr("The schedule already follows the period and cadence."))
            return
        if not dialogs.confirm(
            self,
            self.tr("Regenerate schedule"),
            self.tr("Regenerating will:") + "\n" + describe_preview(preview),
            self.tr("Regenerate"),
        ):
            return
        from bibagreements.services.schedule import regenerate_schedule

        assert self.agreement is not None and self.agreement.id is not None
        agreement_id = self.agreement.id
        self._run(
            lambda uow: regenerate_schedule(uow, agreement_id),
            self.tr("The schedule was regenerated."),
        )

    def invite_current(self) -> None:
        a, c = self.agreement, self.current()
        if a is None or a.id is None or c is None or self.ctx is None:
            return
        from bibagreements.gui.mail_drafts import compose

        agreement_id, due = a.id, c.due

        def build(uow: UnitOfWork, sender: Address | None, _target: Path) -> list[Draft]:
            from bibagreements.services.messages import invitation

            return [invitation(uow, agreement_id, due, sender)]

        def done(paths: list[Path]) -> None:
            self.message.setText(self.tr("Wrote the invitation {0}.").format(paths[0]))

        name = self.tr("Invitation {0} {1}").format(due.isoformat(), a.short_title or a.title)
        compose(self, self.ctx, self.tr("Invite by e-mail"), name, build, done, agreement_id=a.id)

    def send_minutes_current(self) -> None:
        a, c = self.agreement, self.current()
        if a is None or a.id is None or c is None or self.ctx is None:
            return
        from bibagreements.gui.mail_drafts import compose

        agreement_id, due = a.id, c.due

        def build(uow: UnitOfWork, sender: Address | None, target: Path) -> list[Draft]:
            from bibagreements.services.messages import minutes_message

            return [minutes_message(uow, agreement_id, due, sender, target.parent, target.stem)]

        def done(paths: list[Path]) -> None:
            self.message.setText(self.tr("Wrote the minutes message {0}.").format(paths[0]))

        name = self.tr("Minutes {0} {1}").format(due.isoformat(), a.short_title or a.title)
        compose(self, self.ctx, self.tr("Send minutes"), name, build, done, agreement_id=a.id)

    def export_calendar(self) -> None:
        a = self.agreement
        if a is None or a.id is None or self.ctx is None:
            return
        folder = save_folder(self.ctx.settings)
        name = safe_file_name(a.title, "ics")
        path = dialogs.save_file(
            self,
            self.tr("Export check-ins to calendar"),
            str(folder / name),
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return
        from bibagreements.services.calendar import export_calendar

        agreement_id = a.id

        def done(count: int) -> None:
            self.message.setText(self.tr("Wrote %n check-in(s) to {0}.", "", count).format(path))

        self.ctx.op(self, lambda uow: export_calendar(uow, Path(path), [agreement_id]), done)
