"""Drag and drop: an interchange file onto the window imports it; a scan onto a party's
row attaches it as that party's signed copy (gui/file_drops.py and its two users)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from bibagreements.gui.file_drops import SCAN_SUFFIXES, dropped_file
from bibagreements.gui.signed_copies import AttachSignedCopyDialog
from tests.builders import scan_pdf
from tests.gui.conftest import open_editor

COPY = Qt.DropAction.CopyAction
# PySide6 marks the constructor deprecated, though QDragEnterEvent has no other.
pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")


def _files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drag(widget: QWidget, mime: QMimeData, pos: QPoint) -> bool:
    """Enter ``widget`` with ``mime`` at ``pos``; True when the drag is accepted."""
    enter = QDragEnterEvent(pos, COPY, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    QApplication.sendEvent(widget, enter)
    return enter.isAccepted()


def _drop(widget: QWidget, mime: QMimeData, pos: QPoint) -> bool:
    assert _drag(widget, mime, pos)
    drop = QDropEvent(QPointF(pos), COPY, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_only_one_local_file_of_the_kind_is_taken(tmp_path: Path) -> None:
    scan, text = tmp_path / "a.PDF", tmp_path / "b.txt"
    scan.write_bytes(b"%PDF-")
    text.write_text("x")
    assert dropped_file(_files(scan), SCAN_SUFFIXES) == scan
    assert dropped_file(_files(text), SCAN_SUFFIXES) is None
    assert dropped_file(_files(scan, scan), SCAN_SUFFIXES) is None
    assert dropped_file(_files(tmp_path / "missing.pdf"), SCAN_SUFFIXES) is None
    plain = QMimeData()
    plain.setText(str(scan))
    assert dropped_file(plain, SCAN_SUFFIXES) is None


def test_an_interchange_file_dropped_on_the_window_is_imported(  # type: ignore[no-untyped-def]
    qtbot, empty_window, idle, demo_export, tmp_path: Path
) -> None:
    import json

    window = empty_window
    exchange = tmp_path / "avtal.json"
    exchange.write_text(json.dumps(demo_export), encoding="utf-8")
    other = tmp_path / "avtal.txt"
    other.write_text("x")
    centre = window.rect().center()
    assert not _drag(window, _files(other), centre)
    with qtbot.waitSignal(window.list_loaded, timeout=10_000):
        assert _drop(window, _files(exchange), centre)
    idle(window.ctx)
    assert window.model.rowCount() == 3
    assert "Imported 3 agreements" in window.statusBar().currentMessage()


def test_a_scan_dropped_on_a_party_row_is_attached_as_its_copy(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, tmp_path: Path
) -> None:
    scan = tmp_path / "skannad.pdf"
    scan.write_bytes(scan_pdf())
    editor = open_editor(qtbot, demo_window, idle, 3)
    editor.sections.show(editor.ui.signedTab)
    panel = editor.ui.signedCopiesPanel
    idle(demo_window.ctx)
    viewport = panel.table.viewport()
    second = panel.table.visualRect(panel.table.model().index(1, 0)).center()
    below = QPoint(second.x(), viewport.height() - 2)
    assert panel.table.rowAt(below.y()) < 0
    assert not _drag(viewport, _files(scan), below)  # no party there
    assert _drop(viewport, _files(scan), second)
    # A PDF is checked for electronic signatures first; without any it is a scan.
    idle(demo_window.ctx)
    qtbot.waitUntil(lambda: isinstance(panel._dialog, AttachSignedCopyDialog))
    dialog = panel._dialog
    assert isinstance(dialog, AttachSignedCopyDialog) and dialog.isVisible()
    assert dialog.party.name == editor.stored.parties[1].name
    assert dialog.ui.fileEdit.text() == str(scan)
    dialog.save()
    idle(demo_window.ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    idle(demo_window.ctx)
    assert panel.table.item(1, 4).text() == "skannad.pdf"
    assert editor.stored.parties[1].signed_on is not None
