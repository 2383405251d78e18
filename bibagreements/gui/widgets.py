"""Small reusable widgets (promoted in the Designer forms)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from bibagreements.domain import clock
from bibagreements.gui.labels import ISO_FORMAT, to_date

# The minimum date stands for "no date": a QDateEdit cannot be empty otherwise.
_EMPTY = QDate(1900, 1, 1)


class DateEdit(QDateEdit):
    """A date field in ISO format, typed as a person types it.

    "2027-03-01" typed whole gives that date (the dashes may be typed or left out),
    Tab leaves the field instead of moving between the year, month and day, and the
    calendar opens with F4 or Alt+Down.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(ISO_FORMAT)
        self.setCalendarPopup(True)
        self._advanced = False
        self.setToolTip(self.tr("Type a date as YYYY-MM-DD; F4 opens the calendar"))

    def focusNextPrevChild(self, next: bool) -> bool:
        # QDateTimeEdit moves between its sections here; the user wants the next field.
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key in (Qt.Key.Key_Down, Qt.Key.Key_Up)):
            self.show_calendar()
            return
        text = event.text()
        if text == "-" and self._advanced:
            # Qt already moved on when the section filled up; a typed "-" would skip one more.
            self._advanced = False
            return
        before = self.currentSection()
        if text.isdigit():
            self._before_digit()
            before = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSection() != before

    def _before_digit(self) -> None:
        """Called before a typed digit is handled."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._advanced = False
        if event.reason() != Qt.FocusReason.MouseFocusReason and not self.specialValueText():
            self.setSelectedSection(QDateEdit.Section.YearSection)

    def show_calendar(self) -> None:
        """Open the calendar pop-up, as a click on the arrow does (Qt has no call for it)."""
        if not self.calendarPopup() or self.isReadOnly() or not self.isEnabled():
            return
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        point = QPointF(arrow.center())
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            event = QMouseEvent(
                kind,
                point,
                self.mapToGlobal(point),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton
                if kind == QEvent.Type.MouseButtonPress
                else Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(self, event)


class OptionalDateEdit(DateEdit):
    """A date field in ISO format that may also be empty (shown as a dash)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumDate(_EMPTY)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText("–")
        self.setDate(_EMPTY)
        self.setToolTip(
            self.tr("Type a date as YYYY-MM-DD; F4 opens the calendar; Delete clears it")
        )

    def value(self) -> date | None:
        qdate = self.date()
        return None if qdate == _EMPTY else to_date(qdate)

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value) if value else _EMPTY)

    def clear_value(self) -> None:
        self.setDate(_EMPTY)

    def _before_digit(self) -> None:
        # Typing over the dash would not parse; start from today instead.
        if self.date() == _EMPTY:
            self.setDate(QDate(clock.today()))
            self.setCurrentSection(QDateEdit.Section.YearSection)
            self.setSelectedSection(QDateEdit.Section.YearSection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.clear_value()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        super().show_calendar()
        calendar = self.calendarWidget()
        if self.date() == _EMPTY and calendar is not None:
            today = clock.today()
            calendar.setCurrentPage(today.year, today.month)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.date() != _EMPTY:
            self.setSelectedSection(QDateEdit.Section.YearSection)


class SearchCombo(QComboBox):
    """A combo box the user can type into; matches anywhere in the names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_items(self, items: list[tuple[str, int | None]], current: int | None) -> None:
        """Fill with (label, id) pairs and select the one with ID ``current``."""
        self.blockSignals(True)
        self.clear()
        for label, key in items:
            self.addItem(label, key)
        index = self.findData(current) if current is not None else -1
        if index < 0 and current is None:
            index = self.findData(None)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self.blockSignals(False)

    def current_id(self) -> int | None:
        # Typed text that names an item counts even before Enter is pressed.
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None
        data = self.itemData(index)
        return int(data) if data is not None else None


class _ReorderableList(QListWidget):
    """A list whose current entry moves with Ctrl+Up / Ctrl+Down."""

    # A key handler here, not an event filter on the parent: a Python event filter
    # can be called while its owner is half destroyed, which crashes PySide6.
    move_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


@dataclass
class TitledItem:
    title: str
    text: str = ""
    key: int | None = None


class TitledListEditor(QWidget):
    """An ordered list of (title, text) entries: add, remove, reorder by drag or keys."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.read_only = False
        self.list = _ReorderableList(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._emit)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.title_label = QLabel(self.tr("Title:"), self)
        self.title_edit = QLineEdit(self)
        self.text_label = QLabel(self.tr("Text:"), self)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.title_label.setBuddy(self.title_edit)
        self.text_label.setBuddy(self.text_edit)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._buttons = buttons
        self._extra_buttons: list[QPushButton] = []  # added by the owner; off when read-only
        form = QFormLayout()
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.text_label, self.text_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(form, 1)

        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.list.move_requested.connect(self.move_current)
        self.list.currentRowChanged.connect(self._show_current)
        self.title_edit.textEdited.connect(self._title_edited)
        self.text_edit.textChanged.connect(self._text_edited)
        self._show_current(-1)

    def set_labels(self, title: str, text: str, new_title: str) -> None:
        self.title_label.setText(title)
        self.text_label.setText(text)
        self._new_title = new_title

    def set_read_only(self, read_only: bool) -> None:
        """Entries to read, not to change: no adding, removing, reordering or typing."""
        self.read_only = read_only
        self.title_edit.setReadOnly(read_only)
        self.text_edit.setReadOnly(read_only)
        self.add_button.setEnabled(not read_only)
        for button in self._extra_buttons:
            button.setEnabled(not read_only)
        mode = QAbstractItemView.DragDropMode
        self.list.setDragDropMode(mode.NoDragDrop if read_only else mode.InternalMove)
        self._show_current(self.list.currentRow())

    def _emit(self, *_args: object) -> None:
        self.changed.emit()

    def items(self) -> list[TitledItem]:
        result = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            result.append(
                TitledItem(
                    item.text(),
                    item.data(Qt.ItemDataRole.UserRole) or "",
                    item.data(Qt.ItemDataRole.UserRole + 1),
                )
            )
        return result

    def set_items(self, items: list[TitledItem]) -> None:
        self.list.clear()
        for entry in items:
            self._append(entry)
        self.list.setCurrentRow(0 if items else -1)
        self._show_current(self.list.currentRow())

    def _append(self, entry: TitledItem) -> QListWidgetItem:
        item = QListWidgetItem(entry.title)
        item.setData(Qt.ItemDataRole.UserRole, entry.text)
        item.setData(Qt.ItemDataRole.UserRole + 1, entry.key)
        flags = item.flags() | Qt.ItemFlag.ItemIsDragEnabled
        item.setFlags(flags & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.list.addItem(item)
        return item

    def add_extra_button(self, button: QPushButton) -> None:
        """Another button in the row under the list, before the space."""
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        self._extra_buttons.append(button)
        button.setEnabled(not self.read_only)

    def append_item(self, entry: TitledItem) -> None:
        """``entry`` at the end of the list, shown and current."""
        item = self._append(entry)
        self.list.setCurrentItem(item)
        self.changed.emit()

    def add_item(self) -> None:
        item = self._append(TitledItem(getattr(self, "_new_title", "")))
        self.list.setCurrentItem(item)
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._show_current(self.list.currentRow())
            self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if self.read_only or row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _show_current(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        for widget in (self.title_edit, self.text_edit):
            widget.setEnabled(item is not None)
        movable = item is not None and not self.read_only
        self.remove_button.setEnabled(movable)
        self.up_button.setEnabled(movable and row > 0)
        self.down_button.setEnabled(movable and row < self.list.count() - 1)
        self.title_edit.setText(item.text() if item else "")
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(item.data(Qt.ItemDataRole.UserRole) or "" if item else "")
        self.text_edit.blockSignals(False)

    def _title_edited(self, text: str) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setText(text)
            self.changed.emit()

    def _text_edited(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setData(Qt.ItemDataRole.UserRole, self.text_edit.toPlainText())
            self.changed.emit()


def read_only_table(
    parent: QWidget,
    headers: Sequence[str],
    widths: Sequence[int] = (),
    *,
    stretch_last: bool = True,
) -> QTableWidget:
    """A table of whole rows, one selected at a time, not edited in place."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def selected_row(table: QTableWidget) -> int:
    """The current row when it is selected, else -1."""
    row = table.currentRow()
    if row < 0 or not table.selectionModel().isRowSelected(row):
        return -1
    return row


def selected_record(table: QTableWidget, records: Sequence[Any], role: int) -> Any:
    """The record whose ``id`` the selected row carries (column 0, ``role``), else None."""
    row = selected_row(table)
    item = table.item(row, 0) if row >= 0 else None
    key = item.data(role) if item is not None else None
    if key is None:
        return None
    return next((r for r in records if r.id == key), None)


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """The text of a cell, stripped; "" for a cell without an item."""
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def cell_data(table: QTableWidget, row: int, column: int, role: int) -> Any:
    """The data under ``role`` of a cell; None for a cell without an item."""
    item = table.item(row, column)
    return item.data(role) if item is not None else None
