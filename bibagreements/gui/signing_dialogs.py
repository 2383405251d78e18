"""The signed-copies tab's electronic signatures: receive a signed PDF (every signature
checked and shown in plain words before anything is recorded), and sign a party's field
here with a PKCS#12 file (the password used once, never stored)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bibagreements.domain.signature_checks import SignatureCheck
from bibagreements.errors import ValidationError
from bibagreements.gui import dialogs
from bibagreements.gui.operations import Change
from bibagreements.gui.problems import QT_TRANSLATE_NOOP, human
from bibagreements.gui.record_dialogs import ERROR_STYLE

if TYPE_CHECKING:
    from bibagreements.domain.records import Agreement, Party
    from bibagreements.gui.context import AppContext
    from bibagreements.services.database import UnitOfWork
    from bibagreements.services.signatures import ReceiveResult
    from bibagreements.services.signing import SignedHere

UNCOUNTED = frozenset({"signature_untrusted", "signature_expired", "signature_revoked"})
PASSWORD_CHARACTERS = 1024
translate = QCoreApplication.translate


# What is wrong with one signature, said once (the line names field and signer) and
# with what to do about it.
STATES = {
    "signature_altered": QT_TRANSLATE_NOOP(
        "Signatures",
        "not valid: the document was altered after signing. Ask the party for a new signed file.",
    ),
    "signature_changed_after": QT_TRANSLATE_NOOP(
        "Signatures",
        "not valid: more than signatures was added to the file after it. Ask the party "
        "for a new signed file.",
    ),
    "signature_not_ours": QT_TRANSLATE_NOOP(
        "Signatures",
        "not this agreement's frozen version as the program made it, or its content "
        "was changed before signing.",
    ),
    "signature_superseded": QT_TRANSLATE_NOOP(
        "Signatures",
        "signed on version {version}, which a later version replaced: not counted.",
    ),
    "signature_expired": QT_TRANSLATE_NOOP(
        "Signatures", "the certificate was not valid when it was signed: not counted."
    ),
    "signature_revoked": QT_TRANSLATE_NOOP(
        "Signatures", "the certificate is revoked: not counted."
    ),
    "signature_untrusted": QT_TRANSLATE_NOOP(
        "Signatures",
        "its issuer is not among the trusted signing services (Settings → Trusted "
        "signing services…): not counted.",
    ),
}


def signature_text(check: SignatureCheck) -> str:
    """One signature in plain words, in the window's language."""
    who = check.signer + (f" ({check.organisation})" if check.organisation else "")
    when = (
        check.signed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if check.signed_at
        else translate("Signatures", "no time")
    )
    problem = check.problem
    if problem is None:
        text = translate(
            "Signatures",
            "✓ {0}: signed by {1}, {2}, certificate serial {3}: valid; the document is "
            "unchanged since the signature (version {4}).",
        ).format(check.field, who, when, check.serial, check.version)
    else:
        state = STATES.get(problem.code)
        said = (
            translate("Signatures", state).format(**dict(problem.params))
            if state
            else human(problem, with_field=False)
        )
        if problem.code == "signature_expired" and check.valid_from and check.valid_until:
            said = translate(
                "Signatures",
                "the certificate was valid {0} – {1}, not when it was signed: not counted.",
            ).format(check.valid_from.date().isoformat(), check.valid_until.date().isoformat())
        text = translate("Signatures", "⚠ {0}: signed by {1}, {2}: {3}").format(
            check.field, who, when, said
        )
    if check.attributed:
        text += "\n" + translate(
            "Signatures", "→ {0} is a field of its own: its signature is taken as {1}'s."
        ).format(check.field, check.party_name)
    if check.other_organisation and check.counts:  # who an untrusted one names proves nothing
        text += "\n" + translate(
            "Signatures",
            "⚠ The certificate names {0}, but the field is {1}'s: make sure the signer "
            "may sign for the party.",
        ).format(check.organisation, check.party_name)
    return text


