"""The agreement list: a table model of summaries and a fast filter proxy.

Display strings, sort keys and a lower-cased search blob are computed once per
row when the list loads, so filtering 10,000 rows per keystroke is a pass of
substring tests plus one proxy refresh. Sorting is done by the source model in
Python (the proxy would call ``data()`` n·log n times through Qt).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from bibagreements.domain import clock
from bibagreements.domain.enums import AgreementStatus
from bibagreements.gui.labels import (
    state_label,
    state_period_text,
    status_colour,
    status_icon,
)

if TYPE_CHECKING:
    from bibagreements.domain.records import AgreementSummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
_OVERDUE = QColor("#b3261e")
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    PARTIES = 1
    PERIOD = 2
    STATUS = 3
    NEXT_CHECKIN = 4

    @property
    def key(self) -> str:
        """The column's stable name (settings store columns by it, not by position)."""
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Row:
    summary: AgreementSummary
    texts: tuple[str, str, str, str, str]
    blob: str
    overdue: bool


def _row(summary: AgreementSummary, blob: str, today: date) -> Row:
    overdue = (
        summary.next_checkin is not None
        and summary.next_checkin < today
        and summary.status is AgreementStatus.ACTIVE
    )
    checkin = summary.next_checkin.isoformat() if summary.next_checkin else ""
    texts = (
        summary.title,
        ", ".join(summary.party_names),
        state_period_text(summary.start, summary.state),
        state_label(summary.state),
        f"⚠ {checkin}" if overdue else checkin,
    )
    if not blob:  # the list alone, before the full texts arrive
        blob = "\n".join((summary.title, *summary.party_names)).casefold()
    return Row(summary, texts, blob, overdue)


class AgreementTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Title"),
            self.tr("Parties"),
            self.tr("Period"),
            self.tr("Status"),
            self.tr("Next check-in"),
        ]

    def set_agreements(
        self,
        summaries: list[AgreementSummary],
        blobs: dict[int, str] | None = None,
        today: date | None = None,
    ) -> None:
        blobs = blobs or {}
        day = today or clock.today()
        self.beginResetModel()
        self._rows = [_row(s, blobs.get(s.id, ""), day) for s in summaries]
        self.endResetModel()

    def rows(self) -> list[Row]:
        return self._rows

    def summary(self, row: int) -> AgreementSummary:
        return self._rows[row].summary

    def row_of(self, agreement_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.summary.id == agreement_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.TITLE, Column.PARTIES):
            return row.texts[column]
        if column == Column.STATUS:
            if role == Qt.ItemDataRole.DecorationRole:
                return status_icon(row.summary.status)
            if role == Qt.ItemDataRole.ForegroundRole:
                return status_colour(row.summary.status)
        if column == Column.NEXT_CHECKIN and row.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _OVERDUE
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("This check-in is overdue")
        if role == ID_ROLE:
            return row.summary.id
        if role == STATUS_ROLE:
            return row.summary.status.value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return self.headers()[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._rows[i.row()].summary.id for i in old]
        key = _sort_key(Column(column))
        rows = self._rows
        order_ = sorted(
            range(len(rows)),
            key=lambda i: key(rows[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [rows[i] for i in order_]
        self.reordered(order_)
        positions = {row.summary.id: i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(positions[key], i.column()) for key, i in zip(ids, old, strict=True)]
        )
        self.layoutChanged.emit()

    def reordered(self, new_order: list[int]) -> None:
        """Hook: row i is now what was row ``new_order[i]`` (the proxy keeps its mask in step)."""


_FAR = date.max


def _sort_key(column: Column) -> Any:
    if column is Column.TITLE:
        return lambda r: r.summary.title.casefold()
    if column is Column.PARTIES:
        return lambda r: r.texts[1].casefold()
    if column is Column.PERIOD:
        return lambda r: (r.summary.start or _FAR, r.summary.end or _FAR)
    if column is Column.STATUS:
        order = list(AgreementStatus)
        return lambda r: order.index(r.summary.status)
    return lambda r: r.summary.next_checkin or _FAR


@dataclass(frozen=True, slots=True)
class Filters:
    text: str = ""
    status: AgreementStatus | None = None
    organisation: str = ""  # a party's name
    active_on: date | None = None


class AgreementFilterProxy(QSortFilterProxyModel):
    """Filters by a precomputed mask; sorting is delegated to the source model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._mask: list[bool] | None = None
        self.filters = Filters()

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        assert isinstance(model, AgreementTableModel)
        model.reordered = self._reorder_mask  # type: ignore[method-assign]
        model.modelAboutToBeReset.connect(self._forget_mask)
        model.modelReset.connect(self.refilter)

    def _forget_mask(self) -> None:
        self._mask = None

    def _reorder_mask(self, new_order: list[int]) -> None:
        if self._mask is not None:
            mask = self._mask
            self._mask = [mask[i] for i in new_order]

    def source(self) -> AgreementTableModel:
        model = self.sourceModel()
        assert isinstance(model, AgreementTableModel)
        return model

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.refilter()

    def refilter(self) -> None:
        self.beginFilterChange()
        self._mask = _mask(self.source().rows(), self.filters)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        mask = self._mask
        if mask is None or source_row >= len(mask):
            return True
        return mask[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)


def _mask(rows: list[Row], filters: Filters) -> list[bool] | None:
    words = filters.text.casefold().split()
    status = filters.status
    organisation = filters.organisation
    day = filters.active_on
    if not (words or status or organisation or day):
        return None
    # Not at start-up: the calendar rules load date arithmetic and the holidays.
    from bibagreements.domain.lifecycle import summary_on

    result = []
    for row in rows:
        s = row.summary
        ok = (
            (status is None or s.status is status)
            and (not organisation or organisation in s.party_names)
            and all(word in row.blob for word in words)
            # In force on the day, as the status column would say on that day.
            and (day is None or summary_on(s, day).in_force)
        )
        result.append(ok)
    return result
