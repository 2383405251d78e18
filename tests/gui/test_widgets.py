"""Small widgets of our own: the optional date edit."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize("text", ["2019-11-08", "20191108"])
def test_dates_typed_either_way(qtbot, typist, text: str) -> None:  # type: ignore[no-untyped-def]
    from bibagreements.gui.widgets import OptionalDateEdit

    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    assert edit.value() is None and edit.text() == "–"
    typist(edit, text)
    assert edit.value() == date(2019, 11, 8)
