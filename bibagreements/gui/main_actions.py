"""The main window's actions (one registry), its menus and toolbar.

The actions are built here without behaviour; the main window connects each
to the part that carries it out, and enables them as the database and the
selection allow.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from bibagreements.gui.icons import action_icon

_STD = QKeySequence.StandardKey
# Qt::ToolButtonStyle, set as properties: the first use of PySide6's Qt namespace
# (or of a key sequence) builds all its enums, about 12 ms before the first frame.
_TEXT_BESIDE_ICON, _ICON_ONLY = 2, 0

# Each action's icon: resources/icons/actions/NAME.svg (Tabler Icons).
ICONS = {
    "new": "file-plus",
    "new_from_template": "template",
    "open": "file-pencil",
    "duplicate": "copy",
    "renew": "repeat",
    "delete": "trash",
    "import_json": "file-import",
    "import_document": "file-text",
    "export_json": "file-export",
    "demo": "books",
    "organisations": "address-book",
    "clauses": "blockquote",
    "settings": "settings",
    "house_style": "palette",
    "about": "info-circle",
    "about_qt": "info-square",
    "refresh": "refresh",
    "reminders": "bell",
    "timeline": "timeline",
    "calendar": "calendar-event",
    "backup": "database-export",
    "restore": "restore",
    "check": "database-search",
    "report": "report-analytics",
    "report_sections": "article",
    "register_list": "file-spreadsheet",
    "archive": "archive",
    "find": "search",
    "open_database": "database",
    "recent": "history",
    "quit": "door-exit",
}


class MainActions(QObject):
    """Every action of the main window, by name."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._shortcuts: list[tuple[QAction, QKeySequence.StandardKey | str]] = []
        self.new = self._action(
            self.tr("&New agreement"), _STD.New, self.tr("Start a new agreement (Ctrl+N)")
        )
        self.new_from_template = self._action(
            self.tr("New agreement from te&mplate…"),
            "Ctrl+Shift+N",
            self.tr("A new draft shaped like a template: only the title, parties and period asked"),
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
        self.open_database = self._action(
            self.tr("Open &database…"), tip=self.tr("Work in another database file")
        )
        self.recent_menu = QMenu(self.tr("Recent database&s"), window)
        self.recent = self.recent_menu.menuAction()
        self.import_json = self._action(self.tr("&Import JSON…"), "Ctrl+I")
        self.import_document = self._action(
            self.tr("Import an existing a&greement…"),
            tip=self.tr("A new draft from an agreement's Word document (.docx) or text file"),
        )
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
        self.clauses = self._action(
            self.tr("&Clause library"),
            "Ctrl+Shift+L",
            self.tr("Reusable texts with placeholders, previewed in an agreement"),
        )
        self.settings = self._action(self.tr("&Settings…"), _STD.Preferences)
        self.house_style = self._action(
            self.tr("&House style…"),
            tip=self.tr("Logo, letterhead, footer, colour, font and wording of your documents"),
        )
        self.about = self._action(self.tr("&About bibagreements"))
        self.about_qt = self._action(self.tr("About &Qt"))
        self.refresh = self._action(self.tr("&Refresh"), _STD.Refresh)
        self.reminders = self._action(
            self.tr("To&day"),
            "Ctrl+Shift+R",
            self.tr(
                "What needs attention today: check-ins, decisions and notice, missing "
                "signatures, drafts"
            ),
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
        self.report_sections = self._action(
            self.tr("Yearly report's introd&uction…"),
            tip=self.tr("The sections that open a year's report: mission, staff, conditions"),
        )
        self.register_list = self._action(
            self.tr("Register &list for the registrar…"),
            tip=self.tr("Every agreement with each party's registry number, as XLSX or CSV"),
        )
        self.archive = self._action(
            self.tr("Archive &package…"),
            tip=self.tr("The selected signed agreements as an E-ARK package for the e-archive"),
        )
        self.find = self._action(self.tr("&Find"), _STD.Find)
        self.quit = self._action(self.tr("&Quit"), _STD.Quit)
        # Need one selected agreement, and an open database.
        self.on_selection = (self.open, self.duplicate, self.renew, self.delete)
        # Need an open database.
        self.on_database = (
            self.new,
            self.new_from_template,
            self.import_json,
            self.import_document,
            self.export_json,
            self.calendar,
            self.report,
            self.report_sections,
            self.register_list,
            self.archive,
            self.backup,
            self.check,
            self.demo,
            self.organisations,
            self.clauses,
            self.house_style,
            self.reminders,
            self.timeline,
        )
        # The toolbar's, None a separator.
        self.on_toolbar = (
            self.new,
            self.open,
            self.duplicate,
            self.renew,
            self.delete,
            None,
            self.organisations,
            self.reminders,
            self.timeline,
        )
        # The toolbar's icons before the window shows, the menus' when one first opens.
        self._menus_shown = False
        self.set_icons()  # again by the window when its palette changes

    def set_shortcuts(self) -> None:
        """The keys of the actions: by the window once its first frame is shown."""
        for action, shortcut in self._shortcuts:
            action.setShortcut(QKeySequence(shortcut))

    def set_icons(self) -> None:
        palette = self._window.palette()
        shown = {id(action) for action in self.on_toolbar if action is not None}
        for attribute, icon in ICONS.items():
            action: QAction = getattr(self, attribute)
            if self._menus_shown or id(action) in shown:
                action.setIcon(action_icon(icon, palette))

    def _menu_about_to_show(self) -> None:
        if not self._menus_shown:
            self._menus_shown = True
            self.set_icons()

    def _action(
        self, text: str, shortcut: QKeySequence.StandardKey | str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
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
                    self.new_from_template,
                    self.open,
                    None,
                    self.open_database,
                    self.recent,
                    None,
                    self.import_json,
                    self.import_document,
                    self.export_json,
                    self.calendar,
                    self.report,
                    self.report_sections,
                    self.register_list,
                    self.archive,
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
            (self.tr("&Registers"), [self.organisations, self.clauses]),
            (self.tr("&Tools"), [self.check, None, self.house_style, self.settings]),
            (self.tr("&Help"), [self.about, self.about_qt]),
        ]
        for title, items in sections:
            submenu = menu.addMenu(title)
            submenu.aboutToShow.connect(self._menu_about_to_show)
            for item in items:
                if item is None:
                    submenu.addSeparator()
                else:
                    submenu.addAction(item)

        toolbar = QToolBar(self.tr("Main toolbar"), window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setProperty("toolButtonStyle", _TEXT_BESIDE_ICON)
        for action in self.on_toolbar:
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        # Icons alone (with their tooltips) for the variations on the selected
        # agreement: with all texts the bar is wider than a 1024-pixel screen.
        for action in (self.duplicate, self.renew, self.delete):
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setProperty("toolButtonStyle", _ICON_ONLY)
        window.addToolBar(toolbar)

    def update(self, database_ready: bool, one_selected: bool) -> None:
        for action in self.on_selection:
            action.setEnabled(database_ready and one_selected)
        for action in self.on_database:
            action.setEnabled(database_ready)
