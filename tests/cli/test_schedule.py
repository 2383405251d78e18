"""Command line: checkins, checkin, reminders, snooze, ics."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import icalendar
import pytest

from bibagreements.cli import main
from bibagreements.services.demo import FRAMEWORK_UID


def run(capsys: pytest.CaptureFixture[str], demo_db: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", demo_db, *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], demo_db: str, *args: str) -> Any:
    code, out, err = run(capsys, demo_db, *args, "--json")
    assert (code, err) == (0, "")
    return json.loads(out)


def fails(capsys: pytest.CaptureFixture[str], demo_db: str, *args: str) -> tuple[int, str]:
    """Run a command that must fail; returns the exit code and its one error line."""
    try:
        code, out, err = run(capsys, demo_db, *args)
    except SystemExit as exc:  # argparse usage errors
        out, err = capsys.readouterr()
        code = int(exc.code or 0)
    assert code != 0 and out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    return code, err


def checkin_reminders(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [i for i in items if i["kind"].startswith("checkin")]


def checkin_keys(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> list[str]:
    """The keys of the check-in reminders ``reminders ARGS --json`` lists."""
    return [i["key"] for i in checkin_reminders(run_json(capsys, db, "reminders", *args))]


def test_done_when_reminders_before_and_after_the_due_date(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (early,) = checkin_reminders(run_json(capsys, demo_db, "reminders", "--today", "2020-05-01"))
    assert early["agreement_title"].startswith("Överenskommelse om samarbete")
    assert (early["kind"], early["date"], early["days_early"]) == ("checkin_due", "2020-05-08", 7)
    assert early["parties"] == ["Biblioteken i Kristianstad", "Region Skånes kulturförvaltning"]
    (late,) = checkin_reminders(run_json(capsys, demo_db, "reminders", "--today", "2020-05-20"))
    assert (late["kind"], late["days_late"], late["key"]) == ("checkin_overdue", 12, early["key"])


def test_recording_a_check_in_removes_its_reminder(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys,
        demo_db,
        "checkin",
        "1",
        "--due",
        "2020-05-08",
        "--held",
        "2020-05-12",
        "--participant",
        "Maria Ek",
        "--participant",
        "Sara Lind",
        "--notes",
        "Bra möte",
        "--today",
        "2020-05-20",
    )
    assert (code, err) == (0, "")
    assert "held on 2020-05-12" in out
    assert checkin_reminders(run_json(capsys, demo_db, "reminders", "--today", "2020-05-20")) == []
    first = run_json(capsys, demo_db, "checkins", "1")[0]
    assert first["status"] == "held" and first["held_on"] == "2020-05-12"
    assert first["participants"] == ["Maria Ek", "Sara Lind"] and first["notes"] == "Bra möte"


def test_snooze_hides_a_reminder_until_its_date(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (item,) = checkin_reminders(run_json(capsys, demo_db, "reminders", "--today", "2020-05-01"))
    code, out, _ = run(
        capsys, demo_db, "snooze", item["key"], "--until", "2020-05-15", "--today", "2020-05-01"
    )
    assert code == 0 and "hidden until 2020-05-15" in out
    assert checkin_reminders(run_json(capsys, demo_db, "reminders", "--today", "2020-05-14")) == []
    key = item["key"]
    assert checkin_keys(capsys, demo_db, "--today", "2020-05-14", "--all") == [key]
    assert checkin_keys(capsys, demo_db, "--today", "2020-05-15") == [key]
    assert (
        run(capsys, demo_db, "snooze", item["key"], "--clear")[1] == f"{item['key']} shows again\n"
    )
    assert checkin_keys(capsys, demo_db, "--today", "2020-05-14") == [key]


def test_days_sets_the_horizon(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ("reminders", "--today", "2020-05-01", "--days")
    assert checkin_reminders(run_json(capsys, demo_db, *args, "6")) == []
    assert checkin_keys(capsys, demo_db, "--today", "2020-05-01", "--days", "7") == [
        "checkin:1:2020-05-08"
    ]


def test_reminders_as_text(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_db, "reminders", "--today", "2020-05-20")
    assert code == 0
    assert "12 days overdue" in out
    assert "bibagreements snooze checkin:1:2020-05-08 --until DATE" in out
    assert "no contact person: Arboga kommun" in out


def test_move_cancel_and_add(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(capsys, demo_db, "checkin", "1", "--due", "2020-05-08", "--move-to", "2020-05-14")[0]
        == 0
    )
    assert run(capsys, demo_db, "checkin", "1", "--due", "2020-11-09", "--cancel")[0] == 0
    assert run(capsys, demo_db, "checkin", "1", "--add", "2020-09-01")[0] == 0
    rows = run_json(capsys, demo_db, "checkins", "1")
    assert [(r["due"], r["status"], r["moved"], r["manual"]) for r in rows] == [
        ("2020-05-14", "planned", True, False),
        ("2020-09-01", "planned", False, True),
        ("2020-11-09", "cancelled", False, False),
    ]
    code, out, _ = run(capsys, demo_db, "checkins", "1")
    assert code == 0
    assert "2020-05-14  planned   (moved from 2020-05-08)" in out
    assert "2020-09-01  planned   (added by hand)" in out


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (("reminders", "--today", "2020-02-30"), 2, "invalid date '2020-02-30'"),
        (("reminders", "--today", "1 maj"), 2, "invalid date"),
        (("reminders", "--days", "-3"), 2, "invalid number of days"),
        (("checkin", "1", "--due", "2020-05-08"), 2, "one of the arguments"),
        (("checkin", "1", "--held", "2020-05-08"), 1, "--due"),
        (("checkin", "99", "--due", "2020-05-08", "--cancel"), 1, "no agreement with ID 99"),
        (("checkin", "1", "--due", "2020-05-09", "--cancel"), 1, "no check-in due on 2020-05-09"),
        (
            (
                "checkin",
                "1",
                "--due",
                "2020-05-08",
                "--held",
                "2020-05-21",
                "--today",
                "2020-05-20",
            ),
            1,
            "2020-05-21 is in the future",
        ),
        (
            ("checkin", "1", "--due", "2020-05-08", "--move-to", "2021-02-01"),
            1,
            "outside the agreement's period 2019-11-08 – 2020-12-31",
        ),
        (("checkin", "1", "--add", "2019-01-01"), 1, "outside the agreement's period"),
        (("checkin", "1", "--due", "2020-05-08", "--cancel", "--notes", "x"), 1, "--notes"),
        (("checkin", "1", "--add", "2020-06-01", "--participant", "Eva"), 1, "--participant"),
        (("checkin", "1", "--due", "2020-05-08", "--add", "2020-06-01"), 1, "leave out --due"),
        (("checkins", "42"), 1, "no agreement with ID 42"),
        (("snooze", "whatever", "--until", "2030-01-01"), 1, "not a reminder key"),
        (("snooze", "checkin:1:2020-05-08"), 2, "one of the arguments"),
        (("ics", "42", "-o", "cal.ics"), 1, "no agreement with ID 42"),
    ],
)
def test_errors_are_one_line_and_non_zero(
    demo_db: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    args: tuple[str, ...],
    exit_code: int,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, err = fails(capsys, demo_db, *args)
    assert code == exit_code
    assert message in err


def test_held_after_cancel_is_refused(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, demo_db, "checkin", "1", "--due", "2020-05-08", "--cancel")[0] == 0
    _, err = fails(
        capsys,
        demo_db,
        "checkin",
        "1",
        "--due",
        "2020-05-08",
        "--held",
        "2020-05-08",
        "--today",
        "2020-06-01",
    )
    assert "was cancelled" in err


def test_ics_export_parses_and_keeps_its_uids(
    demo_db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    code, out, _ = run(capsys, demo_db, "ics", "-o", str(first), "--today", "2020-06-01")
    assert code == 0 and out == f"exported 5 check-in(s) to {first}\n"
    assert run(capsys, demo_db, "ics", "1", "-o", str(second))[0] == 0

    def uids(path: Path) -> list[str]:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        events = [str(e["uid"]) for e in calendar.walk("VEVENT")]
        return [uid for uid in events if uid.startswith("checkin-")]

    assert uids(second) == uids(first)[:2]
    assert run(capsys, demo_db, "ics", "-o", str(second), "--today", "2020-06-01")[0] == 0
    assert uids(second) == uids(first)
    # Years later only the framework agreement, extended year by year, still runs:
    # the ended agreements' check-ins are owed no more.
    assert run(capsys, demo_db, "ics", "-o", str(second), "--today", "2026-12-01")[0] == 0
    later = uids(second)
    assert later and all(FRAMEWORK_UID in uid for uid in later)


def test_ics_into_a_missing_folder(
    demo_db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, err = fails(capsys, demo_db, "ics", "-o", str(tmp_path / "nope" / "x.ics"))
    assert "does not exist" in err
