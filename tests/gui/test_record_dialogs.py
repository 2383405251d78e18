"""Fixes from the hands-on review: error labels use the whole field, the person's title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from bibagreements.gui.record_dialogs import OrganisationDialog, PersonDialog
from tests.gui.test_i18n import swedish  # noqa: F401

LONG = "⚠ " + "Det här är en lång förklaring av vad som är fel med fältet. " * 3


def _error_labels(widget) -> list[QLabel]:  # type: ignore[no-untyped-def]
    return [w for w in widget.findChildren(QLabel) if w.objectName().endswith("Error")]


def test_error_labels_span_the_field_column(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    for dialog, field in (
        (PersonDialog(ctx, [], None, None), "nameEdit"),
        (OrganisationDialog(ctx, [], None), "nameEdit"),
    ):
        qtbot.addWidget(dialog)
        dialog.resize(520, 420)
        dialog.show()
        labels = _error_labels(dialog)
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


def test_a_new_agreement_title_error_spans_the_field(qtbot, demo_window, idle) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.editors.open_agreement(None)
    idle(window.ctx)
    (editor,) = window.editors.open_editors()
    for label in _error_labels(editor):
        assert label.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Expanding, (
            label.objectName()
        )
    error = editor.ui.titleError
    assert error.isVisible()
    qtbot.waitUntil(lambda: error.width() >= editor.ui.titleEdit.width() - 2)


def test_a_persons_title_is_titel_not_rubrik(qtbot, swedish, ctx) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from bibagreements.gui.registers import RegistersDialog

    dialog = PersonDialog(ctx, [], None, None)
    qtbot.addWidget(dialog)
    assert dialog.ui.titleLabel.text() == "&Titel:"
    registers = RegistersDialog(ctx)
    qtbot.addWidget(registers)
    headers = [registers.people_model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers[1] == "Titel"
