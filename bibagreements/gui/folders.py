"""Where save dialogs start: the folder chosen for documents, else the system's Documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from bibagreements.gui.settings import Settings


def documents_location() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def save_folder(settings: Settings) -> Path:
    """The folder to propose for saving, created when missing (home when it cannot be)."""
    from bibagreements.services.save_folders import proposed_folder

    return proposed_folder((settings.documents_folder, documents_location()))
