"""Amendments: signed anew, they change the agreement's data, never its signed text."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pypdf
import pytest

from bibagreements.domain.enums import AgreementKind, AgreementStatus, OrganisationKind
from bibagreements.domain.records import Agreement, Area, Organisation, Party
from bibagreements.errors import ValidationError
from bibagreements.services.agreements import get_agreement, list_agreements, save_agreement
from bibagreements.services.amendments import draft_amendment, relations
from bibagreements.services.demo import REFERENCE_UID
from bibagreements.services.documents import DocumentFormat, render_agreement
from bibagreements.services.interchange import export_data, import_data
from bibagreements.services.organisations import save_organisation
from bibagreements.storage.database import Database, UnitOfWork
from tests.builders import id_of, make_agreement
from tests.databases import fresh_database


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    return fresh_database(tmp_path / "demo.sqlite3", demo=True)


def _signed(uow: UnitOfWork, amendment: Agreement, on: date) -> Agreement:
    """Every party signs: the amendment goes out and comes back signed."""
    out = save_agreement(
        uow, dataclasses.replace(amendment, status=AgreementStatus.OUT_FOR_SIGNATURE)
    )
    parties = tuple(dataclasses.replace(p, signed_on=on, signed_place="Malmö") for p in out.parties)
    return save_agreement(
        uow, dataclasses.replace(out, parties=parties, status=AgreementStatus.ACTIVE)
    )


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


def test_a_signed_extension_changes_the_period_not_the_signed_text(
    demo: Database, tmp_path: Path
) -> None:
    with demo.unit_of_work() as uow:
        ref = id_of(uow, REFERENCE_UID)
        render_agreement(uow, ref, DocumentFormat.PDF, tmp_path / "before.pdf")
        draft = draft_amendment(uow, ref, new_end=date(2021, 6, 30), effective=date(2020, 12, 1))
        assert (draft.kind, draft.status, draft.amends_id) == (
            AgreementKind.AMENDMENT,
            AgreementStatus.DRAFT,
            ref,
        )
        # Not yet signed: nothing changes.
        assert get_agreement(uow, ref).end == date(2020, 12, 31)
        _signed(uow, draft, date(2020, 11, 25))
        amended = get_agreement(uow, ref)
        assert amended.end == date(2021, 6, 30)
        # Check-ins are planned to the new end (half-yearly from 2019-11-08).
        assert date(2021, 5, 10) in [c.due for c in amended.checkins]
        (row,) = [s for s in list_agreements(uow, today=date(2021, 3, 1)) if s.id == ref]
        assert (row.status, row.state.in_force) == (AgreementStatus.ACTIVE, True)
        render_agreement(uow, ref, DocumentFormat.PDF, tmp_path / "after.pdf", version=1)
        link = relations(uow, ref)
        assert [r.id for r in link.amended_by] == [draft.id]
        assert relations(uow, draft.id or 0).amends is not None
    assert (tmp_path / "after.pdf").read_bytes() == (tmp_path / "before.pdf").read_bytes()


def test_the_amendment_cites_what_it_amends_in_its_own_words(
    demo: Database, tmp_path: Path
) -> None:
    with demo.unit_of_work() as uow:
        ref = id_of(uow, REFERENCE_UID)
        draft = draft_amendment(uow, ref, new_end=date(2021, 6, 30), effective=date(2020, 12, 1))
        signed = _signed(uow, draft, date(2020, 11, 25))
        render_agreement(uow, signed.id or 0, DocumentFormat.PDF, tmp_path / "sv.pdf")
        render_agreement(
            uow, signed.id or 0, DocumentFormat.PDF, tmp_path / "en.pdf", language="en"
        )
    sv = _text(tmp_path / "sv.pdf")
    assert "Avtalet som ändras" in sv
    assert "undertecknat 8 november 2019" in sv
    assert "KUN 2019/470" in sv and "KS 2019/0001" in sv  # each party's registry number
    assert "Giltighetstiden för överenskommelsen förlängs till och med 30 juni 2021" in sv
    assert "Ändringsavtalet gäller från och med 1 december 2020" in sv
    assert "Ändringsavtalet har upprättats i två likalydande exemplar" in sv
    assert "Samverkansavtalet" not in sv and "Projektavtalet" not in sv
    en = _text(tmp_path / "en.pdf")
    assert "The term of the agreement is extended to 30 June 2021 inclusive" in en


def test_parties_join_and_leave_and_areas_are_added(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        ref = id_of(uow, REFERENCE_UID)
        newcomer = save_organisation(
            uow, Organisation("Hässleholms kommun", OrganisationKind.MUNICIPALITY)
        )
        assert newcomer.id is not None
        draft = draft_amendment(uow, ref, effective=date(2020, 6, 1))
        kristianstad, region = draft.parties
        parties = (
            dataclasses.replace(kristianstad, leaves=True),
            region,
            Party(newcomer.id),
        )
        draft = save_agreement(
            uow,
            dataclasses.replace(draft, parties=parties, areas=(Area("Läsfrämjande"),)),
        )
        _signed(uow, draft, date(2020, 5, 20))
        amended = get_agreement(uow, ref)
        by_name = {p.name: p for p in amended.parties}
        assert by_name["Biblioteken i Kristianstad"].left_on == date(2020, 6, 1)
        assert by_name["Hässleholms kommun"].signed_on == date(2020, 5, 20)
        assert [a.title for a in amended.areas][-1] == "Läsfrämjande"
        (row,) = [s for s in list_agreements(uow, today=date(2020, 7, 1)) if s.id == ref]
        assert "Biblioteken i Kristianstad" not in row.party_names  # it has left
        assert "Hässleholms kommun" in row.party_names


def test_only_a_signed_agreement_is_amended_by_an_amendment(tmp_path: Path) -> None:
    db = fresh_database(tmp_path / "v.sqlite3")
    with db.unit_of_work() as uow:
        draft = make_agreement(uow, "Utkast")
        with pytest.raises(ValidationError) as unsigned:
            draft_amendment(uow, draft.id or 0)
        assert [p.code for p in unsigned.value.problems] == ["amends_unsigned"]
        lone = dataclasses.replace(
            draft, id=None, uid=None, kind=AgreementKind.AMENDMENT, version=0
        )
        with pytest.raises(ValidationError) as nothing:
            save_agreement(uow, lone)
        assert "amendment_needs_agreement" in [p.code for p in nothing.value.problems]


def test_an_exported_amendment_imports_without_taking_effect_twice(
    demo: Database, tmp_path: Path
) -> None:
    with demo.unit_of_work() as uow:
        ref = id_of(uow, REFERENCE_UID)
        draft = draft_amendment(uow, ref, new_end=date(2021, 6, 30), effective=date(2020, 12, 1))
        draft = save_agreement(uow, dataclasses.replace(draft, areas=(Area("Nytt område"),)))
        _signed(uow, draft, date(2020, 11, 25))
        data = export_data(uow, today=date(2021, 3, 1))
    target = fresh_database(tmp_path / "elsewhere.sqlite3")
    with target.unit_of_work() as uow:
        assert import_data(uow, data).agreements_created == 4
        ref = id_of(uow, REFERENCE_UID)
        amended = get_agreement(uow, ref)
        assert amended.end == date(2021, 6, 30)
        assert [a.title for a in amended.areas].count("Nytt område") == 1
        (amendment,) = relations(uow, ref).amended_by
        assert get_agreement(uow, amendment.id).amends_id == ref
