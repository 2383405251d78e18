"""The editor's main actions in its button bar, one click each.

"Create PDF for signature", "Print…" and "Record check-in…" do what the
Documents and Check-ins sections do, on the saved agreement: the section
shows, so what happens (the file written, the check-in chosen) is in view.
"Save as template…" makes a template of the saved agreement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

if TYPE_CHECKING:
    from bibagreements.gui.editor import AgreementEditor

ROLE = QDialogButtonBox.ButtonRole.ActionRole
SHORTCUTS = {
    "pdf_button": "Ctrl+Shift+P",
    "print_button": "Ctrl+P",
    "checkin_button": "Ctrl+K",
    "template_button": "Ctrl+Shift+T",
}


class EditorActions(QObject):
    def __init__(self, editor: AgreementEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        box = editor.ui.buttonBox
        # Shortcuts, not mnemonics: the bar shows beside every section, whose fields
        # use up the letters these words have.
        self.pdf_button: QPushButton = box.addButton(self.tr("Create PDF for signature"), ROLE)
        self.print_button: QPushButton = box.addButton(self.tr("Print…"), ROLE)
        self.checkin_button: QPushButton = box.addButton(self.tr("Record check-in…"), ROLE)
        self.template_button: QPushButton = box.addButton(self.tr("Save as template…"), ROLE)
        for name, keys in SHORTCUTS.items():
            getattr(self, name).setShortcut(QKeySequence(keys))
        self._tips = {
            self.pdf_button: self.tr(
                "A PDF of the saved agreement with empty signature fields for e-signing"
            ),
            self.print_button: self.tr("Print one copy per party for wet-ink signature"),
            self.checkin_button: self.tr("Record the check-in due next"),
            self.template_button: self.tr(
                "A template with this agreement's kind, cadence, areas, sections and clauses"
            ),
        }
        for button in self.buttons():
            button.setAutoDefault(False)
        self.pdf_button.clicked.connect(self.create_pdf)
        self.print_button.clicked.connect(self.print_agreement)
        self.checkin_button.clicked.connect(self.record_checkin)
        self.template_button.clicked.connect(lambda: editor.library.save_as_template())

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.pdf_button, self.print_button, self.checkin_button, self.template_button)

    def update(self, dirty: bool) -> None:
        """Usable on the saved agreement only: a document or check-in shows what is saved."""
        editor = self.editor
        saved = editor.stored is not None and editor.stored.id is not None
        usable = saved and not dirty and not editor.saving
        if not saved:
            why = self.tr("Save the agreement first.")
        else:
            why = self.tr("Save your changes first.")
        for button in self.buttons():
            button.setEnabled(usable)
            keys = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = self._tips[button] if usable else why
            button.setToolTip(self.tr("{0} (shortcut: {1})").format(tip, keys))

    def create_pdf(self) -> None:
        ui = self.editor.ui
        self.editor.sections.show(ui.documentsTab)
        ui.documentsPanel.generate_agreement(sign_fields=True, then_print=False)

    def print_agreement(self) -> None:
        ui = self.editor.ui
        self.editor.sections.show(ui.documentsTab)
        ui.documentsPanel.generate_agreement(sign_fields=False, then_print=True)

    def record_checkin(self) -> None:
        ui = self.editor.ui
        ui.checkinsPanel.record_next()
        self.editor.sections.show(ui.checkinsTab)
