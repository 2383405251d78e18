"""The program's one "today" (domain/clock.py)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from bibagreements.domain import clock

PACKAGE = Path(__file__).resolve().parents[2] / "bibagreements"


def test_the_day_set_is_the_day_until_it_is_unset() -> None:
    assert clock.today() == date.today() and not clock.is_fixed()
    clock.set_today(date(2027, 3, 1))
    assert clock.today() == date(2027, 3, 1) and clock.is_fixed()
    clock.set_today(None)
    assert clock.today() == date.today()


def test_nothing_but_the_clock_asks_the_calendar() -> None:
    asking = re.compile(r"\bdate\.today\b|QDate\.currentDate\b")
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in PACKAGE.rglob("*.py")
        if path.name != "clock.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if asking.search(line)
    ]
    assert offenders == []
    assert asking.search((PACKAGE / "domain" / "clock.py").read_text(encoding="utf-8"))
