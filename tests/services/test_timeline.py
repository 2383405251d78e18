"""The timeline's agreements: their bars are labelled by the short title when there is one."""

from __future__ import annotations

from pathlib import Path

from bibagreements.services.timeline import timeline_agreements
from tests.builders import new_db


def test_a_bar_says_the_short_title_or_else_the_title(tmp_path: Path) -> None:
    db = new_db(tmp_path, demo=True)
    with db.unit_of_work() as uow:
        labels = {a.title[:12]: a.label for a in timeline_agreements(uow)}
    assert labels == {
        "Överenskomme": "Kristianstad 2019",
        "Samverkansav": "Bibliotekssystem Västmanland",
        "Projektavtal": "Webbplats Västmanland",
    }
