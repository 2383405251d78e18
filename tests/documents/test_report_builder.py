"""The yearly follow-up report: which agreements, grouped how, and what it prints."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import pypdf
import pytest

from bibagreements.cli import main
from bibagreements.domain.enums import AgreementKind, AgreementStatus
from bibagreements.domain.records import Agreement, Area, FollowUp, Party, ProjectDetails
from bibagreements.domain.report import CheckinOutcome
from bibagreements.errors import ValidationError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.demo import (
    FRAMEWORK_UID,
    PROJECT_UID,
    REFERENCE_TITLE,
    REFERENCE_UID,
)
from bibagreements.services.documents import DocumentFormat, render_followup_report
from bibagreements.services.followup_report import development_areas, followup_report
from bibagreements.services.followups import save_followup
from bibagreements.services.schedule import list_checkins, record_checkin
from bibagreements.storage.database import Database, UnitOfWork
from tests.builders import id_of
from tests.databases import fresh_database


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return fresh_database(tmp_path / "report.sqlite3", demo=True)


FRAMEWORK_TITLE = "Samverkansavtal om gemensamt bibliotekssystem i Västmanlands län"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).replace("\u00ad", "")


def _titles(report_areas: object) -> list[tuple[str, list[str]]]:
    return [(area.name, [a.title for a in area.agreements]) for area in report_areas]  # type: ignore[attr-defined]


def _add(uow: UnitOfWork, title: str, area: str, start: date, end: date, **kw: object) -> int:
    reference = get_agreement(uow, id_of(uow))
    saved = save_agreement(
        uow,
        Agreement(
            title=title,
            status=kw.pop("status", AgreementStatus.ACTIVE),  # type: ignore[arg-type]
            start=start,
            end=end,
            development_area=area,
            parties=tuple(
                Party(p.organisation_id, signed_on=start, signed_place="Malmö")
                for p in reference.parties
            ),
            areas=(Area("Läsfrämjande insatser"),),
            **kw,  # type: ignore[arg-type]
        ),
    )
    assert saved.id is not None
    return saved.id


def test_agreements_in_force_during_the_year_grouped_by_development_area(db: Database) -> None:
    with db.unit_of_work() as uow:
        _add(uow, "Läsfrämjande 2020", "läsfrämjande", date(2020, 6, 1), date(2021, 5, 31))
        _add(uow, "Utan område", "", date(2020, 1, 1), date(2020, 12, 31))
        _add(uow, "Gammalt avtal", "Läsfrämjande", date(2018, 1, 1), date(2019, 12, 31))
        _add(
            uow,
            "Ett utkast",
            "Läsfrämjande",
            date(2020, 1, 1),
            date(2020, 12, 31),
            status=AgreementStatus.DRAFT,
        )
        report = followup_report(uow, 2020)
        # Spelt two ways (two agreements each way): one area, the first spelling in a tie.
        _add(uow, "Läsombud", "läsfrämjande", date(2020, 2, 1), date(2020, 8, 31))
        report = followup_report(uow, 2020)
        assert development_areas(uow) == [
            "Bibliotekssamverkan",
            "Digital utveckling",
            "Läsfrämjande",
        ]
    # Sorted by name regardless of case; agreements without an area come last;
    # an agreement that ended before the year and a draft are left out.
    assert _titles(report.areas) == [
        ("Bibliotekssamverkan", [FRAMEWORK_TITLE]),
        ("Digital utveckling", [REFERENCE_TITLE]),
        # named as in the whole register (a tie: the first spelling), the same every year
        ("Läsfrämjande", ["Läsombud", "Läsfrämjande 2020"]),
        ("", ["Utan område"]),
    ]
    assert report.agreement_count == 5


def test_only_the_years_entries_and_check_ins_and_the_project_funding(db: Database) -> None:
    with db.unit_of_work() as uow:
        reference = id_of(uow)
        first = list_checkins(uow, reference)[0]
        record_checkin(uow, first.id or 0, held_on=date(2020, 5, 11), participants=["Sara Lind"])
        areas = get_agreement(uow, reference).areas
        save_followup(
            uow, FollowUp(reference, 2021, areas[0].id, outcome="Efter perioden: hör inte hit")
        )
        project = _add(
            uow,
            "Projekt med medel",
            "Digital utveckling",
            date(2020, 3, 1),
            date(2020, 9, 30),
            kind=AgreementKind.PROJECT,
            parent_id=id_of(uow, FRAMEWORK_UID),
            project=ProjectDetails(
                goals="Mål", funding_sek=Decimal("440000"), funder="Kungliga biblioteket"
            ),
        )
        save_followup(uow, FollowUp(project, 2020, None, sub_goal="Helheten", outcome="Klart"))
        report = followup_report(uow, 2020, date(2020, 6, 1))
    digital = next(area for area in report.areas if area.name == "Digital utveckling")
    ref = next(a for a in digital.agreements if a.title == REFERENCE_TITLE)
    assert [e.outcome for e in ref.entries if "hör inte hit" in e.outcome] == []
    assert len(ref.entries) == 4
    # Compiled in June 2020: the November check-in is still ahead.
    assert [(c.due, c.outcome, c.held_on) for c in ref.checkins] == [
        (date(2020, 5, 8), CheckinOutcome.HELD, date(2020, 5, 11)),
        (date(2020, 11, 9), CheckinOutcome.PLANNED, None),
    ]
    funded = next(a for a in digital.agreements if a.title == "Projekt med medel")
    assert funded.funding_sek == Decimal("440000") and funded.funder == "Kungliga biblioteket"
    assert [(e.area_title, e.sub_goal) for e in funded.entries] == [("", "Helheten")]


def test_the_pdf_and_docx_carry_every_fact(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as uow:
        reference = id_of(uow)
        record_checkin(
            uow, list_checkins(uow, reference)[0].id or 0, held_on=date(2020, 5, 8), participants=[]
        )
        pdf = render_followup_report(
            uow, 2020, DocumentFormat.PDF, tmp_path / "r.pdf", today=date(2021, 1, 15)
        )
        render_followup_report(
            uow, 2020, DocumentFormat.DOCX, tmp_path / "r.docx", today=date(2021, 1, 15)
        )
    facts = [
        "Uppföljning 2020",
        "Sammanställd 15 januari 2021",
        "Avtal som gällde under 2020: 2 (nya under året: 1, förnyade: 0, upphörde under året: 1).",
        "Avstämningar: hållna 1, inte hållna 1, inställda 0.",
        "Medel som tagits emot under året: 440 000 kr.",
        "Bibliotekssamverkan",
        "Digital utveckling",
        f"{REFERENCE_TITLE}, 2019-11-08 – 2020-12-31, avslutad.",
        "Samverkansparter",
        "Biblioteken i Kristianstad och Region Skånes kulturförvaltning.",
        "Satsning: Digitalt först med användaren i fokus.",
        "Delmål",
        "Fler barn och unga med digital kompetens och källkritik",
        "Aktiviteter",
        "Workshoppar i källkritik på filialerna",
        "Utfall",
        "Kristianstad 2019: Stadsbiblioteket deltog i arbetsgruppens fyra möten under året. "
        "Två utbildningsdagar om barns digitala vardag hölls för 60 deltagare.",
        "flyttades till 2021 eftersom den ansvariga bibliotekarien var föräldraledig.",
        "Ekonomi",
        "440 000 kr från Kungliga biblioteket",
        "Alla kommuner använder det gemensamma systemet",
        "Bibliotekssystem Västmanland: Klart i oktober 2020.",
        "Hållna (1): 2020-05-08.",
        "Inte hållna (1): 2020-11-09.",
        "Inga avstämningar under 2020.",
    ]
    reader = pypdf.PdfReader(tmp_path / "r.pdf")
    text = _flat(" ".join(page.extract_text() for page in reader.pages))
    assert [f for f in facts if _flat(f) not in text] == []
    assert reader.metadata is not None and reader.metadata.title == "Uppföljning 2020"
    assert pdf.agreements == 2 and pdf.size == (tmp_path / "r.pdf").stat().st_size
    document = docx.Document(str(tmp_path / "r.docx"))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    assert [f for f in facts if _flat(f) not in _flat(" ".join(texts))] == []


def test_english_and_an_empty_year(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as uow:
        render_followup_report(uow, 2018, DocumentFormat.PDF, tmp_path / "e.pdf", language="en")
        with pytest.raises(ValidationError):
            render_followup_report(uow, 2020, DocumentFormat.PDF, tmp_path / "wrong.docx")
        with pytest.raises(ValidationError):
            followup_report(uow, 10_000)
    text = _flat(" ".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "e.pdf").pages))
    assert "Follow-up 2018" in text and "No agreement was in force during 2018." in text
    assert not (tmp_path / "wrong.docx").exists()


def test_development_area_round_trips_and_stays_editable_after_signing(db: Database) -> None:
    with db.unit_of_work() as uow:
        reference = get_agreement(uow, id_of(uow, REFERENCE_UID))
        assert reference.status is AgreementStatus.ACTIVE  # signed: its text is frozen
        saved = save_agreement(uow, dataclasses.replace(reference, development_area=" Läsande "))
    assert saved.development_area == "Läsande"


def test_cli_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "demo"]) == 0
    out = tmp_path / "uppfoljning.pdf"
    assert main(["--db", db, "report", "2020", "--format", "pdf", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "2 agreements" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", db, "report", "20", "--format", "pdf", "-o", str(out)])
    assert exit_info.value.code == 2
    assert "four-digit year" in capsys.readouterr().err


def test_signed_agreements_with_entries_count_but_drafts_never(db: Database) -> None:
    with db.unit_of_work() as uow:
        draft = id_of(uow, PROJECT_UID)  # a draft in the demo
        ended = id_of(uow)  # the reference agreement ended 2020-12-31
        save_followup(uow, FollowUp(draft, 2021, None, outcome="Utkastets utfall"))
        save_followup(uow, FollowUp(ended, 2021, None, outcome="Effekter året efter"))
        report = followup_report(uow, 2021)
    titles = [a.title for area in report.areas for a in area.agreements]
    assert REFERENCE_TITLE in titles
    assert not any("webbplats" in t for t in titles)


def test_a_check_in_belongs_to_the_year_it_was_held_in(db: Database) -> None:
    with db.unit_of_work() as uow:
        reference = id_of(uow)
        late = list_checkins(uow, reference)[1]  # due 2020-11-09
        record_checkin(uow, late.id or 0, held_on=date(2021, 1, 12), participants=[])
        save_followup(uow, FollowUp(reference, 2021, None, outcome="Avstämt i januari"))
        in_2020 = followup_report(uow, 2020)
        in_2021 = followup_report(uow, 2021)

    def dues(report: object) -> list[date]:
        return [
            c.due
            for area in report.areas  # type: ignore[attr-defined]
            for a in area.agreements
            if a.title == REFERENCE_TITLE
            for c in a.checkins
        ]

    assert dues(in_2020) == [date(2020, 5, 8)]
    assert dues(in_2021) == [date(2020, 11, 9)]


def test_development_areas_are_in_swedish_alphabetical_order(db: Database) -> None:
    with db.unit_of_work() as uow:
        for title, area in (("Ö", "Övrigt"), ("Ä", "Äldre"), ("Å", "Åtgärder"), ("Z", "Zon")):
            _add(uow, title, area, date(2020, 1, 1), date(2020, 12, 31))
        names = development_areas(uow)
        report = followup_report(uow, 2020)
    assert names[-4:] == ["Zon", "Åtgärder", "Äldre", "Övrigt"]
    assert [area.name for area in report.areas][-4:] == names[-4:]
