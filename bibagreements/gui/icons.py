"""The application's icon, and the menus' and toolbar's icons in the palette's colours.

The action icons (Tabler Icons, MIT, see resources/icons/LICENSE-tabler.txt)
are shipped as black-on-transparent PNGs made by bibagreements.gui.make_icons;
here each is tinted with the palette's text colour (disabled and selected
have their own), so they read on light and dark themes alike. Only PNGs are
read: no SVG rendering at run time, and only the sizes the screen needs.
"""

from __future__ import annotations

import math
import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette, QPixmap

from bibagreements.paths import resource_path

APP_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ACTION_SIZES = (16, 24, 32, 48)
# The largest icon drawn at one device pixel: the toolbar's (Fusion's 24 px).
_LARGEST_DRAWN = 24

_Mode = QIcon.Mode
_Group = QPalette.ColorGroup
_Role = QPalette.ColorRole
# Which palette colour draws each mode: Active (hover) falls back to Normal.
_MODES = (
    (_Mode.Normal, _Group.Active, _Role.WindowText),
    (_Mode.Disabled, _Group.Disabled, _Role.WindowText),
    (_Mode.Selected, _Group.Active, _Role.HighlightedText),
)

_cache: dict[tuple[str, tuple[int, ...], float], QIcon] = {}


def application_icon() -> QIcon:
    """Every size of bibagreements' icon; each file is read only when drawn."""
    icon = QIcon()
    for size in APP_SIZES:
        path = resource_path("icons", "hicolor", f"{size}x{size}", "apps", "bibagreements.png")
        icon.addFile(str(path), QSize(size, size))
    return icon


def action_icon_path(name: str, size: int) -> str:
    return str(resource_path("icons", "actions", "png", f"{name}-{size}.png"))


def tint(mask: QImage, colour: QColor) -> QPixmap:
    """``mask``'s shape (its alpha) filled with ``colour``.

    Done on the bytes, not with a QPainter: the first painter costs some 20 ms
    of start-up (the raster engine), before the window shows.
    """
    image = mask.convertToFormat(QImage.Format.Format_ARGB32)
    pixels = bytes(image.constBits())
    count = len(pixels) // 4
    # ARGB32 is one 0xAARRGGBB word per pixel: B, G, R, A in little-endian memory.
    order = (0, 1, 2, 3) if sys.byteorder == "little" else (3, 2, 1, 0)
    blue, green, red, alpha = order
    tinted = bytearray(len(pixels))
    tinted[blue::4] = bytes([colour.blue()]) * count
    tinted[green::4] = bytes([colour.green()]) * count
    tinted[red::4] = bytes([colour.red()]) * count
    shape = pixels[alpha::4]
    if colour.alpha() < 255:
        shape = bytes(value * colour.alpha() // 255 for value in shape)
    tinted[alpha::4] = shape
    size = (image.width(), image.height(), image.bytesPerLine())
    return QPixmap.fromImage(QImage(bytes(tinted), *size, QImage.Format.Format_ARGB32).copy())


def _sizes_for(ratio: float) -> list[int]:
    largest = _LARGEST_DRAWN * math.ceil(ratio)
    return [size for size in ACTION_SIZES if size <= largest]


def action_icon(name: str, palette: QPalette | None = None, ratio: float | None = None) -> QIcon:
    """The icon ``resources/icons/actions/NAME.svg`` in ``palette``'s colours (cached)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    if ratio is None:
        ratio = QGuiApplication.primaryScreen().devicePixelRatio() if _has_screen() else 1.0
    colours = [palette.color(group, role) for _mode, group, role in _MODES]
    key = (name, tuple(colour.rgba() for colour in colours), ratio)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    icon = QIcon()
    for size in _sizes_for(ratio):
        mask = QImage(action_icon_path(name, size))
        if mask.isNull():
            raise FileNotFoundError(f"unreadable icon: {action_icon_path(name, size)}")
        for (mode, _group, _role), colour in zip(_MODES, colours, strict=True):
            icon.addPixmap(tint(mask, colour), mode, QIcon.State.Off)
    _cache[key] = icon
    return icon


def _has_screen() -> bool:
    return QGuiApplication.primaryScreen() is not None
