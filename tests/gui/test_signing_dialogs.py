"""Electronic signatures in the window: a signed PDF dropped on the Signed copies tab is
checked and received, the other party signs here with a PKCS#12 file, and the trust list
is kept from Settings."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bibagreements.domain.enums import AgreementStatus
from bibagreements.gui import dialogs
from bibagreements.gui.signing_dialogs import ReceiveSignedDialog, SignHereDialog
from bibagreements.gui.trust_list import TrustListDialog
from tests.gui.conftest import close_window, open_editor, open_window
from tests.gui.test_file_drops import _drop, _files
from tests.signing_pki import (
    Issued,
    der,
    pem,
    pkcs12_file,
    sent_for_signature,
    sign,
    signed_in_own_field,
    trust,
)

pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
PASSWORD = "lösenord"


def _dropped_on_party(  # type: ignore[no-untyped-def]
    window, qtbot, idle, agreement_id: int, path: Path, row: int
):
    """The Signed copies tab with ``path`` dropped on party ``row``: the panel, and the
    receive dialog once it has checked the file."""
    editor = open_editor(qtbot, window, idle, agreement_id)
    editor.sections.show(editor.ui.signedTab)
    panel = editor.ui.signedCopiesPanel
    idle(window.ctx)
    at = panel.table.visualRect(panel.table.model().index(row, 0)).center()
    assert _drop(panel.table.viewport(), _files(path), at)
    dialog = panel._dialog
    assert isinstance(dialog, ReceiveSignedDialog)
    idle(window.ctx)
    return editor, panel, dialog


def test_a_dropped_signed_pdf_is_received_and_the_other_party_signs_here(  # type: ignore[no-untyped-def]
    qtbot, make_ctx, idle, tmp_path: Path, pki: dict[str, Issued]
) -> None:
    db, agreement_id, pdf = sent_for_signature(tmp_path)
    trust(db, tmp_path, pki["root"])
    chain = [pki["service"], pki["root"]]
    signed = tmp_path / "från Kristianstad.pdf"
    signed.write_bytes(sign(pdf, "Signature_1", pki["sara"], chain))
    p12 = tmp_path / "maria.p12"
    p12.write_bytes(pkcs12_file(pki["maria"], chain, PASSWORD.encode()))
    window = open_window(qtbot, make_ctx(str(tmp_path / "signing.sqlite3")))
    try:
        editor, panel, dialog = _dropped_on_party(window, qtbot, idle, agreement_id, signed, 0)
        found = dialog.findings.text()
        assert "✓ Signature_1: signed by Sara Lind (Biblioteken i Kristianstad)" in found
        assert "unchanged since the signature (version 1)" in found
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        idle(window.ctx)
        assert not dialog.error.isVisibleTo(dialog), dialog.error.text()
        qtbot.waitUntil(lambda: not dialog.isVisible())
        idle(window.ctx)
        assert editor.stored.parties[0].signed_on is not None
        assert panel.table.item(0, 5).text() == "Sara Lind: valid"
        assert panel.table.item(0, 4).text() == "från Kristianstad.pdf"

        panel.table.selectRow(1)
        assert panel.sign_button.isEnabled()
        qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
        here = panel._dialog
        assert isinstance(here, SignHereDialog) and here.isVisible()
        assert not here.ok_button.isEnabled()  # no certificate file yet
        here.file_line.edit.setText(str(p12))
        here.password_edit.setText("fel")
        qtbot.mouseClick(here.ok_button, Qt.MouseButton.LeftButton)
        idle(window.ctx)
        assert "wrong password" in here.error.text() and here.error.isVisibleTo(here)
        assert here.password_edit.text() == ""  # never kept, not even in the field
        here.password_edit.setText(PASSWORD)
        here.place_edit.setText("Kristianstad")
        qtbot.mouseClick(here.ok_button, Qt.MouseButton.LeftButton)
        idle(window.ctx)
        qtbot.waitUntil(lambda: not here.isVisible())
        idle(window.ctx)
        assert editor.stored.status is AgreementStatus.ACTIVE
        assert "Signed by 2 of 2 parties" in panel.status.text()
        assert panel.table.item(1, 5).text() == "Maria Ek: valid"
        assert not panel.sign_button.isEnabled()  # both have signed
    finally:
        close_window(window)


def test_a_tampered_pdf_is_shown_as_altered_and_cannot_be_recorded(  # type: ignore[no-untyped-def]
    qtbot, make_ctx, idle, tmp_path: Path, pki: dict[str, Issued]
) -> None:
    db, agreement_id, pdf = sent_for_signature(tmp_path)
    trust(db, tmp_path, pki["root"])
    data = bytearray(sign(pdf, "Signature_1", pki["sara"], [pki["service"], pki["root"]]))
    data[data.find(b"/Producer") + 2] ^= 0x01
    tampered = tmp_path / "ändrad.pdf"
    tampered.write_bytes(bytes(data))
    ctx = make_ctx(str(tmp_path / "signing.sqlite3"))
    with db.unit_of_work() as uow:
        from bibagreements.services.agreements import get_agreement

        agreement = get_agreement(uow, agreement_id)
    dialog = ReceiveSignedDialog(ctx, agreement, tampered)
    qtbot.addWidget(dialog)
    idle(ctx)
    assert "⚠ Signature_1: signed by Sara Lind" in dialog.findings.text()
    assert "altered after signing. Ask the party for a new signed file." in dialog.findings.text()
    assert not dialog.ok_button.isEnabled()
    dialog.show()  # the keyboard starts in the file field, and its label's letter goes there
    assert dialog.focusWidget() is dialog.file_line.edit
    assert dialog.file_line.focusProxy() is dialog.file_line.edit


def test_the_trust_list_from_settings(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, tmp_path: Path, monkeypatch, pki: dict[str, Issued]
) -> None:
    window = demo_window
    window.tools.show_settings()
    settings = window.tools.settings_dialog
    qtbot.mouseClick(settings.trust_button, Qt.MouseButton.LeftButton)
    dialog = window.tools.trust_list_dialog
    assert isinstance(dialog, TrustListDialog) and dialog.isVisible()
    idle(window.ctx)
    assert dialog.table.rowCount() == 0
    leaf, root = tmp_path / "signer.cer", tmp_path / "root.pem"
    leaf.write_bytes(der(pki["sara"].cert))
    root.write_bytes(pem(pki["root"].cert))
    chosen = iter([str(leaf), str(root), str(root)])
    monkeypatch.setattr(dialogs, "open_file", lambda *args: next(chosen))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    assert "not a CA certificate" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Test Root CA (Testtjänst)"  # not O=…,CN=…
    assert not dialog.error.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # the same one again
    idle(window.ctx)
    assert dialog.table.rowCount() == 1
    assert dialog.error.text() == "Already on the list: Test Root CA (Testtjänst)"
    dialog.table.selectRow(0)
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    assert dialog.table.rowCount() == 0
    dialog.close()
    settings.reject()


def test_a_certificate_of_another_organisation_is_pointed_out_in_swedish(swedish) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from bibagreements.domain.signature_checks import SignatureCheck
    from bibagreements.gui.signing_dialogs import signature_text

    check = SignatureCheck(
        field="Signature_1",
        party=1,
        signer="Anna Andersson",
        organisation="Region Västmanland",
        serial="0ABC",
        signed_at=datetime(2026, 12, 1, 10, 0).astimezone(),
        intact=True,
        trusted=True,
        version=1,
        unchanged_since=True,
        party_name="Biblioteken i Kristianstad",
    )
    first, second = signature_text(check).splitlines()
    assert first.startswith("✓ Signature_1: undertecknat av Anna Andersson (Region Västmanland)")
    assert second == (
        "⚠ Certifikatet anger Region Västmanland, men fältet är för Biblioteken i "
        "Kristianstad: kontrollera att undertecknaren får skriva under för parten."
    )
    same = dataclasses.replace(check, organisation="Biblioteken i Kristianstad")
    assert len(signature_text(same).splitlines()) == 1
    altered = dataclasses.replace(same, intact=False)
    assert signature_text(altered).endswith(
        ": inte giltig: dokumentet är ändrat efter underskriften. Be parten om en ny "
        "undertecknad fil."
    )
    expired = dataclasses.replace(
        same,
        trusted=False,
        trouble="expired",
        valid_from=datetime(2023, 1, 1).astimezone(),
        valid_until=datetime(2025, 1, 1).astimezone(),
    )
    assert signature_text(expired).endswith(
        ": certifikatet var giltigt 2023-01-01 – 2025-01-01, inte när det undertecknades: "
        "räknas inte."
    )


def test_a_services_own_field_dropped_on_a_party_is_that_partys(  # type: ignore[no-untyped-def]
    qtbot, make_ctx, idle, tmp_path: Path, pki: dict[str, Issued]
) -> None:
    db, agreement_id, pdf = sent_for_signature(tmp_path)
    trust(db, tmp_path, pki["root"])
    theirs = tmp_path / "från regionen.pdf"
    theirs.write_bytes(signed_in_own_field(pdf, pki["maria"], [pki["service"], pki["root"]]))
    window = open_window(qtbot, make_ctx(str(tmp_path / "signing.sqlite3")))
    try:
        editor, panel, dialog = _dropped_on_party(window, qtbot, idle, agreement_id, theirs, 1)
        assert dialog.party_box.currentText() == "Region Skånes kulturförvaltning"
        assert (
            "→ SigningService1 is a field of its own: its signature is taken as Region Skånes "
            "kulturförvaltning's." in dialog.findings.text()
        )
        dialog.party_box.setCurrentIndex(0)  # "as the field says": nobody's
        idle(window.ctx)
        assert "→" not in dialog.findings.text() and not dialog.ok_button.isEnabled()
        assert "⚠ Choose under “Signature in a field of its own by”" in dialog.findings.text()
        dialog.start(theirs)  # and the party chosen while that check runs
        dialog.party_box.setCurrentIndex(2)
        idle(window.ctx)
        assert "taken as Region Skånes kulturförvaltning's" in dialog.findings.text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        idle(window.ctx)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        idle(window.ctx)
        assert [p.signed_on is not None for p in editor.stored.parties] == [False, True]
        assert panel.table.item(1, 5).text() == "Maria Ek: valid"
        again = ReceiveSignedDialog(window.ctx, editor.stored, theirs, party=2)
        qtbot.addWidget(again)
        idle(window.ctx)  # the same file again: nothing new in it
        assert "⚠ Every party that signed in this file is already recorded" in again.findings.text()
        assert not again.ok_button.isEnabled()
    finally:
        close_window(window)
