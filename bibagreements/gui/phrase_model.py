"""The fixed phrases of one language: the built-in text beside the house style's own.

The third column is editable; an empty cell (or "Use the built-in text") means
the built-in text. ``changes()`` gives only what differs from what was read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

if TYPE_CHECKING:
    from bibagreements.services.house_styles import PhraseLine

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


class PhraseModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: Mapping[str, list[PhraseLine]] = {}
        self._language = "sv"
        self._edits: dict[tuple[str, str], str | None] = {}

    def set_lines(self, lines: Mapping[str, list[PhraseLine]], language: str) -> None:
        self.beginResetModel()
        self._lines, self._language, self._edits = lines, language, {}
        self.endResetModel()

    def show_language(self, language: str) -> None:
        self.beginResetModel()
        self._language = language
        self.endResetModel()

    def _shown(self) -> list[PhraseLine]:
        return self._lines.get(self._language, [])

    def override(self, row: int) -> str | None:
        line = self._shown()[row]
        return self._edits.get((self._language, line.key), line.override)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return (self.tr("Phrase"), self.tr("Built-in text"), self.tr("Your wording"))[section]

    def data(self, index: _Index, role: int = _DISPLAY) -> object:
        if not index.isValid():
            return None
        line = self._shown()[index.row()]
        column = index.column()
        if role in (_DISPLAY, _EDIT, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return line.key
            if column == 1:
                return line.builtin
            override = self.override(index.row())
            if override is None and role == _DISPLAY:
                return self.tr("(built-in)")
            return override or ""
        if role == Qt.ItemDataRole.FontRole and column == 2 and self.override(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 2:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: object, role: int = _EDIT) -> bool:
        if not index.isValid() or index.column() != 2 or role != _EDIT:
            return False
        text = str(value).strip()
        self._set(index.row(), text or None)
        return True

    def use_builtin(self, row: int) -> None:
        self._set(row, None)

    def _set(self, row: int, text: str | None) -> None:
        line = self._shown()[row]
        self._edits[(self._language, line.key)] = text
        cell = self.index(row, 2)
        self.dataChanged.emit(cell, cell)

    def changes(self) -> dict[tuple[str, str], str | None]:
        """(language, key): the new wording (None: back to the built-in), changed ones only."""
        read = {
            (language, line.key): line.override
            for language, lines in self._lines.items()
            for line in lines
        }
        return {key: text for key, text in self._edits.items() if read.get(key) != text}