class _FileLine(QWidget):
    """A path typed or chosen; several when ``many`` (kept apart by semicolons)."""

    def __init__(self, caption: str, filters: str, parent: QWidget, *, many: bool = False) -> None:
        super().__init__(parent)
        self.caption, self.filters, self.many = caption, filters, many
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(4000)
        self.button = QPushButton(self.tr("Bro&wse…") if not many else self.tr("Ch&oose…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)  # the label's mnemonic goes to the text
        self.button.clicked.connect(self.browse)

    def browse(self) -> None:
        chosen = dialogs.open_file(self, self.caption, self.filters)
        if not chosen:
            return
        if self.many and self.edit.text().strip():
            self.edit.setText(f"{self.edit.text().strip()}; {chosen}")
        else:
            self.edit.setText(chosen)

    def paths(self) -> list[Path]:
        parts = self.edit.text().split(";") if self.many else [self.edit.text()]
        return [Path(p.strip()) for p in parts if p.strip()]


def _crl_line(parent: QWidget) -> _FileLine:
    line = _FileLine(
        translate("Signatures", "Certificate revocation list"),
        translate("Signatures", "Revocation lists (*.crl *.pem);;All files (*)"),
        parent,
        many=True,
    )
    line.edit.setPlaceholderText(
        translate("Signatures", "Optional: the signing service's revocation lists (CRL)")
    )
    return line


class _SignatureDialog(QDialog):
    def __init__(self, ctx: AppContext, agreement: Agreement, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agreement = agreement
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.rejected.connect(self.reject)
        self.first_field: QWidget | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.first_field is not None:  # the first field has the focus, not Cancel
            self.first_field.setFocus()

    def _show_problems(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.error.setText("\n".join("⚠ " + human(p) for p in exc.problems))
            self.error.setVisible(True)
        else:
            self.ctx.errors.present(exc, self)


class ReceiveSignedDialog(_SignatureDialog):
    """A signed PDF a party sent back: checked as soon as it is chosen, recorded on OK."""

    received = Signal(object)  # ReceiveResult
    not_signed = Signal()  # the file checked has no electronic signature

    def __init__(
        self,
        ctx: AppContext,
        agreement: Agreement,
        path: Path | None = None,
        parent: QWidget | None = None,
        *,
        party: int | None = None,
    ) -> None:
        super().__init__(ctx, agreement, parent)
        self.checks: list[SignatureCheck] = []
        # Each change of file, lists or party asks anew: a check still running for
        # what was asked before is not shown (nor recorded) when it ends.
        self._asked = 0
        self.setWindowTitle(self.tr("Receive a signed PDF – {0}").format(agreement.title))
        intro = QLabel(
            self.tr(
                "Every electronic signature in the file is checked here, offline: the signed "
                "bytes, the signer's certificate against the trusted signing services, and "
                "that it is this agreement's frozen version. A valid signature in a party's "
                "field records that party's signing, with the file; one in a field the "
                "signing service added counts for the party chosen below."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.file_line = _FileLine(
            self.tr("Signed PDF"), self.tr("PDF (*.pdf);;All files (*)"), self
        )
        self.first_field = self.file_line
        self.crl_line = _crl_line(self)
        # A signing service may sign in a field of its own: the user says whose it is.
        self.party_box = QComboBox(self)
        self.party_box.addItem(self.tr("As the signature field says"), None)
        for number, each in enumerate(agreement.parties, start=1):
            self.party_box.addItem(each.name, number)
        self.party_box.setCurrentIndex(max(0, self.party_box.findData(party)))
        self.findings = QLabel(self)
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.findings.setWordWrap(True)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.ok_button.setText(self.tr("&Record signing"))
        form = QFormLayout()
        form.addRow(self.tr("Signed &PDF:"), self.file_line)
        form.addRow(self.tr("Revocation &lists:"), self.crl_line)
        form.addRow(self.tr("Signature in a field of its own &by:"), self.party_box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.record)
        self.check_button.clicked.connect(self.check)
        self.file_line.edit.textChanged.connect(self._forget)
        self.crl_line.edit.textChanged.connect(self._forget)
        self.party_box.currentIndexChanged.connect(self._party_changed)
        self.resize(720, 380)
        self._forget()
        if path is not None:
            self.start(path)

    def start(self, path: Path) -> None:
        """Check ``path`` straight away (a file dropped on the tab)."""
        self.file_line.edit.setText(str(path))
        self.check()

    def chosen_party(self) -> int | None:
        """The party a signature in a field of its own goes to (None: none chosen)."""
        number = self.party_box.currentData()
        return number if isinstance(number, int) else None

    def _party_changed(self, *_args: object) -> None:
        self.check()

    def _signed_parties(self) -> set[int]:
        """The numbers (1, 2 …) of the parties already recorded as signed."""
        return {i for i, p in enumerate(self.agreement.parties, start=1) if p.signed_on}

    def _forget(self, *_args: object) -> None:
        self._asked += 1
        self.checks = []
        self.findings.setText("")
        self.error.setVisible(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        broken = any((p := c.problem) is not None and p.code not in UNCOUNTED for c in self.checks)
        # Something to record: a counted signature of a party not yet recorded as signed.
        signed = self._signed_parties()
        ready = any(c.counts and c.party is not None and c.party not in signed for c in self.checks)
        self.ok_button.setEnabled(ready and not broken)
        self.check_button.setEnabled(bool(self.file_line.paths()))

    def check(self) -> None:
        from bibagreements.services.signatures import checked_for_party, read_crls, read_signed

        paths, crl_paths = self.file_line.paths(), self.crl_line.paths()
        if not paths or self.agreement.id is None:
            return
        agreement_id, party = self.agreement.id, self.chosen_party()

        def job(uow: UnitOfWork) -> list[SignatureCheck]:
            data, crls = read_signed(paths[0]), read_crls(crl_paths)
            return checked_for_party(uow, agreement_id, data, crls, party)

        self._forget()
        asked = self._asked
        self.ctx.op(
            self,
            job,
            lambda checks: self._checked(asked, checks),
            lambda exc: self._check_failed(asked, exc),
            label=self.tr("Checking signatures…"),
        )

    def _check_failed(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked:
            return
        if isinstance(exc, ValidationError) and [p.code for p in exc.problems] == [
            "not_a_signed_pdf"
        ]:
            self.not_signed.emit()
        self._show_problems(exc)

    def _checked(self, asked: int, checks: list[SignatureCheck]) -> None:
        if asked != self._asked:
            return
        self.checks = checks
        lines = [signature_text(c) for c in checks]
        signed = self._signed_parties()
        if any(c.counts and c.party is None for c in checks):
            lines.append(
                self.tr(
                    "⚠ Choose under “Signature in a field of its own by” the party who "
                    "signed in the field of its own."
                )
            )
        elif (known := [c for c in checks if c.counts]) and all(c.party in signed for c in known):
            lines.append(
                self.tr("⚠ Every party that signed in this file is already recorded as signed.")
            )
        self.findings.setText("\n".join(lines))
        self._update_buttons()

    def record(self) -> None:
        from bibagreements.services.signatures import read_crls, receive_signed

        paths, crl_paths = self.file_line.paths(), self.crl_line.paths()
        agreement_id = self.agreement.id
        if not paths or agreement_id is None:
            return
        today, party = self.ctx.today(), self.chosen_party()
        self.ok_button.setEnabled(False)
        self.ctx.op(
            self,
            lambda uow: receive_signed(
                uow, agreement_id, paths[0], crls=read_crls(crl_paths), today=today, party=party
            ),
            self._received,
            self._failed,
            changes=Change.SIGNED_COPIES | Change.AGREEMENTS,
            agreement_id=agreement_id,
            label=self.tr("Recording the signing…"),
        )

    def _received(self, result: ReceiveResult) -> None:
        self.received.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._update_buttons()
        self._show_problems(exc)


class SignHereDialog(_SignatureDialog):
    """The coordinator signs her party's field with her organisation certificate."""

    signed = Signal(object)  # SignedHere

    def __init__(
        self, ctx: AppContext, agreement: Agreement, party: Party, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, agreement, parent)
        self.party = party
        self.setWindowTitle(self.tr("Sign – {0}").format(party.name))
        intro = QLabel(
            self.tr(
                "Signs the field of {0} in the frozen version of “{1}” (PAdES), on top of "
                "any signature already received, leaving the other parties' fields empty. "
                "With the signing service's revocation lists the validation data is "
                "embedded too (PAdES-B-LT)."
            ).format(party.name, agreement.title),
            self,
        )
        intro.setWordWrap(True)
        self.file_line = _FileLine(
            self.tr("Certificate file"),
            self.tr("PKCS#12 (*.p12 *.pfx);;All files (*)"),
            self,
        )
        self.first_field = self.file_line
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(PASSWORD_CHARACTERS)
        note = QLabel(self.tr("The password is used for this signing only, never stored."), self)
        note.setWordWrap(True)
        self.place_edit = QLineEdit(party.signed_place, self)
        self.place_edit.setMaxLength(200)
        self.crl_line = _crl_line(self)
        form = QFormLayout()
        form.addRow(self.tr("&Certificate file:"), self.file_line)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow("", note)
        form.addRow(self.tr("Pl&ace:"), self.place_edit)
        form.addRow(self.tr("Revocation &lists:"), self.crl_line)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.ok_button.setText(self.tr("&Sign"))
        self.buttons.accepted.connect(self.sign)
        self.file_line.edit.textChanged.connect(self._validate)
        self.finished.connect(lambda _result: self.password_edit.clear())
        self.resize(640, 300)
        self._validate()

    def _validate(self, *_args: object) -> None:
        self.ok_button.setEnabled(bool(self.file_line.paths()))

    def sign(self) -> None:
        from bibagreements.services.signatures import read_crls
        from bibagreements.services.signing import read_pkcs12, sign_here

        paths, crl_paths = self.file_line.paths(), self.crl_line.paths()
        agreement_id = self.agreement.id
        if not paths or agreement_id is None:
            return
        password = self.password_edit.text().encode()
        self.password_edit.clear()  # typed again after a failure: it is not kept
        which = str(self.agreement.parties.index(self.party) + 1)
        place = self.place_edit.text()
        today = self.ctx.today()

        def job(uow: UnitOfWork) -> SignedHere:
            return sign_here(
                uow,
                agreement_id,
                which,
                read_pkcs12(paths[0]),
                password,
                crls=read_crls(crl_paths),
                place=place,
                today=today,
            )

        self.error.setVisible(False)
        self.ok_button.setEnabled(False)
        self.ctx.op(
            self,
            job,
            self._signed,
            self._failed,
            changes=Change.SIGNED_COPIES | Change.AGREEMENTS,
            agreement_id=agreement_id,
            label=self.tr("Signing…"),
        )

    def _signed(self, result: SignedHere) -> None:
        self.signed.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._validate()
        self._show_problems(exc)
