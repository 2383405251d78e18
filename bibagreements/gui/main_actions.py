"""The main window's actions (one registry), its menus and toolbar.

The actions are built here without behaviour; the main window connects each
to the part that carries it out, and enables them as the database and the
selection allow.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

_STD = QKeySequence.StandardKey


class MainActions(QObject):
    """Every action of the main window, by name."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.new = self._action(
            self.tr("&New agreement"), _STD.New, self.tr("Start a new agreement (Ctrl+N)")
        )
        self.open = self._action(
            self.tr("&Open"), "Ctrl+O", self.tr("Open the selected agreement (Enter)")
        )
        self.duplicate = self._action(
            self.tr("&Duplicate"), "Ctrl+D", self.tr("Copy the selected agreement as a new draft")
        )
        self.renew = self._action(
            self.tr("&Renew for next period"),
            "Ctrl+R",
            self.tr("A new draft for the next period, linked to this one"),
        )
        self.delete = self._action(
            self.tr("De&lete draft…"), _STD.Delete, self.tr("Delete the selected draft")
        )
        self.import_json = self._action(self.tr("&Import JSON…"), "Ctrl+I")
        self.export_json = self._action(
            self.tr("&Export JSON…"),
            "Ctrl+E",
            self.tr("Export the selected agreements, or all when none is selected"),
        )
        self.demo = self._action(self.tr("Load e&xample agreements"))
        self.organisations = self._action(
            self.tr("&Organisations and people"),
            "Ctrl+Shift+O",
            self.tr("The register of organisations and people"),
        )
        self.settings = self._action(self.tr("&Settings…"), _STD.Preferences)
        self.about = self._action(self.tr("&About bibagreements"))
        self.refresh = self._action(self.tr("&Refresh"), _STD.Refresh)
        self.reminders = self._action(
            self.tr("&What needs attention…"),
            "Ctrl+Shift+R",
            self.tr("Overdue and coming check-ins, agreements ending, incomplete parties"),
        )
        self.timeline = self._action(
            self.tr("&Timeline"),
            "Ctrl+T",
            self.tr("Agreements over the years, with their check-ins"),
        )
        self.calendar = self._action(
            self.tr("Export check-ins to &calendar (.ics)…"),
            tip=self.tr("The selected agreements' check-ins, or all planned ones"),
        )
        self.backup = self._action(
            self.tr("&Back up the database…"),
            tip=self.tr("A checked copy of the whole database, to keep somewhere safe"),
        )
        self.restore = self._action(
            self.tr("Res&tore from a backup…"),
            tip=self.tr("Replace the database by a backup; the current one is kept beside it"),
        )
        self.check = self._action(
            self.tr("&Check the database"),
            tip=self.tr("SQLite's integrity checks over the whole database"),
        )
        self.report = self._action(
            self.tr("Yearly follow-up &report…"),
            tip=self.tr("What came of the agreements in a year, by development area"),
        )
        self.find = self._action(self.tr("&Find"), _STD.Find)
        self.quit = self._action(self.tr("&Quit"), _STD.Quit)
        # Need one selected agreement, and an open database.
        self.on_selection = (self.open, self.duplicate, self.renew, self.delete)
        # Need an open database.
        self.on_database = (
            self.new,
            self.import_json,
            self.export_json,
            self.calendar,
            self.report,
            self.backup,
            self.check,
            self.demo,
            self.organisations,
            self.reminders,
            self.timeline,
        )

    def _action(
        self, text: str, shortcut: QKeySequence.StandardKey | str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action

    def build_menus(self) -> None:
        window = self._window
        menu = window.menuBar()
        sections: list[tuple[str, list[QAction | None]]] = [
            (
                self.tr("&File"),
                [
                    self.new,
                    self.open,
                    None,
                    self.import_json,
                    self.export_json,
                    self.calendar,
                    self.report,
                    None,
                    self.backup,
                    self.restore,
                    self.demo,
                    None,
                    self.quit,
                ],
            ),
            (
                self.tr("&Agreement"),
                [self.open, self.duplicate, self.renew, None, self.delete],
            ),
            (
                self.tr("&View"),
                [self.find, self.refresh, None, self.reminders, self.timeline],
            ),
            (self.tr("&Registers"), [self.organisations]),
            (self.tr("&Tools"), [self.check, None, self.settings]),
            (self.tr("&Help"), [self.about]),
        ]
        for title, items in sections:
            submenu = menu.addMenu(title)
            for item in items:
                if item is None:
                    submenu.addSeparator()
                else:
                    submenu.addAction(item)

        toolbar = QToolBar(self.tr("Main toolbar"), window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new,
            self.open,
            self.duplicate,
            self.renew,
            self.delete,
            None,
            self.organisations,
            self.reminders,
            self.timeline,
        ):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        window.addToolBar(toolbar)

    def update(self, database_ready: bool, one_selected: bool) -> None:
        for action in self.on_selection:
            action.setEnabled(database_ready and one_selected)
        for action in self.on_database:
            action.setEnabled(database_ready)
