"""laid_out writes what json.dumps(indent=2, ensure_ascii=False) writes, byte for byte."""

from __future__ import annotations

import enum
import json
import random
from typing import Any

import pytest

from bibagreements.json_text import laid_out


class Colour(enum.StrEnum):
    RED = "röd"


class Size(enum.IntEnum):
    BIG = 3


EDGES: list[Any] = [
    {},
    [],
    (),
    "",
    0,
    -7,
    10**30,
    True,
    False,
    None,
    0.1,
    -2.5e-300,
    1e22,
    float("nan"),
    float("inf"),
    -float("inf"),
    'å "quote" \\ \n\t\r\x00\x1f\u2028 📚',
    Colour.RED,
    Size.BIG,
    {2: "int key", None: "null key", True: "bool key", 1.5: "float key"},
    {"nested": {"empty": {}, "list": [[], {}, [[]]], "tuple": (1, "2")}},
    [{"a": [1, {"b": None}]}, "x", 2.0],
    {"enum": Colour.RED, "intenum": [Size.BIG]},
]


def _expected(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", EDGES, ids=range(len(EDGES)))
def test_edges(value: Any) -> None:
    assert laid_out(value) == _expected(value)


def _random(rng: random.Random, depth: int) -> Any:
    leaves = [
        None,
        True,
        False,
        rng.randint(-99, 99),
        rng.random() * 1e3,
        rng.choice(["", "ä\n", '"']),
    ]
    if depth == 0 or rng.random() < 0.3:
        return rng.choice(leaves)
    if rng.random() < 0.5:
        return [_random(rng, depth - 1) for _ in range(rng.randint(0, 4))]
    return {f"k{i}\t": _random(rng, depth - 1) for i in range(rng.randint(0, 4))}


def test_random_documents_and_indented_placement() -> None:
    rng = random.Random(5)
    for _ in range(500):
        value = _random(rng, 5)
        assert laid_out(value) == _expected(value)
        inside = json.dumps({"x": [value]}, ensure_ascii=False, indent=2)
        assert inside == '{\n  "x": [\n    ' + laid_out(value, "    ") + "\n  ]\n}"
