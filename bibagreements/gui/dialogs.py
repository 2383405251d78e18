"""Every question the application asks with a modal dialog, in one module.

Callers use ``dialogs.confirm(...)`` (module attribute access) so that tests
can replace these functions and no test ever waits on a dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING

# The dialog classes are looked up when a dialog opens: creating their Python
# types at import would add to the application's start-up.
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QDate

from bibagreements.gui.labels import to_date

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _standard_texts() -> dict[str, str]:
    # Qt's own texts have no mnemonics (and qtbase_sv's neither): ours have, in both languages.
    return {
        "Ok": translate("Dialogs", "&OK"),
        "Cancel": translate("Dialogs", "&Cancel"),
        "Save": translate("Dialogs", "&Save"),
        "Discard": translate("Dialogs", "Close &without saving"),
        "Close": translate("Dialogs", "C&lose"),
        "Yes": translate("Dialogs", "&Yes"),
        "No": translate("Dialogs", "&No"),
    }


def name_buttons(box: QtWidgets.QMessageBox | QtWidgets.QDialogButtonBox) -> None:
    """Give the standard buttons of ``box`` texts with mnemonics."""
    for name, text in _standard_texts().items():
        found = box.button(getattr(type(box).StandardButton, name))
        if found is not None:
            found.setText(text)


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with a mnemonic none of ``taken`` (upper-case letters) has."""
    marked = text.replace("&&", "\0")
    if "&" in marked:
        letter = marked[marked.index("&") + 1 : marked.index("&") + 2].upper()
        if letter and letter not in taken:
            return text
        marked = marked.replace("&", "")
    for i, char in enumerate(marked):
        if char.isalnum() and char.upper() not in taken:
            marked = marked[:i] + "&" + marked[i:]
            break
    return marked.replace("\0", "&&")


def _mnemonics(box: QtWidgets.QMessageBox) -> set[str]:
    found = set()
    for button in box.buttons():
        text = button.text().replace("&&", "")
        if "&" in text:
            found.add(text[text.index("&") + 1 : text.index("&") + 2].upper())
    return found


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before doing something that cannot be undone; ``action`` names the button."""
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, title, text, parent=parent)
    box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    name_buttons(box)
    yes = box.addButton(
        with_mnemonic(action, _mnemonics(box)), QtWidgets.QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def ask_unsaved(parent: QWidget | None, what: str, *, can_save: bool = True) -> Unsaved:
    """Save, discard or keep editing; without "Save" when the changes cannot be saved."""
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Question,
        translate("Dialogs", "Unsaved changes"),
        translate("Dialogs", "“{0}” has changes that are not saved.").format(what),
        parent=parent,
    )
    buttons = QtWidgets.QMessageBox.StandardButton.Discard
    buttons |= QtWidgets.QMessageBox.StandardButton.Cancel
    if can_save:
        box.setInformativeText(translate("Dialogs", "Do you want to save them?"))
        buttons |= QtWidgets.QMessageBox.StandardButton.Save
    else:
        box.setInformativeText(
            translate(
                "Dialogs",
                "They cannot be saved as they are (the editor shows why). "
                "Discard them, or cancel and go on editing?",
            )
        )
    box.setStandardButtons(buttons)
    box.setDefaultButton(
        QtWidgets.QMessageBox.StandardButton.Save
        if can_save
        else QtWidgets.QMessageBox.StandardButton.Cancel
    )
    name_buttons(box)
    answer = box.exec()
    if answer == QtWidgets.QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QtWidgets.QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Information, title, text, parent=parent)
    box.setStandardButtons(QtWidgets.QMessageBox.StandardButton.Ok)
    name_buttons(box)
    box.exec()


def open_file(parent: QWidget | None, caption: str, filters: str) -> str:
    path, _selected = QtWidgets.QFileDialog.getOpenFileName(parent, caption, "", filters)
    return path


def save_file(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    path, _selected = QtWidgets.QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return path


def choose_colour(parent: QWidget | None, current: str) -> str:
    """A colour as #RRGGBB picked in Qt's colour dialog; "" when cancelled."""
    from PySide6.QtGui import QColor

    start = QColor(current) if QColor.isValidColorName(current) else QColor("#1F5F8B")
    colour = QtWidgets.QColorDialog.getColor(start, parent)
    return colour.name().upper() if colour.isValid() else ""


