"""Command line: invite, send-draft, send-for-signature, send-minutes write .eml drafts."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from bibagreements.storage.database import open_database
from tests.builders import make_agreement
from tests.cli.conftest import run

SENDER = "Åsa Öberg <asa.oberg@example.org>"


def _message(path: Path) -> email.message.EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def test_invite_on_the_example_data(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", db_path, "demo")[0] == 0
    out_file = tmp_path / "x.eml"
    code, out, err = run(
        capsys, "--db", db_path, "invite", "1", "--due", "2020-05-08", "--from", SENDER,
        "-o", str(out_file),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith(f"wrote {out_file.resolve()} to Sara Lind <sara.lind@example.org>")
    message = _message(out_file)
    addresses = sorted(a.addr_spec for a in message["To"].addresses)
    assert addresses == ["maria.ek@example.org", "sara.lind@example.org"]
    (part,) = message.iter_attachments()
    (event,) = Calendar.from_ical(part.get_content()).walk("VEVENT")
    ics = tmp_path / "all.ics"
    assert run(capsys, "--db", db_path, "ics", "1", "-o", str(ics))[0] == 0
    assert f"UID:{event['uid']}" in ics.read_text(encoding="utf-8")


def test_invite_without_a_sender_is_organised_by_the_region_s_contact_person(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # The issue's own command: no --from, no BIBAGREEMENTS_FROM.
    monkeypatch.delenv("BIBAGREEMENTS_FROM", raising=False)
    assert run(capsys, "--db", db_path, "demo")[0] == 0
    args = ("--db", db_path, "invite", "1", "--due", "2020-05-08")
    code, _, err = run(capsys, *args, "-o", str(tmp_path / "x.eml"))
    assert (code, err) == (0, "")
    message = _message(tmp_path / "x.eml")
    assert message["From"].addresses[0].addr_spec == "maria.ek@example.org"
    (part,) = message.iter_attachments()
    (event,) = Calendar.from_ical(part.get_content()).walk("VEVENT")
    assert str(event["organizer"]) == "mailto:maria.ek@example.org"
    assert sorted(str(a) for a in event["attendee"]) == [
        "mailto:maria.ek@example.org",
        "mailto:sara.lind@example.org",
    ]
    code, _, err = run(capsys, *args, "--from", SENDER, "-o", str(tmp_path / "y.txt"))
    assert code == 1 and "eml" in err and err[-1:] == "\n"
    assert not list(tmp_path.glob("y.*"))


def test_a_signing_round_is_recorded_and_reminded(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BIBAGREEMENTS_FROM", SENDER)
    db = open_database(db_path)
    with db.unit_of_work() as uow:
        agreement_id = make_agreement(uow, "Avtal om e-medier").id
    db.close()
    target = tmp_path / "underskrift.eml"
    code, out, err = run(
        capsys, "--db", db_path, "--today", "2019-10-01", "send-for-signature", str(agreement_id),
        "-o", str(target),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert sorted(p.name for p in tmp_path.glob("underskrift*")) == [
        "underskrift-1.eml",
        "underskrift-2.eml",
        "underskrift.pdf",
    ]
    assert out.count("wrote ") == 2 and "with underskrift.pdf" in out
    code, out, _ = run(
        capsys, "--db", db_path, "reminders", "--today", "2019-10-20", "--json",
        "--signature-days", "14",
    )  # fmt: skip
    (missing,) = [r for r in json.loads(out) if r["kind"] == "signature_missing"]
    assert missing["date"] == "2019-10-15" and missing["days_late"] == 5
    assert missing["sent"] == [
        "Avtal om e-medier A (2019-10-01)",
        "Avtal om e-medier B (2019-10-01)",
    ]
