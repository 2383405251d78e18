"""File → New agreement from template: the template's shape, the parties and period asked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt

from bibagreements.documents.builder import agreement_document
from bibagreements.documents.model import Heading, Paragraph
from bibagreements.domain.enums import AgreementKind, Cadence
from bibagreements.errors import ValidationError
from bibagreements.gui.template_dialog import NewFromTemplateDialog
from bibagreements.services.agreements import get_agreement
from bibagreements.services.demo import FRAMEWORK_TEMPLATE

OWN, PARTNER = "Region Skånes kulturförvaltning", "Biblioteken i Kristianstad"


def _open(qtbot, window, idle) -> NewFromTemplateDialog:  # type: ignore[no-untyped-def]
    window.ctx.settings.own_organisation = OWN
    window.main_actions.new_from_template.trigger()
    dialog = window.commands.template_dialog
    assert isinstance(dialog, NewFromTemplateDialog) and dialog.isVisible()
    idle(window.ctx)
    return dialog


def _tick(dialog: NewFromTemplateDialog, name: str) -> None:
    (item,) = dialog.parties_list.findItems(name, Qt.MatchFlag.MatchExactly)
    item.setCheckState(Qt.CheckState.Checked)


def test_the_samverkansavtal_template_gives_a_filled_draft_in_its_editor(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter
) -> None:
    window = demo_window
    dialog = _open(qtbot, window, idle)
    names = [dialog.template_combo.itemText(i) for i in range(dialog.template_combo.count())]
    assert FRAMEWORK_TEMPLATE in names and len(names) == 2
    dialog.template_combo.setCurrentIndex(names.index(FRAMEWORK_TEMPLATE))
    about = dialog.about_template.text()
    assert "Kind: Framework agreement" in about and "Check-ins: Yearly" in about
    assert "Facts it fills in:" in about and "{parties}" in about
    first = dialog.parties_list.item(0)
    assert (first.text(), first.checkState()) == (OWN, Qt.CheckState.Checked)  # own first
    _tick(dialog, PARTNER)
    assert len(dialog.chosen_parties()) == 2
    dialog.title_edit.setText("Samverkansavtal om gemensam katalog")
    dialog.start_edit.setDate(QDate(2027, 1, 1))
    dialog.end_edit.setDate(QDate(2029, 12, 31))
    rows = window.model.rowCount()
    dialog.ok_button.click()
    idle(window.ctx)
    qtbot.waitUntil(lambda: len(window.editors.open_editors()) == 1, timeout=10_000)
    (editor,) = window.editors.open_editors()
    stored = editor.stored
    assert stored is not None and stored.title == "Samverkansavtal om gemensam katalog"
    assert (stored.kind, stored.cadence) == (AgreementKind.FRAMEWORK, Cadence.YEARLY)
    qtbot.waitUntil(lambda: window.model.rowCount() == rows + 1, timeout=10_000)
    assert window.commands.template_dialog is None  # closed and gone
    with window.ctx._database().unit_of_work() as uow:
        agreement = get_agreement(uow, stored.id or 0)
        blocks: list[Any] = agreement_document(agreement).blocks
    texts = [b.text for b in blocks if isinstance(b, (Heading, Paragraph))]
    assert (
        f"Samverkansavtalet ingås mellan {OWN} och {PARTNER}, som tillsammans ansvarar för den "
        "gemensamma tjänsten under perioden 2027-01-01 – 2029-12-31."
    ) in texts
    assert presenter.exceptions == []


def test_one_party_is_refused_and_what_was_typed_stays(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter
) -> None:
    window = demo_window
    dialog = _open(qtbot, window, idle)
    dialog.title_edit.setText("Bara en part")
    rows = window.model.rowCount()
    dialog.ok_button.click()
    idle(window.ctx)
    assert [type(e) for e in presenter.exceptions] == [ValidationError]
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert dialog.title_edit.text() == "Bara en part"
    assert window.model.rowCount() == rows and window.editors.open_editors() == []
    dialog.reject()
