"""Messages from the editor: an invitation from Check-ins, a signing round from Signed copies."""

from __future__ import annotations

import email
import email.policy
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from bibagreements.domain import clock
from bibagreements.domain.enums import AgreementStatus
from bibagreements.errors import ValidationError
from bibagreements.gui import dialogs, system_open
from bibagreements.services.agreements import get_agreement, save_agreement
from tests.builders import person
from tests.gui.conftest import open_editor

SENDER = "Åsa Öberg <asa.oberg@example.org>"
PROJECT_ID = 3  # the demo's project agreement: a draft with two parties


def _parsed(path: Path) -> email.message.EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def _answer(monkeypatch, tmp_path: Path, name: str) -> list[Path]:  # type: ignore[no-untyped-def]
    opened: list[Path] = []
    monkeypatch.setattr(dialogs, "save_file", lambda *args: str(tmp_path / name))
    monkeypatch.setattr(system_open, "open_path", opened.append)
    return opened


def test_an_invitation_from_the_check_ins_opens_in_the_mail_program(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, monkeypatch, tmp_path
) -> None:
    window = demo_window
    window.ctx.settings.sender = SENDER
    opened = _answer(monkeypatch, tmp_path, "inbjudan.eml")
    editor = open_editor(qtbot, window, idle, 1)
    editor.sections.show(editor.ui.checkinsTab)
    idle(window.ctx)
    panel = editor.ui.checkinsPanel
    panel.table.selectRow(0)
    assert panel.invite_button.isEnabled() and not panel.minutes_button.isEnabled()
    qtbot.mouseClick(panel.invite_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    assert presenter.exceptions == []
    assert opened == [(tmp_path / "inbjudan.eml").resolve()]
    message = _parsed(opened[0])
    assert sorted(a.addr_spec for a in message["To"].addresses) == [
        "maria.ek@example.org",
        "sara.lind@example.org",
    ]
    assert [p.get_content_type() for p in message.iter_attachments()] == ["text/calendar"]
    assert "inbjudan.eml" in panel.message.text()


def _give_the_parties(window, role: str, letter: str) -> None:  # type: ignore[no-untyped-def]
    """Each party of the project agreement a new person with an address as ``role``."""
    with window.ctx._database().unit_of_work() as uow:
        a = get_agreement(uow, PROJECT_ID)
        parties = tuple(
            replace(p, **{role: person(uow, f"P{n}", p.organisation_id, f"{letter}{n}@x.se")})
            for n, p in enumerate(a.parties, start=1)
        )
        save_agreement(uow, replace(a, parties=parties))


def _invite_to_the_first_check_in(qtbot, window, idle) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, window, idle, 1)
    editor.sections.show(editor.ui.checkinsTab)
    idle(window.ctx)
    editor.ui.checkinsPanel.table.selectRow(0)
    editor.ui.checkinsPanel.invite_button.click()
    idle(window.ctx)


def test_without_a_sender_the_region_s_contact_person_invites(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, monkeypatch, tmp_path
) -> None:
    window = demo_window
    window.ctx.settings.sender = ""
    opened = _answer(monkeypatch, tmp_path, "inbjudan.eml")
    _invite_to_the_first_check_in(qtbot, window, idle)
    assert presenter.exceptions == []
    (path,) = opened
    assert [a.addr_spec for a in _parsed(path)["From"].addresses] == ["maria.ek@example.org"]


def test_a_sender_in_settings_that_is_no_address_is_refused(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, monkeypatch, tmp_path
) -> None:
    window = demo_window
    window.ctx.settings.sender = "Åsa Öberg"
    opened = _answer(monkeypatch, tmp_path, "inbjudan.eml")
    _invite_to_the_first_check_in(qtbot, window, idle)
    assert [type(e) for e in presenter.exceptions] == [ValidationError]
    assert "not an e-mail address" in presenter.messages[0].text
    assert opened == [] and list(tmp_path.glob("inbjudan*")) == []


def test_a_signing_round_from_the_signed_copies(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, monkeypatch, tmp_path
) -> None:
    window = demo_window
    window.ctx.settings.sender = SENDER
    window.ctx.today = lambda: date(2021, 2, 1)
    _give_the_parties(window, "signatory_id", "u")
    opened = _answer(monkeypatch, tmp_path, "underskrift.eml")
    editor = open_editor(qtbot, window, idle, PROJECT_ID)
    editor.sections.show(editor.ui.signedTab)
    idle(window.ctx)
    panel = editor.ui.signedCopiesPanel
    assert panel.send_button.isEnabled()
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    assert presenter.exceptions == []
    assert [p.name for p in opened] == ["underskrift-1.eml", "underskrift-2.eml"]
    assert (tmp_path / "underskrift.pdf").is_file()
    qtbot.waitUntil(lambda: editor.stored.status is AgreementStatus.OUT_FOR_SIGNATURE)
    idle(window.ctx)
    # The Sent column, once the tab has read the agreement again.
    today = clock.today().isoformat()

    def column() -> list[str]:
        return [panel.table.item(row, 1).text() for row in range(panel.table.rowCount())]

    qtbot.waitUntil(lambda: column() == [today, today])


def test_the_draft_for_comments_from_the_documents(  # type: ignore[no-untyped-def]
    qtbot, demo_window, idle, presenter, monkeypatch, tmp_path
) -> None:
    window = demo_window
    window.ctx.settings.sender = SENDER
    window.ctx.today = lambda: date(2027, 1, 11)
    asked: list[tuple[date, date]] = []

    def ask(_owner, initial: date, minimum: date) -> dialogs.ReviewRequest:  # type: ignore[no-untyped-def]
        asked.append((initial, minimum))
        return dialogs.ReviewRequest(date(2027, 2, 1), with_docx=True)

    monkeypatch.setattr(dialogs, "ask_review", ask)
    _give_the_parties(window, "contact_person_id", "k")
    opened = _answer(monkeypatch, tmp_path, "synpunkter.eml")
    signed = open_editor(qtbot, window, idle, 1)
    signed.sections.show(signed.ui.documentsTab)
    idle(window.ctx)
    assert not signed.ui.documentsPanel.review_button.isEnabled()  # signed: no draft to review
    editor = open_editor(qtbot, window, idle, PROJECT_ID)
    editor.sections.show(editor.ui.documentsTab)
    idle(window.ctx)
    panel = editor.ui.documentsPanel
    assert panel.review_button.isEnabled()
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)
    idle(window.ctx)
    assert presenter.exceptions == []
    assert asked == [(date(2027, 1, 25), date(2027, 1, 11))]
    (path,) = opened
    message = _parsed(path)
    assert [a.addr_spec for a in message["From"].addresses] == ["asa.oberg@example.org"]
    assert sorted(a.addr_spec for a in message["To"].addresses) == ["k1@x.se", "k2@x.se"]
    assert sorted(str(p.get_filename()) for p in message.iter_attachments()) == [
        "synpunkter.docx",
        "synpunkter.pdf",
    ]
    body = message.get_body(("plain",))
    assert body is not None and "2027-02-01" in body.get_content()
    assert "synpunkter.eml" in panel.message.text()
