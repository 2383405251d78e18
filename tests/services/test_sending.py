"""Sending through a mail server: a local aiosmtpd on 127.0.0.1, never an outside address."""

from __future__ import annotations

import email
import email.policy
import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from bibagreements.errors import MailError, ValidationError
from bibagreements.services.messages import parse_sender
from bibagreements.services.sending import Security, SmtpServer, parse_server, send_messages
from bibagreements.storage.database import open_database
from bibagreements.storage.models import SignatureDispatchRow
from tests.builders import make_agreement
from tests.cli.conftest import run
from tests.keyrings import MemoryKeyring

SENDER = "Åsa Öberg <asa.oberg@example.org>"


class Collecting:
    def __init__(self, refuse: bool = False) -> None:
        self.refuse = refuse
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse:
            return "554 5.7.1 Message refused"
        self.messages.append((list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"


def _authenticate(
    server: Any, session: Any, envelope: Any, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"asa", b"hemligt")
    # handled=False: the server answers a refusal with 535 itself (handled=True would
    # leave the reply to us, and smtplib would wait for it).
    return AuthResult(success=ok, handled=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Collecting, int]]:
    handler = Collecting()
    port = _free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        authenticator=_authenticate,
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def _message(to: str = "Sara Lind <sara.lind@example.org>") -> email.message.EmailMessage:
    message = email.message.EmailMessage()
    message["From"] = parse_sender(SENDER)
    message["To"] = to
    message["Subject"] = "Avstämning: Överenskommelse om samarbete"
    message["X-Unsent"] = "1"
    message.set_content("Hej,\n\nVälkomna!\n")
    return message


def test_a_message_is_sent_without_its_draft_mark(smtp: tuple[Collecting, int]) -> None:
    handler, port = smtp
    server = SmtpServer("127.0.0.1", port, Security.NONE)
    send_messages(server, [_message(), _message("Maria Ek <maria.ek@example.org>")], None)
    assert [rcpt for rcpt, _ in handler.messages] == [
        ["sara.lind@example.org"],
        ["maria.ek@example.org"],
    ]
    received = email.message_from_bytes(handler.messages[0][1], policy=email.policy.default)
    assert received["X-Unsent"] is None
    assert received["Subject"] == "Avstämning: Överenskommelse om samarbete"
    assert received["From"].addresses[0].display_name == "Åsa Öberg"


def test_a_login_and_a_refused_login(smtp: tuple[Collecting, int]) -> None:
    handler, port = smtp
    server = SmtpServer("127.0.0.1", port, Security.NONE, "asa")
    send_messages(server, [_message()], "hemligt")
    assert len(handler.messages) == 1
    with pytest.raises(MailError, match=re.escape("refused the login of asa@127.0.0.1")):
        send_messages(server, [_message()], "fel")
    with pytest.raises(MailError, match=re.escape("no password for asa@127.0.0.1")):
        send_messages(server, [_message()], None)
    assert len(handler.messages) == 1


def test_an_unreachable_server_is_one_clear_line() -> None:
    server = SmtpServer("127.0.0.1", _free_port(), Security.NONE)
    with pytest.raises(MailError) as caught:
        send_messages(server, [_message()], None)
    text = str(caught.value)
    assert "could not be reached" in text and "nothing was recorded" in text
    assert "\n" not in text


def test_the_server_is_named_as_a_person_would() -> None:
    assert parse_server("smtp.region.se", Security.STARTTLS) == SmtpServer("smtp.region.se", 587)
    assert parse_server("smtp.region.se:2525", Security.TLS, "asa").port == 2525
    assert parse_server("localhost", Security.NONE).port == 25
    with pytest.raises(ValidationError, match="STARTTLS or TLS"):
        parse_server("smtp.region.se", Security.NONE)
    for bad in ("", ":25", "host:port", "host:70000"):
        with pytest.raises(ValidationError, match="not a mail server"):
            parse_server(bad, Security.STARTTLS)


def _signing_round(
    db_path: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, port: int
) -> tuple[int, str, str]:
    return run(
        capsys, "--db", db_path, "--today", "2019-10-01", "send-for-signature", "1",
        "--from", SENDER, "-o", str(tmp_path / "u.eml"),
        "--send", "--smtp", f"127.0.0.1:{port}", "--smtp-security", "none",
    )  # fmt: skip


def _an_agreement_in(db_path: str) -> None:
    db = open_database(db_path)
    with db.unit_of_work() as uow:
        make_agreement(uow, "Avtal om e-medier")
    db.close()


def _dispatches(db_path: str) -> int:
    db = open_database(db_path)
    try:
        with db.unit_of_work() as uow:
            return uow.session.query(SignatureDispatchRow).count()
    finally:
        db.close()


def test_the_signing_round_sent_and_recorded(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], smtp: tuple[Collecting, int]
) -> None:
    handler, port = smtp
    _an_agreement_in(db_path)
    code, out, err = _signing_round(db_path, capsys, tmp_path, port)
    assert (code, err) == (0, "")
    assert f"sent 2 message(s) through 127.0.0.1:{port}" in out
    assert len(handler.messages) == 2 and _dispatches(db_path) == 2
    code, out, _ = run(capsys, "--db", db_path, "reminders", "--today", "2019-10-20", "--json")
    assert any(r["kind"] == "signature_missing" and r["sent"] for r in json.loads(out))


