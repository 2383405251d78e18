"""Dropping files from the desktop: which local file a drag carries, and a filter that
hands it to a function (the same one the menu or button runs)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

SCAN_SUFFIXES = frozenset({".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"})


def dropped_file(mime: QMimeData, suffixes: frozenset[str]) -> Path | None:
    """The one local file the drag carries, when its name ends in one of ``suffixes``."""
    if not mime.hasUrls():
        return None
    urls = [url for url in mime.urls() if url.isLocalFile()]
    if len(urls) != 1:
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in suffixes and path.is_file() else None


class FileDrops(QObject):
    """Accept drops of one file with ``suffixes`` on ``target`` where ``accepts(pos)``;
    ``dropped(path, pos)`` runs on the drop (``pos`` in the target's coordinates)."""

    def __init__(
        self,
        target: QWidget,
        suffixes: frozenset[str],
        dropped: Callable[[Path, QPoint], None],
        accepts: Callable[[QPoint], bool] = lambda _pos: True,
    ) -> None:
        super().__init__(target)
        self.suffixes = suffixes
        self._dropped = dropped
        self._accepts = accepts
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, (QDragEnterEvent, QDragMoveEvent, QDropEvent)):
            pos = event.position().toPoint()
            path = dropped_file(event.mimeData(), self.suffixes)
            if path is None or not self._accepts(pos):
                event.ignore()
                return True
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self._dropped(path, pos)
            return True
        return super().eventFilter(watched, event)
