"""The texts the list searches: the short title is among them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bibagreements.services.agreements import get_agreement, list_agreements, save_agreement
from bibagreements.services.search import search_texts
from tests.builders import new_db


def test_the_short_title_and_the_development_area_are_searched(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        first = list_agreements(uow)[0]
        save_agreement(uow, replace(get_agreement(uow, first.id), short_title="Ölandsavtalet"))
    with db.unit_of_work() as uow:
        texts = search_texts(uow)
    assert "ölandsavtalet" in texts[first.id]
    assert sum("ölandsavtalet" in text for text in texts.values()) == 1
    assert all("utveckling" in t or "samverkan" in t for t in texts.values())


def test_the_list_carries_the_same_texts_to_search(tmp_path: Path) -> None:
    from bibagreements.services.agreement_list import agreement_list

    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        listed = agreement_list(uow)
        texts = search_texts(uow)
        assert listed.summaries == list_agreements(uow)
    assert len(listed.texts) == len(listed.summaries) == len(texts) > 0
    for summary, text in zip(listed.summaries, listed.texts, strict=True):
        assert set(text.split()) == set(texts[summary.id].split())  # the same words
