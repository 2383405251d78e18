"""The first thing a new user sees: example data a click away, or a new agreement."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomeView(QWidget):
    load_examples = Signal()
    new_agreement = Signal()
    own_organisation_given = Signal(str)
    house_style = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Welcome to bibagreements"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(
            self.tr(
                "Here you draft, find and follow up the collaboration agreements of your "
                "regional library unit. There are no agreements in this database yet."
            ),
            self,
        )
        self.intro.setWordWrap(True)

        self.own_box = QFrame(self)
        self.own_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.own_label = QLabel(
            self.tr(
                "Which organisation do you work for? It becomes the first party of every "
                "new agreement (you can change it later in Settings)."
            ),
            self.own_box,
        )
        self.own_label.setWordWrap(True)
        self.own_edit = QLineEdit(self.own_box)
        self.own_edit.setPlaceholderText(self.tr("e.g. Region Skånes kulturförvaltning"))
        self.own_button = QPushButton(self.tr("Remember"), self.own_box)
        self.own_done = QLabel(self.own_box)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_edit, 1)
        own_row.addWidget(self.own_button)
        own_layout = QVBoxLayout(self.own_box)
        own_layout.addWidget(self.own_label)
        own_layout.addLayout(own_row)
        own_layout.addWidget(self.own_done)
        self.own_done.setVisible(False)
        self.style_button = QPushButton(self.tr("Set your house style…"), self.own_box)
        self.style_button.setToolTip(
            self.tr("Your logo, letterhead, footer, colour and font on every document")
        )
        style_row = QHBoxLayout()
        style_row.addStretch(1)
        style_row.addWidget(self.style_button)
        own_layout.addLayout(style_row)

        self.examples_button = QPushButton(self.tr("Load example agreements"), self)
        self.examples_button.setToolTip(
            self.tr("Adds the Skåne–Kristianstad agreement of 2019 and two more to look at")
        )
        self.new_button = QPushButton(self.tr("New agreement"), self)
        for button in (self.examples_button, self.new_button):
            button.setMinimumHeight(48)
            button.setMinimumWidth(220)
        self.examples_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.examples_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)

        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addSpacing(8)
        column.addWidget(self.intro)
        column.addSpacing(16)
        column.addWidget(self.own_box)
        column.addSpacing(24)
        column.addLayout(buttons)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setFixedWidth(640)  # a fixed width lets the wrapped labels get their height
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.examples_button.clicked.connect(self.load_examples)
        self.new_button.clicked.connect(self.new_agreement)
        self.own_button.clicked.connect(self._remember)
        self.style_button.clicked.connect(self.house_style)
        self.own_edit.returnPressed.connect(self._remember)
        self.own_edit.textChanged.connect(
            lambda text: self.own_button.setEnabled(bool(text.strip()))
        )
        self.own_button.setEnabled(False)

    def ask_own_organisation(self, ask: bool, current: str = "") -> None:
        # The box appears after the first layout; give it the height its wrapped text needs.
        layout = self.own_box.layout()
        if layout is not None:
            self.own_box.setMinimumHeight(layout.totalHeightForWidth(620) + 8)
        self.own_box.setVisible(ask)
        self.own_edit.setText(current)

    def _remember(self) -> None:
        name = self.own_edit.text().strip()
        if not name:
            return
        self.own_organisation_given.emit(name)
        self.own_done.setText(self.tr("Thank you: new agreements start with {0}.").format(name))
        self.own_done.setVisible(True)
        self.own_edit.setEnabled(False)
        self.own_button.setEnabled(False)
