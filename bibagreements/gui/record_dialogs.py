"""Edit dialogs for one organisation or one person, with validation as you type."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from bibagreements.domain.enums import OrganisationKind
from bibagreements.domain.records import Organisation, Person
from bibagreements.domain.validation import organisation_problems, person_problems
from bibagreements.gui.alive import while_alive
from bibagreements.gui.context import AppContext
from bibagreements.gui.generated.ui_organisation_dialog import Ui_OrganisationDialog
from bibagreements.gui.generated.ui_person_dialog import Ui_PersonDialog
from bibagreements.gui.labels import organisation_kind_label
from bibagreements.gui.problems import human, split

ERROR_STYLE = "color: #b3261e;"


def show_problem(label: QLabel, problems: list[str]) -> None:
    """Put the problems for one field next to it (hidden when there are none)."""
    label.setStyleSheet(ERROR_STYLE)
    label.setText("\n".join("⚠ " + human(p, with_field=False) for p in problems))
    label.setVisible(bool(problems))


def problems_for(problems: list[str], *fields: str) -> list[str]:
    return [p for p in problems if split(p)[0] in fields]


class OrganisationDialog(QDialog):
    saved = Signal(object)  # Organisation

    def __init__(
        self,
        ctx: AppContext,
        organisations: list[Organisation],
        organisation: Organisation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_OrganisationDialog()
        self.ui.setupUi(self)
        self.original = organisation or Organisation("")
        self.setWindowTitle(
            self.tr("New organisation") if organisation is None else self.original.name
        )
        for kind in OrganisationKind:
            self.ui.kindCombo.addItem(organisation_kind_label(kind), kind.value)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(self.original.kind.value))
        others = sorted(
            (o for o in organisations if o.id is not None and o.id != self.original.id),
            key=lambda o: o.name.casefold(),
        )
        self.ui.parentCombo.set_items(
            [(self.tr("(none)"), None)] + [(o.name, o.id) for o in others], self.original.parent_id
        )
        self.ui.nameEdit.setText(self.original.name)
        self.ui.numberEdit.setText(self.original.org_number or "")
        self.ui.addressEdit.setPlainText(self.original.address)
        self.ui.usageLabel.setVisible(False)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        for edit in (self.ui.nameEdit, self.ui.numberEdit):
            edit.textChanged.connect(self.validate)
        self.ui.parentCombo.editTextChanged.connect(self.validate)
        self.validate()
        if organisation is not None and organisation.id is not None:
            self._load_usage(organisation.id)

    def _load_usage(self, organisation_id: int) -> None:
        from bibagreements.services.organisations import organisation_usage

        def show(count: int) -> None:
            self.ui.usageLabel.setText(self.tr("Used in {0} agreement(s).").format(count))
            self.ui.usageLabel.setVisible(True)

        self.ctx.call(lambda uow: organisation_usage(uow, organisation_id), while_alive(self, show))

    def record(self) -> Organisation:
        number = self.ui.numberEdit.text().strip()
        return replace(
            self.original,
            name=self.ui.nameEdit.text().strip(),
            kind=OrganisationKind(self.ui.kindCombo.currentData()),
            org_number=number or None,
            parent_id=self.ui.parentCombo.current_id(),
            address=self.ui.addressEdit.toPlainText().strip(),
        )

    def problems(self) -> list[str]:
        problems = organisation_problems(self.record())
        typed = self.ui.parentCombo.currentText().strip()
        if typed and self.ui.parentCombo.current_id() is None and typed != self.tr("(none)"):
            problems.append("parent: " + self.tr("choose an organisation from the list"))
        return problems

    def validate(self) -> bool:
        problems = self.problems()
        show_problem(self.ui.nameError, problems_for(problems, "name"))
        show_problem(self.ui.numberError, problems_for(problems, "org_number"))
        show_problem(self.ui.parentError, problems_for(problems, "parent"))
        self.save_button.setEnabled(not problems)
        return not problems

    def save(self) -> None:
        if not self.validate():
            return
        from bibagreements.services.organisations import save_organisation

        record = self.record()
        self.save_button.setEnabled(False)
        self.ctx.call(
            lambda uow: save_organisation(uow, record),
            while_alive(self, self._saved),
            while_alive(self, self._failed, self.ctx.errors.present),
        )

    def _saved(self, organisation: Organisation) -> None:
        self.saved.emit(organisation)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.ctx.errors.present(exc, self)


class PersonDialog(QDialog):
    saved = Signal(object)  # Person

    def __init__(
        self,
        ctx: AppContext,
        organisations: list[Organisation],
        person: Person | None = None,
        organisation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.original = person or Person("", organisation_id=organisation_id)
        self.setWindowTitle(self.tr("New person") if person is None else self.original.name)
        ordered = sorted(
            (o for o in organisations if o.id is not None), key=lambda o: o.name.casefold()
        )
        self.ui.organisationCombo.set_items(
            [(self.tr("(none)"), None)] + [(o.name, o.id) for o in ordered],
            self.original.organisation_id,
        )
        self.ui.nameEdit.setText(self.original.name)
        self.ui.titleEdit.setText(self.original.title)
        self.ui.emailEdit.setText(self.original.email)
        self.ui.phoneEdit.setText(self.original.phone)
        self.ui.usageLabel.setVisible(False)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        for edit in (self.ui.nameEdit, self.ui.emailEdit):
            edit.textChanged.connect(self.validate)
        self.ui.organisationCombo.editTextChanged.connect(self.validate)
        self.validate()
        if person is not None and person.id is not None:
            self._load_usage(person.id)

    def _load_usage(self, person_id: int) -> None:
        from bibagreements.services.personal_data import person_usage

        def show(count: int) -> None:
            self.ui.usageLabel.setText(self.tr("Used in {0} agreement(s).").format(count))
            self.ui.usageLabel.setVisible(True)

        self.ctx.call(lambda uow: person_usage(uow, person_id), while_alive(self, show))

    def record(self) -> Person:
        return replace(
            self.original,
            name=self.ui.nameEdit.text().strip(),
            title=self.ui.titleEdit.text().strip(),
            email=self.ui.emailEdit.text().strip(),
            phone=self.ui.phoneEdit.text().strip(),
            organisation_id=self.ui.organisationCombo.current_id(),
        )

    def problems(self) -> list[str]:
        problems = person_problems(self.record())
        typed = self.ui.organisationCombo.currentText().strip()
        if typed and self.ui.organisationCombo.current_id() is None and typed != self.tr("(none)"):
            problems.append("organisation: " + self.tr("choose an organisation from the list"))
        return problems

    def validate(self) -> bool:
        problems = self.problems()
        show_problem(self.ui.nameError, problems_for(problems, "name"))
        show_problem(self.ui.emailError, problems_for(problems, "email"))
        show_problem(self.ui.organisationError, problems_for(problems, "organisation"))
        self.save_button.setEnabled(not problems)
        return not problems

    def save(self) -> None:
        if not self.validate():
            return
        from bibagreements.services.organisations import save_person

        record = self.record()
        self.save_button.setEnabled(False)
        self.ctx.call(
            lambda uow: save_person(uow, record),
            while_alive(self, self._saved),
            while_alive(self, self._failed, self.ctx.errors.present),
        )

    def _saved(self, person: Person) -> None:
        self.saved.emit(person)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.ctx.errors.present(exc, self)
