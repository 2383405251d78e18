"""Settings → Trusted signing services: the CA certificates that signatures on
returned PDFs must chain to (kept in the database, for everyone using it)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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

from bibagreements.errors import ValidationError
from bibagreements.gui import dialogs
from bibagreements.gui.problems import human
from bibagreements.gui.record_dialogs import ERROR_STYLE
from bibagreements.gui.widgets import cell_data, read_only_table, selected_row

if TYPE_CHECKING:
    from bibagreements.gui.context import AppContext
    from bibagreements.services.trust import TrustAnchor


class TrustListDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.anchors: list[TrustAnchor] = []
        self.setWindowTitle(self.tr("Trusted signing services"))
        intro = QLabel(
            self.tr(
                "A signature on a returned PDF counts only when its certificate chains to one "
                "of these CA certificates. Add the CA certificate (PEM or DER) of each signing "
                "service your region uses; a signer's own certificate is not accepted here."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = read_only_table(
            self, [self.tr("Certificate"), self.tr("Added"), self.tr("SHA-256")], (300, 130)
        )
        self.add_button = QPushButton(self.tr("&Add CA certificate…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        dialogs.name_buttons(close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.add_button.clicked.connect(lambda: self.add())
        self.remove_button.clicked.connect(self.remove_current)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(720, 360)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        from bibagreements.services.trust import list_trust_anchors

        self.ctx.op(self, list_trust_anchors, self._arrived)

    def _arrived(self, anchors: list[TrustAnchor]) -> None:
        self.anchors = anchors
        self.table.setRowCount(len(anchors))
        for row, anchor in enumerate(anchors):
            values = (anchor.name, anchor.added_at.strftime("%Y-%m-%d %H:%M"), anchor.sha256)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, anchor.id)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(selected_row(self.table) >= 0)

    def add(self, path: Path | None = None) -> None:
        from bibagreements.services.trust import add_trust_anchor

        if path is None:
            chosen = dialogs.open_file(
                self,
                self.tr("CA certificate of a signing service"),
                self.tr("Certificates (*.pem *.cer *.crt *.der);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        where = path
        self.error.setVisible(False)
        self.ctx.op(self, lambda uow: add_trust_anchor(uow, where), self._added, self._failed)

    def _added(self, anchor: TrustAnchor) -> None:
        if not anchor.new:
            self.error.setText(self.tr("Already on the list: {0}").format(anchor.name))
            self.error.setVisible(True)
        self.reload()

    def remove_current(self) -> None:
        from bibagreements.services.trust import remove_trust_anchor

        row = selected_row(self.table)
        if row < 0:
            return
        anchor_id = cell_data(self.table, row, 0, Qt.ItemDataRole.UserRole)
        subject = self.anchors[row].name
        if not dialogs.confirm(
            self,
            self.tr("Remove a trusted certificate"),
            self.tr(
                "Signatures from {0} will no longer count when PDFs are received. "
                "Signings already recorded stay recorded."
            ).format(subject),
            self.tr("&Remove"),
        ):
            return
        self.ctx.op(
            self,
            lambda uow: remove_trust_anchor(uow, int(anchor_id)),
            lambda _r: self.reload(),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.error.setText("\n".join("⚠ " + human(p) for p in exc.problems))
            self.error.setVisible(True)
        else:
            self.ctx.errors.present(exc, self)
