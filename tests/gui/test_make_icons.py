"""The committed icon files are what the SVG sources make (make_icons run anew)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops
from PySide6.QtWidgets import QApplication

from bibagreements.gui import make_icons
from bibagreements.paths import resource_path

ICONS = resource_path("icons")


def largest_difference(a: Path, b: Path) -> int:
    first, second = Image.open(a).convert("RGBA"), Image.open(b).convert("RGBA")
    assert first.size == second.size
    extrema = ImageChops.difference(first, second).getextrema()
    return max(high for _low, high in extrema)  # type: ignore[union-attr]


def test_the_application_icons_match_the_svg(qapp: QApplication, tmp_path: Path) -> None:
    written = make_icons.make_app_icons(ICONS / "bibagreements.svg", tmp_path)
    assert len(written) == len(make_icons.APP_SIZES) + 2
    for size in make_icons.APP_SIZES:
        fresh = make_icons.app_png_path(tmp_path, size)
        committed = make_icons.app_png_path(ICONS, size)
        assert Image.open(committed).size == (size, size)
        assert largest_difference(fresh, committed) <= 8, size
    ico = Image.open(ICONS / "bibagreements.ico")
    assert ico.info["sizes"] == {(s, s) for s in make_icons.ICO_SIZES}
    icns = Image.open(ICONS / "bibagreements.icns")
    assert {width for width, _height, _scale in icns.info["sizes"]} >= {16, 32, 128, 256, 512}


def test_the_action_icons_match_their_svgs(qapp: QApplication, tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    for name in ("file-plus", "bell"):
        (sources / f"{name}.svg").write_bytes((ICONS / "actions" / f"{name}.svg").read_bytes())
    written = make_icons.make_action_icons(sources, tmp_path)
    assert len(written) == 2 * len(make_icons.ACTION_SIZES)
    for name in ("file-plus", "bell"):
        for size in make_icons.ACTION_SIZES:
            fresh = make_icons.action_png_path(tmp_path, name, size)
            committed = make_icons.action_png_path(ICONS, name, size)
            assert largest_difference(fresh, committed) <= 8, (name, size)
    # Black on transparent: the shape is in the alpha, for tinting.
    image = Image.open(make_icons.action_png_path(ICONS, "bell", 24)).convert("RGBA")
    opaque = [pixel for pixel in image.get_flattened_data() if pixel[3] == 255]
    assert opaque and all(pixel[:3] == (0, 0, 0) for pixel in opaque)
