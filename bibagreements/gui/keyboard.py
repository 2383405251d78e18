"""Keyboard aids for the whole application: where the arrow keys start is always visible."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtCore import QItemSelectionModel as Select
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

_INSTALLED = "bibagreementsKeyboardAids"


def install_keyboard_aids(app: QCoreApplication | None) -> None:
    """Once per application: lists, tables and trees entered by keyboard select a row."""
    if not isinstance(app, QApplication) or app.property(_INSTALLED):
        return
    app.setProperty(_INSTALLED, True)
    app.focusChanged.connect(select_current_on_focus)


def select_current_on_focus(_old: QWidget | None, new: QWidget | None) -> None:
    """A view that gets keyboard focus with nothing selected selects its current row.

    Qt only makes the first row current (unmarked, under most styles), so the user
    could not see where Down would go, and Enter would open nothing visible.
    """
    if not isinstance(new, QAbstractItemView) or QApplication.mouseButtons():
        return  # a click selects what it hits
    model, selection = new.model(), new.selectionModel()
    if model is None or selection is None or selection.hasSelection():
        return
    if new.selectionMode() == QAbstractItemView.SelectionMode.NoSelection:
        return
    index = new.currentIndex()
    if not index.isValid():
        index = model.index(0, 0, new.rootIndex())
    if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsSelectable:
        return
    flags = Select.SelectionFlag.ClearAndSelect
    if new.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
        flags |= Select.SelectionFlag.Rows
    selection.setCurrentIndex(index, flags)
