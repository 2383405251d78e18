"""The main window's actions, menus and toolbar, enabled as the database allows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar


class MainActionsMixin:
    """The actions of ``MainWindow``, with its menu bar and toolbar."""

    def _action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&New agreement"),
            self.new_agreement,
            std.New,
            self.tr("Start a new agreement (Ctrl+N)"),
        )
        self.open_action = self._action(
            self.tr("&Open"),
            self.open_selected,
            "Ctrl+O",
            self.tr("Open the selected agreement (Enter)"),
        )
        self.duplicate_action = self._action(
            self.tr("&Duplicate"),
            self.duplicate_selected,
            "Ctrl+D",
            self.tr("Copy the selected agreement as a new draft"),
        )
        self.renew_action = self._action(
            self.tr("&Renew for next period"),
            self.renew_selected,
            "Ctrl+R",
            self.tr("A new draft for the next period, linked to this one"),
        )
        self.delete_action = self._action(
            self.tr("De&lete draft…"),
            self.delete_selected,
            std.Delete,
            self.tr("Delete the selected draft"),
        )
        self.import_action = self._action(self.tr("&Import JSON…"), self.import_json, "Ctrl+I")
        self.export_action = self._action(
            self.tr("&Export JSON…"),
            self.export_json,
            "Ctrl+E",
            self.tr("Export the selected agreements, or all when none is selected"),
        )
        self.demo_action = self._action(self.tr("Load e&xample agreements"), self.load_examples)
        self.organisations_action = self._action(
            self.tr("&Organisations and people"),
            self.show_registers,
            "Ctrl+Shift+O",
            self.tr("The register of organisations and people"),
        )
        self.settings_action = self._action(
            self.tr("&Settings…"), self.show_settings, std.Preferences
        )
        self.about_action = self._action(self.tr("&About bibagreements"), self.show_about)
        self.refresh_action = self._action(self.tr("Re&fresh"), self.reload, std.Refresh)
        self.reminders_action = self._action(
            self.tr("&What needs attention…"),
            self.show_reminders,
            "Ctrl+Shift+R",
            self.tr("Overdue and coming check-ins, agreements ending, incomplete parties"),
        )
        self.timeline_action = self._action(
            self.tr("&Timeline"),
            self.show_timeline,
            "Ctrl+T",
            self.tr("Agreements over the years, with their check-ins"),
        )
        self.calendar_action = self._action(
            self.tr("Export check-ins to &calendar (.ics)…"),
            self.export_calendar,
            tip=self.tr("The selected agreements' check-ins, or all planned ones"),
        )
        self.backup_action = self._action(
            self.tr("&Back up the database…"),
            self.backup_database,
            tip=self.tr("A checked copy of the whole database, to keep somewhere safe"),
        )
        self.report_action = self._action(
            self.tr("Yearly follow-up &report…"),
            self.write_followup_report,
            tip=self.tr("What came of the agreements in a year, by development area"),
        )
        self.find_action = self._action(self.tr("&Find"), self._focus_search, std.Find)
        self.quit_action = self._action(self.tr("&Quit"), self.close, std.Quit)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for item in (
            self.new_action,
            self.open_action,
            None,
            self.import_action,
            self.export_action,
            self.calendar_action,
            self.report_action,
            None,
            self.backup_action,
            self.demo_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if item is None else file_menu.addAction(item)
        agreement_menu = menu.addMenu(self.tr("&Agreement"))
        for item in (
            self.open_action,
            self.duplicate_action,
            self.renew_action,
            None,
            self.delete_action,
        ):
            agreement_menu.addSeparator() if item is None else agreement_menu.addAction(item)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        view_menu.addAction(self.reminders_action)
        view_menu.addAction(self.timeline_action)
        registers_menu = menu.addMenu(self.tr("&Registers"))
        registers_menu.addAction(self.organisations_action)
        tools_menu = menu.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.settings_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for item in (
            self.new_action,
            self.open_action,
            self.duplicate_action,
            self.renew_action,
            self.delete_action,
            None,
            self.organisations_action,
            self.reminders_action,
            self.timeline_action,
        ):
            toolbar.addSeparator() if item is None else toolbar.addAction(item)
        self.addToolBar(toolbar)

    def _update_actions(self) -> None:
        ready = self._database_ready
        one = ready and self.selected_id() is not None
        for action in (
            self.open_action,
            self.duplicate_action,
            self.renew_action,
            self.delete_action,
        ):
            action.setEnabled(one)
        for action in (
            self.new_action,
            self.import_action,
            self.export_action,
            self.calendar_action,
            self.report_action,
            self.backup_action,
            self.demo_action,
            self.organisations_action,
            self.reminders_action,
            self.timeline_action,
        ):
            action.setEnabled(ready)
