"""The main window: its pages, the loading of the list, and the parts it is composed of.

The window owns a few parts, each handed what it needs: the list page
(``list_page``), the actions (``main_actions``), the editors
(``agreement_editors``), the commands on agreements (``agreement_commands``), the
follow-up views (``followup_views``) and the tool windows (``main_tools``).
All but the actions and the pages are built after the first frame
(``main_window_parts``), as properties of the window to everyone else.
The list reloads itself when an operation announces a change it shows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolButton, QWidget

from bibagreements.gui.context import AppContext
from bibagreements.gui.main_actions import MainActions
from bibagreements.gui.operations import Change, OpChanges
from bibagreements.gui.screen_fit import fitting_size

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction, QCloseEvent

    from bibagreements.domain.records import Agreement, AgreementSummary
    from bibagreements.gui.agreement_commands import AgreementCommands
    from bibagreements.gui.agreement_editors import EditorManager
    from bibagreements.gui.agreement_model import AgreementFilterProxy, AgreementTableModel
    from bibagreements.gui.database_backups import DatabaseBackups
    from bibagreements.gui.file_drops import FileDrops
    from bibagreements.gui.followup_views import FollowUpViews
    from bibagreements.gui.list_page import AgreementListPage
    from bibagreements.gui.main_tools import MainTools
    from bibagreements.gui.main_window_parts import WindowParts
    from bibagreements.gui.recent_databases import DatabaseSwitcher
    from bibagreements.gui.welcome import WelcomeView
    from bibagreements.services.agreement_list import AgreementList
    from bibagreements.services.database import UnitOfWork

PAGE_LOADING, PAGE_WELCOME, PAGE_LIST, PAGE_FAILED = range(4)
ALIGN_CENTER = 0x0084  # Qt::AlignCenter
# What the list shows: a change to any of these reloads it.
LIST_CHANGES = Change.AGREEMENTS | Change.CHECKINS | Change.REGISTERS | Change.SIGNED_COPIES


def _list_job(uow: UnitOfWork, today: date) -> AgreementList:
    from bibagreements.services.agreement_list import agreement_list

    return agreement_list(uow, today)


def _direct_list_job(db: str | None, today: date) -> AgreementList | None:
    from bibagreements.services.agreement_list import agreement_list_directly

    return agreement_list_directly(db, today)


def _filled(container: QWidget, child: QWidget) -> None:
    from PySide6.QtWidgets import QVBoxLayout  # layouts: not before the first frame

    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(child)


class MainWindow(QMainWindow):
    list_loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._select_after_load: int | None = None
        self._reload_pending = False
        self._database_ready = False  # the database has opened: actions may use it
        self.setWindowTitle(self.tr("bibagreements – collaboration agreements"))
        self.resize(fitting_size(self, QSize(1100, 700)))

        # The window opens on the loading page. The other pages are filled in when
        # first needed, so that building them does not delay the window's start.
        self.loading = QLabel(self.tr("Opening the database…"), self)
        # Set as a property: Qt.AlignmentFlag would build all of PySide6's Qt enums
        # (about 12 ms) before the first frame.
        self.loading.setProperty("alignment", ALIGN_CENTER)
        self._welcome_slot = QWidget(self)
        self._welcome: WelcomeView | None = None
        self._list_slot = QWidget(self)
        self._list: AgreementListPage | None = None
        self._failed_slot = QWidget(self)
        self._failed: _FailedPage | None = None
        self.pages = QStackedWidget(self)
        for page in (self.loading, self._welcome_slot, self._list_slot, self._failed_slot):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        self.reminders_button = QToolButton(self)
        self.reminders_button.setAutoRaise(True)
        self.reminders_button.setToolTip(self.tr("Show Today: what needs attention"))
        self.reminders_button.setVisible(False)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.reminders_button)
        self.statusBar().addPermanentWidget(self.count_label)

        self.main_actions = MainActions(self)
        self.main_actions.build_menus()
        self._connect()
        self._parts: WindowParts | None = None  # built when first used (see parts)

        geometry = ctx.settings.blob("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._update_actions()

    def offer_import_when_open(self, path: Path) -> None:
        """Once the register has opened, ask whether to import ``path`` (a file the file
        manager or the command line gave)."""

        def offer() -> None:
            self.list_loaded.disconnect(offer)
            from bibagreements.gui import dialogs

            if dialogs.confirm(
                self,
                self.tr("Import agreements"),
                self.tr("Import the agreements in “{0}” into this register?").format(path.name),
                self.tr("Import"),
            ):
                self.commands.import_path(path)

        self.list_loaded.connect(offer)

    def _about_qt(self) -> None:
        from bibagreements.gui import dialogs  # not before the first frame

        dialogs.about_qt(self)

    def _connect(self) -> None:
        """The actions that are enabled before the database opens, and so before the
        window's parts may exist; WindowParts connects the rest."""
        a = self.main_actions
        connections: tuple[tuple[QAction, Callable[[], object]], ...] = (
            (a.refresh, self.refresh),
            (a.find, self._focus_search),
            (a.quit, self.close),
            (a.open_database, lambda: self.databases.choose_database()),
            (a.restore, lambda: self.backups.restore_from_backup()),
            (a.settings, lambda: self.tools.show_settings()),
            (a.about, lambda: self.tools.show_about()),
            (a.about_qt, self._about_qt),
        )
        for action, slot in connections:
            action.triggered.connect(slot)

    # -- the parts the first frame does not show ---------------------------------------

    def parts(self) -> WindowParts:
        if self._parts is None:
            from bibagreements.gui.main_window_parts import WindowParts

            self._parts = WindowParts(self)
        return self._parts

    @property
    def model(self) -> AgreementTableModel:
        return self.parts().model

    @property
    def proxy(self) -> AgreementFilterProxy:
        return self.parts().proxy

    @property
    def editors(self) -> EditorManager:
        return self.parts().editors

    @property
    def commands(self) -> AgreementCommands:
        return self.parts().commands

    @property
    def followup(self) -> FollowUpViews:
        return self.parts().followup

    @property
    def backups(self) -> DatabaseBackups:
        return self.parts().backups

    @property
    def tools(self) -> MainTools:
        return self.parts().tools

    @property
    def databases(self) -> DatabaseSwitcher:
        return self.parts().databases

    @property
    def drops(self) -> FileDrops:
        return self.parts().drops

    @property
    def database_ready(self) -> bool:
        """The database has opened: actions may use it."""
        return self._database_ready

    # -- pages -------------------------------------------------------------------------

    @property
    def list_page(self) -> AgreementListPage:
        return self.ensure_list_page()

    def ensure_list_page(self) -> AgreementListPage:
        """The list page (search, filters, table, preview), built when first needed."""
        if self._list is None:
            from bibagreements.gui.list_page import AgreementListPage

            page = AgreementListPage(self.ctx, self.model, self.proxy, self._list_slot)
            _filled(self._list_slot, page)
            self._list = page
            page.open_requested.connect(self.editors.open_agreement)
            page.selection_changed.connect(self._update_actions)
            page.count_changed.connect(self._show_count)
            self._restore_list_state(page)
        return self._list

    def welcome_view(self) -> WelcomeView:
        if self._welcome is None:
            from bibagreements.gui.welcome import WelcomeView

            self._welcome = WelcomeView(self._welcome_slot)
            _filled(self._welcome_slot, self._welcome)
            self._welcome.load_examples.connect(self.commands.load_examples)
            self._welcome.new_agreement.connect(self.editors.new_agreement)
            self._welcome.own_organisation_given.connect(self._remember_own_organisation)
            self._welcome.house_style.connect(lambda: self.tools.show_house_style())
        return self._welcome

    def failed_page(self) -> _FailedPage:
        if self._failed is None:
            self._failed = _FailedPage(self._failed_slot)
            _filled(self._failed_slot, self._failed)
            self._failed.choose_database_button.clicked.connect(self.choose_database)
            self._failed.retry_button.clicked.connect(self.reload)
        return self._failed

    # -- the selection (for the commands and views) -------------------------------------

    def selected_id(self) -> int | None:
        return self._list.selected_id() if self._list is not None else None

    def selected_ids(self) -> list[int]:
        return self._list.selected_ids() if self._list is not None else []

    def selected_summary(self) -> AgreementSummary | None:
        return self._list.selected_summary() if self._list is not None else None

    def select_after_load(self, agreement_id: int | None) -> None:
        self._select_after_load = agreement_id

    def select_agreement(self, agreement_id: int) -> None:
        self.list_page.select_agreement(agreement_id)

    def open_selected(self) -> None:
        agreement_id = self.selected_id()
        if agreement_id is not None:
            self.editors.open_agreement(agreement_id)

    def _focus_search(self) -> None:
        self.list_page.focus_search()

    def _update_actions(self) -> None:
        self.main_actions.update(self._database_ready, self.selected_id() is not None)

    def _show_count(self, shown: int, total: int) -> None:
        self.count_label.setText(self.tr("{0} of {1} agreements").format(shown, total))

    # -- state -------------------------------------------------------------------------

    def _restore_list_state(self, page: AgreementListPage) -> None:
        s = self.ctx.settings
        splitter = s.blob("window/splitter")
        if splitter is not None:
            page.splitter.restoreState(splitter)
        else:
            page.splitter.setSizes([480, 180])
        # Not "window/header": that one holds the five columns before issue 13.
        header = s.blob("window/list_columns")
        if header is not None:
            page.table.horizontalHeader().restoreState(header)
        page.apply_hidden_columns(s.hidden_columns)

    def list_columns(self) -> list[tuple[str, str]]:
        from bibagreements.gui.agreement_model import Column

        return [
            (column.key, header)
            for column, header in zip(Column, self.model.headers(), strict=True)
        ]

    def apply_hidden_columns(self) -> None:
        if self._list is not None:  # otherwise applied when the page is built
            self._list.apply_hidden_columns(self.ctx.settings.hidden_columns)

    def save_state(self) -> None:
        s = self.ctx.settings
        s.set_blob("window/geometry", self.saveGeometry())
        if self._list is not None:  # otherwise the saved layout stays as it was
            s.set_blob("window/splitter", self._list.splitter.saveState())
            s.set_blob("window/list_columns", self._list.table.horizontalHeader().saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # "Save" in an editor starts saving; the window closes once the save went through.
        if self._parts is not None and not self._parts.editors.close_all():
            event.ignore()
            return
        self.save_state()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        # A new palette (a dark theme, say) tints the icons anew; none during __init__.
        actions: MainActions | None = getattr(self, "main_actions", None)
        if event.type() == QEvent.Type.PaletteChange and actions is not None:
            actions.set_icons()
        super().changeEvent(event)

    # -- loading the list ----------------------------------------------------------------

    def reload(self) -> None:
        """Read the list of agreements again (the first call opens the database)."""
        self._reload_pending = False
        if not self._database_ready:
            self.pages.setCurrentIndex(PAGE_LOADING)
        today = self.ctx.today()
        self.ctx.first_read(
            self,
            lambda db: _direct_list_job(db, today),
            lambda uow: _list_job(uow, today),
            self._list_arrived,
            self._list_failed,
            label=self.tr("Loading agreements…"),
        )
        self.ensure_list_page()  # while the worker opens the database

    def refresh(self) -> None:
        """Everything read again: the list, the reminders, the timeline, open editors."""
        self.ctx.announce(Change.ALL, self)

    def changes_announced(self, changes: OpChanges) -> None:
        if changes.touches(LIST_CHANGES) and self._database_ready and not self._reload_pending:
            # Several announcements in one turn of the event loop: one reload.
            self._reload_pending = True
            QTimer.singleShot(0, self.reload)

    def _list_failed(self, exc: BaseException) -> None:
        from bibagreements.errors import DatabaseError

        if self._database_ready and not isinstance(exc, DatabaseError):
            self.ctx.errors.present(exc, self)
            return
        # Nothing can work without the database: say so, and offer another one.
        self._database_ready = False
        page = self.failed_page()
        page.reason.setText(
            self.ctx.errors.describe(exc).text
            + "\n\n"
            + self.tr("Database: {0}").format(self.ctx.database_url or self.tr("(the default)"))
        )
        self.pages.setCurrentIndex(PAGE_FAILED)
        self._update_actions()
        self.statusBar().showMessage(self.tr("The database cannot be opened."))

    def choose_database(self) -> None:
        self.databases.choose_database()

    def database_switched(self) -> None:
        self._database_ready = False  # opened anew: remembered, Today and a backup as at start
        self.statusBar().clearMessage()
        self.reload()

    def _list_arrived(self, listed: AgreementList) -> None:
        summaries = listed.summaries
        page = self.list_page
        opened = not self._database_ready
        if opened:
            self._database_ready = True
            # Remembered only once it opened: a bad path is not reopened on every start.
            if self.ctx.db_name:
                self.ctx.settings.last_database = self.ctx.db_name
                self.ctx.settings.add_recent_database(self.ctx.db_name)
                self.ctx.settings.sync()
        selected = self._select_after_load or self.selected_id()
        own = self.ctx.settings.own_organisation
        self.model.set_agreements(
            summaries, listed.texts, today=self.ctx.today(), own_organisation=own
        )
        page.fill_organisation_filter(summaries)
        self.pages.setCurrentIndex(PAGE_LIST if summaries else PAGE_WELCOME)
        if not summaries:
            s = self.ctx.settings
            self.welcome_view().ask_own_organisation(
                not s.own_organisation_asked, s.own_organisation
            )
        page.update_count()
        if selected is not None:
            page.select_agreement(selected)
        self._select_after_load = None
        self._update_actions()
        self.list_loaded.emit()
        if opened:
            self.followup.load_reminders()
            self.backups.make_daily_backup()
        self._compact_search()

    def _compact_search(self) -> None:
        """Each word once in the search's texts, on the worker after the list has shown
        (330 ms at 100,000 agreements): meanwhile the same rows match, only a little
        more slowly."""
        from bibagreements.gui.text_search import each_word_once

        index = self.model.search
        texts = index.texts

        def done(compact: list[str]) -> None:
            if self.model.search is index:  # not read again meanwhile
                index.compacted(compact)

        self.ctx.run(self, lambda: each_word_once(texts), done)

    def restored(self, _backup: str) -> None:
        if not self._database_ready:  # the announcement reloads an open list only
            self.reload()

    def agreement_saved(self, agreement: Agreement) -> None:
        self._select_after_load = agreement.id
        self.statusBar().showMessage(self.tr("Saved “{0}”.").format(agreement.title), 5000)

    def _remember_own_organisation(self, name: str) -> None:
        s = self.ctx.settings
        s.own_organisation = name
        s.own_organisation_asked = True
        s.sync()


class _FailedPage(QWidget):
    """Shown when the database cannot be opened: why, and a way out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # Imported here: the window's first frame needs none of these types.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

        super().__init__(parent)
        self.title = QLabel(self.tr("The database cannot be opened"), self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_database_button = QPushButton(self.tr("&Choose another database…"), self)
        self.retry_button = QPushButton(self.tr("Try a&gain"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_database_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        layout.addStretch(2)
