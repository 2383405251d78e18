"""Every question the application asks with a modal dialog, in one module.

Callers use ``dialogs.confirm(...)`` (module attribute access) so that tests
can replace these functions and no test ever waits on a dialog.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import TYPE_CHECKING

# The dialog classes are looked up when a dialog opens: creating their Python
# types at import would add to the application's start-up.
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QDate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before doing something that cannot be undone; ``action`` names the button."""
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(action, QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def ask_unsaved(parent: QWidget | None, what: str) -> Unsaved:
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Question,
        translate("Dialogs", "Unsaved changes"),
        translate("Dialogs", "“{0}” has changes that are not saved.").format(what),
        parent=parent,
    )
    box.setInformativeText(translate("Dialogs", "Do you want to save them?"))
    box.setStandardButtons(
        QtWidgets.QMessageBox.StandardButton.Save
        | QtWidgets.QMessageBox.StandardButton.Discard
        | QtWidgets.QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QtWidgets.QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QtWidgets.QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QtWidgets.QMessageBox.information(parent, title, text)


def open_file(parent: QWidget | None, caption: str, filters: str) -> str:
    path, _selected = QtWidgets.QFileDialog.getOpenFileName(parent, caption, "", filters)
    return path


def save_file(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    path, _selected = QtWidgets.QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return path


def choose(parent: QWidget | None, title: str, label: str, options: list[str]) -> int | None:
    """Index of the option the user picked, or None when cancelled."""
    if not options:
        return None
    text, ok = QtWidgets.QInputDialog.getItem(parent, title, label, options, 0, False)
    return options.index(text) if ok and text in options else None


def about(parent: QWidget | None, title: str, text: str) -> None:
    QtWidgets.QMessageBox.about(parent, title, text)


def ask_date(
    parent: QWidget | None, title: str, label: str, initial: date, minimum: date | None = None
) -> date | None:
    """A date in ISO format, or None when cancelled."""
    dialog = QtWidgets.QDialog(parent)
    dialog.setWindowTitle(title)
    edit = QtWidgets.QDateEdit(QDate(initial), dialog)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    if minimum is not None:
        edit.setMinimumDate(QDate(minimum))
    text = QtWidgets.QLabel(label, dialog)
    text.setWordWrap(True)
    text.setBuddy(edit)
    buttons = QtWidgets.QDialogButtonBox(
        QtWidgets.QDialogButtonBox.StandardButton.Ok
        | QtWidgets.QDialogButtonBox.StandardButton.Cancel,
        dialog,
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QtWidgets.QVBoxLayout(dialog)
    for widget in (text, edit, buttons):
        layout.addWidget(widget)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    return edit.date().toPython()


def choose_folder(parent: QWidget | None, caption: str, start: str) -> str:
    dialog = QtWidgets.QFileDialog(parent, caption, start)
    dialog.setFileMode(QtWidgets.QFileDialog.FileMode.Directory)
    dialog.setOption(QtWidgets.QFileDialog.Option.ShowDirsOnly, True)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]
