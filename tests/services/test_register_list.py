"""The registrar's list: every agreement with each party's registry number, as CSV and XLSX."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from bibagreements.cli import main
from bibagreements.domain.enums import AgreementStatus
from bibagreements.domain.records import Agreement, Party
from bibagreements.errors import ValidationError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.register_list import register_list, write_register_list
from bibagreements.storage.database import Database
from tests.builders import id_of
from tests.databases import fresh_database

EXAMPLE_NUMBERS = {"KS 2019/0001", "KUN 2019/470", "RV 2020/112"}


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return fresh_database(tmp_path / "register.sqlite3", demo=True)


def _numbers(db: Database) -> set[str]:
    with db.unit_of_work() as uow:
        return {
            p.registry_number for e in register_list(uow) for p in e.parties if p.registry_number
        }


def test_the_xlsx_lists_every_party_with_its_registry_number(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    numbers = _numbers(db)
    assert numbers >= EXAMPLE_NUMBERS
    out = tmp_path / "diarium.xlsx"
    path = str(tmp_path / "cli.sqlite3")  # the example data, as the command line loads it
    assert main(["--db", path, "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", path, "register-list", "--format", "xlsx", "-o", str(out)]) == 0
    assert "3 agreements" in capsys.readouterr().out
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Avtal", "Parter"]
    sheet = book["Avtal"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Nr", "Rubrik", "Kort rubrik", "Avtalstyp", "Status"]
    assert {"Diarienummer 1", "Diarienummer 11", "Undertecknat 2"} <= set(header)
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {1, 2, 3}
    reference = dict(zip(header, rows[1], strict=True))
    assert reference["Status"] == "avslutat" and reference["Kort rubrik"] == "Kristianstad 2019"
    assert reference["Från och med"] == datetime(2019, 11, 8)  # a date, not text
    assert sheet.cell(row=2, column=header.index("Från och med") + 1).number_format == (
        "yyyy-mm-dd"
    )
    assert (reference["Diarienummer 1"], reference["Diarienummer 2"]) == (
        "KS 2019/0001",
        "KUN 2019/470",
    )
    parties = list(book["Parter"].iter_rows(min_row=2, values_only=True))
    assert {r[4] for r in parties if r[4]} == numbers
    assert len(parties) == 2 + 11 + 2  # every party of the three agreements, one row each
    framework_row = dict(zip(header, rows[3], strict=True))
    assert framework_row["Samverkansavtal"].startswith("Samverkansavtal om gemensamt")


def test_text_is_text_never_a_formula(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as uow:
        reference = get_agreement(uow, id_of(uow))
        save_agreement(
            uow,
            Agreement(
                title='=HYPERLINK("http://x","klicka")',
                status=AgreementStatus.DRAFT,
                parties=tuple(
                    Party(p.organisation_id, registry_number="+46 2020/1")
                    for p in reference.parties
                ),
            ),
        )
        write_register_list(uow, "xlsx", tmp_path / "r.xlsx")
        write_register_list(uow, "csv", tmp_path / "r.csv")
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx")["Avtal"]
    titles = [sheet.cell(row=r, column=2) for r in range(2, sheet.max_row + 1)]
    formula = next(c for c in titles if str(c.value).startswith("=HYPERLINK"))
    assert formula.data_type == "s"
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Nr", "Rubrik"]
    quoted = next(r for r in rows if "HYPERLINK" in r[1])
    assert quoted[1] == "'" + '=HYPERLINK("http://x","klicka")'
    assert "'+46 2020/1" in quoted
    assert next(r for r in rows if r[0] == "1")[5] == "2019-11-08"


def test_a_year_keeps_those_in_force_or_signed_in_it(db: Database) -> None:
    with db.unit_of_work() as uow:
        in_2021 = [e.id for e in register_list(uow, 2021)]
        in_2019 = [e.id for e in register_list(uow, 2019)]
        assert [e.id for e in register_list(uow)] == [1, 2, 3]
        with pytest.raises(ValidationError):
            register_list(uow, 10_000)
    assert in_2021 == [2, 3]  # the reference agreement ended 2020-12-31
    assert in_2019 == [1]


def test_a_wrong_suffix_or_a_link_is_refused(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as uow:
        with pytest.raises(ValidationError):
            write_register_list(uow, "xlsx", tmp_path / "r.csv")
        (tmp_path / "target.xlsx").write_bytes(b"kept")
        (tmp_path / "link.xlsx").symlink_to(tmp_path / "target.xlsx")
        with pytest.raises(ValidationError):
            write_register_list(uow, "xlsx", tmp_path / "link.xlsx")
    assert (tmp_path / "target.xlsx").read_bytes() == b"kept"


def test_statuses_are_those_of_the_day_given(db: Database) -> None:
    with db.unit_of_work() as uow:
        then = {e.id: e.status for e in register_list(uow, today=date(2020, 6, 1))}
        now = {e.id: e.status for e in register_list(uow, today=date(2026, 12, 4))}
    assert then[1] is AgreementStatus.ACTIVE and now[1] is AgreementStatus.ENDED
