"""The main window's agreement list: search and filters, the table, selection and preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

# Widget classes are looked up when the page is built (after the window is on
# screen): creating their Python types at import would delay the start.
from PySide6 import QtWidgets
from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from bibagreements.domain.enums import AgreementStatus
from bibagreements.gui.agreement_model import (
    ID_ROLE,
    AgreementFilterProxy,
    AgreementTableModel,
    Column,
    Filters,
    View,
    view_counts,
)
from bibagreements.gui.collation import collated
from bibagreements.gui.labels import (
    cadence_label,
    kind_label,
    state_label,
    state_period_text,
    status_icon,
    status_label,
    to_date,
)
from bibagreements.gui.saved_views import SavedViews
from bibagreements.gui.widgets import DateEdit

if TYPE_CHECKING:
    from bibagreements.domain.records import Agreement, AgreementSummary
    from bibagreements.gui.context import AppContext
    from bibagreements.services.database import UnitOfWork


class _ElideMiddleDelegate(QtWidgets.QStyledItemDelegate):
    """Titles begin alike ("Överenskommelse om samarbete mellan …") and end with what
    tells them apart: cut in the middle, where they say least."""

    def initStyleOption(
        self,
        option: QtWidgets.QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class AgreementListPage(QtWidgets.QWidget):
    """Search, filters, the table of agreements and a preview of the selected one."""

    open_requested = Signal(int)  # agreement id (Enter or a double click)
    selection_changed = Signal()
    count_changed = Signal(int, int)  # shown, total

    def __init__(
        self,
        ctx: AppContext,
        model: AgreementTableModel,
        proxy: AgreementFilterProxy,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.proxy = proxy
        self.views = SavedViews(self)
        self.attention: frozenset[int] | None = None  # loaded when the To do view is chosen
        self.search_edit = QtWidgets.QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Search titles, parties, areas and texts (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = QtWidgets.QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in AgreementStatus:
            self.status_filter.addItem(status_icon(status), status_label(status), status.value)
        self.organisation_filter = QtWidgets.QComboBox(self)
        self.organisation_filter.addItem(self.tr("All organisations"), "")
        self.organisation_filter.setMinimumContentsLength(18)
        self.organisation_filter.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.active_check = QtWidgets.QCheckBox(self.tr("Active on"), self)
        self.active_date = DateEdit(self)
        self.active_date.setDate(QDate(ctx.today()))
        self.active_date.setEnabled(False)
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.organisation_filter, 1)
        bar.addWidget(self.active_check)
        bar.addWidget(self.active_date)

        self.table = self._build_table()
        self.preview = QtWidgets.QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.empty_hint = QtWidgets.QLabel(
            self.tr("No agreement matches the search and filters."), self
        )
        self.empty_hint.setVisible(False)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(bar)
        # The views sit on the table like tabs, under the search and filters they combine
        # with: on the same line they would leave the search field no room at 1024 px.
        layout.addWidget(self.views)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.splitter, 1)

        self.views.currentChanged.connect(self._view_chosen)
        model.modelReset.connect(self._list_reloaded)
        self.search_edit.textChanged.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.organisation_filter.currentIndexChanged.connect(self.apply_filters)
        self.active_check.toggled.connect(self.active_date.setEnabled)
        self.active_check.toggled.connect(self.apply_filters)
        self.active_date.dateChanged.connect(self.apply_filters)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(150)
        self.preview_timer.timeout.connect(self._load_preview)

    def current_view(self) -> View:
        return self.views.current_view()

    def choose_view(self, view: View) -> None:
        self.views.choose(view)

    def _view_chosen(self, *_args: object) -> None:
        if self.current_view() is View.TODO and self.attention is None:
            self._load_attention()
        self.apply_filters()

    def _list_reloaded(self) -> None:
        self.attention = None  # what needs attention may have changed with the list
        self.views.show_counts(view_counts(self.model.rows(), None))
        self._load_attention()  # for the To do view's count, in the background

    def _load_attention(self) -> None:
        today = self.ctx.today()

        def job(uow: UnitOfWork) -> frozenset[int]:
            from bibagreements.services.reminders import list_reminders

            return frozenset(r.agreement_id for r in list_reminders(uow, today))

        self.ctx.op(self, job, self._attention_arrived)

    def _attention_arrived(self, ids: frozenset[int]) -> None:
        self.attention = ids
        self.views.show_counts(view_counts(self.model.rows(), ids))
        self.apply_filters()

    def _build_table(self) -> QtWidgets.QTableView:
        table = QtWidgets.QTableView(self)
        table.setModel(self.proxy)
        table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setItemDelegateForColumn(Column.TITLE, _ElideMiddleDelegate(table))
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # The title takes what is left; the other columns keep readable widths.
        header.setSectionResizeMode(Column.TITLE, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.NAME, 200)
        header.resizeSection(Column.PERIOD, 165)
        header.resizeSection(Column.STATUS, 160)
        header.resizeSection(Column.AREA, 140)
        header.resizeSection(Column.NEXT_DATE, 170)
        table.doubleClicked.connect(self._open_index)
        table.activated.connect(self._open_index)  # Enter (and double-click on some styles)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    # -- filters -----------------------------------------------------------------------

    def fill_organisation_filter(self, summaries: list[AgreementSummary]) -> None:
        combo = self.organisation_filter
        current = combo.currentData()
        names = collated({n for s in summaries for n in s.party_names})
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
        active_on = to_date(self.active_date.date()) if self.active_check.isChecked() else None
        filters = Filters(
            text=self.search_edit.text(),
            status=AgreementStatus(status) if status else None,
            organisation=self.organisation_filter.currentData() or "",
            active_on=active_on,
            view=self.current_view(),
            attention=self.attention,
        )
        self.proxy.set_filters(filters)
        self.update_count()

    def update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.empty_hint.setVisible(total > 0 and shown == 0)
        self.count_changed.emit(shown, total)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def apply_hidden_columns(self, hidden: frozenset[str]) -> None:
        for column in Column:
            shown = column is Column.NAME or column.key not in hidden
            self.table.setColumnHidden(column, not shown)

    # -- selection ---------------------------------------------------------------------

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

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(int(index.data(ID_ROLE)))

    def _selection_changed(self, *_args: object) -> None:
        self.selection_changed.emit()
        self.preview_timer.start()

    # -- preview -----------------------------------------------------------------------

    def _load_preview(self) -> None:
        agreement_id = self.selected_id()
        if agreement_id is None:
            self.preview.clear()
            return
        from bibagreements.services.agreements import get_agreement

        self.ctx.op(
            self,
            lambda uow: get_agreement(uow, agreement_id),
            self._show_preview,
            lambda exc: self.preview.clear(),
        )

    def _show_preview(self, a: Agreement) -> None:
        if a.id != self.selected_id():
            return
        from html import escape as e  # not at start-up: html loads its entity tables

        from bibagreements.domain.lifecycle import agreement_on

        state = agreement_on(a, self.ctx.today())

        lines = [f"<h3>{e(a.title)}</h3>"]
        facts = [
            (self.tr("Short title"), a.short_title),
            (self.tr("Kind"), kind_label(a.kind)),
            (self.tr("Status"), state_label(state)),
            (self.tr("Period"), state_period_text(a.start, state)),
            (self.tr("Programme"), a.programme),
            (self.tr("Development area"), a.development_area),
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