@pytest.mark.parametrize("refuse", [True, False])
def test_a_failed_sending_records_nothing(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], refuse: bool
) -> None:
    _an_agreement_in(db_path)
    handler, port = Collecting(refuse=True), _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    if refuse:
        controller.start()
    try:
        code, out, err = _signing_round(db_path, capsys, tmp_path, port)
    finally:
        if refuse:
            controller.stop()
    assert code == 1 and "nothing was recorded" in err and err.count("\n") == 1
    assert _dispatches(db_path) == 0 and list(tmp_path.glob("u*")) == []
    code, out, _ = run(capsys, "--db", db_path, "list")
    assert "draft" in out  # still a draft: not sent, not out for signature


def test_the_command_line_offers_the_securities_there_are() -> None:
    from bibagreements.cli.messages import SECURITY_CHOICES

    assert tuple(s.value for s in Security) == SECURITY_CHOICES


def _logged_in_round(
    db_path: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, port: int, *extra: str
) -> tuple[int, str, str]:
    return run(
        capsys, "--db", db_path, "--today", "2019-10-01", "send-for-signature", "1",
        "--from", SENDER, "-o", str(tmp_path / "u.eml"), "--one-to-all",
        "--send", "--smtp", f"127.0.0.1:{port}", "--smtp-security", "none",
        "--smtp-user", "asa", *extra,
    )  # fmt: skip


def test_a_password_that_worked_is_remembered_and_then_used(
    db_path: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    smtp: tuple[Collecting, int],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    handler, port = smtp
    _an_agreement_in(db_path)
    monkeypatch.setenv("BIBAGREEMENTS_SMTP_PASSWORD", "hemligt")
    code, out, err = _logged_in_round(db_path, capsys, tmp_path, port, "--remember-password")
    assert (code, err) == (0, "")
    assert "the password for asa@127.0.0.1 is kept in the keyring" in out
    assert memory_keyring.kept == {("bibagreements-smtp", "asa@127.0.0.1"): "hemligt"}
    copy = email.message_from_bytes((tmp_path / "u.eml").read_bytes())
    assert copy["X-Unsent"] is None and copy["Message-ID"] is not None  # sent, not a draft
    monkeypatch.delenv("BIBAGREEMENTS_SMTP_PASSWORD")
    (tmp_path / "u.eml").unlink()
    code, out, err = _logged_in_round(db_path, capsys, tmp_path, port)
    assert (code, err) == (0, "") and "keyring" not in out
    assert len(handler.messages) == 2 and _dispatches(db_path) == 4


def test_a_keyring_that_cannot_keep_it_leaves_the_sending_recorded(
    db_path: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    smtp: tuple[Collecting, int],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    handler, port = smtp
    _an_agreement_in(db_path)
    memory_keyring.broken = True
    monkeypatch.setenv("BIBAGREEMENTS_SMTP_PASSWORD", "hemligt")
    code, _, err = _logged_in_round(db_path, capsys, tmp_path, port, "--remember-password")
    assert code == 0 and "keyring cannot keep the password (locked)" in err
    assert len(handler.messages) == 1 and _dispatches(db_path) == 2
    assert memory_keyring.kept == {}


def test_remembering_a_password_needs_a_user(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "--db", db_path, "send-for-signature", "1", "--from", SENDER,
        "-o", str(tmp_path / "u.eml"), "--send", "--smtp", "smtp.region.se",
        "--remember-password",
    )  # fmt: skip
    assert code == 1 and "give the user" in err and list(tmp_path.glob("u*")) == []
