"""Which of the editor's problems to show: those of fields already touched.

A blank new agreement is not wrong yet, only unfinished: a problem shows once
its field was edited or left, or once saving was tried.
"""

from __future__ import annotations

from dataclasses import fields

from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Agreement

AGREEMENT_FIELDS = frozenset(f.name for f in fields(Agreement))

# A problem's field and the agreement's attributes it is about.
ABOUT: dict[str, tuple[str, ...]] = {
    "parent": ("kind", "parent_id", "amends_id"),
    "amends": ("kind", "amends_id", "new_end", "start"),
    "period": ("start", "end", "new_end"),
    "links": ("parent_id", "amends_id", "start", "end"),
}


def changed_fields(current: Agreement, baseline: Agreement | None) -> set[str]:
    """The agreement's attributes that differ from ``baseline``."""
    if baseline is None:
        return set()
    return {name for name in AGREEMENT_FIELDS if getattr(current, name) != getattr(baseline, name)}


def is_touched(problem: Problem, touched: set[str]) -> bool:
    """Whether ``problem`` is about something touched (or about nothing a field shows)."""
    about = ABOUT.get(problem.field, (problem.field,))
    if not any(name in AGREEMENT_FIELDS for name in about):
        return True  # not one field's problem: the form alone cannot have caused it
    return any(name in touched for name in about)
