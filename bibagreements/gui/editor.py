"""The agreement editor: every field of an agreement, validated as you type."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidgetItem, QWidget

from bibagreements.domain.enums import AgreementKind, AgreementStatus, Cadence, Language
from bibagreements.domain.records import (
    Agreement,
    AgreementSummary,
    Area,
    GoverningDocument,
    Organisation,
    Person,
    ProjectDetails,
    Section,
)
from bibagreements.domain.validation import (
    SIGNED_STATUSES,
    STATUS_TRANSITIONS,
    agreement_problems,
    signed_content,
    transition_problem,
)
from bibagreements.errors import ConflictError
from bibagreements.gui import dialogs
from bibagreements.gui.alive import while_alive
from bibagreements.gui.context import AppContext
from bibagreements.gui.generated.ui_agreement_editor import Ui_AgreementEditor
from bibagreements.gui.labels import cadence_label, kind_label, language_label, status_label
from bibagreements.gui.parties import PartyDraft
from bibagreements.gui.problems import human, split
from bibagreements.gui.record_dialogs import ERROR_STYLE, OrganisationDialog, PersonDialog
from bibagreements.gui.widgets import TitledItem

if TYPE_CHECKING:
    from bibagreements.services.schedule import SchedulePreview
    from bibagreements.storage.database import UnitOfWork


@dataclass(frozen=True)
class EditorData:
    """Everything the editor shows, read in one unit of work before it opens."""

    agreement: Agreement | None
    organisations: list[Organisation]
    people: list[Person]
    parents: list[AgreementSummary]


def load_editor_data(uow: UnitOfWork, agreement_id: int | None) -> EditorData:
    from bibagreements.services.agreements import get_agreement, list_agreements
    from bibagreements.services.organisations import list_organisations, list_people

    agreement = get_agreement(uow, agreement_id) if agreement_id is not None else None
    parents = [
        s
        for s in list_agreements(uow)
        if s.kind is not AgreementKind.PROJECT and s.id != agreement_id
    ]
    return EditorData(agreement, list_organisations(uow), list_people(uow), parents)


def _year(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def _parse_amount(text: str) -> Decimal | None:
    cleaned = text.replace(" ", "").replace("\u00a0", "").replace(",", ".").removesuffix("kr")
    return Decimal(cleaned) if cleaned else None


DOC_COLUMNS = 6
# The user's own organisation, proposed in a new agreement but not yet in the register.
PENDING_OWN_ID = -1


def _save_job(uow: UnitOfWork, agreement: Agreement) -> tuple[Agreement, Organisation | None]:
    """Save the agreement; first create the proposed own organisation if it is a party."""
    from bibagreements.services.agreements import save_agreement
    from bibagreements.services.organisations import save_organisation

    created: Organisation | None = None
    pending = [p for p in agreement.parties if p.organisation_id == PENDING_OWN_ID]
    if pending and pending[0].organisation is not None:
        proposed = pending[0].organisation
        created = save_organisation(uow, replace(proposed, id=None))
        assert created.id is not None
        parties = tuple(
            replace(p, organisation_id=created.id, organisation=created)
            if p.organisation_id == PENDING_OWN_ID
            else p
            for p in agreement.parties
        )
        agreement = replace(agreement, parties=parties)
    return save_agreement(uow, agreement), created


class AgreementEditor(QDialog):
    saved = Signal(object)  # Agreement
    # Check-ins, documents or signed copies changed in the database (not the form).
    data_changed = Signal()
    # "Save" was answered on closing, but the save did not happen: the close is off.
    close_abandoned = Signal()

    def __init__(
        self,
        ctx: AppContext,
        data: EditorData,
        parent: QWidget | None = None,
        own_organisation_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_AgreementEditor()
        ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.organisations = list(data.organisations)
        self.people = list(data.people)
        self.parents = data.parents
        self.stored = data.agreement
        self._saving = False
        self._close_after_save = False
        self._tab_titles = [ui.tabs.tabText(i) for i in range(ui.tabs.count())]
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.close_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)

        for kind in AgreementKind:
            ui.kindCombo.addItem(kind_label(kind), kind.value)
        for language in Language:
            ui.languageCombo.addItem(language_label(language), language.value)
        for cadence in Cadence:
            ui.cadenceCombo.addItem(cadence_label(cadence), cadence.value)
        ui.parentCombo.set_items(
            [(self.tr("(none)"), None)] + [(p.title, p.id) for p in self.parents], None
        )
        ui.areasEditor.set_labels(self.tr("Title:"), self.tr("Description:"), self.tr("New area"))
        ui.sectionsEditor.set_labels(self.tr("Heading:"), self.tr("Text:"), self.tr("New section"))
        ui.documentsTable.horizontalHeader().setStretchLastSection(True)
        ui.documentsTable.setColumnWidth(0, 260)
        ui.partiesEditor.set_catalogue(self.organisations, self.people)
        self._panels = (ui.checkinsPanel, ui.documentsPanel, ui.signedCopiesPanel)
        for panel in self._panels:
            panel.bind(ctx)

        self._error_labels: list[QLabel] = [
            ui.titleError,
            ui.parentError,
            ui.statusError,
            ui.periodError,
            ui.documentsError,
            ui.areasError,
            ui.sectionsError,
            ui.projectError,
            ui.partiesError,
        ]
        for label in self._error_labels:
            label.setStyleSheet(ERROR_STYLE)
            label.setVisible(False)

        if data.agreement is not None:
            self.load(data.agreement)
        else:
            self.load_new(own_organisation_id)
        self._connect()
        self._baseline = self.collect()[0]
        self.refresh()

    # -- loading -----------------------------------------------------------------------

    def _fill_status(self, current: AgreementStatus, stored: AgreementStatus | None) -> None:
        allowed = (
            list(AgreementStatus)
            if stored is None
            else [s for s in AgreementStatus if s is stored or s in STATUS_TRANSITIONS[stored]]
        )
        combo = self.ui.statusCombo
        combo.blockSignals(True)
        combo.clear()
        for status in allowed:
            combo.addItem(status_label(status), status.value)
        combo.setCurrentIndex(combo.findData(current.value))
        combo.blockSignals(False)

    def load_new(self, own_organisation_id: int | None) -> None:
        self.setWindowTitle(self.tr("New agreement"))
        self._set_combo(self.ui.kindCombo, AgreementKind.COOPERATION.value)
        self._set_combo(self.ui.languageCombo, Language.SV.value)
        self._set_combo(self.ui.cadenceCombo, Cadence.HALF_YEARLY.value)
        self._fill_status(AgreementStatus.DRAFT, None)
        drafts = [PartyDraft(own_organisation_id)] if own_organisation_id is not None else []
        self.ui.partiesEditor.set_parties(drafts)
        self.ui.predecessorLabel.setVisible(False)
        self.ui.predecessorValue.setVisible(False)
        self._kind_changed()

    def load(self, a: Agreement) -> None:
        ui = self.ui
        self.stored = a
        self.setWindowTitle(a.title)
        ui.titleEdit.setText(a.title)
        self._set_combo(ui.kindCombo, a.kind.value)
        ui.parentCombo.set_items(
            [(self.tr("(none)"), None)] + [(p.title, p.id) for p in self.parents], a.parent_id
        )
        self._fill_status(a.status, a.status)
        ui.startEdit.set_value(a.start)
        ui.endEdit.set_value(a.end)
        self._set_combo(ui.languageCombo, a.language.value)
        ui.programmeEdit.setText(a.programme)
        self._set_combo(ui.cadenceCombo, a.cadence.value)
        has_predecessor = a.predecessor_id is not None
        ui.predecessorLabel.setVisible(has_predecessor)
        ui.predecessorValue.setVisible(has_predecessor)
        ui.predecessorValue.setText(a.predecessor_title or "")
        ui.purposeEdit.setPlainText(a.purpose)
        ui.backgroundEdit.setPlainText(a.background)
        table = ui.documentsTable
        table.setRowCount(len(a.governing_documents))
        for row, doc in enumerate(a.governing_documents):
            values = (
                doc.title,
                doc.owner,
                str(doc.period_start_year or ""),
                str(doc.period_end_year or ""),
                doc.adopted_on.isoformat() if doc.adopted_on else "",
                doc.adopted_by,
            )
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        ui.areasEditor.set_items([TitledItem(x.title, x.description, x.id) for x in a.areas])
        ui.sectionsEditor.set_items([TitledItem(s.heading, s.text) for s in a.sections])
        project = a.project or ProjectDetails()
        ui.goalsEdit.setPlainText(project.goals)
        ui.fundingEdit.setText(_format_amount(project.funding_sek))
        ui.funderEdit.setText(project.funder)
        ui.implementationEdit.setPlainText(project.implementation)
        ui.partiesEditor.set_parties([PartyDraft.of(p) for p in a.parties])
        self._kind_changed()

    @staticmethod
    def _set_combo(combo: object, value: str) -> None:
        combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]

    def _connect(self) -> None:
        ui = self.ui
        for edit in (ui.titleEdit, ui.programmeEdit, ui.fundingEdit, ui.funderEdit):
            edit.textChanged.connect(self.refresh)
        for text in (ui.purposeEdit, ui.backgroundEdit, ui.goalsEdit, ui.implementationEdit):
            text.textChanged.connect(self.refresh)
        for combo in (ui.statusCombo, ui.languageCombo, ui.cadenceCombo):
            combo.currentIndexChanged.connect(self.refresh)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.parentCombo.editTextChanged.connect(self.refresh)
        ui.parentCombo.currentIndexChanged.connect(self.refresh)
        ui.startEdit.dateChanged.connect(self.refresh)
        ui.endEdit.dateChanged.connect(self.refresh)
        ui.documentsTable.itemChanged.connect(self.refresh)
        ui.areasEditor.changed.connect(self.refresh)
        ui.sectionsEditor.changed.connect(self.refresh)
        ui.partiesEditor.changed.connect(self.refresh)
        ui.addDocumentButton.clicked.connect(self.add_document)
        ui.removeDocumentButton.clicked.connect(self.remove_document)
        ui.partiesEditor.new_organisation_requested.connect(self.new_organisation)
        ui.partiesEditor.new_person_requested.connect(self.new_person)
        ui.checkinsPanel.changed.connect(self.data_changed)
        ui.documentsPanel.generated.connect(lambda _r: self.data_changed.emit())
        ui.signedCopiesPanel.attached.connect(self._signed_copy_attached)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)

    def _kind_changed(self, *_args: object) -> None:
        is_project = self.ui.kindCombo.currentData() == AgreementKind.PROJECT.value
        self.ui.parentLabel.setVisible(is_project)
        self.ui.parentCombo.setVisible(is_project)
        self.ui.tabs.setTabVisible(self.ui.tabs.indexOf(self.ui.projectTab), is_project)
        if hasattr(self, "_baseline"):
            self.refresh()

    # -- governing documents -----------------------------------------------------------

    def add_document(self) -> None:
        table = self.ui.documentsTable
        row = table.rowCount()
        table.insertRow(row)
        for column in range(DOC_COLUMNS):
            table.setItem(row, column, QTableWidgetItem(""))
        table.setCurrentCell(row, 0)
        table.setFocus()
        self.refresh()

    def remove_document(self) -> None:
        table = self.ui.documentsTable
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())
            self.refresh()

    def _documents(self) -> tuple[list[GoverningDocument], list[str]]:
        table = self.ui.documentsTable
        documents: list[GoverningDocument] = []
        problems: list[str] = []
        for row in range(table.rowCount()):
            cells = [
                (table.item(row, c).text().strip() if table.item(row, c) else "")
                for c in range(DOC_COLUMNS)
            ]
            if not any(cells):
                continue
            i = len(documents)
            for text in (cells[2], cells[3]):
                if text and not text.isdigit():
                    problems.append(f"governing_documents[{i}].period: years have four digits")
            adopted: date | None = None
            if cells[4]:
                try:
                    adopted = date.fromisoformat(cells[4])
                except ValueError:
                    problems.append(
                        f"governing_documents[{i}].adopted_on: "
                        + self.tr("write the date as YYYY-MM-DD")
                    )
            documents.append(
                GoverningDocument(
                    cells[0], cells[1], _year(cells[2]), _year(cells[3]), adopted, cells[5]
                )
            )
        return documents, problems

    # -- collecting and validating -----------------------------------------------------

    def collect(self) -> tuple[Agreement, list[str]]:
        """The agreement as the widgets show it, and problems only the form can see."""
        ui = self.ui
        problems: list[str] = []
        kind = AgreementKind(ui.kindCombo.currentData())
        is_project = kind is AgreementKind.PROJECT
        project = None
        if is_project:
            try:
                funding = _parse_amount(ui.fundingEdit.text())
            except InvalidOperation:
                funding = None
                problems.append("project.funding_sek: " + self.tr("write an amount in kronor"))
            project = ProjectDetails(
                ui.goalsEdit.toPlainText(),
                funding,
                ui.funderEdit.text().strip(),
                ui.implementationEdit.toPlainText(),
            )
        documents, doc_problems = self._documents()
        problems += doc_problems
        problems += ui.partiesEditor.problems()
        parent_id = ui.parentCombo.current_id() if is_project else None
        base = self.stored or Agreement(title="")
        agreement = replace(
            base,
            title=ui.titleEdit.text().strip(),
            kind=kind,
            status=AgreementStatus(ui.statusCombo.currentData()),
            language=Language(ui.languageCombo.currentData()),
            start=ui.startEdit.value(),
            end=ui.endEdit.value(),
            programme=ui.programmeEdit.text().strip(),
            purpose=ui.purposeEdit.toPlainText(),
            background=ui.backgroundEdit.toPlainText(),
            cadence=Cadence(ui.cadenceCombo.currentData()),
            parent_id=parent_id,
            governing_documents=tuple(documents),
            areas=tuple(Area(x.title, x.text, x.key) for x in ui.areasEditor.items()),
            sections=tuple(Section(x.title, x.text) for x in ui.sectionsEditor.items()),
            parties=tuple(ui.partiesEditor.parties()),
            project=project,
        )
        return agreement, problems

    def problems(self) -> list[str]:
        agreement, problems = self.collect()
        problems = problems + agreement_problems(agreement)
        if self.stored is not None:
            problem = transition_problem(self.stored.status, agreement.status)
            if problem:
                problems.append(problem)
            if self.stored.status in SIGNED_STATUSES and signed_content(
                self.stored
            ) != signed_content(agreement):
                problems.append("status: signed content cannot change")
        return problems

    @property
    def dirty(self) -> bool:
        return self.collect()[0] != self._baseline

    def refresh(self, *_args: object) -> None:
        """Show every problem next to its field; Save only while there are none."""
        ui = self.ui
        problems = self.problems()
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(split(problem)[0], []).append(problem)
        places = {
            ui.titleError: ("title",),
            ui.parentError: ("parent",),
            ui.statusError: ("status",),
            ui.periodError: ("period", "links"),
            ui.documentsError: ("governing_documents",),
            ui.areasError: ("areas",),
            ui.sectionsError: ("sections",),
            ui.projectError: ("project",),
            ui.partiesError: ("parties",),
        }
        shown: set[str] = set()
        for label, fields in places.items():
            mine = [p for f in fields for p in by_field.get(f, [])]
            shown.update(fields)
            label.setText("\n".join("⚠ " + human(p, with_field=False) for p in mine))
            label.setVisible(bool(mine))
        tabs_with_problems = {
            ui.tabs.indexOf(label.parentWidget()) for label in places if not label.isHidden()
        }
        for i, title in enumerate(self._tab_titles):
            ui.tabs.setTabText(i, f"{title} ⚠" if i in tabs_with_problems else title)
        leftovers = [p for p in problems if split(p)[0] not in shown]
        dirty = self.dirty
        if problems:
            summary = self.tr("Cannot save yet: {0}").format(human(problems[0]))
            if len(problems) > 1:
                summary += " " + self.tr("(and {0} more, marked ⚠)").format(len(problems) - 1)
            ui.problemsLabel.setStyleSheet(ERROR_STYLE)
            ui.problemsLabel.setText(summary)
            for extra in leftovers:
                ui.problemsLabel.setText(ui.problemsLabel.text() + "\n⚠ " + human(extra))
        else:
            ui.problemsLabel.setStyleSheet("")
            ui.problemsLabel.setText(self.tr("Unsaved changes.") if dirty else "")
        self.save_button.setEnabled(not problems and dirty and not self._saving)
        self.save_button.setToolTip(human(problems[0]) if problems else "")
        title = self.stored.title if self.stored else self.tr("New agreement")
        self.setWindowTitle(("* " if dirty else "") + title)
        for panel in self._panels:
            panel.set_agreement(self.stored, dirty)

    # -- saving and closing --------------------------------------------------------------

    def save(self) -> None:
        if self._saving or self.problems():
            return
        agreement = self.collect()[0]
        self._saving = True
        self.save_button.setEnabled(False)
        stored = self.stored
        replans = stored is not None and _schedule(agreement) != _schedule(stored)
        if stored is not None and stored.id is not None and replans:
            # A new period or cadence re-plans the check-ins: say what changes first.
            from bibagreements.services.schedule import preview_schedule

            agreement_id = stored.id
            self.ctx.call(
                lambda uow: preview_schedule(uow, agreement_id, *_schedule(agreement)),
                while_alive(self, lambda preview: self._schedule_previewed(agreement, preview)),
                while_alive(self, self._save_failed, self.ctx.errors.present),
            )
            return
        self._save_now(agreement)

    def _schedule_previewed(self, agreement: Agreement, preview: SchedulePreview) -> None:
        from bibagreements.gui.checkins_tab import describe_preview

        if not preview.is_noop and not dialogs.confirm(
            self,
            self.tr("The check-ins will change"),
            self.tr("The new period or cadence re-plans the check-ins:")
            + "\n"
            + describe_preview(preview),
            self.tr("Save"),
        ):
            self._saving = False
            self._abandon_close()
            self.refresh()
            return
        self._save_now(agreement)

    def _save_now(self, agreement: Agreement) -> None:
        self._saving = True
        self.ui.problemsLabel.setText(self.tr("Saving…"))
        self.ctx.call(
            lambda uow: _save_job(uow, agreement),
            while_alive(self, self._saved_with_organisation),
            while_alive(self, self._save_failed, self.ctx.errors.present),
        )

    def _saved_with_organisation(self, result: tuple[Agreement, Organisation | None]) -> None:
        agreement, created = result
        if created is not None:
            self.organisations = [o for o in self.organisations if o.id != PENDING_OWN_ID] + [
                created
            ]
            self.ui.partiesEditor.set_catalogue(self.organisations, self.people)
        self._saved(agreement)

    def _saved(self, agreement: Agreement) -> None:
        self._saving = False
        self.load(agreement)
        self._baseline = self.collect()[0]
        self.refresh()
        self.ui.problemsLabel.setText(self.tr("Saved."))
        self.saved.emit(agreement)
        if self._close_after_save:
            self.done(QDialog.DialogCode.Accepted)

    @property
    def saving(self) -> bool:
        return self._saving

    def reload_from_database(self) -> None:
        """The registers changed: show the stored agreement again unless there are edits."""
        agreement_id = self.stored.id if self.stored is not None else None
        self.ctx.call(
            lambda uow: load_editor_data(uow, agreement_id),
            while_alive(self, self._data_reloaded),
        )

    def _data_reloaded(self, data: EditorData) -> None:
        if self._saving:
            return
        dirty = self.dirty
        pending = [o for o in self.organisations if o.id == PENDING_OWN_ID]
        self.organisations = list(data.organisations) + pending
        self.people = list(data.people)
        self.parents = data.parents
        if dirty or data.agreement is None:
            # Unsaved edits stay; only the lists of organisations and people are new.
            self.ui.partiesEditor.set_catalogue(self.organisations, self.people)
            self.refresh()
            return
        self.ui.partiesEditor.set_catalogue(self.organisations, self.people)
        self.load(data.agreement)
        self._baseline = self.collect()[0]
        self.refresh()

    @property
    def closing_after_save(self) -> bool:
        """Saving because "Save" was answered on closing: the editor closes when saved."""
        return self._close_after_save

    def _abandon_close(self) -> None:
        if self._close_after_save:
            self._close_after_save = False
            self.close_abandoned.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._abandon_close()
        self.refresh()
        if isinstance(exc, ConflictError):
            self.ui.problemsLabel.setStyleSheet(ERROR_STYLE)
            self.ui.problemsLabel.setText(
                self.tr(
                    "Not saved: someone else saved a newer version of this agreement. "
                    "Your changes are still here; copy what you need, close, and open "
                    "the agreement again."
                )
            )
        self.ctx.errors.present(exc, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close():
            self._confirmed_close = True
            super().closeEvent(event)  # rejects, so "finished" tells the main window
        else:
            event.ignore()

    def reject(self) -> None:  # Escape, the Close button, the window's close box
        if getattr(self, "_confirmed_close", False) or self._may_close():
            super().reject()

    def _may_close(self) -> bool:
        if self._saving:
            return False
        if not self.dirty:
            return True
        title = self.collect()[0].title or self.tr("New agreement")
        answer = dialogs.ask_unsaved(self, title)
        if answer is dialogs.Unsaved.DISCARD:
            return True
        if answer is dialogs.Unsaved.SAVE:
            if self.problems():
                self.refresh()
                return False
            self._close_after_save = True
            self.save()
        return False

    def _signed_copy_attached(self, _result: object) -> None:
        """Attaching changes the agreement (signing dates, status): show the stored one."""
        if self.stored is None or self.stored.id is None:
            return
        from bibagreements.services.agreements import get_agreement

        agreement_id = self.stored.id
        self.ctx.call(
            lambda uow: get_agreement(uow, agreement_id), while_alive(self, self._reloaded)
        )

    def _reloaded(self, agreement: Agreement) -> None:
        if not self.dirty:  # attaching is refused while there are unsaved changes
            self.load(agreement)
            self._baseline = self.collect()[0]
            self.refresh()
        self.saved.emit(agreement)

    # -- new organisation / person from the parties tab ------------------------------------

    def _registered(self) -> list[Organisation]:
        """The organisations in the register (not the proposed own one)."""
        return [o for o in self.organisations if o.id != PENDING_OWN_ID]

    def new_organisation(self) -> None:
        dialog = OrganisationDialog(self.ctx, self._registered(), None, self)
        dialog.saved.connect(self._organisation_added)
        dialog.open()

    def _organisation_added(self, organisation: Organisation) -> None:
        self.organisations.append(organisation)
        editor = self.ui.partiesEditor
        editor.set_catalogue(self.organisations, self.people)
        if organisation.id is not None:
            editor.select_organisation(organisation.id)

    def new_person(self, organisation_id: int, role: str) -> None:
        dialog = PersonDialog(self.ctx, self._registered(), None, organisation_id, self)
        dialog.saved.connect(lambda person: self._person_added(person, role))
        dialog.open()

    def _person_added(self, person: Person, role: str) -> None:
        self.people.append(person)
        editor = self.ui.partiesEditor
        editor.set_catalogue(self.organisations, self.people)
        if person.id is not None:
            editor.select_person(person.id, role)


def _schedule(a: Agreement) -> tuple[date | None, date | None, Cadence]:
    return a.start, a.end, a.cadence


def _format_amount(value: Decimal | None) -> str:
    if value is None:
        return ""
    whole = value == value.to_integral_value()
    text = f"{int(value):,}" if whole else f"{value:,.2f}"
    return text.replace(",", " ")
