"""File → New agreement from template: only what the template does not fix is asked for.

A template fixes the kind, language, cadence, areas, sections and clauses; the
dialog asks for the title, the parties (from the register, the user's own
organisation first) and the period, and creates the draft in one operation.
The dialog keeps ids only, never a session or an ORM object.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bibagreements.gui import dialogs
from bibagreements.gui.collation import collated
from bibagreements.gui.labels import cadence_label, kind_label, language_label, to_date
from bibagreements.gui.operations import Change, OpChanges
from bibagreements.gui.widgets import DateEdit

if TYPE_CHECKING:
    from bibagreements.domain.library import AgreementTemplate
    from bibagreements.domain.records import Agreement, Organisation
    from bibagreements.gui.context import AppContext
    from bibagreements.services.database import UnitOfWork

_ID = Qt.ItemDataRole.UserRole


class _Choices(NamedTuple):
    templates: list[tuple[AgreementTemplate, tuple[str, ...]]]  # with its placeholders
    organisations: list[Organisation]


def _choices(uow: UnitOfWork) -> _Choices:
    from bibagreements.services.organisations import list_organisations
    from bibagreements.services.templates import list_templates, placeholders_used

    templates = [(t, placeholders_used(t)) for t in list_templates(uow)]
    return _Choices(templates, list_organisations(uow))


def _next_month(today: date) -> date:
    moved: date = today + relativedelta(months=1)
    return moved.replace(day=1)


class NewFromTemplateDialog(QDialog):
    created = Signal(object)  # the new draft (Agreement)

    def __init__(self, ctx: AppContext, own_organisation: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._own = own_organisation.strip()
        self._templates: list[tuple[AgreementTemplate, tuple[str, ...]]] = []
        self.setWindowTitle(self.tr("New agreement from template"))
        self.template_combo = QComboBox(self)
        self.about_template = QLabel(self)
        self.about_template.setWordWrap(True)
        self.about_template.setTextFormat(Qt.TextFormat.PlainText)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(300)
        self.short_title_edit = QLineEdit(self)
        self.short_title_edit.setMaxLength(120)
        self.parties_list = QListWidget(self)
        self.parties_list.setToolTip(
            self.tr("Tick the parties; Space ticks the highlighted one. Two at least.")
        )
        start = _next_month(ctx.today())
        self.start_edit = DateEdit(self)
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        end: date = start + relativedelta(years=3, days=-1)
        self.end_edit = DateEdit(self)
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        self.fixed_note = QLabel(
            self.tr(
                "The template gives the kind, language, cadence of check-ins, areas of "
                "collaboration, sections and clauses; you can change them in the editor."
            ),
            self,
        )
        self.fixed_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template_combo)
        form.addRow("", self.about_template)
        form.addRow(self.tr("T&itle:"), self.title_edit)
        form.addRow(self.tr("&Short title:"), self.short_title_edit)
        form.addRow(self.tr("&Parties:"), self.parties_list)
        form.addRow(self.tr("St&art:"), self.start_edit)
        form.addRow(self.tr("&End:"), self.end_edit)
        for field in (self.template_combo, self.title_edit, self.short_title_edit):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        dialogs.name_buttons(self.buttons)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("C&reate draft"))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fixed_note)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.create_draft)
        self.buttons.rejected.connect(self.reject)
        self.template_combo.currentIndexChanged.connect(self._describe)
        self.resize(560, 520)
        ctx.op(self, _choices, self._loaded)

    def _loaded(self, choices: _Choices) -> None:
        self._templates = choices.templates
        self.template_combo.clear()
        for template, _used in choices.templates:
            self.template_combo.addItem(template.name, template.id)
        if not choices.templates:
            self.about_template.setText(
                self.tr(
                    "The register has no templates yet: open an agreement and choose "
                    "“Save as template” (or templates save on the command line)."
                )
            )
        own = [o for o in choices.organisations if o.name == self._own]
        others = collated((o for o in choices.organisations if o.name != self._own), _name)
        self.parties_list.clear()
        for organisation in own + others:
            item = QListWidgetItem(organisation.name, self.parties_list)
            item.setData(_ID, organisation.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if organisation in own else Qt.CheckState.Unchecked
            )
        self.ok_button.setEnabled(bool(choices.templates))

    def _describe(self, index: int) -> None:
        if not 0 <= index < len(self._templates):
            return
        template, used = self._templates[index]
        lines = [
            self.tr("Kind: {0}").format(kind_label(template.kind)),
            self.tr("Language: {0}").format(language_label(template.language)),
            self.tr("Check-ins: {0}").format(cadence_label(template.cadence)),
            self.tr("Sections: {0}; areas of collaboration: {1}.").format(
                len(template.sections), len(template.areas)
            ),
        ]
        if used:
            marked = ", ".join("{" + name + "}" for name in used)
            lines.append(self.tr("Facts it fills in: {0}.").format(marked))
        self.about_template.setText("\n".join(lines))

    def chosen_parties(self) -> list[int]:
        ids: list[int] = []
        for row in range(self.parties_list.count()):
            item = self.parties_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(_ID)))
        return ids

    def create_draft(self) -> None:
        index = self.template_combo.currentIndex()
        if not 0 <= index < len(self._templates):
            return
        template_id = self._templates[index][0].id
        assert template_id is not None
        title, short_title = self.title_edit.text().strip(), self.short_title_edit.text().strip()
        parties = self.chosen_parties()
        start, end = to_date(self.start_edit.date()), to_date(self.end_edit.date())

        def job(uow: UnitOfWork) -> Agreement:
            from bibagreements.services.templates import new_agreement_from_template

            return new_agreement_from_template(
                uow, template_id, title, parties, start, end, short_title=short_title
            )

        def changes(agreement: Agreement) -> OpChanges:
            ids = frozenset({agreement.id}) if agreement.id is not None else frozenset()
            return OpChanges(Change.AGREEMENTS | Change.CHECKINS, ids)

        self.ok_button.setEnabled(False)
        self.ctx.op(self, job, self._created, self._refused, changes=changes)

    def _created(self, agreement: Agreement) -> None:
        self.created.emit(agreement)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)  # what was typed stays; the message says what is wrong
        self.ctx.errors.present(exc, self)


def _name(organisation: Organisation) -> str:
    return organisation.name
