"""The main window's follow-up: what needs attention, the timeline, the calendar export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from bibagreements.gui import dialogs

if TYPE_CHECKING:
    from bibagreements.gui.reminders_panel import RemindersPanel
    from bibagreements.services.documents import ReportFile
    from bibagreements.services.reminders import Reminder
    from bibagreements.storage.database import UnitOfWork


class FollowUpMixin:
    """The reminders dock, the timeline window and the calendar export of ``MainWindow``."""

    def _reminders_panel(self) -> RemindersPanel:
        if self.reminders is None:
            from bibagreements.gui.reminders_panel import RemindersPanel

            dock = QDockWidget(self.tr("What needs attention"), self)
            dock.setObjectName("remindersDock")
            dock.setAllowedAreas(
                Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
            )
            self.reminders = RemindersPanel(self.ctx, dock)
            dock.setWidget(self.reminders)
            dock.setVisible(False)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            self.reminders_dock = dock
            self.reminders.loaded.connect(self._reminders_loaded)
            self.reminders.open_requested.connect(self.open_agreement)
            self.reminders.checkin_recorded.connect(self.reload)
        return self.reminders

    def load_reminders(self) -> None:
        self._reminders_panel().load()

    def _reminders_loaded(self, reminders: list[Reminder]) -> None:
        count = len(reminders)
        self.reminders_button.setText(self.tr("{0} to attend to").format(count))
        self.reminders_button.setVisible(count > 0)
        if self._startup_reminders:
            self._startup_reminders = False
            if count and self.ctx.settings.startup_reminders:
                self.show_reminders()

    def show_reminders(self) -> None:
        self._reminders_panel()
        assert self.reminders_dock is not None
        self.reminders_dock.show()
        self.reminders_dock.raise_()

    def show_timeline(self) -> None:
        if self.timeline is None:
            from bibagreements.gui.timeline import TimelineWindow

            self.timeline = TimelineWindow(self.ctx, self)
            self.timeline.open_requested.connect(self.open_agreement)
        self.timeline.show()
        self.timeline.raise_()
        self.timeline.load()

    def export_calendar(self) -> None:
        ids = self.selected_ids()
        path = dialogs.save_file(
            self,
            self.tr("Export check-ins to calendar"),
            self.tr("check-ins.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return
        from bibagreements.interchange.ics import export_calendar

        def exported(count: int) -> None:
            self.statusBar().showMessage(
                self.tr("Wrote {0} check-in(s) to {1}.").format(count, path), 8000
            )

        self.ctx.call(lambda uow: export_calendar(uow, Path(path), ids or None), exported)

    def write_followup_report(self) -> None:
        """Ask for the year, format and language, then write the report in the background."""
        today = self.ctx.today()
        request = dialogs.ask_report(self, today.year - 1 if today.month < 7 else today.year)
        if request is None:
            return
        name = self.tr("Follow-up {0}").format(request.year) + f".{request.format}"
        path = dialogs.save_file(
            self,
            self.tr("Save the yearly follow-up report"),
            str(Path(self.ctx.settings.documents_folder or Path.home()) / name),
            self.tr("PDF documents (*.pdf)")
            if request.format == "pdf"
            else self.tr("Word documents (*.docx)"),
        )
        if not path:
            return
        if Path(path).suffix.lower() != f".{request.format}":
            path += f".{request.format}"  # typed without (or with another) extension
        from bibagreements.services.documents import DocumentFormat, render_followup_report

        def job(uow: UnitOfWork) -> ReportFile:
            return render_followup_report(
                uow,
                request.year,
                DocumentFormat(request.format),
                Path(path),
                language=request.language,
                today=today,
            )

        def written(result: ReportFile) -> None:
            self.statusBar().showMessage(
                self.tr("Wrote the follow-up report for {0} ({1} agreements) to {2}.").format(
                    result.year, result.agreements, result.path
                ),
                10000,
            )
            self.report_written.emit(result.path)

        self.ctx.call(job, written, label=self.tr("Writing the follow-up report…"))
