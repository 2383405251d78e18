"""The agreement list: a table model of summaries and a fast filter proxy.

What filtering needs (the next date, the views' flags) is computed once per row
when the list loads and the folded texts go into one search index
(gui.text_search), so filtering 100,000 rows per keystroke is a search plus one
layout change; the cells' texts are made when shown. Sorting is done by the
source model in Python (a proxy would call ``data()`` n·log n times through Qt).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
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
from bibagreements.gui.text_search import TextIndex, words_of

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from bibagreements.domain.records import AgreementSummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles AgreementTableModel.cell answers (as ints: PySide passes data() its role so).
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole,
        ID_ROLE,
        STATUS_ROLE,
    )
)
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


class Row(NamedTuple):  # not a frozen dataclass: a hundred thousand, at half the cost
    summary: AgreementSummary
    position: int  # in the order loaded: the row's number in the search index
    when: str  # what the next date is ("Ends 2025-12-31"), shared by the rows saying it
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
        self._loaded: list[Row] = []
        self._order: list[int] | None = None
        self._pick: Callable[[bytes | bytearray], tuple[int, ...]] | None = None
        self._rank: array[int] = array("i")  # sorted: each loaded row's number as sorted
        self.search = TextIndex([])
        self.columns = _Columns.of([])
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
        blobs: dict[int, str] | Sequence[str] | None = None,
        today: date | None = None,
        own_organisation: str = "",
    ) -> None:
        """Show ``summaries``; ``blobs``: each one's folded search text, in the same order
        or by ID (without one: its titles, area and parties)."""
        day = today or clock.today()
        labels = self.date_labels()
        self._own_organisation = own_organisation
        self.beginResetModel()
        self._rows = _rows(summaries, day, labels)
        self._loaded = self._rows
        self.columns = _Columns.of(self._rows)
        self._order = None
        self._pick = None
        self._rank = array("i")
        if isinstance(blobs, dict):
            texts = [blobs.get(s.id) or _short_blob(s) for s in summaries]
        elif blobs:
            texts = list(blobs)
        else:
            texts = [_short_blob(s) for s in summaries]
        self.search = TextIndex(texts)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return self._rows

    def loaded(self) -> list[Row]:
        """The rows in the order loaded (``Row.position``)."""
        return self._loaded

    def order(self) -> list[int] | None:
        """Each row's position in the order loaded; None while they are in that order."""
        return self._order

    def _flagged(self, flags: bytes | bytearray) -> list[int]:
        """The rows, numbered as now sorted, whose flag is set (``flags``: one a row in
        the order loaded)."""
        order = self._order
        if order is None:
            return list(compress(range(len(flags)), flags))
        # itemgetter picks every row's flag in C (a call per row through map does not).
        picked = self._pick(flags) if self._pick is not None else map(flags.__getitem__, order)
        return list(compress(range(len(order)), picked))

    def sorted_rows(self, positions: Sequence[int]) -> list[int]:
        """The rows at ``positions`` (ascending, in the order loaded), numbered as now
        sorted, ascending."""
        if self._order is None:
            return list(positions)
        if len(positions) * 4 < len(self._order):  # few: their numbers, sorted
            return sorted(map(self._rank.__getitem__, positions))
        member = bytearray(len(self._order))
        for k in positions:
            member[k] = 1
        return self._flagged(member)

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
        return self.cell(index.row(), index.column(), role)

    def cell(self, row_number: int, column: int, role: int) -> Any:
        """``data()`` of a row and column (the proxy asks here, without an index)."""
        row = self._rows[row_number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
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

    def text(self, row: Row, column: int) -> str:
        """What a cell shows: made when shown (a few dozen rows at a time), not kept."""
        s = row.summary
        if column == Column.NAME:
            return s.short_title or ", ".join(partners_of(s, self._own_organisation))
        if column == Column.TITLE:
            return s.title
        if column == Column.PERIOD:
            return state_period_text(s.start, s.state)
        if column == Column.STATUS:
            return state_label(s.state)
        if column == Column.AREA:
            return s.development_area
        return f"⚠ {row.when}" if row.overdue else row.when

    def _tooltip(self, row: Row, column: int) -> str | None:
        if column == Column.NAME:
            partners = partners_of(row.summary, self._own_organisation)
            return "\n".join(filter(None, (row.summary.short_title, ", ".join(partners))))
        if column in (Column.TITLE, Column.STATUS, Column.AREA):
            return self.text(row, column) or None
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
        key = self._sort_key(Column(column))
        rows = self._rows
        keys = [key(r) for r in rows]  # once per row: a Swedish sort key is not free
        order_ = sorted(
            range(len(rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [rows[i] for i in order_]
        self._order = [row.position for row in self._rows]
        # One row would make itemgetter return a flag, not a tuple of them.
        self._pick = itemgetter(*self._order) if len(self._order) > 1 else None
        rank = array("i", bytes(4 * len(self._order)))
        for number, position in enumerate(self._order):
            rank[position] = number
        self._rank = rank
        positions = {row.summary.id: i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(positions[key], i.column()) for key, i in zip(ids, old, strict=True)]
        )
        self.layoutChanged.emit()

    def _sort_key(self, column: Column) -> Any:
        if column in (Column.NAME, Column.TITLE, Column.AREA):
            text = self.text
            # Empty texts last, the rest in Swedish order.
            return lambda r: (not (t := text(r, column)), sort_key(t))
        if column is Column.PERIOD:
            return lambda r: (r.summary.start or _FAR, r.summary.end or _FAR)
        if column is Column.STATUS:
            order = list(AgreementStatus)
            return lambda r: order.index(r.summary.status)
        return lambda r: r.next_day or _FAR


def _rows(summaries: list[AgreementSummary], today: date, labels: dict[str, str]) -> list[Row]:
    # Not at start-up: the calendar rules load date arithmetic and the holidays.
    from bibagreements.services.list_dates import DateKind, ends_soon, next_date

    checkin = DateKind.CHECKIN
    whens: dict[tuple[DateKind, date], str] = {}  # many rows say the same: one string each
    rows = []
    for position, summary in enumerate(summaries):
        upcoming = next_date(summary, today)
        soon = ends_soon(summary, today)
        if upcoming is None:
            rows.append(Row(summary, position, "", False, None, soon))
            continue
        kind, day = upcoming.kind, upcoming.day
        when = whens.get((kind, day))
        if when is None:
            when = whens[kind, day] = labels[kind.value].format(day.isoformat())
        rows.append(Row(summary, position, when, kind is checkin and day < today, day, soon))
    return rows


@dataclass(frozen=True, slots=True)
class _Columns:
    """The loaded rows' fields the filters test, one entry a row in the order loaded,
    so that a filter is a pass in C over them, not a call per row."""

    ids: array[int]
    statuses: list[AgreementStatus]
    ends_soon: bytes

    @staticmethod
    def of(rows: list[Row]) -> _Columns:
        summaries = [row.summary for row in rows]
        return _Columns(
            array("q", [s.id for s in summaries]),
            [s.status for s in summaries],
            bytes([row.ends_soon for row in rows]),
        )


def _short_blob(summary: AgreementSummary) -> str:
    """What the list alone can be searched by, before the full texts arrive."""
    s = summary
    return "\n".join((s.title, s.short_title, s.development_area, *s.party_names)).casefold()


_FAR = date.max


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


class AgreementFilterProxy(QAbstractTableModel):
    """The rows of the source model that the filters let through, in its order.

    Not a QSortFilterProxyModel: it asks Python whether to keep each row, and a
    filter that hides rows here and there makes it announce each run of them to
    the view, seconds at 100,000 rows. Here the filters besides the search are
    passes in C over the rows' precomputed columns, the search tests only the
    rows they let through, then one layout change (the selection and current
    row follow their agreements). Sorting is done by the source model.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._source: AgreementTableModel | None = None
        self._shown: list[int] | None = None  # source rows, ascending; None: all
        # (filters besides the search, the rows they let through): see _filter_flags
        self._flags: tuple[object, array[int] | None] | None = None
        self._moving: list[tuple[int, int]] = []  # (agreement ID, column) during a change
        self.filters = Filters()

    def setSourceModel(self, model: AgreementTableModel) -> None:
        self._source = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._before_change)
        model.layoutChanged.connect(self._after_change)
        self.beginResetModel()
        self._source_reset()

    def sourceModel(self) -> AgreementTableModel:
        return self.source()

    def source(self) -> AgreementTableModel:
        assert self._source is not None
        return self._source

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.refilter()

    def refilter(self) -> None:
        self._before_change()
        self._after_change()

    def _source_reset(self) -> None:
        self._flags = None
        self._shown = self._filtered()
        self.endResetModel()

    def _before_change(self) -> None:
        self.layoutAboutToBeChanged.emit()
        rows = self.source().rows()
        self._moving = [
            (rows[self._source_row(i.row())].summary.id, i.column())
            for i in self.persistentIndexList()
        ]

    def _after_change(self) -> None:
        self._shown = self._filtered()
        old = self.persistentIndexList()
        source = self.source()
        new = []
        for agreement_id, column in self._moving:
            row = self.mapFromSource(source.index(source.row_of(agreement_id), column))
            new.append(row)
        self.changePersistentIndexList(old, new)
        self._moving = []
        self.layoutChanged.emit()

    def _filtered(self) -> list[int] | None:
        """The source rows to show, or None for all of them."""
        source = self.source()
        key, within = self._filter_flags()
        words = words_of(self.filters.text)
        if not words:
            return None if within is None else source.sorted_rows(within)
        # Only the rows the other filters let through are searched.
        found = source.search.matching(words, within, scope=key)
        assert found is not None
        return source.sorted_rows(found)

    def _filter_flags(self) -> tuple[object, array[int] | None]:
        """The filters besides the search as a key, and the rows (in the order loaded)
        they let through; None: all. Kept while those filters stay."""
        f = self.filters
        key = (f.status, f.organisation, f.active_on, f.view, f.attention)
        if self._flags is None or self._flags[0] != key:
            flags = _flags(self.source(), f)
            within = None if flags is None else array("i", compress(range(len(flags)), flags))
            self._flags = key, within
        return self._flags

    def _source_row(self, row: int) -> int:
        return row if self._shown is None else self._shown[row]

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        return self.source().index(self._source_row(index.row()), index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        row = index.row()
        if self._shown is not None:
            at = bisect_left(self._shown, row)
            if at == len(self._shown) or self._shown[at] != row:
                return QModelIndex()
            row = at
        return self.index(row, index.column())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._source is None:
            return 0
        return self._source.rowCount() if self._shown is None else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for seven roles a cell on each repaint; most have no answer.
        if role not in _ANSWERED or not index.isValid():
            return None
        return self.source().cell(self._source_row(index.row()), index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:  # the rows' headers ask often, for many roles
            return None
        return self.source().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)


def view_counts(rows: list[Row], attention: frozenset[int] | None) -> dict[View, int]:
    """How many rows each saved view holds; To do only once ``attention`` is known."""
    counts: dict[View, int] = {}
    for view in View:  # counted directly: a call per row and view takes long at 100,000
        if view is View.TODO and attention is not None:
            counts[view] = sum(row.summary.id in attention for row in rows)
        elif view is View.ENDING:
            counts[view] = sum(row.ends_soon for row in rows)
        elif view is View.DRAFTS:
            counts[view] = sum(row.summary.status is AgreementStatus.DRAFT for row in rows)
        elif view is View.ALL:
            counts[view] = len(rows)
    return counts


def _flags(model: AgreementTableModel, filters: Filters) -> bytes | None:
    """Whether each row passes the filters other than the search; None: all do."""
    status = filters.status
    organisation = filters.organisation
    day = filters.active_on
    view, attention = filters.view, filters.attention
    if not (status or organisation or day or view is not View.ALL):
        return None
    columns = model.columns
    rows = model.loaded()
    passes: list[bytes] = []
    if status is not None:
        passes.append(bytes(map(status.__eq__, columns.statuses)))
    if view is View.TODO:
        passes.append(bytes(map((attention or frozenset()).__contains__, columns.ids)))
    elif view is View.ENDING:
        passes.append(columns.ends_soon)
    elif view is View.DRAFTS:
        passes.append(bytes(map(AgreementStatus.DRAFT.__eq__, columns.statuses)))
    if organisation:
        passes.append(bytes([organisation in row.summary.party_names for row in rows]))
    if day is not None:
        # Not at start-up: the calendar rules load date arithmetic and the holidays.
        from bibagreements.domain.lifecycle import summary_on

        # In force on the day, as the status column would say on that day.
        passes.append(bytes([summary_on(row.summary, day).in_force for row in rows]))
    return _all_of(passes, len(rows))


def _all_of(passes: list[bytes], count: int) -> bytes:
    """Bytes of 0 and 1 combined with "and", all at once as integers."""
    combined = int.from_bytes(passes[0], "little")
    for more in passes[1:]:
        combined &= int.from_bytes(more, "little")
    return combined.to_bytes(count, "little")
