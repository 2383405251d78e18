"""Capital Å, Ä and Ö keep their ring and dots in every kind of widget (screenshot test).

Each widget is grabbed three times at the same size: empty, with "AAO" and with
"ÅÄÖ". The rows where "AAO" changes the picture give the capitals' top; "ÅÄÖ"
must change pixels above it, where the ring and the dots are.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QTabBar,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bibagreements.gui.style import AccentRoomStyle, accent_overshoot, install_style

SIZE = QSize(180, 60)


def _tab(text: str) -> QWidget:
    bar = QTabBar()
    bar.addTab("x")  # the selected one: the text is checked on an unselected tab
    bar.addTab(text)
    return bar


def _tree(text: str) -> QWidget:
    tree = QTreeWidget()  # as the reminder rows: bold groups, rows of one height
    tree.setHeaderHidden(True)
    tree.setUniformRowHeights(True)
    group = QTreeWidgetItem(tree, ["x"])
    font = group.font(0)
    font.setBold(True)
    group.setFont(0, font)
    QTreeWidgetItem(group, [text])
    tree.expandAll()
    return tree


def _model(text: str) -> QStandardItemModel:
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(text))
    return model


def _table(text: str) -> QWidget:
    table = QTableView()
    table.setModel(_model(text))
    table.model().setParent(table)
    table.horizontalHeader().hide()
    table.verticalHeader().hide()
    table.resizeRowsToContents()
    return table


def _list(text: str) -> QWidget:
    view = QListView()
    view.setModel(_model(text))
    view.model().setParent(view)
    return view


def _group(text: str) -> QWidget:
    box = QGroupBox(text)
    QVBoxLayout(box).addWidget(QLabel("x"))
    return box


def _combo(text: str) -> QWidget:
    combo = QComboBox()
    combo.addItem(text)
    return combo


def _menu(text: str) -> QWidget:
    menu = QMenu()
    menu.addAction(text)
    return menu


KINDS: dict[str, Callable[[str], QWidget]] = {
    "label": QLabel,
    "button": QPushButton,
    "check box": QCheckBox,
    "line edit": QLineEdit,
    "combo box": _combo,
    "group box title": _group,
    "tab title": _tab,
    "table row": _table,
    "list row": _list,
    "tree item": _tree,
    "menu item": _menu,
}


def _grab(make: Callable[[str], QWidget], text: str) -> QImage:
    widget = make(text)
    # A tab bar keeps its own height: that is where the titles were cut.
    widget.resize(
        SIZE.width(), widget.sizeHint().height() if isinstance(widget, QTabBar) else SIZE.height()
    )
    widget.ensurePolished()
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    widget.deleteLater()
    return image


def _changed(image: QImage, blank: QImage) -> dict[int, set[int]]:
    """The columns per row where ``image`` differs clearly from ``blank``."""
    rows: dict[int, set[int]] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            if abs(image.pixelColor(x, y).value() - blank.pixelColor(x, y).value()) > 40:
                rows.setdefault(y, set()).add(x)
    return rows


@pytest.fixture
def accent_style(qapp: QApplication) -> AccentRoomStyle:
    install_style(qapp)
    style = qapp.style()
    assert isinstance(style, AccentRoomStyle)
    return style


def test_the_font_draws_accents_above_its_ascent(qapp: QApplication) -> None:
    # The reason for the style: with DejaVu Sans the dots stand above the ascent.
    assert accent_overshoot(qapp.font()) > 0


@pytest.mark.parametrize("kind", KINDS)
def test_capital_a_ring_a_and_o_dots_are_drawn(accent_style: AccentRoomStyle, kind: str) -> None:
    make = KINDS[kind]
    blank = _grab(make, "")
    for marked, plain in (("Å", "A"), ("Ä", "A"), ("Ö", "O")):
        plain_rows = _changed(_grab(make, plain), blank)
        assert plain_rows, f"{kind}: {plain} left no trace"
        top = min(plain_rows)
        changed = _changed(_grab(make, marked), blank)
        above = sum(len(xs) for y, xs in changed.items() if y < top)
        # Two dots (a ring) of two pixels or more; cut, none or one is left.
        assert above >= 3, f"{kind}: the accent of {marked} is cut off"


def test_the_application_installs_the_style() -> None:
    # A process of its own: this one's application exists already.
    code = "from bibagreements.gui.app import create_application as c; print(type(c().style()))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert "AccentRoomStyle" in done.stdout, done.stderr
