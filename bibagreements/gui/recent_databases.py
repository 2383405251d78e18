"""File → Open database… and File → Recent databases: the window switches database.

Open editors are closed first (each asks about unsaved changes); then the context
uses the other database from its next job on and the window reads it as at start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMenu

from bibagreements.gui import dialogs
from bibagreements.gui.database_names import without_password
from bibagreements.gui.operations import Change

if TYPE_CHECKING:
    from bibagreements.gui.agreement_editors import EditorManager
    from bibagreements.gui.context import AppContext


class DatabaseSwitcher(QObject):
    switched_to = Signal(str)  # the database the window uses from now on

    def __init__(
        self,
        ctx: AppContext,
        window: QMainWindow,
        editors: EditorManager,
        menu: QMenu,
        switched: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.editors = editors
        self.menu = menu
        self._switched = switched
        menu.aboutToShow.connect(self.fill_menu)

    def fill_menu(self) -> None:
        self.menu.clear()
        current = without_password(self.ctx.db_name or "")
        names = self.ctx.settings.recent_databases
        for number, name in enumerate(names, 1):
            label = name.replace("&", "&&")
            action = self.menu.addAction(f"&{number} {label}" if number < 10 else label)
            action.setData(name)
            if name == current:
                action.setCheckable(True)
                action.setChecked(True)
                action.setEnabled(False)
            elif "://" not in name and not Path(name).is_file():
                action.setEnabled(False)
                action.setToolTip(self.tr("The file is no longer there."))
            action.triggered.connect(lambda _=False, n=name: self.open_database(n))
        if not names:
            self.menu.addAction(self.tr("(none yet)")).setEnabled(False)
        else:
            self.menu.addSeparator()
            self.menu.addAction(self.tr("&Clear the list"), self.clear)

    def clear(self) -> None:
        for name in self.ctx.settings.recent_databases:
            self.ctx.settings.forget_recent_database(name)
        self.ctx.settings.sync()

    def choose_database(self) -> None:
        path = dialogs.open_file(
            self.window,
            self.tr("Choose a database"),
            self.tr("bibagreements databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database(path)

    def open_database(self, name: str) -> bool:
        """Use ``name`` from now on; False when an open editor kept the window."""
        if not self.editors.close_all():
            return False
        self.ctx.switch_database(name)
        self.switched_to.emit(name)
        self._switched()
        # Today, the timeline and the rest read the new database again.
        self.ctx.announce(Change.ALL, self)
        return True
