"""The yearly report in the regions' own shape: per area its partners, sub-goals,
activities, outcomes, money received and check-ins; an opening summary; the
year's own introductory sections; and the history of reports written."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from bibagreements.cli import main
from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.records import Agreement, Area, FollowUp, Party, RenewalTerms
from bibagreements.domain.report import CheckinOutcome, ReportSection
from bibagreements.errors import ConflictError, InterchangeError, ValidationError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.amendments import draft_amendment
from bibagreements.services.demo import REFERENCE_TITLE
from bibagreements.services.documents import DocumentFormat, render_followup_report
from bibagreements.services.followup_report import followup_report
from bibagreements.services.followups import save_followup
from bibagreements.services.interchange import export_data, import_data, import_file
from bibagreements.services.report_sections import (
    report_history,
    report_sections,
    save_report_sections,
)
from bibagreements.storage.database import Database, UnitOfWork
from tests.builders import id_of, new_db, org
from tests.databases import fresh_database

COMPILED = date(2026, 12, 4)


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return fresh_database(tmp_path / "yearly.sqlite3", demo=True)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).replace("\u00ad", "")


def _pdf_text(path: Path) -> str:
    return _flat(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages))


def _digital(uow: UnitOfWork, year: int = 2020, day: date = COMPILED):  # type: ignore[no-untyped-def]
    report = followup_report(uow, year, day)
    return report, next(a for a in report.areas if a.name == "Digital utveckling")


def _agreement(uow: UnitOfWork, title: str, partners: list[int], **kw: object) -> int:
    saved = save_agreement(
        uow,
        Agreement(
            title=title,
            status=AgreementStatus.ACTIVE,
            start=date(2020, 3, 1),
            end=kw.pop("end", date(2021, 2, 28)),  # type: ignore[arg-type]
            development_area="Digital utveckling",
            parties=tuple(Party(i, signed_on=date(2020, 3, 1)) for i in partners),
            areas=(Area("Digitala verkstäder"),),
            **kw,  # type: ignore[arg-type]
        ),
    )
    assert saved.id is not None
    return saved.id


def test_the_2020_report_compiled_later_counts_unrecorded_check_ins_as_not_held(
    db: Database, tmp_path: Path
) -> None:
    with db.unit_of_work() as uow:
        report, digital = _digital(uow)
        written = render_followup_report(
            uow, 2020, DocumentFormat.PDF, tmp_path / "r.pdf", today=COMPILED
        )
    reference = next(a for a in digital.agreements if a.title == REFERENCE_TITLE)
    assert [c.outcome for c in reference.checkins] == [CheckinOutcome.NOT_HELD] * 2
    assert report.checkins(CheckinOutcome.NOT_HELD) == 2
    assert report.checkins(CheckinOutcome.PLANNED) == 0
    text = _pdf_text(tmp_path / "r.pdf")
    assert "Inte hållna (2): 2020-05-08 och 2020-11-09." in text
    assert "planerad" not in text.casefold()
    assert written.agreements == 2


def test_each_area_lists_its_partners_sub_goals_activities_outcomes_and_funding(
    db: Database,
) -> None:
    with db.unit_of_work() as uow:
        reference = get_agreement(uow, id_of(uow))
        kristianstad = reference.parties[0].organisation_id
        orebro = org(uow, "Örebro läns bildningsförbund")
        zeta = org(uow, "Zeta bibliotek")
        project = _agreement(uow, "Verkstäder 2020", [kristianstad, orebro, zeta])
        save_followup(
            uow,
            FollowUp(
                project,
                2020,
                sub_goal="Fler barn och unga med digital kompetens och källkritik",
                activity="Verkstäder",
                outcome="Tolv verkstäder hölls",
                funding_sek=Decimal("100000"),
                funder="kungliga biblioteket",
            ),
        )
        report, digital = _digital(uow)
    # Every partner once, in Swedish order (Ö after Z).
    assert digital.partners == (
        "Biblioteken i Kristianstad",
        "Region Skånes kulturförvaltning",
        "Zeta bibliotek",
        "Örebro läns bildningsförbund",
    )
    # The same sub-goal in two agreements: listed for each, naming the agreement.
    assert [(t.text, t.agreement) for t in digital.sub_goals] == [
        ("Fler barn och unga med digital kompetens och källkritik", "Kristianstad 2019"),
        ("Fler barn och unga med digital kompetens och källkritik", "Verkstäder 2020"),
    ]
    assert "Verkstäder" in [t.text for t in digital.activities]
    # Money from one funder, however it is spelt, is summed.
    assert [(f.funder, f.amount_sek) for f in digital.funding] == [
        ("Kungliga biblioteket", Decimal("540000"))
    ]
    assert report.funding_total == Decimal("540000")
    assert report.count("in_force") == 3 and report.count("new") == 2
    assert report.count("ended") == 1


def test_the_summary_counts_a_renewal_and_an_extension(db: Database) -> None:
    with db.unit_of_work() as uow:
        reference = get_agreement(uow, id_of(uow))
        parties = [p.organisation_id for p in reference.parties]
        _agreement(uow, "Förnyad överenskommelse", parties, predecessor_id=reference.id)
        report = followup_report(uow, 2020, COMPILED)
    renewed = [a.title for area in report.areas for a in area.agreements if a.renewed]
    assert renewed == ["Förnyad överenskommelse"]
    assert report.count("new") == 1  # the framework agreement from 2020-01-01


def test_each_automatic_extension_is_a_renewal_and_an_amendment_no_agreement(
    db: Database,
) -> None:
    with db.unit_of_work() as uow:
        reference = get_agreement(uow, id_of(uow))
        parties = [p.organisation_id for p in reference.parties]
        _agreement(
            uow,
            "Löpande samarbete",
            parties,
            end=date(2021, 12, 31),
            renewal=RenewalTerms(notice_months=3, extension_months=12),
        )
        amendment = draft_amendment(
            uow, reference.id or 0, new_end=date(2021, 6, 30), effective=date(2020, 12, 1)
        )
        signed = save_agreement(
            uow, dataclasses.replace(amendment, status=AgreementStatus.OUT_FOR_SIGNATURE)
        )
        save_agreement(
            uow,
            dataclasses.replace(
                signed,
                status=AgreementStatus.ACTIVE,
                parties=tuple(
                    dataclasses.replace(p, signed_on=date(2020, 11, 25)) for p in signed.parties
                ),
            ),
        )
        reports = {y: followup_report(uow, y, COMPILED) for y in (2020, 2021, 2022, 2023)}

    def flagged(year: int, flag: str) -> list[str]:
        return [
            a.title for area in reports[year].areas for a in area.agreements if getattr(a, flag)
        ]

    # New in 2020; each year after, its term ends on 31 December and runs on a year.
    assert "Löpande samarbete" in flagged(2020, "new") and flagged(2020, "renewed") == []
    for year in (2021, 2022, 2023):
        assert "Löpande samarbete" in flagged(year, "renewed"), year
    # The example framework agreement (2020-01-01 – 2023-12-31) extended itself in 2023.
    assert flagged(2022, "renewed") == ["Löpande samarbete"]
    assert flagged(2023, "renewed")[0].startswith("Samverkansavtal om gemensamt")
    assert all(
        a.kind.value != "amendment"
        for y in reports
        for area in reports[y].areas
        for a in area.agreements
    )


def test_money_received_needs_an_amount_and_a_funder(db: Database) -> None:
    with db.unit_of_work() as uow:
        reference = id_of(uow)
        for amount, funder, code in (
            (None, "Kungliga biblioteket", "funder_without_amount"),
            (Decimal("1000"), " ", "amount_without_funder"),
            (Decimal("-5"), "KB", "negative"),
        ):
            entry = FollowUp(reference, 2020, outcome="x", funding_sek=amount, funder=funder)
            with pytest.raises(ValidationError) as info:
                save_followup(uow, entry)
            assert [p.code for p in info.value.problems] == [code]


def test_money_received_travels_in_the_interchange_file_as_version_2(
    db: Database, tmp_path: Path
) -> None:
    with db.unit_of_work() as uow:
        data = export_data(uow, [id_of(uow)])
    assert data["version"] == 2
    entry = data["agreements"][0]["followups"][3]
    assert (entry["funding_sek"], entry["funder"]) == (440000, "Kungliga biblioteket")
    target = new_db(tmp_path, "target.sqlite3")
    with target.unit_of_work() as uow:
        import_data(uow, data)
        _, digital = _digital(uow)
    assert [(f.funder, f.amount_sek) for f in digital.funding] == [
        ("Kungliga biblioteket", Decimal("440000"))
    ]


def test_a_version_1_file_cannot_carry_money_received(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as uow:
        data = export_data(uow, [id_of(uow)])
    old = dict(data, version=1)
    target = new_db(tmp_path, "target.sqlite3")
    with pytest.raises(InterchangeError), target.unit_of_work() as uow:
        import_data(uow, old)
    file = tmp_path / "v1.json"
    file.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InterchangeError), target.unit_of_work() as uow:
        import_file(uow, file)  # the streaming reader, the same answer
    bad = json.loads(json.dumps(data))
    bad["agreements"][0]["followups"][3]["funder"] = ""  # an amount without its funder
    file.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError), target.unit_of_work() as uow:
        import_file(uow, file)
    with target.unit_of_work() as uow:
        assert import_data(uow, data).agreements_created == 1


def test_introductory_sections_open_the_report_and_refuse_a_stale_save(
    db: Database, tmp_path: Path
) -> None:
    with db.unit_of_work() as uow:
        saved = save_report_sections(
            uow,
            2020,
            [
                ReportSection("Uppdrag", "Regionbiblioteket stödjer kommunerna.\n\nAndra stycket."),
                ReportSection("Personal", "Tre konsulenter, en på föräldraledighet."),
            ],
        )
    assert [s.heading for s in saved] == ["Uppdrag", "Personal"]
    with db.unit_of_work() as uow:  # a colleague changes the first while we hold the list
        save_report_sections(
            uow, 2020, [dataclasses.replace(saved[0], text="Nytt uppdrag."), saved[1]], saved
        )
    with db.unit_of_work() as uow, pytest.raises(ConflictError) as info:
        save_report_sections(uow, 2020, saved[1:], saved)
    assert info.value.code == "report_sections_changed"
    with db.unit_of_work() as uow:
        assert report_sections(uow, 2020)[0].text == "Nytt uppdrag."
        assert report_sections(uow, 2021) == []
        render_followup_report(uow, 2020, DocumentFormat.PDF, tmp_path / "r.pdf", today=COMPILED)
        with pytest.raises(ValidationError):
            save_report_sections(uow, 2020, [ReportSection(" ", "Utan rubrik")], [])
    text = _pdf_text(tmp_path / "r.pdf")
    assert text.index("Uppdrag Nytt uppdrag.") < text.index("Personal Tre konsulenter")
    assert text.index("Personal") < text.index("Sammanfattning")


def test_every_report_written_is_in_the_history_with_its_checksum(
    db: Database, tmp_path: Path
) -> None:
    with db.unit_of_work() as uow:
        render_followup_report(
            uow, 2020, DocumentFormat.PDF, tmp_path / "a.pdf", archive=True, today=COMPILED
        )
        render_followup_report(uow, 2020, DocumentFormat.DOCX, tmp_path / "b.docx")
        with pytest.raises(ValidationError):  # nothing written, nothing recorded
            render_followup_report(uow, 2020, DocumentFormat.PDF, tmp_path / "no" / "c.pdf")
    with pytest.raises(RuntimeError), db.unit_of_work() as uow:  # rolled back after writing
        render_followup_report(uow, 2020, DocumentFormat.PDF, tmp_path / "lost.pdf")
        raise RuntimeError("the commit never comes")
    assert not (tmp_path / "lost.pdf").exists()
    with db.unit_of_work() as uow:
        history = report_history(uow, 2020)
    assert [(r.format, r.archive) for r in history] == [("docx", False), ("pdf", True)]
    for record in history:
        data = Path(record.path).read_bytes()
        assert record.sha256 == hashlib.sha256(data).hexdigest() and record.size == len(data)
    assert b"pdfaid" in (tmp_path / "a.pdf").read_bytes()


def test_cli_report_intro_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "demo"]) == 0
    text = tmp_path / "uppdrag.txt"
    text.write_bytes("\ufeffRegionens uppdrag.\r\n".encode())  # as Notepad saves it
    intro = ["--db", db, "report-intro", "2020"]
    assert main([*intro, "--add", "Uppdrag", "--text-file", str(text)]) == 0
    assert main([*intro, "--add", "Villkor", "--text", "Pandemin."]) == 0
    assert main(["--db", db, "report-intro", "2020", "--change", "2", "--heading", "Året"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "report-intro", "2020", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"heading": "Uppdrag", "text": "Regionens uppdrag."},
        {"heading": "Året", "text": "Pandemin."},
    ]
    assert main(["--db", db, "report-intro", "2020", "--remove", "3"]) == 1
    assert "has no introductory section 3" in capsys.readouterr().err
    assert main([*intro, "--change", "0", "--heading", "Noll"]) == 1
    assert "has no introductory section 0" in capsys.readouterr().err
    out = tmp_path / "r.pdf"
    assert main(["--db", db, "report", "2020", "--format", "pdf", "--archive", "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "reports", "--json"]) == 0
    [written] = json.loads(capsys.readouterr().out)
    assert written["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert written["archive"] is True and written["year"] == 2020
