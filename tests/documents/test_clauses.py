"""A clause's text filled from an agreement, in Swedish and English; plain text verbatim."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from bibagreements.documents.builder import agreement_document
from bibagreements.documents.clauses import fill
from bibagreements.documents.model import Heading, Paragraph
from bibagreements.domain.enums import AgreementKind, Cadence, Language
from bibagreements.domain.placeholders import CANONICAL, has_value
from bibagreements.domain.records import Agreement, Organisation, Party, Person, Section


def _party(n: int, name: str, contact: str = "") -> Party:
    person = Person(name=contact) if contact else None
    return Party(organisation_id=n, organisation=Organisation(name=name), contact_person=person)


def _agreement(**changes: object) -> Agreement:
    base = Agreement(
        title="Samverkansavtal om gemensamt bibliotekssystem",
        kind=AgreementKind.FRAMEWORK,
        start=date(2021, 1, 1),
        end=date(2024, 12, 31),
        programme="Koha i Västmanland",
        cadence=Cadence.HALF_YEARLY,
        parties=(
            _party(1, "Region Västmanland", "Anna Exempel"),
            _party(2, "Västerås stad"),
            _party(3, "Sala kommun", "Bo Prov"),
        ),
    )
    return Agreement(**{**base.__dict__, **changes})


def test_swedish_values() -> None:
    a = _agreement()
    text = (
        "{The_agreement} gäller mellan {parties} under {period}. "
        "{party_2} deltar. Avstämning sker {cadence}; kontakter: {contact_persons}."
    )
    assert fill(text, a) == (
        "Samverkansavtalet gäller mellan Region Västmanland, Västerås stad och Sala kommun "
        "under 2021-01-01 – 2024-12-31. Västerås stad deltar. Avstämning sker halvårsvis; "
        "kontakter: Anna Exempel (Region Västmanland) och Bo Prov (Sala kommun)."
    )


def test_english_values() -> None:
    a = _agreement(language=Language.EN, kind=AgreementKind.COOPERATION)
    text = "{This_agreement} runs from {start_date} to {end_date}, {cadence}, for {programme}."
    assert fill(text, a) == (
        "This agreement runs from 2021-01-01 to 2024-12-31, half-yearly, for Koha i Västmanland."
    )
    assert fill("{parties}", a) == "Region Västmanland, Västerås stad and Sala kommun"


def test_values_are_inserted_verbatim() -> None:
    a = _agreement(programme="{parties} och {{x}}")
    assert fill("Programmet: {programme}", a) == "Programmet: {parties} och {{x}}"


def test_a_fact_not_there_yet_leaves_the_placeholder_showing() -> None:
    a = _agreement(end=None)
    assert fill("{period} / {Party_4} / {start_date}", a) == "{period} / {Party_4} / 2021-01-01"


@given(st.sampled_from((*CANONICAL, "party_2", "party_5")), st.booleans(), st.booleans())
def test_has_value_agrees_with_the_filling(name: str, with_end: bool, programme: bool) -> None:
    a = _agreement(end=date(2024, 1, 1) if with_end else None, programme="P" if programme else "")
    filled = fill("{" + name + "}", a)
    assert (filled != "{" + name + "}") == has_value(name, a)


def _texts(a: Agreement) -> list[str]:
    return [b.text for b in agreement_document(a).blocks if isinstance(b, (Heading, Paragraph))]


def test_the_document_fills_a_clause_and_prints_a_plain_section_as_written() -> None:
    a = _agreement(
        sections=(
            Section("Parter i samverkan", "Detta gäller {parties}.", filled=True),
            Section("Mallens exempel", "Skriv {parties} och {{x}} här."),
        )
    )
    texts = _texts(a)
    assert "Detta gäller Region Västmanland, Västerås stad och Sala kommun." in texts
    assert "Skriv {parties} och {{x}} här." in texts


def test_a_bad_clause_is_a_problem_of_its_section() -> None:
    from bibagreements.domain.enums import AgreementStatus
    from bibagreements.domain.problems import Problem
    from bibagreements.domain.validation import agreement_problems

    bad = _agreement(sections=(Section("A", "ok"), Section("B", "{perod}", filled=True)))
    assert Problem(
        "placeholder_misspelt", "sections", 1, "text", name="perod", line=1, column=1,
        suggestion="period",
    ) in agreement_problems(bad)  # fmt: skip
    plain = _agreement(sections=(Section("B", "{perod}"),))
    assert not [p for p in agreement_problems(plain) if p.field == "sections"]
    gap = _agreement(end=None, sections=(Section("B", "x\n {period}", filled=True),))
    assert not [p for p in agreement_problems(gap) if p.field == "sections"]  # a draft
    sent = Agreement(**{**gap.__dict__, "status": AgreementStatus.OUT_FOR_SIGNATURE})
    assert Problem(
        "placeholder_no_value", "sections", 0, "text", name="period", line=2, column=2
    ) in agreement_problems(sent)
