"""The main window: the pages, the loading of the list, and the window's state.

The window is composed of focused parts: the list page (``main_list``), the actions
and menus (``main_actions``), the editors (``main_editors``), the commands on
agreements (``main_commands``) and the follow-up views (``main_followup``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bibagreements.gui import dialogs
from bibagreements.gui.agreement_model import AgreementFilterProxy, AgreementTableModel, Column
from bibagreements.gui.context import AppContext
from bibagreements.gui.main_actions import MainActionsMixin
from bibagreements.gui.main_commands import AgreementCommandsMixin
from bibagreements.gui.main_editors import EditorTrackingMixin
from bibagreements.gui.main_followup import FollowUpMixin
from bibagreements.gui.main_list import AgreementListMixin

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from bibagreements.domain.records import AgreementSummary
    from bibagreements.gui.editor import AgreementEditor
    from bibagreements.gui.reminders_panel import RemindersPanel
    from bibagreements.gui.timeline import TimelineWindow
    from bibagreements.gui.welcome import WelcomeView
    from bibagreements.storage.database import UnitOfWork

PAGE_LOADING, PAGE_WELCOME, PAGE_LIST, PAGE_FAILED = range(4)


def _list_job(uow: UnitOfWork) -> list[AgreementSummary]:
    from bibagreements.services.agreements import list_agreements

    return list_agreements(uow)


def _texts_job(uow: UnitOfWork) -> dict[int, str]:
    from bibagreements.services.search import search_texts

    return search_texts(uow)


class MainWindow(
    AgreementListMixin,
    MainActionsMixin,
    EditorTrackingMixin,
    AgreementCommandsMixin,
    FollowUpMixin,
    QMainWindow,
):
    list_loaded = Signal()
    report_written = Signal(str)  # the path of a yearly follow-up report just written
    backup_written = Signal(str)  # the path of a database backup just written

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.editors: dict[int | None, AgreementEditor] = {}
        self._loading_ids: set[int] = set()  # agreements whose editor is being read
        self._quit_after_saves = False  # "Save" answered while quitting
        self._retired: list[AgreementEditor] = []
        self._select_after_load: int | None = None
        self.reminders: RemindersPanel | None = None
        self.reminders_dock: QDockWidget | None = None
        self.timeline: TimelineWindow | None = None
        # Shown once, after the first list load: the window is already on screen then.
        self._startup_reminders = ctx.settings.startup_reminders
        self.setWindowTitle(self.tr("bibagreements – collaboration agreements"))
        self.resize(1100, 700)

        self.model = AgreementTableModel(self)
        self.proxy = AgreementFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        # The window opens on the loading page. The other pages are filled in when
        # first needed, so that building them does not delay the window's start.
        self.loading = QLabel(self.tr("Opening the database…"), self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_page = QWidget(self)
        self.welcome: WelcomeView | None = None
        self.list_page = QWidget(self)
        self._list_page_built = False
        self.failed_page = QWidget(self)
        self._failed_page_built = False
        self.pages = QStackedWidget(self)
        for page in (self.loading, self.welcome_page, self.list_page, self.failed_page):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self._database_ready = False  # the database has opened: actions may use it
        self._build_actions()
        self.reminders_button = QToolButton(self)
        self.reminders_button.setAutoRaise(True)
        self.reminders_button.setToolTip(self.tr("Show what needs attention"))
        self.reminders_button.clicked.connect(self.show_reminders)
        self.reminders_button.setVisible(False)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.reminders_button)
        self.statusBar().addPermanentWidget(self.count_label)

        self._restore_state()
        self._update_actions()

    # -- building ----------------------------------------------------------------------

    def ensure_list_page(self) -> None:
        """Build the list page (search, filters, table, preview) unless it exists."""
        if self._list_page_built:
            return
        self._list_page_built = True
        self._build_list_page()
        self._restore_list_state()

    def welcome_view(self) -> WelcomeView:
        if self.welcome is None:
            from bibagreements.gui.welcome import WelcomeView

            self.welcome = WelcomeView(self.welcome_page)
            layout = QVBoxLayout(self.welcome_page)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.welcome)
            self.welcome.load_examples.connect(self.load_examples)
            self.welcome.new_agreement.connect(self.new_agreement)
            self.welcome.own_organisation_given.connect(self._remember_own_organisation)
        return self.welcome

    def _ensure_failed_page(self) -> None:
        if self._failed_page_built:
            return
        self._failed_page_built = True
        page = self.failed_page
        self.failed_title = QLabel(self.tr("The database cannot be opened"), page)
        font = self.failed_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.failed_title.setFont(font)
        self.failed_reason = QLabel(page)
        self.failed_reason.setWordWrap(True)
        self.failed_reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_database_button = QPushButton(self.tr("&Choose another database…"), page)
        self.choose_database_button.clicked.connect(self.choose_database)
        self.retry_button = QPushButton(self.tr("&Try again"), page)
        self.retry_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_database_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.failed_title)
        layout.addWidget(self.failed_reason)
        layout.addLayout(buttons)
        layout.addStretch(2)

    # -- state -------------------------------------------------------------------------

    def _restore_state(self) -> None:
        s = self.ctx.settings
        geometry = s.blob("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _restore_list_state(self) -> None:
        s = self.ctx.settings
        splitter = s.blob("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([480, 180])
        header = s.blob("window/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        self.apply_visible_columns()

    def apply_visible_columns(self) -> None:
        if not self._list_page_built:
            return  # applied when the page is built
        flags = self.ctx.settings.visible_columns(len(Column))
        for column, shown in enumerate(flags):
            self.table.setColumnHidden(column, not shown)

    def save_state(self) -> None:
        s = self.ctx.settings
        s.set_blob("window/geometry", self.saveGeometry())
        if self._list_page_built:  # otherwise the saved layout stays as it was
            s.set_blob("window/splitter", self.splitter.saveState())
            s.set_blob("window/header", self.table.horizontalHeader().saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._quit_after_saves = False
        for editor in self.open_editors():
            if not editor.close():
                # "Save" starts saving; the window closes once the save went through.
                self._quit_after_saves = editor.closing_after_save
                event.ignore()
                return
        self.save_state()
        event.accept()

    # -- loading the list ----------------------------------------------------------------

    def reload(self) -> None:
        if not self._database_ready:
            self.pages.setCurrentIndex(PAGE_LOADING)
        self.ctx.call(
            _list_job,
            self._list_arrived,
            self._list_failed,
            label=self.tr("Loading agreements…"),
        )
        self.ensure_list_page()  # while the worker opens the database

    def _list_failed(self, exc: BaseException) -> None:
        from bibagreements.errors import DatabaseError

        if self._database_ready and not isinstance(exc, DatabaseError):
            self.ctx.errors.present(exc, self)
            return
        # Nothing can work without the database: say so, and offer another one.
        self._database_ready = False
        self._ensure_failed_page()
        self.failed_reason.setText(
            self.ctx.errors.describe(exc).text
            + "\n\n"
            + self.tr("Database: {0}").format(self.ctx.database_url or self.tr("(the default)"))
        )
        self.pages.setCurrentIndex(PAGE_FAILED)
        self._update_actions()
        self.statusBar().showMessage(self.tr("The database cannot be opened."))

    def choose_database(self) -> None:
        path = dialogs.open_file(
            self,
            self.tr("Choose a database"),
            self.tr("bibagreements databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if not path:
            return
        self.ctx.switch_database(path)
        self.statusBar().clearMessage()
        self.reload()

    def _list_arrived(self, summaries: list[AgreementSummary]) -> None:
        self.ensure_list_page()
        if not self._database_ready:
            self._database_ready = True
            # Remembered only once it opened: a bad path is not reopened on every start.
            if self.ctx.db_name:
                self.ctx.settings.last_database = self.ctx.db_name
                self.ctx.settings.sync()
        selected = self._select_after_load or self.selected_id()
        self.model.set_agreements(summaries)
        self._fill_organisation_filter(summaries)
        self.pages.setCurrentIndex(PAGE_LIST if summaries else PAGE_WELCOME)
        if not summaries:
            s = self.ctx.settings
            welcome = self.welcome_view()
            welcome.ask_own_organisation(not s.own_organisation_asked, s.own_organisation)
        self._update_count()
        if selected is not None:
            self.select_agreement(selected)
        self._select_after_load = None
        self._update_actions()
        self.list_loaded.emit()
        # The full texts come second: the list is usable while they load.
        self.ctx.call(_texts_job, self._texts_arrived)
        self.load_reminders()
        if self.timeline is not None and self.timeline.isVisible():
            self.timeline.load()

    def _texts_arrived(self, blobs: dict[int, str]) -> None:
        self.model.set_agreements([r.summary for r in self.model.rows()], blobs)
        if self._select_after_load is not None:
            self.select_agreement(self._select_after_load)
        self._update_count()

    def _remember_own_organisation(self, name: str) -> None:
        s = self.ctx.settings
        s.own_organisation = name
        s.own_organisation_asked = True
        s.sync()
