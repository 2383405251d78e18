"""The action icons: every one shipped, on every toolbar button, in the palette's colours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QToolBar

from bibagreements.gui.icons import (
    ACTION_SIZES,
    action_icon,
    action_icon_path,
    application_icon,
    tint,
)
from bibagreements.gui.main_actions import ICONS
from bibagreements.paths import resource_path


def strongest_colour(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The colour of the icon's most opaque pixel at 16 px."""
    image = icon.pixmap(QSize(16, 16), 1.0, mode).toImage()
    pixels = [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]
    return max(pixels, key=lambda colour: colour.alpha())


def palette(text: str, disabled: str, window: str) -> QPalette:
    result = QPalette(QColor(window))
    result.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText, QColor(text))
    result.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.WindowText, QColor(text))
    result.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(disabled))
    return result


def test_every_action_icon_has_its_source_licence_and_sizes() -> None:
    folder = resource_path("icons", "actions")
    assert sorted(p.stem for p in folder.glob("*.svg")) == sorted(ICONS.values())
    assert "MIT License" in resource_path("icons", "LICENSE-tabler.txt").read_text("utf-8")
    for name in ICONS.values():
        for size in ACTION_SIZES:
            assert QIcon(action_icon_path(name, size)).availableSizes() == [QSize(size, size)]


def test_icons_take_the_text_colour_of_a_dark_or_light_palette(qapp: QApplication) -> None:
    dark = action_icon("file-plus", palette("#eeeeee", "#777777", "#202020"), 1.0)
    normal = strongest_colour(dark)
    assert normal.alpha() == 255 and normal.lightnessF() > 0.8
    assert strongest_colour(dark, QIcon.Mode.Disabled).name() == "#777777"
    light = action_icon("file-plus", palette("#101010", "#aaaaaa", "#f4f4f4"), 1.0)
    assert strongest_colour(light).lightnessF() < 0.2
    # Only the sizes drawn at one device pixel are loaded; twice as many at two.
    assert sorted(s.width() for s in light.availableSizes()) == [16, 24]
    sharp = action_icon("file-plus", palette("#101010", "#aaaaaa", "#f4f4f4"), 2.0)
    assert sorted(s.width() for s in sharp.availableSizes()) == [16, 24, 32, 48]


def test_every_toolbar_and_menu_action_has_an_icon_and_follows_the_palette(  # type: ignore[no-untyped-def]
    empty_window,
) -> None:
    toolbar = empty_window.findChild(QToolBar, "mainToolbar")
    toolbar_actions = [action for action in toolbar.actions() if action.text()]
    assert len(toolbar_actions) == 8
    assert all(not action.icon().isNull() for action in toolbar_actions)
    menus = [action.menu() for action in empty_window.menuBar().actions()]
    menu_actions = [action for menu in menus for action in menu.actions() if action.text()]
    assert any(action.icon().isNull() for action in menu_actions)  # not before the start
    menus[-1].aboutToShow.emit()  # the first menu opened
    assert all(not action.icon().isNull() for action in menu_actions)
    empty_window.setPalette(palette("#fafafa", "#808080", "#1e1e1e"))
    assert strongest_colour(empty_window.main_actions.new.icon()).lightnessF() > 0.9


def test_the_application_icon_offers_every_size_from_its_files() -> None:
    icon = application_icon()
    assert [s.width() for s in icon.availableSizes()] == [16, 24, 32, 48, 64, 128, 256, 512]
    assert isinstance(resource_path("icons", "bibagreements.svg"), Path)
    assert icon.pixmap(QSize(16, 16), 1.0).toImage().pixelColor(8, 2).alpha() == 255


def test_tinting_keeps_the_shape_and_takes_the_colour_and_its_opacity(qapp: QApplication) -> None:
    mask = QIcon(action_icon_path("bell", 24)).pixmap(QSize(24, 24), 1.0).toImage()
    tinted = tint(mask, QColor(200, 40, 10, 128)).toImage()
    assert tinted.size() == mask.size()
    for x, y in ((0, 0), (12, 3), (12, 12), (5, 18)):
        expected_alpha = mask.pixelColor(x, y).alpha() * 128 // 255
        assert abs(tinted.pixelColor(x, y).alpha() - expected_alpha) <= 1
    opaque = strongest_colour(QIcon(tint(mask, QColor(200, 40, 10))))
    assert (opaque.red(), opaque.green(), opaque.blue(), opaque.alpha()) == (200, 40, 10, 255)
