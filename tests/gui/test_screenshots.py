"""The README's screenshot script: one window, in a temporary folder."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QApplication

from bibagreements.gui import screenshots


def test_the_main_window_is_shot_at_the_readme_size(
    qapp: QApplication, demo_db: str, tmp_path: Path
) -> None:
    written = screenshots.shoot_windows(demo_db, "en", tmp_path, ("main",))
    assert written == [tmp_path / "main-en.png"]
    with Image.open(written[0]) as image:
        assert image.size == (1366, 768)
        assert len(image.getcolors(256) or []) > 8  # a window drawn, not a blank
    assert 5_000 < written[0].stat().st_size <= 300_000
    assert not any(widget.isVisible() for widget in QApplication.topLevelWidgets())


def test_every_committed_screenshot_is_small_and_of_its_size() -> None:
    folder = screenshots.OUT
    for language in screenshots.LANGUAGES:
        for name in screenshots.WINDOWS:
            with Image.open(folder / f"{name}-{language}.png") as image:
                assert image.size == (1366, 768)
        assert (folder / f"document-{language}.png").is_file()
    assert all(path.stat().st_size <= 300_000 for path in folder.glob("*.png"))