def choose(parent: QWidget | None, title: str, label: str, options: list[str]) -> int | None:
    """Index of the option the user picked, or None when cancelled."""
    if not options:
        return None
    dialog = QtWidgets.QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(options)
    dialog.setComboBoxEditable(False)
    dialog.sizeHint()  # builds its widgets, which are otherwise made when it shows
    buttons = dialog.findChild(QtWidgets.QDialogButtonBox)
    if buttons is not None:
        name_buttons(buttons)
    combo = dialog.findChild(QtWidgets.QComboBox)
    text_label = dialog.findChild(QtWidgets.QLabel)
    if combo is not None and text_label is not None:
        text_label.setBuddy(combo)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    text = dialog.textValue()
    return options.index(text) if text in options else None


def about(parent: QWidget | None, title: str, text: str) -> None:
    """Like QMessageBox.about, with the application's icon, and an OK with a mnemonic."""
    box = QtWidgets.QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    icon = QtWidgets.QApplication.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setStandardButtons(QtWidgets.QMessageBox.StandardButton.Ok)
    name_buttons(box)
    box.exec()


def about_qt(parent: QWidget | None) -> None:
    """Qt's own About box: its version and licence (LGPL-3.0)."""
    QtWidgets.QMessageBox.aboutQt(parent)


def ask_date(
    parent: QWidget | None, title: str, label: str, initial: date, minimum: date | None = None
) -> date | None:
    """A date in ISO format, or None when cancelled."""
    from bibagreements.gui.widgets import DateEdit

    dialog = QtWidgets.QDialog(parent)
    dialog.setWindowTitle(title)
    edit = DateEdit(dialog)
    edit.setDate(QDate(initial))
    if minimum is not None:
        edit.setMinimumDate(QDate(minimum))
    if not _ask(dialog, label, edit):
        return None
    return to_date(edit.date())


def ask_text(
    parent: QWidget | None, title: str, label: str, initial: str = "", max_length: int = 200
) -> str | None:
    """A line of text, stripped; None when cancelled or left empty."""
    dialog = QtWidgets.QDialog(parent)
    dialog.setWindowTitle(title)
    edit = QtWidgets.QLineEdit(initial, dialog)
    edit.setMaxLength(max_length)
    edit.selectAll()
    dialog.setMinimumWidth(420)
    if not _ask(dialog, label, edit):
        return None
    return edit.text().strip() or None


def _ask(dialog: QtWidgets.QDialog, label: str, edit: QWidget) -> bool:
    """``label`` above ``edit`` above OK and Cancel; whether OK was chosen."""
    text = QtWidgets.QLabel(label, dialog)
    text.setWordWrap(True)
    text.setBuddy(edit)
    buttons = _ok_cancel(dialog)
    layout = QtWidgets.QVBoxLayout(dialog)
    for widget in (text, edit, buttons):
        layout.addWidget(widget)
    return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted


