"""Registers → Clause library: reusable texts with placeholders, and a live preview.

The list (category, heading, language) sorts in Swedish order and is searched
like the other registers; beside it one clause is edited. While the body is
typed, a quarter of a second after the last key, the preview shows it as it
will read in the agreement chosen below it — or, when it cannot be filled, the
name and position of the fault. The window keeps domain records (the clause's
id and version, the chosen agreement), never a session or an ORM object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bibagreements.domain.enums import Language
from bibagreements.domain.library import Clause
from bibagreements.domain.placeholders import PlaceholderError, used
from bibagreements.errors import BibError
from bibagreements.gui import dialogs
from bibagreements.gui.labels import language_label
from bibagreements.gui.operations import Change
from bibagreements.gui.problems import error_text, human
from bibagreements.gui.registers import RecordsModel, RegisterPage
from bibagreements.gui.screen_fit import fitting_size

if TYPE_CHECKING:
    from bibagreements.domain.records import Agreement, AgreementSummary
    from bibagreements.gui.context import AppContext
    from bibagreements.services.database import UnitOfWork

PREVIEW_DELAY_MS = 250


class _Library(NamedTuple):
    clauses: list[Clause]
    agreements: list[AgreementSummary]


def _library(uow: UnitOfWork) -> _Library:
    from bibagreements.services.agreements import list_agreements
    from bibagreements.services.clauses import list_clauses

    return _Library(list_clauses(uow), list_agreements(uow))


class ClauseRegister(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clause: Clause | None = None  # as read; None while a new one is written
        self.agreement: Agreement | None = None  # the one the preview is filled from
        self.setWindowTitle(self.tr("Clause library"))
        self.resize(fitting_size(self, QSize(1000, 620)))
        self.model: RecordsModel[Clause] = RecordsModel(
            [
                (self.tr("Category"), lambda c: c.category),
                (self.tr("Heading"), lambda c: c.heading),
                (self.tr("Language"), lambda c: language_label(c.language)),
            ],
            self,
        )
        self.page = RegisterPage(self.model, self)
        self.new_button = self.page.add_button(self.tr("&New clause"), self.new_clause, False)
        self.page.buttons.addStretch(1)
        self.delete_button = self.page.add_button(self.tr("&Delete…"), self.delete_clause)
        self.page.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.category_edit = QLineEdit(self)
        self.category_edit.setMaxLength(120)
        self.heading_edit = QLineEdit(self)
        self.heading_edit.setMaxLength(300)
        self.language_combo = QComboBox(self)
        for language in Language:
            self.language_combo.addItem(language_label(language), language.value)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setPlaceholderText(
            self.tr("For example: {Parterna} ses {avstämning} under perioden {period}.")
        )
        self.used_label = QLabel(self)
        self.used_label.setWordWrap(True)
        self.used_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet("color: #B00020")
        self.agreement_combo = QComboBox(self)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("&Save clause"), self)
        self.save_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Ca&tegory:"), self.category_edit)
        form.addRow(self.tr("&Heading:"), self.heading_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Body:"), self.body_edit)
        form.addRow(self.tr("Placeholders:"), self.used_label)
        form.addRow("", self.problem_label)
        form.addRow(self.tr("Preview &in:"), self.agreement_combo)
        form.addRow(self.tr("Pre&view:"), self.preview)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(form, 1)
        editor_layout.addLayout(save_row)
        splitter = QSplitter(self)
        splitter.addWidget(self.page)
        splitter.addWidget(editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 600])  # room for category and heading side by side
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.body_edit.textChanged.connect(self._timer.start)
        self.language_combo.currentIndexChanged.connect(self._timer.start)
        self.agreement_combo.activated.connect(self._agreement_chosen)
        self.save_button.clicked.connect(self.save)
        for edit in (self.category_edit, self.heading_edit):
            edit.textChanged.connect(self._enable_save)
        self.body_edit.textChanged.connect(self._enable_save)
        self._update_buttons()
        self.refresh_preview()
        self.reload()

    # --- reading -------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.clause.id if self.clause else None)
        self.ctx.op(self, _library, lambda library: self._loaded(library, keep))

    def _loaded(self, library: _Library, select_id: int | None) -> None:
        self.model.set_records(library.clauses)
        chosen = self.agreement_combo.currentData()
        self.agreement_combo.clear()
        self.agreement_combo.addItem(self.tr("(no agreement: placeholders shown as written)"), 0)
        for summary in library.agreements:
            self.agreement_combo.addItem(summary.title, summary.id)
        self.agreement_combo.setCurrentIndex(max(self.agreement_combo.findData(chosen), 0))
        if select_id is not None:
            self.select(select_id)
        elif self.clause is None and library.clauses and not self.body_edit.toPlainText():
            self.page.table.selectRow(0)
            self.page.table.setCurrentIndex(self.page.proxy.index(0, 0))
        self._update_buttons()

    def select(self, clause_id: int) -> None:
        for row, clause in enumerate(self.model.records):
            if clause.id == clause_id:
                index = self.page.proxy.mapFromSource(self.model.index(row, 0))
                self.page.table.setCurrentIndex(index)
                self.page.table.selectRow(index.row())
                return

    def _row_chosen(self, current: QModelIndex) -> None:
        # The current row, selected or not yet: selectRow makes it current first.
        clause = (
            self.model.records[self.page.proxy.mapToSource(current).row()]
            if current.isValid()
            else None
        )
        if clause is not None and (self.clause is None or clause.id != self.clause.id):
            self.show_clause(clause)
        self._update_buttons()

    def show_clause(self, clause: Clause | None) -> None:
        self.clause = clause
        self.category_edit.setText(clause.category if clause else "")
        self.heading_edit.setText(clause.heading if clause else "")
        language = clause.language if clause else Language.SV
        self.language_combo.setCurrentIndex(self.language_combo.findData(language.value))
        self.body_edit.setPlainText(clause.body if clause else "")
        self.save_button.setEnabled(False)
        self.refresh_preview()

    def _agreement_chosen(self) -> None:
        agreement_id = int(self.agreement_combo.currentData() or 0)
        if not agreement_id:
            self.agreement = None
            self.refresh_preview()
            return
        from bibagreements.services.agreements import get_agreement

        self.ctx.op(self, lambda uow: get_agreement(uow, agreement_id), self._agreement_read)

    def _agreement_read(self, agreement: Agreement) -> None:
        self.agreement = agreement
        self.refresh_preview()

    # --- the preview ---------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """The placeholders the body uses, and the body as it reads in the chosen agreement."""
        from bibagreements.services.clauses import preview_in

        self._timer.stop()
        body = self.body_edit.toPlainText()
        problem = ""
        try:
            names = used(body)
        except PlaceholderError as error:
            names, problem = (), human(error.problem.within("body"), with_field=False)
        self.used_label.setText(", ".join("{" + name + "}" for name in names) or self.tr("(none)"))
        text = body
        if not problem and self.agreement is not None:
            try:
                text = preview_in(body, self.agreement, Language(self.language_combo.currentData()))
            except BibError as error:
                problem = error_text(error)
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.preview.setPlainText("" if problem else text)

    # --- writing -------------------------------------------------------------------------

    def _enable_save(self) -> None:
        self.save_button.setEnabled(bool(self.heading_edit.text().strip()))

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.page.current() is not None)

    def new_clause(self) -> None:
        self.page.table.clearSelection()
        self.show_clause(None)
        self.category_edit.setFocus()

    def edited(self) -> Clause:
        base = self.clause or Clause(heading="")
        return Clause(
            heading=self.heading_edit.text(),
            body=self.body_edit.toPlainText(),
            category=self.category_edit.text(),
            language=Language(self.language_combo.currentData()),
            id=base.id,
            uid=base.uid,
            version=base.version,
        )

    def save(self) -> None:
        from bibagreements.services.clauses import save_clause

        clause = self.edited()
        self.save_button.setEnabled(False)
        self.ctx.op(
            self,
            lambda uow: save_clause(uow, clause),
            self._saved,
            self._refused,
            label=self.tr("Saving the clause…"),
        )

    def _saved(self, clause: Clause) -> None:
        self.clause = clause
        self.save_button.setEnabled(False)
        self.reload(clause.id)

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)  # what was typed stays: copy it, or reload
        self.ctx.errors.present(exc, self)

    def delete_clause(self) -> None:
        clause = self.page.current()
        if clause is None or clause.id is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Delete clause"),
            self.tr(
                "Delete the clause “{0}”? Agreements that use it keep their own copy of its text."
            ).format(clause.heading),
            self.tr("&Delete"),
        ):
            return
        from bibagreements.services.clauses import delete_clause

        clause_id = clause.id

        def deleted(_none: None) -> None:
            self.show_clause(None)
            self.reload()

        self.ctx.op(self, lambda uow: delete_clause(uow, clause_id), deleted, changes=Change.NONE)
