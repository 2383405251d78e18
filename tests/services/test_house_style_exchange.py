"""House styles in the interchange file: exported with the library, checked, added or kept."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bibagreements.domain.enums import AgreementStatus
from bibagreements.errors import InterchangeError
from bibagreements.services.agreements import save_agreement
from bibagreements.services.house_styles import (
    HouseStyleChange,
    check_logo,
    find_house_style,
    list_house_styles,
    logo_of,
    set_house_style,
    set_phrase,
)
from bibagreements.services.interchange import export_data, import_data, import_file
from bibagreements.services.versions import frozen_document
from bibagreements.storage.database import Database
from bibagreements.storage.models import AgreementRow, HouseStyleRow
from tests.builders import make_agreement, new_db

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10">'
    b'<rect width="20" height="10"/></svg>'
)


def _with_default_style(db: Database) -> None:
    with db.unit_of_work() as uow:
        change = HouseStyleChange(
            letterhead="Enheten\nGatan 1", footer="Fot", accent_colour="#1f5f8b",
            font="liberation-serif", numbering=True, logo=check_logo(SVG, "logo.svg"),
        )  # fmt: skip
        record = set_house_style(uow, "", change, version=None)
        set_phrase(uow, "", "sv", "text.copies", "Skrivet i {n} exemplar.", version=record.version)


def _looks(db: Database) -> list[tuple[Any, ...]]:
    with db.unit_of_work() as uow:
        return [
            (r.organisation, r.letterhead, r.footer, r.accent_colour, r.font, r.numbering,
             r.logo_type, dict(r.phrases), logo_of(uow, r.organisation))
            for r in list_house_styles(uow)
        ]  # fmt: skip


def test_the_styles_travel_with_the_whole_register(demo: Database, tmp_path: Path) -> None:
    _with_default_style(demo)
    with demo.unit_of_work() as uow:
        data = export_data(uow)
    styles = data["library"]["house_styles"]
    assert [s["organisation"] for s in styles] == ["", "Region Skånes kulturförvaltning"]
    assert base64.b64decode(styles[0]["logo"]) == SVG
    elsewhere = new_db(tmp_path, "elsewhere.sqlite3")
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with elsewhere.unit_of_work() as uow:
        result = import_file(uow, path)
    assert (result.house_styles_created, result.house_styles_kept) == (2, 0)
    assert _looks(elsewhere) == _looks(demo)
    # Again: every style is there already and is kept as it is.
    with elsewhere.unit_of_work() as uow:
        set_house_style(uow, "", HouseStyleChange(footer="Egen"), version=1)
    with elsewhere.unit_of_work() as uow:
        again = import_data(uow, data)
        assert (again.house_styles_created, again.house_styles_kept) == (0, 2)
        found = find_house_style(uow, "")
        assert found is not None and found.footer == "Egen"


def _file_with_style(db: Database, style: dict[str, Any]) -> dict[str, Any]:
    with db.unit_of_work() as uow:
        fresh = make_agreement(uow, "Ny")
        save_agreement(uow, replace(fresh, status=AgreementStatus.OUT_FOR_SIGNATURE))
        data = export_data(uow)
    for agreement in data["agreements"]:
        agreement.pop("versions", None)  # frozen by the import, as sending it would
    data["version"] = 2
    data["library"] = {"clauses": [], "templates": [], "house_styles": [style]}
    return data


def test_an_agreement_frozen_in_the_import_goes_out_in_the_files_style(
    db: Database, tmp_path: Path
) -> None:
    data = _file_with_style(db, {"organisation": "", "letterhead": ["Från filen"]})
    elsewhere = new_db(tmp_path, "elsewhere.sqlite3")
    with elsewhere.unit_of_work() as uow:
        import_data(uow, data)
        ids = list(uow.session.scalars(select(AgreementRow.id)))
        _, frozen = frozen_document(uow, ids[0], None, "sv")
    assert frozen.house_style is not None
    assert frozen.house_style.letterhead == ("Från filen",)


@pytest.mark.parametrize(
    ("style", "path", "code"),
    [
        (
            {"organisation": "", "logo": base64.b64encode(
                b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
                b'<image x:href="file:///etc/passwd"/></svg>').decode()},
            "library.house_styles[0].logo",
            "svg_not_self_contained",
        ),
        ({"organisation": "", "logo": "not base64!"}, "library.house_styles[0].logo", "not_a_logo"),
        ({"organisation": "", "footer": "a\u0007b"}, "library.house_styles[0].footer",
         "control_character"),
        ({"organisation": "", "phrases": {"sv": {"text.copies": "{x}"}}},
         "library.house_styles[0].phrases.sv.text.copies", "unknown_placeholder"),
        ({"organisation": "", "phrases": {"sv": {"no.such": "x"}}},
         "library.house_styles[0].phrases.sv.no.such", "unknown_phrase"),
    ],
)  # fmt: skip
def test_a_bad_style_refuses_the_whole_file(
    db: Database, tmp_path: Path, style: dict[str, Any], path: str, code: str
) -> None:
    data = _file_with_style(db, style)
    elsewhere = new_db(tmp_path, "elsewhere.sqlite3")
    with pytest.raises(InterchangeError) as info, elsewhere.unit_of_work() as uow:
        import_data(uow, data)
    problems = [(p.code, p.path_text()) for p in info.value.problems]
    assert [c for c, _ in problems] == [code], problems
    assert problems[0][1] == path
    with elsewhere.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(HouseStyleRow)) == 0
        assert uow.session.scalar(select(func.count()).select_from(AgreementRow)) == 0


def test_the_schema_refuses_a_colour_not_written_rrggbb(db: Database, tmp_path: Path) -> None:
    data = _file_with_style(db, {"organisation": "", "accent_colour": "blue"})
    with (
        pytest.raises(InterchangeError) as info,
        new_db(tmp_path, "e.sqlite3").unit_of_work() as uow,
    ):
        import_data(uow, data)
    assert any("house_styles" in p.path_text() for p in info.value.problems)
