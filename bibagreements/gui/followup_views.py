"""The main window's follow-up: what needs attention, the timeline, the calendar, the report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolButton

from bibagreements.gui import dialogs
from bibagreements.gui.folders import save_folder

if TYPE_CHECKING:
    from bibagreements.gui.agreement_commands import Selection
    from bibagreements.gui.agreement_editors import EditorManager
    from bibagreements.gui.context import AppContext
    from bibagreements.gui.reminders_panel import RemindersPanel
    from bibagreements.gui.timeline import TimelineWindow
    from bibagreements.services.database import UnitOfWork
    from bibagreements.services.documents import ReportFile
    from bibagreements.services.reminders import Reminder


class FollowUpViews(QObject):
    """Today (the dock of reminders), the timeline, the calendar export, the yearly report."""

    report_written = Signal(str)  # the path of a yearly follow-up report just written

    def __init__(
        self,
        ctx: AppContext,
        window: QMainWindow,
        selection: Selection,
        editors: EditorManager,
        reminders_button: QToolButton,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.selection = selection
        self.editors = editors
        self.reminders_button = reminders_button
        self.reminders: RemindersPanel | None = None
        self.reminders_dock: QDockWidget | None = None
        self.timeline: TimelineWindow | None = None
        # Shown once, after the first load: the window is already on screen then.
        self._startup_reminders = ctx.settings.startup_reminders

    def reminders_panel(self) -> RemindersPanel:
        if self.reminders is None:
            from bibagreements.gui.reminders_panel import RemindersPanel

            dock = QDockWidget(self.tr("Today"), self.window)
            dock.setObjectName("remindersDock")
            dock.setAllowedAreas(
                Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
            )
            self.reminders = RemindersPanel(self.ctx, dock)
            dock.setWidget(self.reminders)
            dock.setVisible(False)
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            self.reminders_dock = dock
            self.reminders.loaded.connect(self._reminders_loaded)
            self.reminders.open_requested.connect(self.editors.open_agreement)
        return self.reminders

    def load_reminders(self) -> None:
        self.reminders_panel().load()

    def _reminders_loaded(self, reminders: list[Reminder]) -> None:
        count = len(reminders)
        self.reminders_button.setText(self.tr("Today: {0}").format(count))
        self.reminders_button.setVisible(count > 0)
        if self._startup_reminders:
            self._startup_reminders = False
            if count and self.ctx.settings.startup_reminders:
                self._show_dock()  # the keyboard stays in the agreement list

    def show_reminders(self) -> None:
        """Show Today and put the keyboard in it (View → Today, the status bar button)."""
        panel = self._show_dock()
        panel.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_dock(self) -> RemindersPanel:
        panel = self.reminders_panel()
        assert self.reminders_dock is not None
        self.reminders_dock.show()
        self.reminders_dock.raise_()
        return panel

    def show_timeline(self) -> None:
        if self.timeline is None:
            from bibagreements.gui.timeline import TimelineWindow

            self.timeline = TimelineWindow(self.ctx, self.window)
            self.timeline.open_requested.connect(self.editors.open_agreement)
        self.timeline.show()
        self.timeline.raise_()
        self.timeline.load()

    def export_calendar(self) -> None:
        ids = self.selection.selected_ids()
        path = dialogs.save_file(
            self.window,
            self.tr("Export check-ins to calendar"),
            str(save_folder(self.ctx.settings) / self.tr("check-ins.ics")),
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return
        from bibagreements.services.calendar import export_calendar

        def exported(count: int) -> None:
            self.window.statusBar().showMessage(
                self.tr("Wrote %n check-in(s) to {0}.", "", count).format(path), 8000
            )

        today = self.ctx.today()
        self.ctx.op(
            self,
            lambda uow: export_calendar(uow, Path(path), ids or None, today=today),
            exported,
        )

    def write_followup_report(self) -> None:
        """Ask for the year, format and language, then write the report in the background."""
        today = self.ctx.today()
        request = dialogs.ask_report(self.window, today.year - 1 if today.month < 7 else today.year)
        if request is None:
            return
        name = self.tr("Follow-up {0}").format(request.year) + f".{request.format}"
        path = dialogs.save_file(
            self.window,
            self.tr("Save the yearly follow-up report"),
            str(save_folder(self.ctx.settings) / name),
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
                archive=request.archive,
            )

        def written(result: ReportFile) -> None:
            self.window.statusBar().showMessage(
                self.tr("Wrote the follow-up report for {0} ({1} agreements) to {2}.").format(
                    result.year, result.agreements, result.path
                ),
                10000,
            )
            self.report_written.emit(result.path)

        self.ctx.op(self, job, written, label=self.tr("Writing the follow-up report…"))
