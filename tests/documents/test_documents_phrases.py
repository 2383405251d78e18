import pytest

from bibagreements.documents.phrases import LANGUAGES, load_phrases, placeholders


def test_languages_have_the_same_keys_and_placeholders() -> None:
    sv, en = (load_phrases(lang) for lang in LANGUAGES)
    assert sv.entries.keys() == en.entries.keys()
    for key, template in sv.entries.items():
        assert placeholders(template) == placeholders(en.entries[key]), key


def test_swedish_wording() -> None:
    ph = load_phrases("sv-SE")
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
