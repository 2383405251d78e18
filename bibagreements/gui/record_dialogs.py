"""Edit dialogs for one organisation or one person, with validation as you type."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from bibagreements.domain.enums import OrganisationKind
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Organisation, Person
from bibagreements.domain.validation import organisation_problems, person_problems
from bibagreements.gui.collation import collated
from bibagreements.gui.context import AppContext
from bibagreements.gui.generated.ui_organisation_dialog import Ui_OrganisationDialog
from bibagreements.gui.generated.ui_person_dialog import Ui_PersonDialog
from bibagreements.gui.labels import organisation_kind_label
from bibagreements.gui.operations import Change
from bibagreements.gui.problems import human

if TYPE_CHECKING:
    from bibagreements.gui.widgets import SearchCombo
    from bibagreements.services.database import UnitOfWork

ERROR_STYLE = "color: #b3261e;"


def show_problem(label: QLabel, problems: list[Problem], others: Sequence[Problem] = ()) -> None:
    """Put the problems for one field next to it (hidden when there are none).

    ``others``: problems of fields that have no label, shown here with their field's name.
    """
    texts = [human(p, with_field=False) for p in problems] + [human(p) for p in others]
    label.setStyleSheet(ERROR_STYLE)
    label.setText("\n".join("⚠ " + text for text in texts))
    label.setVisible(bool(texts))


def problems_for(problems: list[Problem], *fields: str) -> list[Problem]:
    return [p for p in problems if p.field in fields]


class RecordDialog(QDialog):
    """What the organisation and person dialogs share: checks as you type, saving, usage.

    Subclasses give ``record`` (the record as the form shows it), ``problems``,
    ``error_labels`` (the label next to each checked field) and ``save_job``.
    """

    saved = Signal(object)  # the saved record
    save_job: Callable[[UnitOfWork, Any], Any]  # run in the worker

    def __init__(self, ctx: AppContext, ui: Any, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui
        ui.setupUi(self)
        ui.usageLabel.setVisible(False)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def record(self) -> Any:
        raise NotImplementedError

    def problems(self) -> list[Problem]:
        raise NotImplementedError

    def error_labels(self) -> dict[str, QLabel]:
        raise NotImplementedError

    def _unchosen(self, combo: SearchCombo, field: str) -> list[Problem]:
        """A problem when the text typed in ``combo`` names no organisation in its list."""
        typed = combo.currentText().strip()
        if typed and combo.current_id() is None and typed != self.tr("(none)"):
            return [Problem("choose_organisation", field)]
        return []

    def _load_usage(self, count_job: Callable[[UnitOfWork], int]) -> None:
        def show(count: int) -> None:
            self.ui.usageLabel.setText(self.tr("Used in %n agreement(s).", "", count))
            self.ui.usageLabel.setVisible(True)

        self.ctx.op(self, count_job, show)

    def validate(self) -> bool:
        problems = self.problems()
        labels = self.error_labels()
        # A title, a phone number or an address has no label of its own: the first one tells.
        unlabelled = [p for p in problems if p.field not in labels]
        for i, (field, label) in enumerate(labels.items()):
            show_problem(label, problems_for(problems, field), unlabelled if i == 0 else [])
        self.save_button.setEnabled(not problems)
        return not problems

    def save(self) -> None:
        if not self.validate():
            return
        job = type(self).save_job  # a plain function: the worker touches no widget
        record = self.record()
        self.save_button.setEnabled(False)
        self.ctx.op(
            self,
            lambda uow: job(uow, record),
            self._saved,
            self._failed,
            changes=Change.REGISTERS,
        )

    def _saved(self, record: object) -> None:
        self.saved.emit(record)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.ctx.errors.present(exc, self)


class OrganisationDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        organisations: list[Organisation],
        organisation: Organisation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, Ui_OrganisationDialog(), parent)
        self.original = organisation or Organisation("")
        self.setWindowTitle(
            self.tr("New organisation") if organisation is None else self.original.name
        )
        for kind in OrganisationKind:
            self.ui.kindCombo.addItem(organisation_kind_label(kind), kind.value)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(self.original.kind.value))
        others = collated(
            (o for o in organisations if o.id is not None and o.id != self.original.id),
            key=lambda o: o.name,
        )
        self.ui.parentCombo.set_items(
            [(self.tr("(none)"), None)] + [(o.name, o.id) for o in others], self.original.parent_id
        )
        self.ui.nameEdit.setText(self.original.name)
        self.ui.numberEdit.setText(self.original.org_number or "")
        self.ui.addressEdit.setPlainText(self.original.address)
        for edit in (self.ui.nameEdit, self.ui.numberEdit):
            edit.textChanged.connect(self.validate)
        self.ui.addressEdit.textChanged.connect(self.validate)
        self.ui.parentCombo.editTextChanged.connect(self.validate)
        self.validate()
        if organisation is not None and organisation.id is not None:
            from bibagreements.services.organisations import organisation_usage

            organisation_id = organisation.id
            self._load_usage(lambda uow: organisation_usage(uow, organisation_id))

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

    def problems(self) -> list[Problem]:
        return organisation_problems(self.record()) + self._unchosen(self.ui.parentCombo, "parent")

    def error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {"name": ui.nameError, "org_number": ui.numberError, "parent": ui.parentError}

    @staticmethod
    def save_job(uow: UnitOfWork, record: Organisation) -> Organisation:
        from bibagreements.services.organisations import save_organisation

        return save_organisation(uow, record)


class PersonDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        organisations: list[Organisation],
        person: Person | None = None,
        organisation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, Ui_PersonDialog(), parent)
        self.original = person or Person("", organisation_id=organisation_id)
        self.setWindowTitle(self.tr("New person") if person is None else self.original.name)
        ordered = collated((o for o in organisations if o.id is not None), key=lambda o: o.name)
        self.ui.organisationCombo.set_items(
            [(self.tr("(none)"), None)] + [(o.name, o.id) for o in ordered],
            self.original.organisation_id,
        )
        self.ui.nameEdit.setText(self.original.name)
        self.ui.titleEdit.setText(self.original.title)
        self.ui.emailEdit.setText(self.original.email)
        self.ui.phoneEdit.setText(self.original.phone)
        ui = self.ui
        for edit in (ui.nameEdit, ui.titleEdit, ui.emailEdit, ui.phoneEdit):
            edit.textChanged.connect(self.validate)
        self.ui.organisationCombo.editTextChanged.connect(self.validate)
        self.validate()
        if person is not None and person.id is not None:
            from bibagreements.services.personal_data import person_usage

            person_id = person.id
            self._load_usage(lambda uow: person_usage(uow, person_id))

    def record(self) -> Person:
        return replace(
            self.original,
            name=self.ui.nameEdit.text().strip(),
            title=self.ui.titleEdit.text().strip(),
            email=self.ui.emailEdit.text().strip(),
            phone=self.ui.phoneEdit.text().strip(),
            organisation_id=self.ui.organisationCombo.current_id(),
        )

    def problems(self) -> list[Problem]:
        combo = self.ui.organisationCombo
        return person_problems(self.record()) + self._unchosen(combo, "organisation")

    def error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {"name": ui.nameError, "email": ui.emailError, "organisation": ui.organisationError}

    @staticmethod
    def save_job(uow: UnitOfWork, record: Person) -> Person:
        from bibagreements.services.organisations import save_person

        return save_person(uow, record)
