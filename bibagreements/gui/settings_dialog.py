"""Settings: language, own organisation, startup reminders, the columns of the list, how
many automatic backups to keep, and the ways to the house style of the documents and to
the signing services trusted for electronic signatures."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bibagreements.gui.settings import MAX_KEPT, Settings


class SettingsDialog(QDialog):
    house_style_requested = Signal()
    trust_list_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        columns: list[tuple[str, str]],  # (stable name, header); the first always shows
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("As the system (Swedish on a Swedish system)"), "")
        self.language_combo.addItem("Svenska", "sv")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
        self.language_note = QLabel(
            self.tr("A new language shows the next time the program starts."), self
        )
        self.language_note.setWordWrap(True)
        self.own_edit = QLineEdit(settings.own_organisation, self)
        self.own_edit.setPlaceholderText(self.tr("The first party of new agreements"))
        self.sender_edit = QLineEdit(settings.sender, self)
        self.sender_edit.setMaxLength(300)
        self.sender_edit.setPlaceholderText(self.tr("e.g. Åsa Öberg <asa.oberg@region.se>"))
        self.sender_edit.setToolTip(
            self.tr("The sender of invitations, drafts, signing rounds and minutes")
        )
        self.reminders_check = QCheckBox(self.tr("Show Today when the program starts"), self)
        self.reminders_check.setChecked(settings.startup_reminders)
        self.column_checks: dict[str, QCheckBox] = {}
        columns_box = QWidget(self)
        columns_layout = QVBoxLayout(columns_box)
        columns_layout.setContentsMargins(0, 0, 0, 0)
        hidden = settings.hidden_columns
        for key, header in columns:
            check = QCheckBox(header, columns_box)
            check.setChecked(key not in hidden)
            columns_layout.addWidget(check)
            self.column_checks[key] = check
        first = self.column_checks[columns[0][0]]
        first.setChecked(True)
        first.setEnabled(False)  # the first column (short title or partners) always shows

        self.daily_spin = self._count_spin(settings.daily_backups)
        self.weekly_spin = self._count_spin(settings.weekly_backups)
        self.backups_note = QLabel(
            self.tr(
                "A backup of the database is made when the program starts, once a day. "
                "Kept: the newest daily ones, and before them the newest of each week."
            ),
            self,
        )
        self.backups_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", self.language_note)
        form.addRow(self.tr("&Your organisation:"), self.own_edit)
        form.addRow(self.tr("Your name and e-&mail:"), self.sender_edit)
        form.addRow(self.tr("Today:"), self.reminders_check)
        form.addRow(self.tr("Columns in the list:"), columns_box)
        form.addRow(self.tr("Daily &backups kept:"), self.daily_spin)
        form.addRow(self.tr("&Weekly backups kept:"), self.weekly_spin)
        form.addRow("", self.backups_note)
        self.house_style_button = QPushButton(self.tr("&House style of your documents…"), self)
        self.house_style_button.clicked.connect(self.house_style_requested)
        form.addRow(self.tr("Documents:"), self.house_style_button)
        self.trust_button = QPushButton(self.tr("&Trusted signing services…"), self)
        self.trust_button.clicked.connect(self.trust_list_requested)
        form.addRow(self.tr("Electronic signatures:"), self.trust_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _count_spin(self, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, MAX_KEPT)
        spin.setValue(value)
        return spin

    def accept(self) -> None:
        s = self.settings
        s.language = self.language_combo.currentData()
        s.own_organisation = self.own_edit.text()
        s.sender = self.sender_edit.text()
        if self.own_edit.text().strip():
            s.own_organisation_asked = True
        s.startup_reminders = self.reminders_check.isChecked()
        s.daily_backups = self.daily_spin.value()
        s.weekly_backups = self.weekly_spin.value()
        s.hidden_columns = frozenset(
            key for key, check in self.column_checks.items() if not check.isChecked()
        )
        s.sync()
        super().accept()
