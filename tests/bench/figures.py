"""One benchmark figure: a measured value beside its floor measured in the same run.

Every ``bench_*.py`` module offers ``figures(quick: bool) -> list[Figure]``;
``run_all.py`` prints them all as the README's table. ``quick`` means fewer
repetitions and a smaller register (a smoke run), never different code paths.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Figure:
    what: str  # what was measured, e.g. "bibagreements --version (whole process)"
    value: float
    unit: str  # "ms", "MiB", "ms/agreement", ...
    floor: str  # what the floor is, e.g. "python -c pass"; "" when the target is absolute
    floor_value: float | None
    target: str  # e.g. "≤ 3× floor" or "≤ 50 ms"
    met: bool
    command: str  # the command that reproduces it

    @property
    def ratio(self) -> float | None:
        if not self.floor_value:
            return None
        return self.value / self.floor_value


def at_most(
    what: str,
    value: float,
    unit: str,
    limit: float,
    command: str,
    floor: str = "",
    floor_value: float | None = None,
) -> Figure:
    """A figure whose target is an absolute ``value <= limit`` (its floor shown for context)."""
    target = f"≤ {limit:g} {unit}"
    return Figure(what, value, unit, floor, floor_value, target, value <= limit, command)


def ratio_at_most(
    what: str,
    value: float,
    unit: str,
    floor: str,
    floor_value: float,
    limit: float,
    command: str,
) -> Figure:
    """A figure whose target is ``value <= limit × floor_value``."""
    met = value <= limit * floor_value
    return Figure(what, value, unit, floor, floor_value, f"≤ {limit:g}× floor", met, command)


def ratio_at_least(
    what: str,
    value: float,
    unit: str,
    floor: str,
    floor_value: float,
    limit: float,
    command: str,
) -> Figure:
    """The floor is the slow alternative: ``value <= floor_value / limit``."""
    met = value * limit <= floor_value
    return Figure(what, value, unit, floor, floor_value, f"≤ 1/{limit:g} of floor", met, command)


def alternate(runs: int, *measures: Callable[[], float]) -> list[list[float]]:
    """Run each measure ``runs`` times, alternating (A B A B …), so all see the same machine."""
    samples: list[list[float]] = [[] for _ in measures]
    for _ in range(runs):
        for i, measure in enumerate(measures):
            samples[i].append(measure())
    return samples


def median(values: Sequence[float]) -> float:
    return statistics.median(values)
