"""Templates: saved from an agreement, a new draft from one, carried by export and import."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bibagreements.documents.builder import agreement_document
from bibagreements.documents.model import Heading, Paragraph
from bibagreements.domain.enums import AgreementKind, AgreementStatus, Cadence
from bibagreements.domain.records import Section
from bibagreements.errors import InterchangeError, ValidationError
from bibagreements.services.agreements import get_agreement, save_agreement
from bibagreements.services.demo import COOPERATION_TEMPLATE, FRAMEWORK_TEMPLATE
from bibagreements.services.interchange import export_data, export_to_file, import_data, import_file
from bibagreements.services.templates import (
    delete_template,
    find_template,
    list_templates,
    new_agreement_from_template,
    placeholders_used,
    save_as_template,
)
from bibagreements.storage.models import HouseStyleRow
from tests.builders import id_of, make_agreement, new_db, org


def _texts(agreement_id: int, uow: Any) -> list[str]:
    document = agreement_document(get_agreement(uow, agreement_id))
    return [b.text for b in document.blocks if isinstance(b, (Heading, Paragraph))]


def test_a_new_agreement_from_the_samverkansavtal_template_renders_filled(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        template = find_template(uow, FRAMEWORK_TEMPLATE)
        assert template.kind is AgreementKind.FRAMEWORK
        assert {"parties", "period", "party_1"} <= set(placeholders_used(template))
        parties = [org(uow, "Region Exempel"), org(uow, "Ask kommun"), org(uow, "Embla kommun")]
        a = new_agreement_from_template(
            uow,
            template.id or 0,
            "Samverkansavtal om gemensam katalog",
            parties,
            date(2027, 1, 1),
            date(2030, 12, 31),
        )
        assert a.status is AgreementStatus.DRAFT
        assert (a.cadence, a.development_area) == (Cadence.YEARLY, "Bibliotekssamverkan")
        assert [x.title for x in a.areas] == [x.title for x in template.areas]
        assert all(s.filled for s in a.sections)
        texts = _texts(a.id or 0, uow)
    assert (
        "Samverkansavtalet ingås mellan Region Exempel, Ask kommun och Embla kommun, som "
        "tillsammans ansvarar för den gemensamma tjänsten under perioden 2027-01-01 – 2030-12-31."
    ) in texts
    assert any(". Region Exempel sammankallar styrgruppen" in t for t in texts)
    assert any("före den 2030-12-31" in t for t in texts)
    assert not any("{" in t for t in texts)


def test_the_cooperation_template_is_shaped_like_the_reference_agreement(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        template = find_template(uow, COOPERATION_TEMPLATE)
        parties = [org(uow, "Region Exempel"), org(uow, "Ask kommun")]
        a = new_agreement_from_template(
            uow, template.id or 0, "Överenskommelse om samarbete", parties, date(2027, 1, 1)
        )
        texts = _texts(a.id or 0, uow)
    assert (a.kind, a.cadence) == (AgreementKind.COOPERATION, Cadence.HALF_YEARLY)
    assert [x.title for x in a.areas] == [
        "Regional arbetsgrupp",
        "Kompetensutveckling",
        "Erfarenhetsspridning",
    ]
    assert any("mellan Region Exempel och Ask kommun genomförs som projekt" in t for t in texts)


def test_an_agreement_saved_as_a_template_and_back(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        reference = get_agreement(uow, id_of(uow))
        t = save_as_template(uow, id_of(uow), "Skånemall")
        assert t.house_style == "Region Skånes kulturförvaltning"  # the demo region's own
        assert (t.kind, t.cadence, t.programme, t.purpose) == (
            reference.kind,
            reference.cadence,
            reference.programme,
            reference.purpose,
        )
        assert t.governing_documents == reference.governing_documents
        assert [x.title for x in t.areas] == [x.title for x in reference.areas]
        draft = make_agreement(uow, "Mallkälla")
        plain = Section("Anteckning", "Skriv {parties} här.")
        clause = Section("Särskilt", "Gäller {parties}.", filled=True)
        save_agreement(uow, replace(draft, sections=(plain, clause)))
        uow.session.add(HouseStyleRow(organisation_name="Mallkälla B"))
        uow.session.flush()
        own = save_as_template(uow, draft.id or 0, "Egen mall")
        assert own.house_style == "Mallkälla B"
        assert own.sections == (plain, clause)
        with pytest.raises(ValidationError) as info:
            save_as_template(uow, id_of(uow), "skånemall")
        assert info.value.problems[0].code == "template_name_taken"
        new = new_agreement_from_template(
            uow, own.id or 0, "Ny", [org(uow, "A"), org(uow, "B")], date(2027, 1, 1)
        )
        texts = _texts(new.id or 0, uow)
    assert "Skriv {parties} här." in texts  # a plain section stays as written
    assert "Gäller A och B." in texts


def test_a_template_needs_what_its_clauses_name(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        template = find_template(uow, FRAMEWORK_TEMPLATE)
        a = new_agreement_from_template(
            uow, template.id or 0, "Utkast", [org(uow, "A"), org(uow, "B")]
        )
        # A draft without a period shows the gap; going out for signature is refused.
        assert any("{period}" in t for t in _texts(a.id or 0, uow))
        with pytest.raises(ValidationError) as info:
            save_agreement(uow, replace(a, status=AgreementStatus.OUT_FOR_SIGNATURE))
    assert "placeholder_no_value" in {p.code for p in info.value.problems}


def test_templates_travel_through_export_and_import(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        exported = export_data(uow)
        before = list_templates(uow)
    target = new_db(tmp_path, "target.sqlite3")
    with target.unit_of_work() as uow:
        result = import_data(uow, exported)
        assert (result.clauses_created, result.templates_created) == (6, 2)
        after = list_templates(uow)
    strip = {"id": None, "version": 0, "created_at": None, "updated_at": None}
    assert [replace(t, **strip) for t in after] == [replace(t, **strip) for t in before]
    with target.unit_of_work() as uow:
        again = import_data(uow, exported)
        assert (again.clauses_created, again.templates_created) == (0, 0)
        assert {t.name for t in list_templates(uow)} == {COOPERATION_TEMPLATE, FRAMEWORK_TEMPLATE}
        # The file as written (the bulk import's path) also carries them.
        delete_template(uow, find_template(uow, COOPERATION_TEMPLATE).id or 0)
    file = tmp_path / "export.json"
    with db.unit_of_work() as uow:
        export_to_file(uow, file)
    assert json.loads(file.read_text(encoding="utf-8")) | {"exported_at": ""} == exported | {
        "exported_at": ""
    }
    with target.unit_of_work() as uow:
        assert import_file(uow, file).templates_created == 1


def test_a_template_name_taken_by_another_refuses_the_whole_file(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        exported = export_data(uow)
    data = copy.deepcopy(exported)
    data["library"]["templates"][1]["uid"] = "another-uid"
    with pytest.raises(InterchangeError) as info, db.unit_of_work() as uow:
        import_data(uow, data)
    (problem,) = info.value.problems
    assert problem.code == "template_name_taken"
    assert problem.path == ("library", "templates", 1, "name")


def test_a_version_1_file_cannot_carry_the_library_or_clauses(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        exported = export_data(uow)
    target = new_db(tmp_path, "target.sqlite3")
    for item in exported["agreements"]:  # money received: version 2 as well (below)
        for entry in item["followups"]:
            entry.pop("funding_sek", None), entry.pop("funder", None)
    with pytest.raises(InterchangeError) as info, target.unit_of_work() as uow:
        import_data(uow, dict(exported, version=1))
    assert [p.code for p in info.value.problems] == ["schema"]
    without = {k: v for k, v in exported.items() if k != "library"}
    without["agreements"][0]["sections"][0]["filled"] = True
    with pytest.raises(InterchangeError), target.unit_of_work() as uow:
        import_data(uow, dict(without, version=1))
    file = tmp_path / "v1.json"
    file.write_text(json.dumps(dict(without, version=1), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InterchangeError), target.unit_of_work() as uow:
        import_file(uow, file)
    with target.unit_of_work() as uow:
        assert import_data(uow, dict(without, version=2)).agreements_created == 3


def test_a_bad_clause_in_the_file_is_refused_with_its_path(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        data = export_data(uow)
    data["library"]["clauses"][2]["body"] = "x {kontaktperson}"
    target = new_db(tmp_path, "target.sqlite3")
    with pytest.raises(InterchangeError) as info, target.unit_of_work() as uow:
        import_data(uow, data)
    (problem,) = info.value.problems
    assert problem.path == ("library", "clauses", 2, "body")
    assert dict(problem.params)["suggestion"] == "kontaktpersoner"
