"""The application's style: the platform's own, with room for the dots of Å, Ä and Ö.

Fonts such as DejaVu Sans draw the ring and the dots of capital Å, Ä and Ö above
the font's ascent. Qt clips a text to a rectangle of the font's height (tab
titles of unselected tabs, rows of item views with uniform heights), so "Övriga"
showed as "Ovriga". This style lets text overflow its rectangle vertically, by
the height the accents need, and gives item-view rows that height too.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionViewItem,
    QWidget,
)

#: The tallest capitals of the interface's languages.
ACCENTED_CAPITALS = "ÅÄÖÉÜ"


_overshoots: dict[str, int] = {}


def accent_overshoot(font: QFont) -> int:
    """Pixels the accented capitals reach above the font's ascent (0 if none)."""
    key = font.key()
    if key not in _overshoots:
        metrics = QFontMetrics(font)
        top = -metrics.tightBoundingRect(ACCENTED_CAPITALS).top()
        _overshoots[key] = max(0, top - metrics.ascent())
    return _overshoots[key]


class AccentRoomStyle(QProxyStyle):
    def drawItemText(
        self,
        painter: QPainter,
        rect: QRect,
        flags: int,
        pal: QPalette | Qt.GlobalColor | QColor,
        enabled: bool,
        text: str,
        textRole: QPalette.ColorRole = QPalette.ColorRole.NoRole,
    ) -> None:
        room = accent_overshoot(painter.font()) + 1
        painter.save()
        # Still clipped at the sides (elided or too long texts), no longer at the top.
        painter.setClipRect(rect.adjusted(0, -room, 0, room), Qt.ClipOperation.IntersectClip)
        flags = int(flags) | int(Qt.TextFlag.TextDontClip.value)
        super().drawItemText(painter, rect, flags, pal, enabled, text, textRole)
        painter.restore()

    def sizeFromContents(
        self,
        type: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        result = super().sizeFromContents(type, option, size, widget)  # type: ignore[arg-type]
        if type == QStyle.ContentsType.CT_ItemViewItem:
            font = option.font if isinstance(option, QStyleOptionViewItem) else QFont()
            result.setHeight(result.height() + 2 * accent_overshoot(font))
        return result


def install_style(app: QApplication) -> None:
    """Wrap the style Qt chose for this platform (once)."""
    if not isinstance(app.style(), AccentRoomStyle):
        app.setStyle(AccentRoomStyle(app.style().name()))
