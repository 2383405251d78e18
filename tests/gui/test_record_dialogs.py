"""The organisation and person dialogs: checked as you type, error labels, closing while saving."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy

from bibagreements.gui.record_dialogs import OrganisationDialog, PersonDialog
from bibagreements.gui.registers import RegistersDialog
from tests.gui.conftest import error_labels, hold_worker

LONG = "⚠ " + "Det här är en lång förklaring av vad som är fel med fältet. " * 3


def test_error_labels_span_the_field_column(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    for dialog, field in (
        (PersonDialog(ctx, [], None, None), "nameEdit"),
        (OrganisationDialog(ctx, [], None), "nameEdit"),
    ):
        qtbot.addWidget(dialog)
        dialog.resize(520, 420)
        dialog.show()
        labels = error_labels(dialog)
        assert len(labels) == 3
        for label in labels:
            assert label.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Expanding
        error = dialog.ui.nameError
        error.setText(LONG)
        error.setVisible(True)
        dialog.layout().activate()
        qtbot.waitUntil(
            lambda error=error, field=field, dialog=dialog: (
                error.width() >= getattr(dialog.ui, field).width() - 2
            )
        )
        assert error.height() >= error.heightForWidth(error.width()) - 2  # nothing clipped


def test_a_persons_title_is_titel_not_rubrik(qtbot, swedish, ctx) -> None:  # type: ignore[no-untyped-def]

    dialog = PersonDialog(ctx, [], None, None)
    qtbot.addWidget(dialog)
    assert dialog.ui.titleLabel.text() == "&Titel:"
    registers = RegistersDialog(ctx)
    qtbot.addWidget(registers)
    headers = [registers.people_model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers[1] == "Titel"


def test_organisation_number_is_checked_as_you_type(qtbot, ctx, typist) -> None:  # type: ignore[no-untyped-def]
    dialog = OrganisationDialog(ctx, [], None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    typist(dialog.ui.nameEdit, "Kristianstads kommun")
    assert dialog.save_button.isEnabled()
    typist(dialog.ui.numberEdit, "212000-0952")
    assert "check digit" in dialog.ui.numberError.text()
    assert not dialog.save_button.isEnabled()
    dialog.ui.numberEdit.clear()
    typist(dialog.ui.numberEdit, "211000-0951")
    assert "at least 20" in dialog.ui.numberError.text()
    dialog.ui.numberEdit.clear()
    typist(dialog.ui.numberEdit, "212000-0951")
    assert not dialog.ui.numberError.isVisibleTo(dialog)
    assert dialog.save_button.isEnabled()


def test_closing_a_person_dialog_while_it_saves_is_quiet(
    qtbot, demo_ctx, idle, presenter, typist
) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.gui.record_dialogs import OrganisationDialog, PersonDialog

    for dialog in (
        PersonDialog(demo_ctx, [], None, None),
        OrganisationDialog(demo_ctx, [], None),
    ):
        typist(dialog.ui.nameEdit, "Åsa Öberg")
        gate = hold_worker(demo_ctx)
        dialog.save()
        shiboken6.delete(dialog)
        gate.set()
        idle(demo_ctx)
    assert presenter.exceptions == []


def test_control_characters_are_shown_at_the_field(qtbot, ctx, typist) -> None:  # type: ignore[no-untyped-def]
    dialog = OrganisationDialog(ctx, [], None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.setText("Region\x1b[31m Skåne")  # pasted: no key types ESC
    assert "control character (U+001B)" in dialog.ui.nameError.text()
    assert not dialog.save_button.isEnabled()
    dialog.ui.nameEdit.setText("Region Skåne")
    assert not dialog.ui.nameError.isVisibleTo(dialog)
    assert dialog.save_button.isEnabled()


def test_a_field_without_its_own_label_is_named_where_its_problem_shows(  # type: ignore[no-untyped-def]
    qtbot, ctx, typist
) -> None:
    dialog = PersonDialog(ctx, [], None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    typist(dialog.ui.nameEdit, "Anna Andersson")
    dialog.ui.phoneEdit.setText("040\x07123")
    assert "Phone: Contains a control character (U+0007)" in dialog.ui.nameError.text()
    assert not dialog.save_button.isEnabled()
