"""The editor's History section: the audit trail of the agreement, newest first.

Who changed what and when — the agreement's fields, its parties, sections,
check-ins, follow-up entries, documents and signed copies — as ``history ID``
shows it on the command line. A list model behind a sort proxy: any column sorts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bibagreements.domain.records import Agreement
from bibagreements.gui.operations import Change
from bibagreements.gui.tab_panel import AgreementTabPanel

if TYPE_CHECKING:
    from bibagreements.services.database import UnitOfWork
    from bibagreements.services.history import Change as TrailEntry

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
SHOWN = 80  # characters of a value in the list (the tooltip has it whole)


def _history_job(uow: UnitOfWork, agreement_id: int) -> list[TrailEntry]:
    from bibagreements.services.history import agreement_history

    return list(reversed(agreement_history(uow, agreement_id)))


def _record(table: str) -> str:
    names = {
        "agreement": translate("History", "Agreement"),
        "party": translate("History", "Party"),
        "area": translate("History", "Area of collaboration"),
        "section": translate("History", "Section"),
        "governing_document": translate("History", "Governing document"),
        "checkin": translate("History", "Check-in"),
        "checkin_participant": translate("History", "Participant"),
        "checkin_removal": translate("History", "Check-in removed by a re-plan"),
        "followup": translate("History", "Follow-up entry"),
        "signed_copy": translate("History", "Signed copy"),
        "signature_dispatch": translate("History", "Sent for signature"),
        "rendering": translate("History", "Document"),
        "agreement_version": translate("History", "Frozen version"),
    }
    return names.get(table, table)


def _action(action: str) -> str:
    names = {
        "insert": translate("History", "added"),
        "update": translate("History", "changed"),
        "delete": translate("History", "removed"),
        "erase": translate("History", "erased"),
        "import": translate("History", "imported"),
    }
    return names.get(action, action)


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[TrailEntry] = []
        self.headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Record"),
            self.tr("Change"),
            self.tr("What changed"),
        ]

    def set_entries(self, entries: list[TrailEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:  # sorting: by when it happened, not its text
            # The entries come newest first; within one second the trail's order decides.
            return len(self.entries) - index.row() if column == 0 else self.data(index)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return "\n".join(f"{name}: {pair}" for name, pair in sorted(entry.changes.items()))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        record = _record(entry.table)
        if entry.record_id is not None:
            record += f" #{entry.record_id}"
        values = (
            entry.at.strftime("%Y-%m-%d %H:%M"),
            entry.who(self.tr(" as {0}", "the database role that made a change")),
            record,
            _action(entry.action),
            entry.fields(SHOWN),
        )
        return values[column]


class HistoryPanel(AgreementTabPanel):
    load_job = staticmethod(_history_job)
    shows = Change.ALL  # every change to the agreement or what hangs on it is in the trail

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 160, 170, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def hint_text(self, agreement: Agreement | None, dirty: bool) -> str:
        if agreement is None or agreement.id is None:
            return self.tr("A saved agreement has a history: who changed what, and when.")
        return self.tr(
            "Who changed what in this agreement, its parties, check-ins, follow-up and "
            "documents, and when (newest first)."
        )

    def _arrived(self, data: list[TrailEntry]) -> None:
        self.model.set_entries(data)
        self.count_label.setText(self.tr("%n change(s) recorded", "", len(data)))
