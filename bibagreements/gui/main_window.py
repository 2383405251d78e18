"""The main window: the agreement list with search and filters, menus and toolbar."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bibagreements import __version__
from bibagreements.domain.enums import AgreementStatus
from bibagreements.gui import dialogs
from bibagreements.gui.agreement_model import (
    ID_ROLE,
    AgreementFilterProxy,
    AgreementTableModel,
    Column,
    Filters,
)
from bibagreements.gui.context import AppContext
from bibagreements.gui.labels import (
    cadence_label,
    kind_label,
    period_text,
    status_icon,
    status_label,
)
from bibagreements.gui.welcome import WelcomeView
from bibagreements.gui.widgets import ISO_FORMAT

if TYPE_CHECKING:
    from bibagreements.domain.records import Agreement, AgreementSummary
    from bibagreements.gui.editor import AgreementEditor, EditorData
    from bibagreements.gui.reminders_panel import RemindersPanel
    from bibagreements.gui.timeline import TimelineWindow
    from bibagreements.services.reminders import Reminder
    from bibagreements.storage.database import UnitOfWork

PAGE_LOADING, PAGE_WELCOME, PAGE_LIST, PAGE_FAILED = range(4)


def _list_job(uow: UnitOfWork) -> list[AgreementSummary]:
    from bibagreements.services.agreements import list_agreements

    return list_agreements(uow)


def _texts_job(uow: UnitOfWork) -> dict[int, str]:
    from bibagreements.services.search import search_texts

    return search_texts(uow)


def _editor_job(
    uow: UnitOfWork, agreement_id: int | None, own_name: str
) -> tuple[EditorData, int | None]:
    """The editor's data; for a new agreement also the user's own organisation.

    An own organisation not yet in the register is only proposed (``PENDING_OWN_ID``):
    it is created when the agreement is saved, not when an editor merely opens.
    """
    from bibagreements.domain.records import Organisation
    from bibagreements.gui.editor import PENDING_OWN_ID, EditorData, load_editor_data

    data = load_editor_data(uow, agreement_id)
    if agreement_id is not None or not own_name:
        return data, None
    wanted = own_name.casefold()
    for org in data.organisations:
        if org.name.casefold() == wanted:
            return data, org.id
    proposed = Organisation(own_name, id=PENDING_OWN_ID)
    return EditorData(
        data.agreement, [*data.organisations, proposed], data.people, data.parents
    ), PENDING_OWN_ID


class MainWindow(QMainWindow):
    list_loaded = Signal()

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
        self._build_list_page()
        self.welcome = WelcomeView(self)
        self.loading = QLabel(self.tr("Opening the database…"), self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.loading)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.list_page)
        self._build_failed_page()
        self.pages.addWidget(self.failed_page)
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

        self.welcome.load_examples.connect(self.load_examples)
        self.welcome.new_agreement.connect(self.new_agreement)
        self.welcome.own_organisation_given.connect(self._remember_own_organisation)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(150)
        self.preview_timer.timeout.connect(self._load_preview)
        self._restore_state()
        self._update_actions()

    # -- building ----------------------------------------------------------------------

    def _build_list_page(self) -> None:
        page = QWidget(self)
        self.search_edit = QLineEdit(page)
        self.search_edit.setPlaceholderText(
            self.tr("Search titles, parties, areas and texts (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = QComboBox(page)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in AgreementStatus:
            self.status_filter.addItem(status_icon(status), status_label(status), status.value)
        self.organisation_filter = QComboBox(page)
        self.organisation_filter.addItem(self.tr("All organisations"), "")
        self.organisation_filter.setMinimumContentsLength(18)
        self.organisation_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.active_check = QCheckBox(self.tr("Active on"), page)
        self.active_date = QDateEdit(QDate.currentDate(), page)
        self.active_date.setDisplayFormat(ISO_FORMAT)
        self.active_date.setCalendarPopup(True)
        self.active_date.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.organisation_filter, 1)
        bar.addWidget(self.active_check)
        bar.addWidget(self.active_date)

        self.table = QTableView(page)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # The title takes what is left; the other columns keep readable widths.
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.PARTIES, 280)
        header.resizeSection(Column.PERIOD, 190)
        header.resizeSection(Column.STATUS, 150)
        header.resizeSection(Column.NEXT_CHECKIN, 130)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter (and double-click on some styles)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.preview = QTextBrowser(page)
        self.preview.setOpenLinks(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical, page)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.empty_hint = QLabel(self.tr("No agreement matches the search and filters."), page)
        self.empty_hint.setVisible(False)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.splitter, 1)
        self.list_page = page

        self.search_edit.textChanged.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.organisation_filter.currentIndexChanged.connect(self.apply_filters)
        self.active_check.toggled.connect(self.active_date.setEnabled)
        self.active_check.toggled.connect(self.apply_filters)
        self.active_date.dateChanged.connect(self.apply_filters)

    def _build_failed_page(self) -> None:
        page = QWidget(self)
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
        self.failed_page = page

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
            None,
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

    # -- state -------------------------------------------------------------------------

    def _restore_state(self) -> None:
        s = self.ctx.settings
        geometry = s.blob("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
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
        flags = self.ctx.settings.visible_columns(len(Column))
        for column, shown in enumerate(flags):
            self.table.setColumnHidden(column, not shown)

    def save_state(self) -> None:
        s = self.ctx.settings
        s.set_blob("window/geometry", self.saveGeometry())
        s.set_blob("window/splitter", self.splitter.saveState())
        s.set_blob("window/header", self.table.horizontalHeader().saveState())
        s.sync()

    def open_editors(self) -> list[AgreementEditor]:
        """Every agreement editor still alive, tracked or not."""
        from bibagreements.gui.editor import AgreementEditor

        return [
            e
            for e in self.findChildren(AgreementEditor)
            if shiboken6.isValid(e) and not e.isHidden() and e not in self._retired
        ]

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

    def _quit_abandoned(self) -> None:
        self._quit_after_saves = False

    # -- the list ----------------------------------------------------------------------

    def reload(self) -> None:
        if not self._database_ready:
            self.pages.setCurrentIndex(PAGE_LOADING)
        self.ctx.call(
            _list_job,
            self._list_arrived,
            self._list_failed,
            label=self.tr("Loading agreements…"),
        )

    def _list_failed(self, exc: BaseException) -> None:
        from bibagreements.errors import DatabaseError

        if self._database_ready and not isinstance(exc, DatabaseError):
            self.ctx.errors.present(exc, self)
            return
        # Nothing can work without the database: say so, and offer another one.
        self._database_ready = False
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
            self.welcome.ask_own_organisation(not s.own_organisation_asked, s.own_organisation)
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

    def _fill_organisation_filter(self, summaries: list[AgreementSummary]) -> None:
        combo = self.organisation_filter
        current = combo.currentData()
        names = sorted({n for s in summaries for n in s.party_names}, key=str.casefold)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All organisations"), "")
        for name in names:
            combo.addItem(name, name)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if index < 0 and current:
            self.apply_filters()

    def apply_filters(self, *_args: object) -> None:
        status = self.status_filter.currentData()
        filters = Filters(
            text=self.search_edit.text(),
            status=AgreementStatus(status) if status else None,
            organisation=self.organisation_filter.currentData() or "",
            active_on=self.active_date.date().toPython() if self.active_check.isChecked() else None,
        )
        self.proxy.set_filters(filters)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("{0} of {1} agreements").format(shown, total))
        self.empty_hint.setVisible(total > 0 and shown == 0)

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(index.data(ID_ROLE)) for index in rows]

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return int(index.data(ID_ROLE))

    def selected_summary(self) -> AgreementSummary | None:
        index = self.table.currentIndex()
        if self.selected_id() is None:
            return None
        return self.model.summary(self.proxy.mapToSource(index).row())

    def select_agreement(self, agreement_id: int) -> None:
        row = self.model.row_of(agreement_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _selection_changed(self, *_args: object) -> None:
        self._update_actions()
        self.preview_timer.start()

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
            self.demo_action,
            self.organisations_action,
            self.reminders_action,
            self.timeline_action,
        ):
            action.setEnabled(ready)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- preview -----------------------------------------------------------------------

    def _load_preview(self) -> None:
        agreement_id = self.selected_id()
        if agreement_id is None:
            self.preview.clear()
            return
        from bibagreements.services.agreements import get_agreement

        self.ctx.call(
            lambda uow: get_agreement(uow, agreement_id),
            self._show_preview,
            lambda exc: self.preview.clear(),
        )

    def _show_preview(self, a: Agreement) -> None:
        if a.id != self.selected_id():
            return
        e = html.escape
        lines = [f"<h3>{e(a.title)}</h3>"]
        facts = [
            (self.tr("Kind"), kind_label(a.kind)),
            (self.tr("Status"), status_label(a.status)),
            (self.tr("Period"), period_text(a.start, a.end)),
            (self.tr("Programme"), a.programme),
            (self.tr("Check-ins"), cadence_label(a.cadence)),
        ]
        if a.parent_title:
            facts.append((self.tr("Part of"), a.parent_title))
        if a.predecessor_title:
            facts.append((self.tr("Renews"), a.predecessor_title))
        lines.append("<table cellspacing='2'>")
        for label, value in facts:
            if value:
                lines.append(f"<tr><td><b>{e(label)}:</b>&nbsp;</td><td>{e(value)}</td></tr>")
        lines.append("</table>")
        parties_heading = self.tr("Parties")
        areas_heading = self.tr("Areas of collaboration")
        if a.parties:
            lines.append(f"<p><b>{e(parties_heading)}</b></p><ul>")
            for p in a.parties:
                extra = f" ({e(p.registry_number)})" if p.registry_number else ""
                contact = f" – {e(p.contact_person.name)}" if p.contact_person else ""
                lines.append(f"<li>{e(p.name)}{extra}{contact}</li>")
            lines.append("</ul>")
        if a.areas:
            lines.append(f"<p><b>{e(areas_heading)}</b></p><ul>")
            lines.extend(f"<li>{e(area.title)}</li>" for area in a.areas)
            lines.append("</ul>")
        self.preview.setHtml("".join(lines))

    # -- commands ----------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_agreement(int(index.data(ID_ROLE)))

    def open_selected(self) -> None:
        agreement_id = self.selected_id()
        if agreement_id is not None:
            self.open_agreement(agreement_id)

    def new_agreement(self) -> None:
        self.open_agreement(None)

    def _raise_editor(self, agreement_id: int) -> bool:
        existing = self.editors.get(agreement_id)
        if existing is None or not shiboken6.isValid(existing):
            return False
        existing.raise_()
        existing.activateWindow()
        return True

    def open_agreement(self, agreement_id: int | None) -> None:
        if agreement_id is not None:
            if self._raise_editor(agreement_id) or agreement_id in self._loading_ids:
                return
            self._loading_ids.add(agreement_id)
        own = self.ctx.settings.own_organisation

        def failed(exc: BaseException) -> None:
            if agreement_id is not None:
                self._loading_ids.discard(agreement_id)
            self.ctx.errors.present(exc, self)

        self.ctx.call(
            lambda uow: _editor_job(uow, agreement_id, own),
            lambda result: self._show_editor(agreement_id, *result),
            failed,
            label=self.tr("Opening the agreement…"),
        )

    def _show_editor(self, agreement_id: int | None, data: EditorData, own_id: int | None) -> None:
        from bibagreements.gui.editor import AgreementEditor

        if agreement_id is not None:
            self._loading_ids.discard(agreement_id)
            if self._raise_editor(agreement_id):
                return
        editor = AgreementEditor(self.ctx, data, self, own_id)
        editor.setWindowModality(Qt.WindowModality.NonModal)
        key: int = agreement_id if agreement_id is not None else -id(editor)
        self.editors[key] = editor
        editor.saved.connect(self._agreement_saved)
        editor.data_changed.connect(self.reload)
        editor.finished.connect(self._editor_finished)
        editor.close_abandoned.connect(self._quit_abandoned)
        editor.show()

    def _editor_key(self, editor: object) -> int | None:
        return next((k for k, e in self.editors.items() if e is editor), None)

    def _editor_finished(self, _result: int) -> None:
        editor = self.sender()
        key = self._editor_key(editor)
        if key is not None:
            del self.editors[key]
        if isinstance(editor, QWidget):
            # Keep a reference until the event loop runs again: deleting a dialog
            # inside its own "finished" signal crashes PySide6 6.12.
            self._retired.append(editor)  # type: ignore[arg-type]
            QTimer.singleShot(0, self._dispose_retired)
        if self._quit_after_saves:
            self._quit_after_saves = False
            QTimer.singleShot(0, self.close)

    def _dispose_retired(self) -> None:
        retired, self._retired = self._retired, []
        for editor in retired:
            if shiboken6.isValid(editor):
                editor.deleteLater()

    def _agreement_saved(self, agreement: Agreement) -> None:
        editor = self.sender()
        key = self._editor_key(editor)
        if key is not None and agreement.id is not None and key != agreement.id:
            # A new agreement got its ID: from now on it is found under it.
            del self.editors[key]
            self.editors[agreement.id] = editor  # type: ignore[assignment]
        self._select_after_load = agreement.id
        self.statusBar().showMessage(self.tr("Saved “{0}”.").format(agreement.title), 5000)
        self.reload()

    def duplicate_selected(self) -> None:
        agreement_id = self.selected_id()
        if agreement_id is None:
            return
        from bibagreements.services.renewal import duplicate_agreement

        self.ctx.call(lambda uow: duplicate_agreement(uow, agreement_id), self._copied)

    def renew_selected(self) -> None:
        agreement_id = self.selected_id()
        if agreement_id is None:
            return
        from bibagreements.services.renewal import renew_agreement
        from bibagreements.services.successors import successors

        def job(uow: UnitOfWork) -> Agreement | list[tuple[int, str]]:
            # Checked and renewed in one unit of work: two quick clicks give one renewal.
            existing = successors(uow, agreement_id)
            return existing or renew_agreement(uow, agreement_id)

        def done(result: Agreement | list[tuple[int, str]]) -> None:
            if not isinstance(result, list):
                self._copied(result)
                return
            successor_id, title = result[-1]
            if dialogs.confirm(
                self,
                self.tr("Already renewed"),
                self.tr(
                    "This agreement has already been renewed as “{0}”. Open that one instead?"
                ).format(title),
                self.tr("Open “{0}”").format(title),
            ):
                self.select_agreement(successor_id)
                self.open_agreement(successor_id)

        self.ctx.call(job, done)

    def _copied(self, agreement: Agreement) -> None:
        self.statusBar().showMessage(
            self.tr("Created the draft “{0}” ({1}).").format(
                agreement.title, period_text(agreement.start, agreement.end)
            ),
            8000,
        )
        self._select_after_load = agreement.id
        self.reload()
        if agreement.id is not None:
            self.open_agreement(agreement.id)

    def delete_selected(self) -> None:
        summary = self.selected_summary()
        if summary is None:
            return
        if summary.status is not AgreementStatus.DRAFT:
            dialogs.inform(
                self,
                self.tr("Only drafts can be deleted"),
                self.tr(
                    "“{0}” is {1}. Signed agreements are public records and are kept; "
                    "open it and set its status to Ended or Terminated instead."
                ).format(summary.title, status_label(summary.status).lower()),
            )
            return
        if not dialogs.confirm(
            self,
            self.tr("Delete draft"),
            self.tr("Delete the draft “{0}”? This cannot be undone.").format(summary.title),
            self.tr("Delete"),
        ):
            return
        agreement_id = summary.id
        editor = self.editors.get(agreement_id)
        # Its editor goes first (asking about unsaved changes): it would edit nothing.
        open_editor = editor is not None and shiboken6.isValid(editor) and not editor.isHidden()
        if open_editor and editor is not None and not editor.close():
            return
        from bibagreements.services.agreements import delete_agreement

        def deleted(_result: object) -> None:
            self.statusBar().showMessage(self.tr("Deleted “{0}”.").format(summary.title), 5000)
            self.reload()

        self.ctx.call(lambda uow: delete_agreement(uow, agreement_id), deleted)

    def load_examples(self) -> None:
        from bibagreements.services.demo import load_demo

        def loaded(result: Any) -> None:
            count = len(result.created)
            self.statusBar().showMessage(
                self.tr("Added {0} example agreement(s).").format(count)
                if count
                else self.tr("The example agreements are already there."),
                8000,
            )
            self.reload()

        self.ctx.call(load_demo, loaded, label=self.tr("Adding the example agreements…"))

    def import_json(self) -> None:
        path = dialogs.open_file(
            self, self.tr("Import agreements"), self.tr("Agreement files (*.json)")
        )
        if not path:
            return
        from bibagreements.interchange.importer import import_file

        def imported(result: Any) -> None:
            self.statusBar().showMessage(
                self.tr("Imported {0} agreement(s); {1} were already here.").format(
                    result.agreements_created, result.agreements_skipped
                ),
                8000,
            )
            self.reload()

        self.ctx.call(
            lambda uow: import_file(uow, Path(path)), imported, label=self.tr("Importing…")
        )

    def export_json(self) -> None:
        ids = self.selected_ids()
        path = dialogs.save_file(
            self,
            self.tr("Export agreements"),
            "agreements.json",
            self.tr("Agreement files (*.json)"),
        )
        if not path:
            return
        from bibagreements.interchange.export import export_to_file

        def exported(count: int) -> None:
            self.statusBar().showMessage(
                self.tr("Exported {0} agreement(s) to {1}.").format(count, path), 8000
            )

        self.ctx.call(
            lambda uow: export_to_file(uow, Path(path), ids or None),
            exported,
            label=self.tr("Exporting…"),
        )

    def show_registers(self) -> None:
        from bibagreements.gui.registers import RegistersDialog

        dialog = getattr(self, "registers", None)
        if dialog is None:
            dialog = RegistersDialog(self.ctx, self)
            self.registers = dialog
            dialog.may_change_agreements = self._editors_may_change
            dialog.changed.connect(self._registers_changed)
        dialog.show()
        dialog.raise_()
        dialog.reload()

    def _editors_may_change(self) -> bool:
        """Before the registers rewrite agreements: no open editor may hold unsaved work."""
        dirty = [e for e in self.open_editors() if e.dirty or e.saving]
        if not dirty:
            return True
        titles = "\n".join(f"• {e.collect()[0].title or self.tr('New agreement')}" for e in dirty)
        dialogs.inform(
            getattr(self, "registers", None) or self,
            self.tr("Save the open agreements first"),
            self.tr(
                "This change rewrites agreements, and these open agreements have unsaved "
                "changes:\n{0}\n\nSave or close them first, then try again."
            ).format(titles),
        )
        return False

    def _registers_changed(self) -> None:
        self.reload()
        for editor in self.open_editors():
            editor.reload_from_database()

    def show_settings(self) -> None:
        from bibagreements.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings, self.model.headers(), self)
        dialog.accepted.connect(self.apply_visible_columns)
        dialog.open()
        self.settings_dialog = dialog

    def show_about(self) -> None:
        dialogs.about(
            self,
            self.tr("About bibagreements"),
            self.tr(
                "<h3>bibagreements {0}</h3><p>Collaboration agreements of Swedish regional "
                "library units: drafting, finding, renewing and following up.</p>"
                "<p>Database: {1}</p><p>Licence: GPL-3.0-or-later</p>"
            ).format(__version__, html.escape(self.ctx.database_url)),
        )

    # -- reminders, timeline, calendar ----------------------------------------------------

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

    def _remember_own_organisation(self, name: str) -> None:
        s = self.ctx.settings
        s.own_organisation = name
        s.own_organisation_asked = True
        s.sync()
