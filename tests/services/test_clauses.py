"""The clause library: saving is checked and version-checked; preview; a clause in an agreement."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bibagreements.documents.builder import agreement_document
from bibagreements.documents.model import Paragraph
from bibagreements.domain.enums import Language
from bibagreements.domain.library import Clause
from bibagreements.domain.problems import Problem
from bibagreements.errors import ConflictError, NotFoundError, ValidationError
from bibagreements.services.agreements import get_agreement
from bibagreements.services.clauses import (
    categories,
    delete_clause,
    get_clause,
    insert_clause,
    list_clauses,
    preview,
    save_clause,
)
from tests.builders import id_of, new_db


def test_the_examples_carry_a_clause_library(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        headings = [c.heading for c in list_clauses(uow)]
        assert {"Syfte", "Samverkansområden", "Avstämning", "Giltighetstid"} <= set(headings)
        assert {"Uppsägning", "Ekonomi"} <= set(headings)
        assert "Ekonomi" in categories(uow)
        assert [c.heading for c in list_clauses(uow, "Giltighet")] == [
            "Giltighetstid",
            "Uppsägning",
        ]


def test_a_stale_save_is_refused(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        first = save_clause(uow, Clause("Syfte", "{The_agreement} gäller {parties}.", "Inledning"))
    with db.unit_of_work() as uow:
        mine = get_clause(uow, first.id or 0)
        theirs = save_clause(uow, replace(mine, body="Ändrad av någon annan."))
        assert theirs.version == mine.version + 1
    with pytest.raises(ConflictError) as info, db.unit_of_work() as uow:
        save_clause(uow, replace(mine, body="Min ändring."))
    assert info.value.code == "changed_by_someone_else"
    with db.unit_of_work() as uow:
        assert get_clause(uow, first.id or 0).body == "Ändrad av någon annan."


def test_a_bad_body_is_refused_with_its_position(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with pytest.raises(ValidationError) as info, db.unit_of_work() as uow:
        save_clause(uow, Clause("Giltighet", "Gäller\nunder {perod}."))
    assert info.value.problems == (
        Problem(
            "placeholder_misspelt", "body", name="perod", line=2, column=7, suggestion="period"
        ),
    )
    with db.unit_of_work() as uow:
        assert list_clauses(uow) == []


def test_preview_in_a_chosen_agreement(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        reference = id_of(uow)
        text = "{The_agreement} mellan {parties} gäller {period}."
        assert preview(uow, text, reference) == (
            "Överenskommelsen mellan Biblioteken i Kristianstad och Region Skånes "
            "kulturförvaltning gäller 2019-11-08 – 2020-12-31."
        )
        assert preview(uow, "{This_agreement}, {cadence}", reference, Language.EN) == (
            "This agreement, half-yearly"
        )
        with pytest.raises(ValidationError):
            preview(uow, "{partys}", reference)


def test_a_clause_inserted_into_an_agreement_is_filled_in_its_document(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        from tests.builders import make_agreement

        a = make_agreement(uow, "Klausultest")
        clause = save_clause(uow, Clause("Ekonomi", "Kostnader delas av {parties}. {{Obs}}"))
        saved = insert_clause(uow, a.id or 0, clause.id or 0)
        assert saved.sections[-1].filled
        delete_clause(uow, clause.id or 0)  # the agreement keeps its own copy
        with pytest.raises(NotFoundError):
            get_clause(uow, clause.id or 0)
        texts = [
            b.text
            for b in agreement_document(get_agreement(uow, a.id or 0)).blocks
            if isinstance(b, Paragraph)
        ]
    assert "Kostnader delas av Klausultest A och Klausultest B. {Obs}" in texts


def test_a_frozen_version_keeps_the_clause_as_it_was_filled(tmp_path: Path) -> None:
    from bibagreements.domain.enums import AgreementStatus
    from bibagreements.domain.records import Section
    from bibagreements.services.agreements import save_agreement
    from bibagreements.services.versions import version_content
    from tests.builders import make_agreement, person

    db = new_db(tmp_path)
    with db.unit_of_work() as uow:
        a = make_agreement(uow, "Frystest")
        clause = Section("Kontakter", "Kontakter: {contact_persons}.", filled=True)
        a = save_agreement(uow, replace(a, sections=(clause,)))
        sent = save_agreement(uow, replace(a, status=AgreementStatus.OUT_FOR_SIGNATURE))
        # Contact persons may change after the text went out: the frozen text does not.
        other = person(uow, "Ny Kontakt", sent.parties[0].organisation_id)
        parties = (replace(sent.parties[0], contact_person_id=other), *sent.parties[1:])
        changed = save_agreement(uow, replace(sent, parties=parties))
        ((_, _, content),) = version_content(uow, changed.id or 0)
        now = [
            b.text
            for b in agreement_document(get_agreement(uow, changed.id or 0)).blocks
            if isinstance(b, Paragraph)
        ]
    frozen = "Kontakter: Kontakt Frystest A (Frystest A) och Kontakt Frystest B (Frystest B)."
    assert frozen in content
    assert "Kontakter: Ny Kontakt (Frystest A) och Kontakt Frystest B (Frystest B)." in now


def test_a_clause_with_a_control_character_or_too_long_is_refused(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    with pytest.raises(ValidationError) as info, db.unit_of_work() as uow:
        save_clause(uow, Clause("Rubrik\x1b", "x" * 100_001))
    assert {p.code for p in info.value.problems} == {"control_character", "too_long"}
