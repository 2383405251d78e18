"""Fixed per-language phrases of the documents (resources/phrases/<lang>.json).

The JSON files group phrases in nested objects; keys are addressed with dots,
e.g. ``phrases.text("heading.parties")``. Placeholders use ``{name}`` and are
filled with ``format`` so user values are inserted verbatim, never re-parsed.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from bibagreements.paths import resource_path

LANGUAGES = ("sv", "en")


def _flatten(prefix: str, node: object, out: dict[str, str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), value, out)
    elif isinstance(node, str):
        out[prefix] = node
    else:
        raise ValueError(f"phrase {prefix!r} must be a string or an object")


def placeholders(template: str) -> frozenset[str]:
    """Names of the ``{placeholders}`` in a phrase template."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


@dataclass(frozen=True, slots=True)
class Phrases:
    language: str
    entries: Mapping[str, str]

    def text(self, key: str, **values: object) -> str:
        """The phrase ``key`` with its placeholders filled from ``values``."""
        try:
            template = self.entries[key]
        except KeyError:
            raise KeyError(f"no phrase {key!r} for language {self.language!r}") from None
        missing = placeholders(template) - values.keys()
        if missing:
            raise KeyError(f"phrase {key!r} needs values for {sorted(missing)}")
        return template.format(**values) if values else template

    def number(self, n: int) -> str:
        """Small counts as words ("två"), larger ones as digits."""
        return self.entries.get(f"number.{n}", str(n))

    def join(self, items: list[str] | tuple[str, ...]) -> str:
        """``A, B och C`` / ``A, B and C``."""
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.entries['list.and']} {items[-1]}"


@cache
def load_phrases(language: str) -> Phrases:
    """Phrases for ``language`` ("sv", "en" or a tag such as "sv-SE")."""
    primary = language.split("-")[0].lower()
    if primary not in LANGUAGES:
        raise ValueError(f"no phrases for language {language!r}")
    with resource_path("phrases", f"{primary}.json").open(encoding="utf-8") as handle:
        raw = json.load(handle)
    entries: dict[str, str] = {}
    _flatten("", raw, entries)
    return Phrases(language=primary, entries=MappingProxyType(entries))
