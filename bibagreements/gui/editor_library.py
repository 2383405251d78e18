"""The editor and the library: insert a clause as a section, save the agreement as a template.

A clause inserted here becomes one of the agreement's sections in the editor,
marked as a clause's (its placeholders are filled when the document is built)
and saved with the rest: the user's unsaved changes are never overwritten by
a save behind the editor's back. Saving as a template takes the saved agreement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from bibagreements.gui import dialogs
from bibagreements.gui.widgets import TitledItem

if TYPE_CHECKING:
    from bibagreements.domain.library import AgreementTemplate, Clause
    from bibagreements.gui.editor import AgreementEditor


class EditorLibrary(QObject):
    def __init__(self, editor: AgreementEditor, filled_key: int) -> None:
        super().__init__(editor)
        self.editor = editor
        self._filled = filled_key
        sections = editor.ui.sectionsEditor
        self.insert_button = QPushButton(self.tr("Insert c&lause…"), sections)
        self.insert_button.setToolTip(
            self.tr("A text of the clause library, filled from this agreement's facts")
        )
        self.insert_button.setAutoDefault(False)
        sections.add_extra_button(self.insert_button)
        self.insert_button.clicked.connect(self.insert_clause)

    def insert_clause(self) -> None:
        from bibagreements.services.clauses import list_clauses

        self.editor.ctx.op(self, list_clauses, self._choose)

    def _choose(self, clauses: list[Clause]) -> None:
        if not clauses:
            self.editor.show_problem(
                self.tr(
                    "The clause library is empty: add clauses under Registers → Clause library."
                )
            )
            return
        options = [f"{c.category}: {c.heading}" if c.category else c.heading for c in clauses]
        index = dialogs.choose(self.editor, self.tr("Insert clause"), self.tr("&Clause:"), options)
        if index is None:
            return
        clause = clauses[index]
        self.editor.ui.sectionsEditor.append_item(
            TitledItem(clause.heading, clause.body, self._filled)
        )

    def save_as_template(self) -> None:
        stored = self.editor.stored
        if stored is None or stored.id is None:
            return
        name = dialogs.ask_text(
            self.editor,
            self.tr("Save as template"),
            self.tr(
                "&Name of the template (kind, cadence, areas, sections, clauses and house "
                "style are kept; parties and dates are not):"
            ),
            stored.short_title or stored.title,
        )
        if name is None:
            return
        from bibagreements.services.templates import save_as_template

        agreement_id = stored.id
        self.editor.ctx.op(
            self,
            lambda uow: save_as_template(uow, agreement_id, name),
            self._saved,
        )

    def _saved(self, template: AgreementTemplate) -> None:
        label = self.editor.ui.problemsLabel
        label.setStyleSheet("")
        label.setText(self.tr("Saved as the template “{0}”.").format(template.name))
