"""The agreement list: a table model of summaries and a fast filter proxy.

Display strings, sort keys and a lower-cased search blob are computed once per
row when the list loads, so filtering 10,000 rows per keystroke is a pass of
substring tests plus one proxy refresh. Sorting is done by the source model in
Python (the proxy would call ``data()`` n·log n times through Qt).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum
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
from bibagreements.domain.enums import AgreementStatus, OrganisationKind
from bibagreements.gui.collation import sort_key
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
    NAME = 0  # the short title, or else the partners: what tells agreements apart
    TITLE = 1
    PERIOD = 2
    STATUS = 3
    AREA = 4
    NEXT_DATE = 5

    @property
    def key(self) -> str:
        """The column's stable name (settings store columns by it, not by position)."""
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Row:
    summary: AgreementSummary
    texts: tuple[str, str, str, str, str, str]
    blob: str
    overdue: bool  # its next date is a check-in that is late
    next_day: date | None
    ends_soon: bool


def partners_of(summary: AgreementSummary, own_organisation: str = "") -> tuple[str, ...]:
    """The parties other than the one issuing the agreement: the user's own organisation
    (Settings), or else the region(s). All of them when that would leave none."""
    pairs = list(zip(summary.party_names, summary.party_kinds or (), strict=False))
    if own_organisation:
        own = own_organisation.casefold()
        others = tuple(n for n in summary.party_names if n.casefold() != own)
    else:
        others = tuple(n for n, kind in pairs if kind is not OrganisationKind.REGION)
    if not others or len(others) == len(summary.party_names):
        return summary.party_names  # the same tuple: ten thousand rows keep no copies
    return others


class AgreementTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._own_organisation = ""

    def headers(self) -> list[str]:
        return [
            self.tr("Short title or partners"),
            self.tr("Title"),
            self.tr("Period"),
            self.tr("Status"),
            self.tr("Development area"),
            self.tr("Next date"),
        ]

    def date_labels(self) -> dict[str, str]:
        """What the next date is, before the date: "Check-in 2025-03-01"."""
        return {
            "checkin": self.tr("Check-in {0}"),
            "decision": self.tr("Decision {0}"),
            "notice": self.tr("Notice by {0}"),
            "end": self.tr("Ends {0}"),
        }

    def set_agreements(
        self,
        summaries: list[AgreementSummary],
        blobs: dict[int, str] | None = None,
        today: date | None = None,
        own_organisation: str = "",
    ) -> None:
        blobs = blobs or {}
        day = today or clock.today()
        labels = self.date_labels()
        self._own_organisation = own_organisation
        self.beginResetModel()
        self._rows = [
            _row(s, blobs.get(s.id, ""), day, labels, own_organisation) for s in summaries
        ]
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
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if column == Column.STATUS:
            if role == Qt.ItemDataRole.DecorationRole:
                return status_icon(row.summary.status)
            if role == Qt.ItemDataRole.ForegroundRole:
                return status_colour(row.summary.status)
        if column == Column.NEXT_DATE and row.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return _OVERDUE
        if role == ID_ROLE:
            return row.summary.id
        if role == STATUS_ROLE:
            return row.summary.status.value
        return None

    def _tooltip(self, row: Row, column: int) -> str | None:
        if column == Column.NAME:
            partners = partners_of(row.summary, self._own_organisation)
            return "\n".join(filter(None, (row.summary.short_title, ", ".join(partners))))
        if column in (Column.TITLE, Column.STATUS, Column.AREA):
            return row.texts[column] or None
        if column == Column.NEXT_DATE and row.overdue:
            return self.tr("This check-in is overdue")
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
        keys = [key(r) for r in rows]  # once per row: a Swedish sort key is not free
        order_ = sorted(
            range(len(rows)),
            key=keys.__getitem__,
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


def _row(
    summary: AgreementSummary,
    blob: str,
    today: date,
    labels: dict[str, str],
    own_organisation: str,
) -> Row:
    # Not at start-up: the calendar rules load date arithmetic and the holidays.
    from bibagreements.services.list_dates import DateKind, ends_soon, next_date

    upcoming = next_date(summary, today)
    overdue = upcoming is not None and upcoming.kind is DateKind.CHECKIN and upcoming.day < today
    when = ""  # interned below: many rows say the same ("Ends 2025-12-31"), one string each
    if upcoming is not None:
        when = sys.intern(labels[upcoming.kind.value].format(upcoming.day.isoformat()))
    texts = (
        summary.short_title or sys.intern(", ".join(partners_of(summary, own_organisation))),
        summary.title,
        state_period_text(summary.start, summary.state),
        state_label(summary.state),
        summary.development_area,
        f"⚠ {when}" if overdue else when,
    )
    if not blob:  # the list alone, before the full texts arrive
        parts = (summary.title, summary.short_title, summary.development_area, *summary.party_names)
        blob = "\n".join(parts).casefold()
    return Row(
        summary,
        texts,
        blob,
        overdue,
        upcoming.day if upcoming else None,
        ends_soon(summary, today),
    )


_FAR = date.max


def _sort_key(column: Column) -> Any:
    if column in (Column.NAME, Column.TITLE, Column.AREA):
        # Empty texts last, the rest in Swedish order.
        return lambda r: (not r.texts[column], sort_key(r.texts[column]))
    if column is Column.PERIOD:
        return lambda r: (r.summary.start or _FAR, r.summary.end or _FAR)
    if column is Column.STATUS:
        order = list(AgreementStatus)
        return lambda r: order.index(r.summary.status)
    return lambda r: r.next_day or _FAR


class View(StrEnum):
    """The saved views on the filter row."""

    TODO = "todo"  # something about it needs attention (the reminders)
    ENDING = "ending"  # ends within 90 days, nothing extends it
    DRAFTS = "drafts"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class Filters:
    text: str = ""
    status: AgreementStatus | None = None
    organisation: str = ""  # a party's name
    active_on: date | None = None
    view: View = View.ALL
    # The agreements with something to attend to (the To do view); None: not known yet.
    attention: frozenset[int] | None = None


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


def _in_view(row: Row, view: View, attention: frozenset[int] | None) -> bool:
    if view is View.TODO:
        return attention is not None and row.summary.id in attention
    if view is View.ENDING:
        return row.ends_soon
    if view is View.DRAFTS:
        return row.summary.status is AgreementStatus.DRAFT
    return True


def view_counts(rows: list[Row], attention: frozenset[int] | None) -> dict[View, int]:
    """How many rows each saved view holds; To do only once ``attention`` is known."""
    views = [v for v in View if v is not View.TODO or attention is not None]
    return {v: sum(_in_view(row, v, attention) for row in rows) for v in views}


def _mask(rows: list[Row], filters: Filters) -> list[bool] | None:
    words = filters.text.casefold().split()
    status = filters.status
    organisation = filters.organisation
    day = filters.active_on
    view, attention = filters.view, filters.attention
    if not (words or status or organisation or day or view is not View.ALL):
        return None
    # Not at start-up: the calendar rules load date arithmetic and the holidays.
    from bibagreements.domain.lifecycle import summary_on

    result = []
    for row in rows:
        s = row.summary
        ok = (
            (status is None or s.status is status)
            and (not organisation or organisation in s.party_names)
            and _in_view(row, view, attention)
            and all(word in row.blob for word in words)
            # In force on the day, as the status column would say on that day.
            and (day is None or summary_on(s, day).in_force)
        )
        result.append(ok)
    return result
