"""What an imported agreement gave its new draft, and what it did not: shown beside the draft.

Not modal: the coordinator reviews the draft in its editor with the report at
hand, and closes the report when done. The lines are the import's codes in the
user's language (bibagreements/gui/problems.py), never the English of the
command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from bibagreements.gui.problems import human

if TYPE_CHECKING:
    from bibagreements.services.document_import import ImportReport


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, source: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.setWindowTitle(self.tr("Imported from {0}").format(source))
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr(
                "The draft “{0}” was created. Check it against the file before you go on."
            ).format(report.title)
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        self.not_recognised = QListWidget(self)
        self.recognised = QListWidget(self)
        for problem in report.not_recognised:
            self.not_recognised.addItem(human(problem))
        for problem in report.recognised:
            self.recognised.addItem(human(problem))
        if report.not_recognised:
            layout.addWidget(QLabel(self.tr("Not found, or not used:")))
            layout.addWidget(self.not_recognised)
        else:
            self.not_recognised.hide()
        layout.addWidget(QLabel(self.tr("Found in the file:")))
        layout.addWidget(self.recognised, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(560, 520)
