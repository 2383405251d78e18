"""The agreement editor: every field of an agreement, validated as you type."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import InvalidOperation

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from bibagreements.domain.enums import AgreementKind, AgreementStatus, Cadence, Language, NoticeRule
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import (
    Agreement,
    Area,
    GoverningDocument,
    Organisation,
    Person,
    ProjectDetails,
    RenewalTerms,
    Section,
)
from bibagreements.domain.validation import (
    SIGNED_STATUSES,
    STATUS_TRANSITIONS,
    agreement_problems,
    signed_content,
    transition_problem,
)
from bibagreements.gui.collation import collated
from bibagreements.gui.context import AppContext
from bibagreements.gui.editor_actions import EditorActions
from bibagreements.gui.editor_data import (
    PENDING_OWN_ID,
    EditorData,
    format_amount,
    load_editor_data,
    parse_amount,
    parse_year,
)
from bibagreements.gui.editor_library import EditorLibrary
from bibagreements.gui.editor_lock import (
    BANNER_STYLE,
    READ_ONLY_STYLE,
    banner_text,
    lock_signed_text,
)
from bibagreements.gui.editor_problems import changed_fields, is_touched
from bibagreements.gui.editor_saving import EditorSaver
from bibagreements.gui.editor_sections import DEFAULT_SIZE, SectionNavigator
from bibagreements.gui.generated.ui_agreement_editor import Ui_AgreementEditor
from bibagreements.gui.labels import (
    cadence_label,
    kind_label,
    language_label,
    notice_rule_label,
    relation_lines,
    state_label,
    status_label,
)
from bibagreements.gui.operations import Change, OpChanges
from bibagreements.gui.parties import PartyDraft
from bibagreements.gui.problems import human
from bibagreements.gui.record_dialogs import ERROR_STYLE, OrganisationDialog, PersonDialog
from bibagreements.gui.screen_fit import fitting_size
from bibagreements.gui.widgets import TitledItem, cell_text

FILLED = 1  # the key of a clause's section in the sections editor

# Kept importable from here: the main window and tests open editors through this module.
__all__ = ["DOC_COLUMNS", "PENDING_OWN_ID", "AgreementEditor", "EditorData", "load_editor_data"]

DOC_COLUMNS = 6


def _created(agreement: Agreement) -> OpChanges:
    ids = frozenset({agreement.id}) if agreement.id is not None else frozenset()
    return OpChanges(Change.AGREEMENTS | Change.CHECKINS, ids)


class AgreementEditor(QDialog):
    saved = Signal(object)  # Agreement
    # "Save" was answered on closing, but the save did not happen: the close is off.
    close_abandoned = Signal()
    amendment_created = Signal(int)  # the ID of a new draft amendment, to open

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
        self.short_title_edit = self._add_short_title_row()
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(fitting_size(self, DEFAULT_SIZE))
        self.sections = SectionNavigator(self, ui.sectionList, ui.pages)
        # Attributes edited or left (problems about them show) and whether saving was tried.
        self._touched: set[str] = set()
        self._save_tried = False
        self.signed = False
        self.organisations = list(data.organisations)
        self.people = list(data.people)
        self.parents = data.parents
        self.relations = data.relations
        self._suggest_development_areas(data.development_areas)
        self.stored = data.agreement
        self._baseline: Agreement | None = None
        self.saver = EditorSaver(self)
        self.bar_actions = EditorActions(self)
        self.library = EditorLibrary(self, FILLED)
        self._parent_label = ui.parentLabel.text()
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.close_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)

        for kind in AgreementKind:
            ui.kindCombo.addItem(kind_label(kind), kind.value)
        for language in Language:
            ui.languageCombo.addItem(language_label(language), language.value)
        for cadence in Cadence:
            ui.cadenceCombo.addItem(cadence_label(cadence), cadence.value)
        for rule in NoticeRule:
            ui.noticeRuleCombo.addItem(notice_rule_label(rule), rule.value)
        ui.parentCombo.set_items(
            [(self.tr("(none)"), None)] + [(p.title, p.id) for p in self.parents], None
        )
        ui.areasEditor.set_labels(self.tr("Title:"), self.tr("Description:"), self.tr("New area"))
        ui.sectionsEditor.set_labels(self.tr("Heading:"), self.tr("Text:"), self.tr("New section"))
        ui.documentsTable.horizontalHeader().setStretchLastSection(True)
        ui.documentsTable.setColumnWidth(0, 260)
        ui.partiesEditor.set_catalogue(self.organisations, self.people)
        self._panels = (
            ui.checkinsPanel,
            ui.followUpsPanel,
            ui.documentsPanel,
            ui.signedCopiesPanel,
            ui.historyPanel,
        )
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
        for label in self._error_labels:  # empty, not hidden: the form keeps its shape
            label.setStyleSheet(ERROR_STYLE)
        # Nothing next to Status: its list offers only allowed changes, and what else
        # concerns the whole agreement goes to the summary below the sections.
        ui.statusError.setVisible(False)

        ui.signedBanner.setStyleSheet(BANNER_STYLE)
        ui.signedBanner.setVisible(False)
        if data.agreement is not None:
            self.load(data.agreement)
        else:
            self.load_new(own_organisation_id)
            ui.titleEdit.setFocus()  # a new agreement starts with its title
        self._connect()
        self._baseline = self.collect()[0]
        self.refresh()
        ctx.changes.changed.connect(self._changes_announced)

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

    def _show_state_of(self, a: Agreement) -> None:
        """The stored status reads as the calendar has it today ("Ended" after the end)."""
        from bibagreements.domain.lifecycle import agreement_on

        combo = self.ui.statusCombo
        index = combo.findData(a.status.value)
        if index >= 0:
            combo.setItemText(index, state_label(agreement_on(a, self.ctx.today())))

    def load_new(self, own_organisation_id: int | None) -> None:
        self.setWindowTitle(self.tr("New agreement"))
        self._set_combo(self.ui.kindCombo, AgreementKind.COOPERATION.value)
        self._set_combo(self.ui.languageCombo, Language.SV.value)
        self._set_combo(self.ui.cadenceCombo, Cadence.HALF_YEARLY.value)
        self.ui.decisionLeadSpin.setValue(-1)  # no decision date until one is asked for
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
        self.short_title_edit.setText(a.short_title)
        if a.status in SIGNED_STATUSES:
            ui.titleEdit.setCursorPosition(0)  # to read from its start, not to type at the end
        self._set_combo(ui.kindCombo, a.kind.value)
        linked = a.amends_id if a.kind is AgreementKind.AMENDMENT else a.parent_id
        ui.parentCombo.set_items(
            [(self.tr("(none)"), None)] + [(p.title, p.id) for p in self.parents], linked
        )
        ui.newEndEdit.set_value(a.new_end)
        terms = a.renewal
        ui.noticeMonthsSpin.setValue(terms.notice_months or 0)
        self._set_combo(ui.noticeRuleCombo, terms.notice_rule.value)
        ui.extensionSpin.setValue(terms.extension_months or 0)
        lead = terms.decision_lead_days
        ui.decisionLeadSpin.setValue(-1 if lead is None else lead)
        ui.noticeGivenEdit.set_value(a.notice_given_on)
        self._fill_status(a.status, a.status)
        self._show_state_of(a)
        ui.startEdit.set_value(a.start)
        ui.endEdit.set_value(a.end)
        self._set_combo(ui.languageCombo, a.language.value)
        ui.programmeEdit.setText(a.programme)
        ui.developmentAreaEdit.setText(a.development_area)
        self._set_combo(ui.cadenceCombo, a.cadence.value)
        lines = relation_lines(self.relations) if self.relations is not None else []
        ui.predecessorLabel.setVisible(bool(lines))
        ui.predecessorValue.setVisible(bool(lines))
        ui.predecessorValue.setText("\n".join(lines))
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
        # A section's key marks a clause's (FILLED): its text is filled when it is built.
        ui.sectionsEditor.set_items(
            [TitledItem(s.heading, s.text, FILLED if s.filled else None) for s in a.sections]
        )
        project = a.project or ProjectDetails()
        ui.goalsEdit.setPlainText(project.goals)
        ui.fundingEdit.setText(format_amount(project.funding_sek))
        ui.funderEdit.setText(project.funder)
        ui.implementationEdit.setPlainText(project.implementation)
        ui.partiesEditor.set_parties([PartyDraft.of(p) for p in a.parties])
        self._kind_changed()
        self._show_signed(a.status in SIGNED_STATUSES)

    def _show_signed(self, signed: bool) -> None:
        """A signed agreement's signed text is read-only; the banner says what is not."""
        self.signed = signed
        lock_signed_text(self.ui, signed)
        self.setStyleSheet(READ_ONLY_STYLE if signed else "")
        can_amend = signed and self.stored is not None and self.stored.id is not None
        can_amend = can_amend and self.ui.kindCombo.currentData() != AgreementKind.AMENDMENT.value
        self.ui.signedBannerText.setText(banner_text(can_amend))
        self.ui.amendButton.setVisible(can_amend)
        self.ui.signedBanner.setVisible(signed)

    def _add_short_title_row(self) -> QLineEdit:
        """The short title, under the title (like the development area, not signed text)."""
        ui = self.ui
        edit = QLineEdit(ui.generalTab)
        edit.setObjectName("shortTitleEdit")
        edit.setPlaceholderText(self.tr("Optional, e.g. Kristianstad 2019: the list shows it"))
        label = QLabel(self.tr("Short titl&e:"), ui.generalTab)
        label.setObjectName("shortTitleLabel")
        label.setBuddy(edit)
        ui.generalForm.insertRow(1, label, edit)  # the title's error label stays under both
        QWidget.setTabOrder(ui.titleEdit, edit)
        return edit

    def _suggest_development_areas(self, names: tuple[str, ...]) -> None:
        edit = self.ui.developmentAreaEdit
        # Parented to the field: setCompleter() deletes the one it replaces.
        completer = QCompleter(collated(names), edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)

    @staticmethod
    def _set_combo(combo: object, value: str) -> None:
        combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]

    def _connect(self) -> None:
        ui = self.ui
        edits = (ui.titleEdit, ui.programmeEdit, ui.developmentAreaEdit, ui.fundingEdit)
        for edit in (*edits, ui.funderEdit, self.short_title_edit):
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
        ui.newEndEdit.dateChanged.connect(self.refresh)
        ui.noticeGivenEdit.dateChanged.connect(self.refresh)
        for spin in (ui.noticeMonthsSpin, ui.extensionSpin, ui.decisionLeadSpin):
            spin.valueChanged.connect(self.refresh)
        ui.noticeRuleCombo.currentIndexChanged.connect(self.refresh)
        ui.documentsTable.itemChanged.connect(self.refresh)
        ui.areasEditor.changed.connect(self.refresh)
        ui.sectionsEditor.changed.connect(self.refresh)
        ui.partiesEditor.changed.connect(self.refresh)
        # Leaving a field counts as touching it, typed in or not: its problems show then.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        ui.amendButton.clicked.connect(self.create_amendment)
        ui.addDocumentButton.clicked.connect(self.add_document)
        ui.removeDocumentButton.clicked.connect(self.remove_document)
        ui.partiesEditor.new_organisation_requested.connect(self.new_organisation)
        ui.partiesEditor.new_person_requested.connect(self.new_person)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)

    def _kind_changed(self, *_args: object) -> None:
        ui = self.ui
        kind = ui.kindCombo.currentData()
        is_project = kind == AgreementKind.PROJECT.value
        # An amendment names the agreement it amends where a project names its parent,
        # takes effect on its start date and may give that agreement a new end.
        is_amendment = kind == AgreementKind.AMENDMENT.value
        ui.parentLabel.setText(
            self.tr("Amended ag&reement:") if is_amendment else self._parent_label
        )
        ui.parentLabel.setVisible(is_project or is_amendment)
        ui.parentCombo.setVisible(is_project or is_amendment)
        for widget in (ui.periodDash, ui.endEdit):
            widget.setVisible(not is_amendment)
        for widget in (ui.newEndLabel, ui.newEndEdit):
            widget.setVisible(is_amendment)
        self.sections.set_visible(ui.projectTab, is_project)
        ui.parentError.setVisible(is_project or is_amendment)
        if self._baseline is not None:
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

    def _documents(self) -> tuple[list[GoverningDocument], list[Problem]]:
        table = self.ui.documentsTable
        documents: list[GoverningDocument] = []
        problems: list[Problem] = []
        for row in range(table.rowCount()):
            cells = [cell_text(table, row, c) for c in range(DOC_COLUMNS)]
            if not any(cells):
                continue
            i = len(documents)
            for text in (cells[2], cells[3]):
                if text and not text.isdigit():
                    problems.append(Problem("four_digit_years", "governing_documents", i, "period"))
            adopted: date | None = None
            if cells[4]:
                try:
                    adopted = date.fromisoformat(cells[4])
                except ValueError:
                    problems.append(Problem("date_format", "governing_documents", i, "adopted_on"))
            documents.append(
                GoverningDocument(
                    cells[0],
                    cells[1],
                    parse_year(cells[2]),
                    parse_year(cells[3]),
                    adopted,
                    cells[5],
                )
            )
        return documents, problems

    # -- collecting and validating -----------------------------------------------------

    def collect(self) -> tuple[Agreement, list[Problem]]:
        """The agreement as the widgets show it, and problems only the form can see."""
        ui = self.ui
        problems: list[Problem] = []
        kind = AgreementKind(ui.kindCombo.currentData())
        is_project = kind is AgreementKind.PROJECT
        project = None
        if is_project:
            try:
                funding = parse_amount(ui.fundingEdit.text())
            except InvalidOperation:
                funding = None
                problems.append(Problem("amount_format", "project", "funding_sek"))
            project = ProjectDetails(
                ui.goalsEdit.toPlainText(),
                funding,
                ui.funderEdit.text().strip(),
                ui.implementationEdit.toPlainText(),
            )
        documents, doc_problems = self._documents()
        problems += doc_problems
        problems += ui.partiesEditor.problems()
        is_amendment = kind is AgreementKind.AMENDMENT
        parent_id = ui.parentCombo.current_id() if is_project else None
        amends_id = ui.parentCombo.current_id() if is_amendment else None
        base = self.stored or Agreement(title="")
        agreement = replace(
            base,
            title=ui.titleEdit.text().strip(),
            kind=kind,
            status=AgreementStatus(ui.statusCombo.currentData()),
            language=Language(ui.languageCombo.currentData()),
            start=ui.startEdit.value(),
            end=None if is_amendment else ui.endEdit.value(),
            amends_id=amends_id,
            new_end=ui.newEndEdit.value() if is_amendment else None,
            renewal=RenewalTerms(
                notice_months=ui.noticeMonthsSpin.value() or None,
                notice_rule=NoticeRule(ui.noticeRuleCombo.currentData()),
                extension_months=ui.extensionSpin.value() or None,
                decision_lead_days=(
                    None if ui.decisionLeadSpin.value() < 0 else ui.decisionLeadSpin.value()
                ),
            ),
            notice_given_on=ui.noticeGivenEdit.value(),
            programme=ui.programmeEdit.text().strip(),
            development_area=ui.developmentAreaEdit.text().strip(),
            short_title=self.short_title_edit.text().strip(),
            purpose=ui.purposeEdit.toPlainText(),
            background=ui.backgroundEdit.toPlainText(),
            cadence=Cadence(ui.cadenceCombo.currentData()),
            parent_id=parent_id,
            governing_documents=tuple(documents),
            areas=tuple(Area(x.title, x.text, x.key) for x in ui.areasEditor.items()),
            sections=tuple(
                Section(x.title, x.text, x.key == FILLED) for x in ui.sectionsEditor.items()
            ),
            parties=tuple(ui.partiesEditor.parties()),
            project=project,
        )
        return agreement, problems

    def problems(self) -> list[Problem]:
        agreement, problems = self.collect()
        problems = problems + agreement_problems(agreement)
        if self.stored is not None:
            problem = transition_problem(self.stored.status, agreement.status)
            if problem:
                problems.append(problem)
            if self.stored.status in SIGNED_STATUSES and signed_content(
                self.stored
            ) != signed_content(agreement):
                problems.append(Problem("signed_content_locked"))  # not the status's
        return problems

    @property
    def dirty(self) -> bool:
        return self.collect()[0] != self._baseline

    def refresh(self, *_args: object) -> None:
        """Show the problems of touched fields next to them; Save while there are changes."""
        ui = self.ui
        current = self.collect()[0]
        self._touched |= changed_fields(current, self._baseline)
        everything = self.problems()
        problems = [p for p in everything if self._save_tried or is_touched(p, self._touched)]
        by_field: dict[str, list[Problem]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem)
        places = {
            ui.titleError: ("title", "short_title"),
            ui.parentError: ("parent",),
            ui.periodError: ("period", "links"),
            ui.documentsError: ("governing_documents",),
            ui.areasError: ("areas",),
            ui.sectionsError: ("sections",),
            ui.projectError: ("project",),
            ui.partiesError: ("parties",),
        }
        shown: set[str] = set()
        marked: set[QWidget] = set()
        for label, fields in places.items():
            mine = [p for f in fields for p in by_field.get(f, [])]
            shown.update(fields)
            label.setText("\n".join("⚠ " + human(p, with_field=False) for p in mine))
            page = self._page_of(label)
            if mine and page is not None:
                marked.add(page)
        self.sections.mark(marked)
        leftovers = [p for p in problems if p.field not in shown]
        dirty = current != self._baseline
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
        # Enabled with problems too: trying to save shows every problem, also untouched ones.
        self.save_button.setEnabled(dirty and not self.saving)
        title = self.stored.title if self.stored else self.tr("New agreement")
        self.setWindowTitle(("* " if dirty else "") + title)
        for panel in self._panels:
            panel.set_agreement(self.stored, dirty)
        self.bar_actions.update(dirty)

    def _page_of(self, widget: QWidget) -> QWidget | None:
        """The section (page of the stack) ``widget`` is on."""
        pages = self.ui.pages
        found: QWidget | None = widget
        while found is not None and found.parentWidget() is not pages:
            found = found.parentWidget()
        return found

    def _focus_moved(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is None or not shiboken6.isValid(self) or not shiboken6.isValid(old):
            return
        ui = self.ui
        about: dict[QWidget | None, tuple[str, ...]] = {
            ui.titleEdit: ("title",),
            ui.startEdit: ("start",),
            ui.endEdit: ("end",),
            ui.newEndEdit: ("new_end",),
            ui.programmeEdit: ("programme",),
            ui.fundingEdit: ("project",),
            ui.funderEdit: ("project",),
            ui.parentCombo: ("parent_id", "amends_id"),
            ui.parentCombo.lineEdit(): ("parent_id", "amends_id"),
        }
        names = about.get(old, ())
        if names and not set(names) <= self._touched:
            self._touched.update(names)
            self.refresh()

    def reveal_problems(self) -> None:
        """Saving was tried: every problem shows, touched or not."""
        self._save_tried = True
        self.refresh()

    def create_amendment(self) -> None:
        """A draft amendment of this signed agreement, opened in an editor of its own."""
        if self.stored is None or self.stored.id is None:
            return
        from bibagreements.services.amendments import draft_amendment

        agreement_id = self.stored.id

        def created(amendment: Agreement) -> None:
            if amendment.id is not None:
                self.amendment_created.emit(amendment.id)

        self.ctx.op(
            self,
            lambda uow: draft_amendment(uow, agreement_id),
            created,
            changes=_created,
        )

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

    # -- saving, reading again, closing ------------------------------------------------

    @property
    def saving(self) -> bool:
        return self.saver.saving

    @property
    def closing_after_save(self) -> bool:
        """Saving because "Save" was answered on closing: the editor closes when saved."""
        return self.saver.close_after_save

    def save(self) -> None:
        if self.problems():
            self.reveal_problems()
            return
        self.saver.save()

    def show_stored(self, agreement: Agreement) -> None:
        """Show ``agreement`` as stored: no unsaved changes."""
        self.load(agreement)
        self._baseline = self.collect()[0]
        self.refresh()

    def show_problem(self, text: str) -> None:
        self.ui.problemsLabel.setStyleSheet(ERROR_STYLE)
        self.ui.problemsLabel.setText(text)

    def set_catalogue(self, organisations: list[Organisation], people: list[Person]) -> None:
        self.organisations = organisations
        self.people = people
        self.ui.partiesEditor.set_catalogue(organisations, people)

    def _changes_announced(self, changes: OpChanges) -> None:
        if changes.origin is self or self.saving:
            return
        agreement_id = self.stored.id if self.stored is not None else None
        if changes.touches(Change.REGISTERS) or (
            agreement_id is not None and changes.touches(Change.AGREEMENTS, agreement_id)
        ):
            self.reload_from_database()

    def reload_from_database(self) -> None:
        """Read the stored agreement and the registers again; unsaved edits stay."""
        agreement_id = self.stored.id if self.stored is not None else None
        self.ctx.op(self, lambda uow: load_editor_data(uow, agreement_id), self._data_reloaded)

    def open_saved_version(self) -> None:
        """Read the stored agreement again and show it, dropping what is unsaved here."""
        agreement_id = self.stored.id if self.stored is not None else None

        def arrived(data: EditorData) -> None:
            self._data_reloaded(data)
            if data.agreement is not None:
                self.show_stored(data.agreement)

        self.ctx.op(self, lambda uow: load_editor_data(uow, agreement_id), arrived)

    def _data_reloaded(self, data: EditorData) -> None:
        if self.saving:
            return
        dirty = self.dirty
        pending = [o for o in self.organisations if o.id == PENDING_OWN_ID]
        self.parents = data.parents
        self.relations = data.relations
        self._suggest_development_areas(data.development_areas)
        self.set_catalogue([*data.organisations, *pending], list(data.people))
        if dirty or data.agreement is None:
            self.refresh()  # unsaved edits stay; only the registers' lists are new
            return
        self.show_stored(data.agreement)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saver.may_close():
            super().closeEvent(event)  # rejects, so "finished" tells the main window
        else:
            event.ignore()

    def reject(self) -> None:  # Escape, the Close button, the window's close box
        if self.saver.may_close():
            super().reject()
