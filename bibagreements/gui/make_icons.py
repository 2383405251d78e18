"""Make the committed icon files from their SVG sources (a developer tool).

    PYTHONPATH=. .venv/bin/python -m bibagreements.gui.make_icons

writes, under resources/icons/:

* hicolor/NxN/apps/bibagreements.png for every size in APP_SIZES, from
  bibagreements.svg, and bibagreements.ico and bibagreements.icns from them;
* actions/png/NAME-N.png for every actions/NAME.svg and size in ACTION_SIZES:
  black on transparent, the form that bibagreements.gui.icons tints with the
  palette's text colour when it loads them.

The program itself never renders SVG: the bundle leaves Qt's SVG module out.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ACTION_SIZES = (16, 24, 32, 48)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def render_svg(svg: bytes, size: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def app_png_path(folder: Path, size: int) -> Path:
    return folder / "hicolor" / f"{size}x{size}" / "apps" / "bibagreements.png"


def action_png_path(folder: Path, name: str, size: int) -> Path:
    return folder / "actions" / "png" / f"{name}-{size}.png"


def action_svg(source: Path) -> bytes:
    """The monochrome SVG drawn in black: its alpha is what gets tinted."""
    return source.read_bytes().replace(b"currentColor", b"#000000")


def _save_png(image: QImage, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):  # the format from the suffix
        raise OSError(f"could not write {path}")


def _pillow(image: QImage) -> Image.Image:
    """The same pixels for Pillow (QImage's ARGB32 is BGRA in memory)."""
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = bytes(argb.constBits())
    size = (argb.width(), argb.height())
    return Image.frombuffer("RGBA", size, data, "raw", "BGRA", argb.bytesPerLine(), 1)


def make_app_icons(source: Path, folder: Path) -> list[Path]:
    svg = source.read_bytes()
    rendered = {size: render_svg(svg, size) for size in {*APP_SIZES, *ICO_SIZES, *ICNS_SIZES}}
    written = []
    for size in APP_SIZES:
        path = app_png_path(folder, size)
        _save_png(rendered[size], path)
        written.append(path)
    # Each size drawn at that size, not scaled down from the largest.
    ico = [_pillow(rendered[size]) for size in reversed(ICO_SIZES)]
    ico_path = folder / "bibagreements.ico"
    ico[0].save(
        ico_path,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=ico[1:],
    )
    icns = [_pillow(rendered[size]) for size in reversed(ICNS_SIZES)]
    icns_path = folder / "bibagreements.icns"
    icns[0].save(icns_path, format="ICNS", append_images=icns[1:])
    return [*written, ico_path, icns_path]


def make_action_icons(sources: Path, folder: Path) -> list[Path]:
    written = []
    for source in sorted(sources.glob("*.svg")):
        svg = action_svg(source)
        for size in ACTION_SIZES:
            path = action_png_path(folder, source.stem, size)
            _save_png(render_svg(svg, size), path)
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ICONS, help="folder to write (resources/icons)")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = make_app_icons(ICONS / "bibagreements.svg", args.out)
    written += make_action_icons(ICONS / "actions", args.out)
    print(f"make_icons: wrote {len(written)} files under {args.out}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
