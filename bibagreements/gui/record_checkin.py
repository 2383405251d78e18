"""Recording a check-in as held: date, participants, notes and follow-up per area."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QTableWidgetItem, QWidget

from bibagreements.domain.enums import CheckinStatus
from bibagreements.domain.records import Agreement, Checkin, FollowUp
from bibagreements.errors import ValidationError
from bibagreements.gui.context import AppContext
from bibagreements.gui.generated.ui_record_checkin_dialog import Ui_RecordCheckinDialog
from bibagreements.gui.labels import to_date
from bibagreements.gui.operations import Change
from bibagreements.gui.problems import human
from bibagreements.gui.record_dialogs import ERROR_STYLE
from bibagreements.gui.widgets import cell_data, cell_text

AREA_ROLE = Qt.ItemDataRole.UserRole + 1


def people_of(agreement: Agreement) -> list[str]:
    """“Name (Organisation)” for every contact person and signatory, without repeats."""
    names: list[str] = []
    for party in agreement.parties:
        for person in (party.contact_person, party.signatory):
            if person is not None:
                text = f"{person.name} ({party.name})"
                if text not in names:
                    names.append(text)
    return names


class RecordCheckinDialog(QDialog):
    recorded = Signal(object)  # Checkin

    def __init__(
        self, ctx: AppContext, agreement: Agreement, checkin: Checkin, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agreement = agreement
        self.checkin = checkin
        self.ui = ui = Ui_RecordCheckinDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Record check-in due {0}").format(checkin.due.isoformat()))
        ui.agreementLabel.setText(agreement.title)
        today = ctx.today()
        held = checkin.held_on or min(checkin.due, today)
        ui.heldEdit.setMaximumDate(QDate(today))
        if agreement.start:
            ui.heldEdit.setMinimumDate(QDate(agreement.start))
        ui.heldEdit.setDate(QDate(held))
        already = set(checkin.participants)
        known = people_of(agreement)
        for name in known:
            item = QListWidgetItem(name, ui.participantsList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if name in already else Qt.CheckState.Unchecked
            )
        ui.othersEdit.setText(", ".join(n for n in checkin.participants if n not in known))
        ui.notesEdit.setPlainText(checkin.notes)
        table = ui.followupsTable
        table.setRowCount(len(agreement.areas))
        for row, area in enumerate(agreement.areas):
            title = QTableWidgetItem(area.title)
            title.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            title.setData(AREA_ROLE, area.id)
            title.setToolTip(area.title)
            table.setItem(row, 0, title)
            for column in (1, 2, 3):
                table.setItem(row, column, QTableWidgetItem(""))
        table.verticalHeader().setVisible(False)
        table.setColumnWidth(0, 220)
        ui.participantsList.setMaximumHeight(120)
        table.setColumnWidth(1, 150)
        table.setColumnWidth(2, 150)
        ui.followupsLabel.setVisible(bool(agreement.areas))
        table.setVisible(bool(agreement.areas))
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.errorLabel.setVisible(False)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        if checkin.status is CheckinStatus.CANCELLED:
            self._show_problem(self.tr("This check-in was cancelled; it cannot be recorded."))
            self.save_button.setEnabled(False)

    def participants(self) -> list[str]:
        lst = self.ui.participantsList
        names = [
            lst.item(i).text()
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]
        names += [n.strip() for n in self.ui.othersEdit.text().split(",") if n.strip()]
        return names

    def followups(self) -> list[FollowUp]:
        table = self.ui.followupsTable
        year = self.ui.heldEdit.date().year()
        entries = []
        for row in range(table.rowCount()):
            texts = [cell_text(table, row, c) for c in (1, 2, 3)]
            if any(texts):
                area_id = cell_data(table, row, 0, AREA_ROLE)
                entries.append(
                    FollowUp(self.checkin.agreement_id, year, area_id, *texts)  # type: ignore[arg-type]
                )
        return entries

    def _show_problem(self, text: str) -> None:
        self.ui.errorLabel.setText("⚠ " + text)
        self.ui.errorLabel.setVisible(True)

    def save(self) -> None:
        from bibagreements.services.schedule import record_checkin

        checkin_id = self.checkin.id
        assert checkin_id is not None
        held = to_date(self.ui.heldEdit.date())
        participants = self.participants()
        notes = self.ui.notesEdit.toPlainText()
        followups = self.followups()
        today = self.ctx.today()
        version = self.checkin.version  # as read: a colleague's recording since refuses this
        self.save_button.setEnabled(False)
        self.ctx.op(
            self,
            lambda uow: record_checkin(
                uow,
                checkin_id,
                held,
                participants=participants,
                notes=notes,
                followups=followups,
                today=today,
                version=version,
            ),
            self._saved,
            self._failed,
            # Recording also writes the follow-up entries typed with it.
            changes=Change.CHECKINS | Change.FOLLOWUPS,
            agreement_id=self.agreement.id,
            label=self.tr("Recording the check-in…"),
        )

    def _saved(self, checkin: Checkin) -> None:
        self.recorded.emit(checkin)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_problem("\n⚠ ".join(human(p) for p in exc.problems))
        else:
            self.ctx.errors.present(exc, self)
