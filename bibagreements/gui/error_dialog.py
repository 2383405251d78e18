"""The details dialog for bugs: an apology, the traceback folded away, "Copy details"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from bibagreements.gui.errors import Message


class DetailsDialog(QDialog):
    """An apology with the technical details folded away and a "Copy details" button."""

    def __init__(self, message: Message, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(message.title)
        self.resize(560, 200)
        icon = QLabel(self)
        style = self.style()
        icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48))
        text = QLabel(message.text, self)
        text.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(text, 1)
        self.details = QPlainTextEdit(message.details, self)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.show_button = QPushButton(self.tr("Show details"), self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.show_button.clicked.connect(self._toggle)
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _toggle(self) -> None:
        self.details.setVisible(not self.details.isVisible())
        self.show_button.setText(
            self.tr("Hide details") if self.details.isVisible() else self.tr("Show details")
        )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))
