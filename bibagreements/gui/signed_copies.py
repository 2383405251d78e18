"""The editor's Signed copies tab: each party's signed agreement with its checksum, a scan
or an electronically signed PDF (received and checked, or signed here)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QPoint, Qt, Signal
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

from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.records import Agreement, Party
from bibagreements.errors import ValidationError
from bibagreements.gui import dialogs
from bibagreements.gui.file_drops import SCAN_SUFFIXES, FileDrops
from bibagreements.gui.generated.ui_attach_signed_copy import Ui_AttachSignedCopyDialog
from bibagreements.gui.labels import status_label, to_date
from bibagreements.gui.operations import Change
from bibagreements.gui.problems import human
from bibagreements.gui.record_dialogs import ERROR_STYLE
from bibagreements.gui.tab_panel import AgreementTabPanel
from bibagreements.gui.widgets import cell_data, read_only_table, selected_row

if TYPE_CHECKING:
    from email.headerregistry import Address

    from bibagreements.gui.context import AppContext
    from bibagreements.services.database import UnitOfWork
    from bibagreements.services.messages import Draft
    from bibagreements.services.signed_copies import AttachResult, SignedCopy


@dataclass(frozen=True)
class CopiesData:
    agreement: Agreement
    copies: list[SignedCopy]
    sent: dict[int, date]  # organisation ID → last sent for signature


def _copies_job(uow: UnitOfWork, agreement_id: int) -> CopiesData:
    from bibagreements.services.agreements import get_agreement
    from bibagreements.services.messages import signature_dispatches
    from bibagreements.services.signed_copies import list_signed_copies

    return CopiesData(
        get_agreement(uow, agreement_id),
        list_signed_copies(uow, agreement_id),
        signature_dispatches(uow, agreement_id),
    )


class AttachSignedCopyDialog(QDialog):
    attached = Signal(object)  # AttachResult

    def __init__(
        self, ctx: AppContext, agreement: Agreement, party: Party, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agreement = agreement
        self.party = party
        self.ui = ui = Ui_AttachSignedCopyDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Signed copy – {0}").format(party.name))
        ui.introLabel.setText(
            self.tr("The copy of “{0}” signed for {1}.").format(agreement.title, party.name)
        )
        today = ctx.today()
        ui.signedOnEdit.setMaximumDate(QDate(today))
        ui.signedOnEdit.setDate(QDate(party.signed_on or today))
        ui.placeEdit.setText(party.signed_place)
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.errorLabel.setVisible(False)
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ui.browseButton.clicked.connect(self.browse)
        ui.fileEdit.textChanged.connect(self._validate)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._validate()

    def browse(self) -> None:
        path = dialogs.open_file(
            self,
            self.tr("Scanned signed copy"),
            self.tr("PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
        )
        if path:
            self.ui.fileEdit.setText(path)

    def _validate(self, *_args: object) -> None:
        self.ok_button.setEnabled(Path(self.ui.fileEdit.text().strip()).is_file())

    def save(self) -> None:
        from bibagreements.services.signed_copies import attach_signed_copy

        path = Path(self.ui.fileEdit.text().strip())
        signed_on = to_date(self.ui.signedOnEdit.date())
        place = self.ui.placeEdit.text()
        agreement_id, organisation_id = self.agreement.id, self.party.organisation_id
        assert agreement_id is not None
        today = self.ctx.today()
        self.ok_button.setEnabled(False)
        self.ctx.op(
            self,
            lambda uow: attach_signed_copy(
                uow, agreement_id, organisation_id, path, signed_on, place, today=today
            ),
            self._attached,
            self._failed,
            # Signing dates, and the status once every party has signed.
            changes=Change.SIGNED_COPIES | Change.AGREEMENTS,
            agreement_id=agreement_id,
            label=self.tr("Storing the signed copy…"),
        )

    def _attached(self, result: AttachResult) -> None:
        self.attached.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._validate()
        if isinstance(exc, ValidationError):
            self.ui.errorLabel.setText("\n".join("⚠ " + human(p) for p in exc.problems))
            self.ui.errorLabel.setVisible(True)
        else:
            self.ctx.errors.present(exc, self)


class SignedCopiesPanel(AgreementTabPanel):
    attached = Signal(object)  # AttachResult: the agreement's status and version changed
    load_job = staticmethod(_copies_job)
    shows = Change.SIGNED_COPIES | Change.AGREEMENTS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.copies: list[SignedCopy] = []
        self.sent: dict[int, date] = {}
        self._dialog: QDialog | None = None
        self.table = read_only_table(
            self,
            [
                self.tr("Party"),
                self.tr("Sent for signature"),
                self.tr("Signed on"),
                self.tr("Place"),
                self.tr("Signed copy"),
                self.tr("Electronic signature"),
                self.tr("Added"),
                self.tr("SHA-256"),
            ],
            (220, 130, 120, 100, 180, 200, 130),
        )
        self.attach_button = QPushButton(self.tr("&Attach signed copy…"), self)
        self.open_button = QPushButton(self.tr("&Open copy"), self)
        self.save_button = QPushButton(self.tr("Sa&ve copy as…"), self)
        self.receive_button = QPushButton(self.tr("&Receive signed PDF…"), self)
        self.receive_button.setToolTip(
            self.tr("Check a PDF signed electronically and record the parties who signed it")
        )
        self.sign_button = QPushButton(self.tr("Sign &here…"), self)
        self.sign_button.setToolTip(
            self.tr("Sign the selected party's field with a certificate file (PKCS#12)")
        )
        self.send_button = QPushButton(self.tr("Send for &signature…"), self)
        self.send_button.setToolTip(
            self.tr(
                "The frozen version's PDF by e-mail to each signatory that has not signed; "
                "the sending is recorded"
            )
        )
        buttons = QHBoxLayout()
        for button in (
            self.attach_button,
            self.receive_button,
            self.sign_button,
            self.open_button,
            self.save_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.attach_button.clicked.connect(lambda: self.attach_current())
        self.receive_button.clicked.connect(lambda: self.receive_signed())
        self.sign_button.clicked.connect(self.sign_current)
        self.open_button.clicked.connect(self.open_current)
        self.save_button.clicked.connect(self.save_current)
        self.send_button.clicked.connect(self.send_for_signature)
        # A file dropped on a party's row: an electronically signed PDF is checked and
        # received; anything else is attached as that party's scan (asks date and place).
        FileDrops(self.table.viewport(), SCAN_SUFFIXES, self._scan_dropped, self._may_drop_at)
        self.set_agreement(None, False)

    def hint_text(self, agreement: Agreement | None, dirty: bool) -> str:
        if agreement is None:
            return self.tr("Save the agreement first.")
        if dirty:
            return self.tr("Save or discard your changes before attaching a copy.")
        return self.tr(
            "Attach each party's scanned, signed copy, or receive a PDF signed "
            "electronically (or drop it on the party). When every party has signed, "
            "the agreement becomes active."
        )

    def agreement_changed(self) -> None:
        self._update_buttons()

    def _arrived(self, data: CopiesData) -> None:
        selected = self.table.currentRow()
        self.copies = data.copies
        self.sent = data.sent
        parties = data.agreement.parties
        self.table.setRowCount(len(parties))
        for row, party in enumerate(parties):
            copy = self._latest(party.organisation_id)
            sent = data.sent.get(party.organisation_id)
            values = (
                party.name,
                sent.isoformat() if sent else "",
                party.signed_on.isoformat() if party.signed_on else self.tr("not signed"),
                party.signed_place,
                copy.file_name if copy else "",
                self._signature_summary(copy, data.agreement.parties.index(party) + 1),
                copy.added_at.strftime("%Y-%m-%d %H:%M") if copy else "",
                copy.sha256 if copy else "",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, party.organisation_id)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        if 0 <= selected < len(parties):
            self.table.selectRow(selected)
        signed = sum(1 for p in parties if p.signed_on)
        self.status.setText(
            self.tr("Signed by {0} of {1} parties. Status: {2}.").format(
                signed, len(parties), status_label(data.agreement.status)
            )
        )
        self._update_buttons()

    def _signature_summary(self, copy: SignedCopy | None, number: int) -> str:
        """The party's own signature in its latest copy, as found when it came in."""
        if copy is None:
            return ""
        if not copy.signatures:
            return self.tr("scan")
        mine = next((c for c in copy.signatures if c.party == number), None)
        if mine is None:
            return ""
        verdict = self.tr("valid") if mine.problem is None else human(mine.problem)
        return f"{mine.signer}: {verdict}"

    def _latest(self, organisation_id: int) -> SignedCopy | None:
        mine = [c for c in self.copies if c.organisation_id == organisation_id]
        return mine[-1] if mine else None

    def current_party(self) -> Party | None:
        row = selected_row(self.table)
        if self.agreement is None or row < 0 or row >= len(self.agreement.parties):
            return None
        organisation_id = cell_data(self.table, row, 0, Qt.ItemDataRole.UserRole)
        return next(
            (p for p in self.agreement.parties if p.organisation_id == organisation_id), None
        )

    def _update_buttons(self) -> None:
        party = self.current_party()
        saved = self.agreement is not None and self.agreement.id is not None
        self.attach_button.setEnabled(saved and not self.dirty and party is not None)
        self.receive_button.setEnabled(saved and not self.dirty)
        unsigned = party is not None and party.signed_on is None
        self.sign_button.setEnabled(saved and not self.dirty and unsigned)
        has_copy = party is not None and self._latest(party.organisation_id) is not None
        self.open_button.setEnabled(has_copy)
        self.save_button.setEnabled(has_copy)
        a = self.agreement
        waiting = a is not None and a.status in (
            AgreementStatus.DRAFT,
            AgreementStatus.OUT_FOR_SIGNATURE,
        )
        self.send_button.setEnabled(saved and not self.dirty and waiting)

    def _may_drop_at(self, pos: QPoint) -> bool:
        saved = self.agreement is not None and self.agreement.id is not None
        return saved and not self.dirty and self.table.rowAt(pos.y()) >= 0

    def _scan_dropped(self, path: Path, pos: QPoint) -> None:
        self.table.selectRow(self.table.rowAt(pos.y()))
        if path.suffix.lower() == ".pdf":
            self.receive_signed(path, scan_for=self.current_party())
        else:
            self.attach_current(path)

    def _keep(self, dialog: QDialog) -> None:
        """The dialog shown now; the one before goes once the event loop is back (deleting a
        dialog in its own signal crashes, and a closed one still holds what was typed)."""
        if self._dialog is not None and self._dialog is not dialog:
            self._dialog.deleteLater()
        self._dialog = dialog

    def receive_signed(self, path: Path | None = None, *, scan_for: Party | None = None) -> None:
        """The receive dialog; a dropped PDF without signatures is attached as the scan
        of ``scan_for``, the party it was dropped on."""
        if self.agreement is None or self.ctx is None or self.dirty:
            return
        from bibagreements.gui.signing_dialogs import ReceiveSignedDialog

        chosen = scan_for  # dropped on a party: a field of its own is that party's
        number = next(
            (
                i
                for i, p in enumerate(self.agreement.parties, start=1)
                if chosen is not None and p.organisation_id == chosen.organisation_id
            ),
            None,
        )
        dialog = ReceiveSignedDialog(self.ctx, self.agreement, None, self, party=number)
        dialog.received.connect(self._attached)
        if scan_for is not None and path is not None:
            dropped, party = path, scan_for
            dialog.not_signed.connect(lambda: self._as_scan(dialog, dropped, party))
        self._keep(dialog)
        dialog.open()
        if path is not None:
            dialog.start(path)

    def _as_scan(self, dialog: QDialog, path: Path, party: Party) -> None:
        if not dialog.isVisible():  # cancelled while the file was being read
            return
        dialog.close()
        self._attach_for(party, path)

    def sign_current(self) -> None:
        party = self.current_party()
        if party is None or self.agreement is None or self.ctx is None or self.dirty:
            return
        from bibagreements.gui.signing_dialogs import SignHereDialog

        dialog = SignHereDialog(self.ctx, self.agreement, party, self)
        dialog.signed.connect(lambda result: self._attached(result.received))
        self._keep(dialog)
        dialog.open()

    def attach_current(self, path: Path | None = None) -> None:
        party = self.current_party()
        if party is not None:
            self._attach_for(party, path)

    def _attach_for(self, party: Party, path: Path | None) -> None:
        if self.agreement is None or self.ctx is None or self.dirty:
            return
        dialog = AttachSignedCopyDialog(self.ctx, self.agreement, party, self)
        if path is not None:
            dialog.ui.fileEdit.setText(str(path))
        dialog.attached.connect(self._attached)
        self._keep(dialog)
        dialog.open()

    def _attached(self, result: AttachResult) -> None:
        self.attached.emit(result)

    def _write_copy(
        self, copy: SignedCopy, target: Path, then: Callable[[Path], object] | None = None
    ) -> None:
        from bibagreements.services.signed_copies import save_signed_copy

        assert self.ctx is not None
        self.ctx.op(self, lambda uow: save_signed_copy(uow, copy.id, target), then)

    def open_current(self) -> None:
        party = self.current_party()
        copy = self._latest(party.organisation_id) if party else None
        if copy is None:
            return
        from bibagreements.gui.system_open import open_path

        folder = Path(tempfile.mkdtemp(prefix="bibagreements-"))
        self._write_copy(copy, folder / copy.file_name, open_path)

    def send_for_signature(self) -> None:
        a = self.agreement
        if a is None or a.id is None or self.ctx is None or self.dirty:
            return
        from bibagreements.gui.mail_drafts import compose

        agreement_id = a.id

        def build(uow: UnitOfWork, sender: Address | None, target: Path) -> list[Draft]:
            from bibagreements.services.messages import signature_requests

            return signature_requests(uow, agreement_id, sender, target.parent, target.stem)

        def done(_paths: list[Path]) -> None:
            pass  # the Sent column shows the sending once the tab reads the agreement again

        name = self.tr("For signature {0}").format(a.short_title or a.title)
        compose(
            self,
            self.ctx,
            self.tr("Send for signature"),
            name,
            build,
            done,
            agreement_id=agreement_id,
            changes=Change.AGREEMENTS | Change.DOCUMENTS | Change.SIGNED_COPIES,
        )

    def save_current(self) -> None:
        party = self.current_party()
        copy = self._latest(party.organisation_id) if party else None
        if copy is None:
            return
        path = dialogs.save_file(self, self.tr("Save signed copy"), copy.file_name, "")
        if path:
            self._write_copy(copy, Path(path))
