"""Save dialogs start in a folder that exists (gui/folders.py)."""

from __future__ import annotations

from pathlib import Path

from bibagreements.gui.folders import documents_location, save_folder
from bibagreements.gui.settings import Settings


def test_the_documents_folder_is_made_when_missing(settings: Settings, user_folders: Path) -> None:
    documents = Path(documents_location())
    assert documents == user_folders / "documents" and not documents.exists()
    assert save_folder(settings) == documents
    assert documents.is_dir()


def test_the_chosen_folder_first_and_made_again(settings: Settings, tmp_path: Path) -> None:
    chosen = tmp_path / "avtal" / "2027"
    settings.documents_folder = str(chosen)
    assert save_folder(settings) == chosen and chosen.is_dir()
    (tmp_path / "file").write_text("x")
    settings.documents_folder = str(tmp_path / "file" / "inside")
    assert save_folder(settings) == Path(documents_location())


def test_the_first_pdf_goes_into_a_folder_made_for_it(
    qtbot,
    demo_window,
    idle,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from tests.gui.conftest import open_editor

    editor = open_editor(qtbot, demo_window, idle, 1)
    panel = editor.ui.documentsPanel
    assert Path(panel.folder_edit.text()).is_dir()  # proposed, so made
    missing = tmp_path / "not yet" / "there"
    panel.folder_edit.setText(str(missing))
    editor.sections.show(editor.ui.documentsTab)
    idle(demo_window.ctx)
    panel.generate()
    idle(demo_window.ctx)
    qtbot.waitUntil(lambda: panel.history.rowCount() == 1)
    assert (missing / panel.name_label.text()).read_bytes().startswith(b"%PDF-")
