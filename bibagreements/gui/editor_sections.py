"""The editor's sections: a list on the left names every one, the page beside it shows it.

No section hides behind scroll arrows as tabs did. The keyboard moves between
them with Ctrl+PgDown/Ctrl+PgUp, Alt+1 … Alt+9 (Alt+0 the tenth) and the arrow
keys in the list. A section's name gets "⚠" while something in it is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QStackedWidget, QWidget

DEFAULT_SIZE = QSize(1180, 760)


class SectionNavigator(QObject):
    """Keeps the side list and the page stack in step; see the module's docstring."""

    def __init__(self, window: QWidget, sections: QListWidget, pages: QStackedWidget) -> None:
        super().__init__(window)
        self.sections = sections
        self.pages = pages
        self._titles = [sections.item(i).text() for i in range(sections.count())]
        sections.setSpacing(2)
        sections.currentRowChanged.connect(self._row_changed)
        sections.setCurrentRow(0)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            QShortcut(QKeySequence(keys), window, lambda step=step: self.step(step))
        for digit in range(10):
            number = 10 if digit == 0 else digit
            QShortcut(
                QKeySequence(f"Alt+{digit}"), window, lambda number=number: self.go_to(number)
            )
        self._fit_width()

    def _fit_width(self) -> None:
        # As wide as the longest name with its "⚠", never more: the pages get the rest.
        self.sections.addItem("⚠")
        marked = [f"{t} ⚠" for t in self._titles]
        for i, text in enumerate(marked):
            self.sections.item(i).setText(text)
        width = self.sections.sizeHintForColumn(0) + 2 * self.sections.frameWidth() + 12
        self.sections.takeItem(len(self._titles))
        for i, title in enumerate(self._titles):
            self.sections.item(i).setText(title)
        self.sections.setFixedWidth(width)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)

    def visible_rows(self) -> list[int]:
        return [i for i in range(self.sections.count()) if not self.sections.item(i).isHidden()]

    def step(self, step: int) -> None:
        rows = self.visible_rows()
        current = self.sections.currentRow()
        position = rows.index(current) if current in rows else 0
        self.sections.setCurrentRow(rows[(position + step) % len(rows)])

    def go_to(self, number: int) -> None:
        """The ``number``-th visible section (from 1)."""
        rows = self.visible_rows()
        if 0 < number <= len(rows):
            self.sections.setCurrentRow(rows[number - 1])

    def show(self, page: QWidget) -> None:
        self.sections.setCurrentRow(self.pages.indexOf(page))

    def current(self) -> QWidget | None:
        return self.pages.currentWidget()

    def set_visible(self, page: QWidget, visible: bool) -> None:
        row = self.pages.indexOf(page)
        self.sections.item(row).setHidden(not visible)
        if not visible and self.sections.currentRow() == row:
            self.sections.setCurrentRow(0)

    def is_visible(self, page: QWidget) -> bool:
        return not self.sections.item(self.pages.indexOf(page)).isHidden()

    def title(self, page: QWidget) -> str:
        """The section's name as the list shows it (with "⚠" when marked)."""
        return self.sections.item(self.pages.indexOf(page)).text()

    def mark(self, pages: set[QWidget]) -> None:
        """Put "⚠" after the names of ``pages``, take it away from the others."""
        for row, title in enumerate(self._titles):
            marked = self.pages.widget(row) in pages
            self.sections.item(row).setText(f"{title} ⚠" if marked else title)
