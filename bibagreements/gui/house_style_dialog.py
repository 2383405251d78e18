"""Tools → House style: how the documents of an organisation look, and their wording.

One page for the letterhead, footer, logo, accent colour, font and numbering,
one for the fixed phrases (the built-in text beside the style's own, and a way
back). Everything is read in one operation and saved in one, against the
version that was read: a colleague's save in between is refused and nothing
typed here is lost. The dialog keeps the version number, never a session.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bibagreements.gui import dialogs
from bibagreements.gui.phrase_model import PhraseModel

if TYPE_CHECKING:
    from bibagreements.gui.context import AppContext
    from bibagreements.services.database import UnitOfWork
    from bibagreements.services.house_style_editing import HouseStyleForm
    from bibagreements.services.house_styles import HouseStyleChange, Logo

_LOGO_SIDE = 96


class HouseStyleDialog(QDialog):
    def __init__(self, ctx: AppContext, own_organisation: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        from bibagreements.services.house_style_editing import font_choices

        self.ctx = ctx
        self._own = own_organisation.strip()
        self.version: int | None = None  # of the style as read; None: it has none yet
        self.organisation = ""
        self._new_logo: Logo | None = None
        self._remove_logo = False
        self.setWindowTitle(self.tr("House style"))

        self.organisation_combo = QComboBox(self)
        self.organisation_note = QLabel(
            self.tr(
                "An agreement uses the style of its first party that has one, else the "
                "default style; the yearly report uses the default style."
            ),
            self,
        )
        self.organisation_note.setWordWrap(True)
        self.letterhead_edit = QPlainTextEdit(self)
        self.letterhead_edit.setTabChangesFocus(True)
        self.letterhead_edit.setPlaceholderText(
            self.tr("Unit name, address and web, one per line (four at most)")
        )
        self.letterhead_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.footer_edit = QLineEdit(self)
        self.footer_edit.setMaxLength(300)
        self.colour_edit = QLineEdit(self)
        self.colour_edit.setPlaceholderText("#1F5F8B")
        self.colour_edit.setMaxLength(7)
        self.colour_button = QPushButton(self.tr("C&hoose colour…"), self)
        self.font_combo = QComboBox(self)
        for key, name in font_choices():
            self.font_combo.addItem(name, key)
        self.numbering_check = QCheckBox(self.tr("Number the sections (1, 1.1)"), self)
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedSize(_LOGO_SIDE * 2, _LOGO_SIDE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo_button = QPushButton(self.tr("Choose lo&go…"), self)
        self.remove_logo_button = QPushButton(self.tr("Re&move logo"), self)

        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_edit, 1)
        colour_row.addWidget(self.colour_button)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 0, Qt.AlignmentFlag.AlignTop)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        page = QWidget(self)
        form = QFormLayout()
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(form)
        page_layout.addStretch(1)  # the fields together at the top
        form.addRow(self.tr("L&etterhead:"), self.letterhead_edit)
        form.addRow(self.tr("&Footer:"), self.footer_edit)
        form.addRow(self.tr("Logo (PNG or SVG):"), logo_row)
        form.addRow(self.tr("&Accent colour:"), colour_row)
        form.addRow(self.tr("Fo&nt:"), self.font_combo)
        form.addRow("", self.numbering_check)
        colour_label = form.labelForField(colour_row)
        if isinstance(colour_label, QLabel):
            colour_label.setBuddy(self.colour_edit)

        self.phrase_language = QComboBox(self)
        self.phrase_language.addItem(self.tr("Swedish"), "sv")
        self.phrase_language.addItem(self.tr("English"), "en")
        self.phrases = PhraseModel(self)
        self.phrase_table = QTableView(self)
        self.phrase_table.setModel(self.phrases)
        self.phrase_table.setWordWrap(True)
        self.phrase_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.phrase_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.phrase_table.setTabKeyNavigation(False)
        header = self.phrase_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.builtin_button = QPushButton(self.tr("Use the &built-in text"), self)
        self.phrase_note = QLabel(
            self.tr(
                "Type your wording in the right-hand column (F2 edits the selected row). "
                "It may use the built-in text's placeholders, such as {copies}."
            ),
            self,
        )
        self.phrase_note.setWordWrap(True)
        phrases_page = QWidget(self)
        phrases_layout = QVBoxLayout(phrases_page)
        language_row = QHBoxLayout()
        language_label = QLabel(self.tr("Lang&uage:"), phrases_page)
        language_label.setBuddy(self.phrase_language)
        language_row.addWidget(language_label)
        language_row.addWidget(self.phrase_language)
        language_row.addStretch(1)
        language_row.addWidget(self.builtin_button)
        phrases_layout.addLayout(language_row)
        phrases_layout.addWidget(self.phrase_table, 1)
        phrases_layout.addWidget(self.phrase_note)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(page, self.tr("Loo&k"))
        self.tabs.addTab(phrases_page, self.tr("&Phrases"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        dialogs.name_buttons(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        top = QFormLayout()
        top.addRow(self.tr("&Organisation:"), self.organisation_combo)
        top.addRow("", self.organisation_note)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.colour_button.clicked.connect(self._choose_colour)
        self.logo_button.clicked.connect(self._choose_logo)
        self.remove_logo_button.clicked.connect(self._drop_logo)
        self.builtin_button.clicked.connect(self._use_builtin)
        self.phrase_language.currentIndexChanged.connect(
            lambda _i: self.phrases.show_language(str(self.phrase_language.currentData()))
        )
        self.organisation_combo.activated.connect(
            lambda _i: self.load(str(self.organisation_combo.currentData()))
        )
        self.resize(760, 600)
        self.load("")

    # --- reading -------------------------------------------------------------------------

    def load(self, organisation: str) -> None:
        from bibagreements.services.house_style_editing import read_house_style_form

        self.save_button.setEnabled(False)
        self.ctx.op(self, lambda uow: read_house_style_form(uow, organisation), self._show)

    def _show(self, form: HouseStyleForm) -> None:
        self.organisation = form.organisation
        self._fill_organisations(form.styled)
        record = form.record
        self.version = record.version if record is not None else None
        self.letterhead_edit.setPlainText(record.letterhead if record else "")
        self.footer_edit.setText(record.footer if record else "")
        self.colour_edit.setText(record.accent_colour if record else "")
        font = self.font_combo.findData(record.font if record and record.font else "dejavu-sans")
        self.font_combo.setCurrentIndex(max(font, 0))
        self.numbering_check.setChecked(bool(record and record.numbering))
        self._new_logo, self._remove_logo = None, False
        self._show_logo(form.logo)
        self.phrases.set_lines(form.phrases, str(self.phrase_language.currentData()))
        self.save_button.setEnabled(True)

    def _fill_organisations(self, styled: tuple[str, ...]) -> None:
        names = ["", *sorted({*styled, *([self._own] if self._own else [])} - {""})]
        combo = self.organisation_combo
        combo.blockSignals(True)
        combo.clear()
        for name in names:
            combo.addItem(name or self.tr("The default style (your own)"), name)
        combo.setCurrentIndex(max(combo.findData(self.organisation), 0))
        combo.blockSignals(False)

    def _show_logo(self, data: bytes | None) -> None:
        self.remove_logo_button.setEnabled(bool(data))
        if not data:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(QByteArray(data)):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setText(self.tr("Logo ({0} kB)").format(max(1, len(data) // 1024)))

    # --- editing -------------------------------------------------------------------------

    def _choose_colour(self) -> None:
        colour = dialogs.choose_colour(self, self.colour_edit.text())
        if colour:
            self.colour_edit.setText(colour)

    def _choose_logo(self) -> None:
        path = dialogs.open_file(
            self, self.tr("Choose a logo"), self.tr("Logos (*.png *.svg);;All files (*)")
        )
        if not path:
            return
        from bibagreements.services.house_styles import read_logo

        self.ctx.run(self, lambda: read_logo(Path(path)), self._logo_read)

    def _logo_read(self, logo: Logo) -> None:
        self._new_logo, self._remove_logo = logo, False
        self._show_logo(logo.data)

    def _drop_logo(self) -> None:
        self._new_logo, self._remove_logo = None, True
        self._show_logo(None)

    def _use_builtin(self) -> None:
        index = self.phrase_table.currentIndex()
        if index.isValid():
            self.phrases.use_builtin(index.row())

    # --- saving --------------------------------------------------------------------------

    def change(self) -> HouseStyleChange:
        from bibagreements.services.house_styles import HouseStyleChange

        return HouseStyleChange(
            letterhead=self.letterhead_edit.toPlainText(),
            footer=self.footer_edit.text(),
            accent_colour=self.colour_edit.text().strip(),
            font=str(self.font_combo.currentData()),
            numbering=self.numbering_check.isChecked(),
            logo=self._new_logo,
            remove_logo=self._remove_logo,
        )

    def save(self) -> None:
        from bibagreements.services.house_style_editing import save_house_style_form

        organisation, change, version = self.organisation, self.change(), self.version
        phrases = self.phrases.changes()

        def job(uow: UnitOfWork) -> HouseStyleForm:
            return save_house_style_form(uow, organisation, change, phrases, version=version)

        self.save_button.setEnabled(False)
        self.ctx.op(self, job, self._saved, self._refused, label=self.tr("Saving the house style…"))

    def _saved(self, form: HouseStyleForm) -> None:
        self._show(form)
        self.setWindowTitle(self.tr("House style (saved)"))

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)  # what was typed stays for another try or a copy
        self.ctx.errors.present(exc, self)
