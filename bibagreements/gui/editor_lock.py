"""A signed agreement in the editor: its signed text read-only, a banner saying why.

What the parties signed (``domain.validation.signed_content``) cannot change;
the fields that hold it are read-only (and look it) instead of being refused
on saving. The banner names what may still change and how the rest changes:
by an amendment, signed anew.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView

if TYPE_CHECKING:
    from bibagreements.gui.generated.ui_agreement_editor import Ui_AgreementEditor

translate = QCoreApplication.translate

EDITABLE_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)
# Read-only fields look it: the window's colour, not a field's.
READ_ONLY_STYLE = (
    'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], '
    'QAbstractSpinBox[readOnly="true"] { background: palette(window); }'
)
BANNER_STYLE = "#signedBanner { background: #fff4ce; border: 1px solid #c9a227; }"


def lock_signed_text(ui: Ui_AgreementEditor, signed: bool) -> None:
    """Make every field of the signed text read-only (``signed``) or editable again."""
    for edit in (ui.titleEdit, ui.programmeEdit, ui.fundingEdit, ui.funderEdit):
        edit.setReadOnly(signed)
    for text in (ui.purposeEdit, ui.backgroundEdit, ui.goalsEdit, ui.implementationEdit):
        text.setReadOnly(signed)
    for box in (
        ui.startEdit,
        ui.endEdit,
        ui.newEndEdit,
        ui.noticeMonthsSpin,
        ui.extensionSpin,
        ui.decisionLeadSpin,
    ):
        box.setReadOnly(signed)
    for combo in (
        ui.kindCombo,
        ui.parentCombo,
        ui.languageCombo,
        ui.cadenceCombo,
        ui.noticeRuleCombo,
    ):
        combo.setEnabled(not signed)
    ui.documentsTable.setEditTriggers(
        QAbstractItemView.EditTrigger.NoEditTriggers if signed else EDITABLE_TRIGGERS
    )
    ui.addDocumentButton.setEnabled(not signed)
    ui.removeDocumentButton.setEnabled(not signed)
    ui.areasEditor.set_read_only(signed)
    ui.sectionsEditor.set_read_only(signed)
    ui.partiesEditor.set_signed(signed)


def still_editable() -> list[str]:
    """What a signed agreement lets change, as the banner lists it."""
    return [
        translate("SignedBanner", "the parties' registry numbers"),
        translate("SignedBanner", "contact persons"),
        translate("SignedBanner", "development area"),
        translate("SignedBanner", "short title"),
        translate("SignedBanner", "status"),
        translate("SignedBanner", "the date notice was given"),
    ]


def banner_text(can_amend: bool) -> str:
    text = translate(
        "SignedBanner",
        "This agreement is signed: its signed text cannot change. You can still change {0}.",
    ).format(", ".join(still_editable()))
    if can_amend:
        return (
            text
            + " "
            + translate("SignedBanner", "To change anything else, create an amendment and sign it.")
        )
    return text
