"""Tools → House style: the look and wording of an organisation's documents, saved whole."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bibagreements.errors import ConflictError, ValidationError
from bibagreements.gui import dialogs
from bibagreements.gui.house_style_dialog import HouseStyleDialog
from bibagreements.paths import resource_path
from bibagreements.services.house_styles import (
    HouseStyleChange,
    find_house_style,
    set_house_style,
)

OWN = "Region Skånes kulturförvaltning"  # the demo's region: its style has a logo
COPIES = "text.copies"


def _open(qtbot, window, idle) -> HouseStyleDialog:  # type: ignore[no-untyped-def]
    window.ctx.settings.own_organisation = OWN
    window.main_actions.house_style.trigger()
    dialog = window.tools.house_style_dialog
    assert isinstance(dialog, HouseStyleDialog) and dialog.isVisible()
    idle(window.ctx)
    return dialog


def _choose(dialog: HouseStyleDialog, organisation: str, idle, ctx) -> None:  # type: ignore[no-untyped-def]
    combo = dialog.organisation_combo
    combo.setCurrentIndex(combo.findData(organisation))
    combo.activated.emit(combo.currentIndex())
    idle(ctx)
    assert dialog.organisation == organisation


def _style(window, organisation: str):  # type: ignore[no-untyped-def]
    with window.ctx._database().unit_of_work() as uow:
        return find_house_style(uow, organisation)


def _copies_row(dialog: HouseStyleDialog) -> int:
    model = dialog.phrases
    keys = [model.index(row, 0).data() for row in range(model.rowCount())]
    return keys.index(COPIES)


def test_the_region_s_style_is_shown_changed_and_saved(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter
) -> None:
    window = demo_window
    dialog = _open(qtbot, window, idle)
    assert dialog.organisation == "" and dialog.version is None  # the demo has no default style
    _choose(dialog, OWN, idle, window.ctx)
    before = _style(window, OWN)
    assert dialog.letterhead_edit.toPlainText() == before.letterhead
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
    dialog.footer_edit.setText("Regional biblioteksverksamhet · 040-123 45 67")
    dialog.colour_edit.setText("#336699")
    dialog.font_combo.setCurrentIndex(dialog.font_combo.findData("liberation-serif"))
    dialog.numbering_check.setChecked(False)
    dialog.save_button.click()
    idle(window.ctx)
    after = _style(window, OWN)
    assert (after.footer, after.accent_colour, after.font, after.numbering) == (
        "Regional biblioteksverksamhet · 040-123 45 67",
        "#336699",
        "liberation-serif",
        False,
    )
    assert after.letterhead == before.letterhead and after.logo_type == before.logo_type
    assert dialog.version == after.version and presenter.exceptions == []
    dialog.reject()


def test_a_bad_colour_is_refused_and_nothing_typed_is_lost(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter
) -> None:
    window = demo_window
    dialog = _open(qtbot, window, idle)
    _choose(dialog, OWN, idle, window.ctx)
    before = _style(window, OWN)
    dialog.colour_edit.setText("blue")
    dialog.footer_edit.setText("Ny sidfot")
    dialog.save_button.click()
    idle(window.ctx)
    assert [type(e) for e in presenter.exceptions] == [ValidationError]
    assert "accent_colour" in str(presenter.exceptions[0])
    assert (dialog.colour_edit.text(), dialog.footer_edit.text()) == ("blue", "Ny sidfot")
    assert dialog.save_button.isEnabled() and _style(window, OWN) == before
    dialog.reject()


def test_a_colleague_s_save_in_between_is_refused(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter
) -> None:
    window = demo_window
    dialog = _open(qtbot, window, idle)
    _choose(dialog, OWN, idle, window.ctx)
    with window.ctx._database().unit_of_work() as uow:
        version = find_house_style(uow, OWN).version
        set_house_style(uow, OWN, HouseStyleChange(footer="Kollegans sidfot"), version=version)
    dialog.footer_edit.setText("Min sidfot")
    dialog.save_button.click()
    idle(window.ctx)
    assert [type(e) for e in presenter.exceptions] == [ConflictError]
    assert _style(window, OWN).footer == "Kollegans sidfot"
    assert dialog.footer_edit.text() == "Min sidfot"
    dialog.reject()


def test_a_phrase_reworded_and_back_to_the_built_in_text(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter
) -> None:
    window = demo_window
    dialog = _open(qtbot, window, idle)
    model = dialog.phrases
    row = _copies_row(dialog)
    assert "likalydande exemplar" in model.index(row, 1).data()
    assert model.index(row, 2).data() == "(built-in)"
    wording = "{The_agreement} har upprättats i {n} exemplar, ett för varje part."
    assert model.setData(model.index(row, 2), wording, Qt.ItemDataRole.EditRole)
    dialog.save_button.click()
    idle(window.ctx)
    assert _style(window, "").phrases["sv"][COPIES] == wording
    assert dialog.phrases.index(row, 2).data() == wording
    dialog.phrase_table.setCurrentIndex(dialog.phrases.index(row, 2))
    dialog.builtin_button.click()
    assert dialog.phrases.index(row, 2).data() == "(built-in)"
    dialog.save_button.click()
    idle(window.ctx)
    assert COPIES not in _style(window, "").phrases.get("sv", {})
    assert presenter.exceptions == []
    dialog.reject()


def test_a_misspelt_placeholder_in_a_phrase_is_refused(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter
) -> None:
    window = demo_window
    dialog = _open(qtbot, window, idle)
    row = _copies_row(dialog)
    dialog.phrases.setData(dialog.phrases.index(row, 2), "I {nn} exemplar.")
    dialog.save_button.click()
    idle(window.ctx)
    assert [type(e) for e in presenter.exceptions] == [ValidationError]
    assert "nn" in str(presenter.exceptions[0])
    assert _style(window, "") is None  # nothing stored, not even the style itself
    assert dialog.phrases.index(row, 2).data() == "I {nn} exemplar."
    dialog.reject()


def test_a_logo_chosen_and_removed(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, monkeypatch
) -> None:
    window = demo_window
    dialog = _open(qtbot, window, idle)
    logo = resource_path("examples", "demo-logo.svg")
    monkeypatch.setattr(dialogs, "open_file", lambda *args: str(logo))
    dialog.logo_button.click()
    idle(window.ctx)
    assert dialog.remove_logo_button.isEnabled()
    dialog.save_button.click()
    idle(window.ctx)
    assert _style(window, "").logo_type == "image/svg+xml"
    dialog.remove_logo_button.click()
    dialog.save_button.click()
    idle(window.ctx)
    assert _style(window, "").logo_type == ""
    assert presenter.exceptions == []
    dialog.reject()


def test_settings_and_the_welcome_view_lead_to_the_house_style(  # type: ignore[no-untyped-def]
    qtbot, empty_window, idle
) -> None:
    window = empty_window
    window.welcome_view().style_button.click()
    idle(window.ctx)
    assert isinstance(window.tools.house_style_dialog, HouseStyleDialog)
    window.tools.house_style_dialog.reject()
    window.main_actions.settings.trigger()
    settings = window.tools.settings_dialog
    assert settings is not None
    settings.house_style_button.click()
    idle(window.ctx)
    dialog = window.tools.house_style_dialog
    assert isinstance(dialog, HouseStyleDialog) and dialog.parent() is settings
    dialog.reject()
    settings.reject()
