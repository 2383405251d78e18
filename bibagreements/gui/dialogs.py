"""Every question the application asks with a modal dialog, in one module.

Callers use ``dialogs.confirm(...)`` (module attribute access) so that tests
can replace these functions and no test ever waits on a dialog.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before doing something that cannot be undone; ``action`` names the button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def ask_unsaved(parent: QWidget | None, what: str) -> Unsaved:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Dialogs", "Unsaved changes"),
        translate("Dialogs", "“{0}” has changes that are not saved.").format(what),
        parent=parent,
    )
    box.setInformativeText(translate("Dialogs", "Do you want to save them?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def open_file(parent: QWidget | None, caption: str, filters: str) -> str:
    path, _selected = QFileDialog.getOpenFileName(parent, caption, "", filters)
    return path


def save_file(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    path, _selected = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return path


def choose(parent: QWidget | None, title: str, label: str, options: list[str]) -> int | None:
    """Index of the option the user picked, or None when cancelled."""
    if not options:
        return None
    text, ok = QInputDialog.getItem(parent, title, label, options, 0, False)
    return options.index(text) if ok and text in options else None


def about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def ask_date(
    parent: QWidget | None, title: str, label: str, initial: date, minimum: date | None = None
) -> date | None:
    """A date in ISO format, or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    edit = QDateEdit(QDate(initial), dialog)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    if minimum is not None:
        edit.setMinimumDate(QDate(minimum))
    text = QLabel(label, dialog)
    text.setWordWrap(True)
    text.setBuddy(edit)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (text, edit, buttons):
        layout.addWidget(widget)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.date().toPython()


def choose_folder(parent: QWidget | None, caption: str, start: str) -> str:
    dialog = QFileDialog(parent, caption, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]
