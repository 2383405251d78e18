"""The line below a field that says what is wrong with it, without moving the form.

An ``ErrorLabel`` is one line high whatever it says and stays in its place,
empty while there is nothing to say, so a problem that appears or goes away
never shifts the fields around it. A text longer than the line is elided; the
tooltip holds all of it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ErrorLabel(QLabel):
    """Shown empty while its field is fine: hiding it would close up the form's rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed))

    def setSizePolicy(self, policy: QSizePolicy) -> None:  # type: ignore[override]
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)  # the .ui's policy, one line high
        super().setSizePolicy(policy)

    def shows_problem(self) -> bool:
        """Whether a problem is on show (the label itself is there all the same)."""
        return bool(self.text()) and not self.isHidden()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text if "\n" in text or len(text) > 60 else "")

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 2

    def sizeHint(self) -> QSize:
        return QSize(100, self._line_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(20, self._line_height())

    def hasHeightForWidth(self) -> bool:
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        lines = [line for line in self.text().split("\n") if line]
        shown = "   ".join(lines)
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        elided = self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, self.width())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.rect(), int(align), elided)