def _ok_cancel(dialog: QtWidgets.QDialog) -> QtWidgets.QDialogButtonBox:
    buttons = QtWidgets.QDialogButtonBox(
        QtWidgets.QDialogButtonBox.StandardButton.Ok
        | QtWidgets.QDialogButtonBox.StandardButton.Cancel,
        dialog,
    )
    name_buttons(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def choose_folder(parent: QWidget | None, caption: str, start: str) -> str:
    dialog = QtWidgets.QFileDialog(parent, caption, start)
    dialog.setFileMode(QtWidgets.QFileDialog.FileMode.Directory)
    dialog.setOption(QtWidgets.QFileDialog.Option.ShowDirsOnly, True)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


@dataclass(frozen=True)
class ReportRequest:
    year: int
    format: str  # "pdf" or "docx"
    language: str  # "sv" or "en"
    archive: bool = False  # PDF/A, for the e-archive


def ask_report(parent: QWidget | None, default_year: int) -> ReportRequest | None:
    """Year, format and language of the yearly follow-up report, or None when cancelled."""
    from bibagreements.domain.validation import MAX_YEAR, MIN_YEAR  # not at start-up

    dialog = QtWidgets.QDialog(parent)
    dialog.setWindowTitle(translate("Dialogs", "Yearly follow-up report"))
    intro = QtWidgets.QLabel(
        translate(
            "Dialogs",
            "What came of the agreements in force during a year, by development area: "
            "partners, sub-goals, activities, outcomes, funding received and check-ins.",
        ),
        dialog,
    )
    intro.setWordWrap(True)
    year = QtWidgets.QSpinBox(dialog)
    year.setRange(MIN_YEAR, MAX_YEAR)
    year.setValue(default_year)
    year.setGroupSeparatorShown(False)
    fmt = QtWidgets.QComboBox(dialog)
    fmt.addItem(translate("Dialogs", "PDF (for printing and sending)"), "pdf")
    fmt.addItem(translate("Dialogs", "PDF/A (for the e-archive)"), "pdf/a")
    fmt.addItem(translate("Dialogs", "DOCX (to edit further in a word processor)"), "docx")
    language = QtWidgets.QComboBox(dialog)
    language.addItem(translate("Dialogs", "Swedish"), "sv")
    language.addItem(translate("Dialogs", "English"), "en")
    form = QtWidgets.QFormLayout()
    form.addRow(translate("Dialogs", "&Year:"), year)
    form.addRow(translate("Dialogs", "&Format:"), fmt)
    form.addRow(translate("Dialogs", "&Language:"), language)
    buttons = _ok_cancel(dialog)
    layout = QtWidgets.QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(buttons)
    year.setFocus()
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    chosen = str(fmt.currentData())
    return ReportRequest(
        year.value(), chosen.removesuffix("/a"), str(language.currentData()), chosen == "pdf/a"
    )


@dataclass(frozen=True)
class ReviewRequest:
    reply_by: date
    with_docx: bool


def ask_review(parent: QWidget | None, initial: date, minimum: date) -> ReviewRequest | None:
    """The day comments are asked for by, and whether a DOCX goes with the PDF."""
    from bibagreements.gui.widgets import DateEdit

    dialog = QtWidgets.QDialog(parent)
    dialog.setWindowTitle(translate("Dialogs", "Send the draft for comments"))
    intro = QtWidgets.QLabel(
        translate(
            "Dialogs",
            "The draft goes as a PDF to every party's contact person, in a message that "
            "opens in your mail program.",
        ),
        dialog,
    )
    intro.setWordWrap(True)
    reply_by = DateEdit(dialog)
    reply_by.setMinimumDate(QDate(minimum))
    reply_by.setDate(QDate(initial))
    docx = QtWidgets.QCheckBox(translate("Dialogs", "Attach a &Word file (DOCX) as well"), dialog)
    form = QtWidgets.QFormLayout()
    form.addRow(translate("Dialogs", "Comments &by:"), reply_by)
    form.addRow("", docx)
    layout = QtWidgets.QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(_ok_cancel(dialog))
    reply_by.setFocus()
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    return ReviewRequest(to_date(reply_by.date()), docx.isChecked())


def ask_password(parent: QWidget | None, server: str) -> tuple[str, bool] | None:
    """A database server's password and whether to keep it in the keyring; None: cancelled."""
    dialog = QtWidgets.QDialog(parent)
    dialog.setWindowTitle(translate("Dialogs", "Password for the team database"))
    text = QtWidgets.QLabel(
        translate("Dialogs", "The database server {0} asks for your password.").format(server),
        dialog,
    )
    text.setWordWrap(True)
    edit = QtWidgets.QLineEdit(dialog)
    edit.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
    edit.setMaxLength(1000)
    remember = QtWidgets.QCheckBox(
        translate("Dialogs", "&Remember it in the operating system's keyring"), dialog
    )
    note = QtWidgets.QLabel(
        translate("Dialogs", "It is never written to the settings file."), dialog
    )
    form = QtWidgets.QFormLayout()
    form.addRow(translate("Dialogs", "&Password:"), edit)
    form.addRow("", remember)
    form.addRow("", note)
    layout = QtWidgets.QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addLayout(form)
    layout.addWidget(_ok_cancel(dialog))
    edit.setFocus()
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted or not edit.text():
        return None
    return edit.text(), remember.isChecked()
