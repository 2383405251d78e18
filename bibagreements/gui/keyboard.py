"""Keyboard aids for the whole application: where the arrow keys start is always visible.

A list, table or tree entered by keyboard selects its current row, and only the view
that has the focus shows its selection in the full highlight colour; the others of
the window show theirs muted, so the user sees which one the arrow keys move.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtCore import QItemSelectionModel as Select
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

_INSTALLED = "bibagreementsKeyboardAids"
_MUTED = "bibagreementsMutedSelection"


def install_keyboard_aids(app: QCoreApplication | None) -> None:
    """Once per application: lists, tables and trees entered by keyboard select a row."""
    if not isinstance(app, QApplication) or app.property(_INSTALLED):
        return
    app.setProperty(_INSTALLED, True)
    app.focusChanged.connect(_focus_changed)


def _focus_changed(old: QWidget | None, new: QWidget | None) -> None:
    if new is not None and shiboken6.isValid(new):
        select_current_on_focus(old, new)
        mark_focused_view(new)


def mark_focused_view(focus: QWidget) -> None:
    """Full highlight for the view holding ``focus`` (or editing in it); muted for the rest."""
    for view in focus.window().findChildren(QAbstractItemView):
        # Focus also moves while a widget is destroyed (a closing pop-up's list):
        # its Python side may be gone already.
        if not shiboken6.isValid(view):
            continue
        try:
            muted = not (view is focus or view.isAncestorOf(focus))
            if bool(view.property(_MUTED)) == muted:
                continue
            view.setProperty(_MUTED, muted)
            view.setPalette(_muted(view.palette()) if muted else QPalette())
        except RuntimeError:  # deleted meanwhile
            continue


def _muted(palette: QPalette) -> QPalette:
    muted = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        high = palette.color(group, QPalette.ColorRole.Highlight)
        base = palette.color(group, QPalette.ColorRole.Base)
        mix = QColor(
            (high.red() * 2 + base.red() * 3) // 5,
            (high.green() * 2 + base.green() * 3) // 5,
            (high.blue() * 2 + base.blue() * 3) // 5,
        )
        muted.setColor(group, QPalette.ColorRole.Highlight, mix)
        text = palette.color(group, QPalette.ColorRole.Text)
        muted.setColor(group, QPalette.ColorRole.HighlightedText, text)
    return muted


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
