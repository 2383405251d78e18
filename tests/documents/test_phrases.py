import pytest

from bibagreements.documents.phrases import (
    KINDS,
    LANGUAGES,
    NOUN_FORMS,
    load_phrases,
    placeholders,
)


def _values(template: str) -> frozenset[str]:
    """Placeholders for values; which noun form a language uses is its own choice."""
    return frozenset(n for n in placeholders(template) if n.lower() not in NOUN_FORMS)


def test_languages_have_the_same_keys_and_placeholders() -> None:
    sv, en = (load_phrases(lang) for lang in LANGUAGES)
    assert sv.entries.keys() == en.entries.keys()
    for key, template in sv.entries.items():
        assert _values(template) == _values(en.entries[key]), key
        if _values(template) != placeholders(template):  # names the agreement
            assert _values(en.entries[key]) != placeholders(en.entries[key]), key


def test_every_kind_has_every_noun_form() -> None:
    for language in LANGUAGES:
        phrases = load_phrases(language)
        for kind in KINDS:
            for form in NOUN_FORMS.values():
                assert phrases.entries[f"noun.{kind}.{form}"], (language, kind, form)
            assert phrases.entries[f"kind.{kind}"]


def test_the_agreement_is_named_by_its_kind() -> None:
    sv = load_phrases("sv")
    period = "2019-11-08 – 2020-12-31"
    expected = {
        "cooperation": ("Överenskommelsen", "Överenskommelse"),
        "framework": ("Samverkansavtalet", "Samverkansavtal"),
        "project": ("Projektavtalet", "Projektavtal"),
        "amendment": ("Ändringsavtalet", "Ändringsavtal"),
    }
    for kind, (noun, label) in expected.items():
        kinded = sv.for_kind(kind)
        assert kinded.text("text.validity_period", period=period) == (
            f"{noun} gäller under perioden {period}."
        )
        assert kinded.text("text.copies", n=kinded.number(11)).startswith(
            f"{noun} har upprättats i elva likalydande exemplar"
        )
        assert kinded.text("minutes.agreement") == label
    en = load_phrases("en")
    assert en.for_kind("framework").text("text.copies", n="eleven") == (
        "This framework agreement has been drawn up in eleven identical copies, "
        "of which the parties have taken one each."
    )
    assert en.for_kind("amendment").text("text.validity_from", start="2021-01-01") == (
        "The amendment is valid from 2021-01-01 until further notice."
    )
    assert en.for_kind("cooperation").text("amendment.unchanged") == (
        "In all other respects the agreement remains unchanged."
    )
    assert sv.for_kind("framework").text("amendment.unchanged") == (
        "I övrigt gäller samverkansavtalet oförändrat."
    )
    with pytest.raises(KeyError, match="agreement kind"):
        sv.text("text.copies", n="två")  # without a kind the noun is unknown
    with pytest.raises(ValueError, match="kind"):
        sv.for_kind("lease")


def test_a_phrase_starting_with_a_value_starts_with_a_capital() -> None:
    sv = load_phrases("sv")
    assert sv.text("report.no_outcome", name="kristianstad 2019", year=2020) == (
        "Kristianstad 2019: inget utfall är registrerat för 2020."
    )
    assert sv.text("report.checkins_held_list", count=1, days="2020-05-08") == (
        "Hållna (1): 2020-05-08."
    )


def test_swedish_wording() -> None:
    ph = load_phrases("sv-SE").for_kind("cooperation")
    assert ph.text("heading.parties") == "Parter"
    assert ph.text("cadence.half_yearly") == "Avstämning sker halvårsvis."
    assert ph.text("text.copies", n=ph.number(2)) == (
        "Överenskommelsen har upprättats i två likalydande exemplar, "
        "av vilka parterna tagit var sitt."
    )
    assert ph.text("signature.for_party", party="Biblioteken i Kristianstad") == (
        "För Biblioteken i Kristianstad"
    )
    assert ph.text("footer.page", page=1, pages=2) == "Sida 1 av 2"
    assert ph.text("mark.draft") == "UTKAST"
    assert load_phrases("en").text("mark.draft") == "DRAFT"


def test_user_values_are_inserted_verbatim() -> None:
    ph = load_phrases("sv")
    assert ph.text("signature.for_party", party="{pages} <b>&") == "För {pages} <b>&"


def test_missing_values_and_keys_are_errors() -> None:
    ph = load_phrases("sv")
    with pytest.raises(KeyError, match="party"):
        ph.text("signature.for_party")
    with pytest.raises(KeyError, match="no phrase"):
        ph.text("heading.nonexistent")
    with pytest.raises(ValueError):
        load_phrases("de")


def test_numbers_and_lists() -> None:
    ph = load_phrases("sv")
    assert ph.number(12) == "tolv"
    assert ph.number(13) == "13"
    assert ph.join(["A"]) == "A"
    assert ph.join(["A", "B", "C"]) == "A, B och C"
    assert load_phrases("en").join(("A", "B")) == "A and B"
