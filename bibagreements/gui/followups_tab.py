"""The editor's Follow-up tab: what came of the agreement, year by year.

Each entry names a year, optionally an area of collaboration, and a sub-goal,
the activities and the outcome (delmål, aktiviteter, utfall). The yearly
follow-up report is built from these entries; recording a check-in adds some.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Agreement, FollowUp
from bibagreements.errors import ValidationError
from bibagreements.gui import dialogs
from bibagreements.gui.editor_data import format_amount, parse_amount
from bibagreements.gui.generated.ui_followup_dialog import Ui_FollowUpDialog
from bibagreements.gui.operations import Change
from bibagreements.gui.problems import human
from bibagreements.gui.record_dialogs import ERROR_STYLE
from bibagreements.gui.tab_panel import AgreementTabPanel
from bibagreements.gui.widgets import read_only_table, selected_record

if TYPE_CHECKING:
    from bibagreements.gui.context import AppContext
    from bibagreements.services.database import UnitOfWork

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _followups_job(uow: UnitOfWork, agreement_id: int) -> list[FollowUp]:
    from bibagreements.services.followups import agreement_followups

    return agreement_followups(uow, agreement_id)


class FollowUpDialog(QDialog):
    """Add or change one entry; saves in the background and closes when saved."""

    saved = Signal(object)  # FollowUp

    def __init__(
        self,
        ctx: AppContext,
        agreement: Agreement,
        entry: FollowUp,
        parent: QWidget | None = None,
    ) -> None:
        from bibagreements.domain.validation import MAX_YEAR, MIN_YEAR

        super().__init__(parent)
        self.ctx = ctx
        self.agreement = agreement
        self.entry = entry
        self.ui = ui = Ui_FollowUpDialog()
        ui.setupUi(self)
        ui.agreementLabel.setText(agreement.title)
        ui.yearSpin.setRange(MIN_YEAR, MAX_YEAR)
        ui.yearSpin.setValue(entry.year)
        ui.areaCombo.addItem(self.tr("(the agreement as a whole)"), None)
        for area in agreement.areas:
            ui.areaCombo.addItem(area.title, area.id)
        ui.areaCombo.setCurrentIndex(max(ui.areaCombo.findData(entry.area_id), 0))
        ui.subGoalEdit.setText(entry.sub_goal)
        ui.activityEdit.setPlainText(entry.activity)
        ui.outcomeEdit.setPlainText(entry.outcome)
        ui.fundingEdit.setText(format_amount(entry.funding_sek))
        ui.funderEdit.setText(entry.funder)
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.errorLabel.setVisible(False)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def collect(self, funding: Decimal | None = None) -> FollowUp:
        ui = self.ui
        return FollowUp(
            agreement_id=self.entry.agreement_id,
            year=ui.yearSpin.value(),
            area_id=ui.areaCombo.currentData(),
            sub_goal=ui.subGoalEdit.text().strip(),
            activity=ui.activityEdit.toPlainText().strip(),
            outcome=ui.outcomeEdit.toPlainText().strip(),
            checkin_id=self.entry.checkin_id,
            id=self.entry.id,
            funding_sek=funding,
            funder=ui.funderEdit.text().strip(),
            version=self.entry.version,
        )

    def save(self) -> None:
        try:
            funding = parse_amount(self.ui.fundingEdit.text())
        except InvalidOperation:
            self._show_error(human(Problem("amount_format", "funding_sek")))
            return
        entry = self.collect(funding)
        if not (entry.sub_goal or entry.activity or entry.outcome):
            self._show_error(self.tr("Write a sub-goal, the activities or the outcome."))
            return
        from bibagreements.services.followups import save_followup

        self.save_button.setEnabled(False)
        self.ctx.op(
            self,
            lambda uow: save_followup(uow, entry),
            self._saved,
            self._failed,
            changes=Change.FOLLOWUPS,
            agreement_id=entry.agreement_id,
            label=self.tr("Saving…"),
        )

    def _saved(self, entry: FollowUp) -> None:
        self.saved.emit(entry)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_error("\n".join(human(p) for p in exc.problems))
        else:
            self.ctx.errors.present(exc, self)

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)


class FollowUpsPanel(AgreementTabPanel):
    load_job = staticmethod(_followups_job)
    shows = Change.FOLLOWUPS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[FollowUp] = []
        self._dialog: QDialog | None = None
        self.table = read_only_table(
            self,
            [
                self.tr("Year"),
                self.tr("Area of collaboration"),
                self.tr("Sub-goal"),
                self.tr("Activities"),
                self.tr("Outcome"),
            ],
            (60, 180, 180, 200),
        )
        self.add_button = QPushButton(self.tr("&Add entry…"), self)
        self.edit_button = QPushButton(self.tr("&Change…"), self)
        self.delete_button = QPushButton(self.tr("De&lete entry…"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda *_: self.edit_current())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.set_agreement(None, False)

    def hint_text(self, agreement: Agreement | None, dirty: bool) -> str:
        if agreement is None or agreement.id is None:
            return self.tr("Save the agreement first; then record what came of it here.")
        return self.tr(
            "What came of the agreement, year by year: sub-goals, activities and outcomes. "
            "The yearly follow-up report is made from these entries."
        )

    def agreement_changed(self) -> None:
        self._update_buttons()

    def _arrived(self, entries: list[FollowUp]) -> None:
        selected = self.current()
        self.entries = entries
        self.table.setRowCount(len(entries))
        whole = self.tr("(the agreement as a whole)")
        for row, e in enumerate(entries):
            values = (
                str(e.year),
                e.area_title or whole,
                e.sub_goal,
                e.activity.replace("\n", " "),
                e.outcome.replace("\n", " "),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, e.id)
                if column >= 2:
                    item.setToolTip(value)
                self.table.setItem(row, column, item)
            if selected is not None and e.id == selected.id:
                self.table.selectRow(row)
        self._update_buttons()

    def current(self) -> FollowUp | None:
        entry: FollowUp | None = selected_record(self.table, self.entries, ID_ROLE)
        return entry

    def _update_buttons(self) -> None:
        saved = self.agreement is not None and self.agreement.id is not None
        selected = self.current() is not None
        self.add_button.setEnabled(saved)
        self.edit_button.setEnabled(saved and selected)
        self.delete_button.setEnabled(saved and selected)

    def _open(self, entry: FollowUp) -> None:
        if self.ctx is None or self.agreement is None:
            return
        dialog = FollowUpDialog(self.ctx, self.agreement, entry, self)
        dialog.saved.connect(self._saved)
        self._dialog = dialog  # kept: deleting a dialog in its own signal crashes
        dialog.open()

    def add(self) -> None:
        if self.agreement is None or self.agreement.id is None or self.ctx is None:
            return
        self._open(FollowUp(self.agreement.id, self.ctx.today().year))

    def edit_current(self) -> None:
        entry = self.current()
        if entry is not None:
            self._open(entry)

    def _saved(self, entry: FollowUp) -> None:
        self.message.setText(self.tr("Saved the entry for {0}.").format(entry.year))

    def delete_current(self) -> None:
        entry = self.current()
        if entry is None or entry.id is None or self.ctx is None:
            return
        what = entry.sub_goal or entry.activity or entry.outcome
        if not dialogs.confirm(
            self,
            self.tr("Delete follow-up entry"),
            self.tr("Delete the entry for {0}: “{1}”?").format(entry.year, what[:80]),
            self.tr("Delete"),
        ):
            return
        from bibagreements.services.followups import delete_followup

        entry_id, agreement_id, version = entry.id, entry.agreement_id, entry.version

        def done(_result: object) -> None:
            self.message.setText(self.tr("Deleted the entry."))

        self.ctx.op(
            self,
            lambda uow: delete_followup(uow, entry_id, agreement_id, version=version),
            done,
            changes=Change.FOLLOWUPS,
            agreement_id=agreement_id,
        )
