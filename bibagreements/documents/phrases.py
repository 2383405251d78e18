"""Fixed per-language phrases of the documents (resources/phrases/<lang>.json).

The JSON files group phrases in nested objects; keys are addressed with dots,
e.g. ``phrases.text("heading.parties")``. Placeholders use ``{name}`` and are
filled with ``format`` so user values are inserted verbatim, never re-parsed.

An agreement refers to itself by its kind's own noun (överenskommelsen,
samverkansavtalet, projektavtalet, ändringsavtalet). Phrases name it with the
placeholders ``{the_agreement}`` (definite: "samverkansavtalet", "the framework
agreement"), ``{this_agreement}`` ("detta samverkansavtal", "this framework
agreement") and ``{agreement}`` (bare: "samverkansavtal", "framework agreement");
a capital first letter (``{The_agreement}``) capitalises the noun. They are
filled from ``noun.<kind>`` of :meth:`Phrases.for_kind`.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

from bibagreements.paths import resource_path

LANGUAGES = ("sv", "en")
# Agreement kinds with nouns in the phrase files ("amendment" before the domain has it).
KINDS = ("cooperation", "framework", "project", "amendment")
# Placeholder (lower-case spelling) -> form of the kind's noun under noun.<kind>.<form>.
NOUN_FORMS = {"the_agreement": "definite", "this_agreement": "demonstrative", "agreement": "bare"}


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


@lru_cache(maxsize=4096)  # the phrase files' templates: parsed once, not per document
def _parsed(template: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The template's placeholders, and those of them that name the agreement's noun."""
    names = placeholders(template)
    return names, tuple(n for n in sorted(names) if _noun_form(n) is not None)


def capitalised(text: str) -> str:
    """``text`` with its first letter in upper case (the rest untouched)."""
    return text[:1].upper() + text[1:]


def _noun_form(name: str) -> str | None:
    return NOUN_FORMS.get(name[:1].lower() + name[1:])


@dataclass(frozen=True, slots=True)
class Phrases:
    language: str
    entries: Mapping[str, str]
    kind: str = ""  # the agreement kind whose nouns fill {the_agreement} and the like

    def for_kind(self, kind: str) -> Phrases:
        """These phrases naming the agreement by the noun of ``kind`` ("framework"…)."""
        if f"noun.{kind}.definite" not in self.entries:
            raise ValueError(f"no nouns for agreement kind {kind!r} in {self.language!r}")
        return Phrases(self.language, self.entries, kind)

    def noun(self, placeholder: str) -> str:
        """The kind's noun for a placeholder name such as ``The_agreement``."""
        form = _noun_form(placeholder)
        if form is None:
            raise KeyError(f"{placeholder!r} is not an agreement noun")
        if not self.kind:
            raise KeyError(f"{{{placeholder}}} needs phrases for an agreement kind (for_kind)")
        noun = self.entries[f"noun.{self.kind}.{form}"]
        return capitalised(noun) if placeholder[:1].isupper() else noun

    def text(self, key: str, **values: object) -> str:
        """The phrase ``key`` with its placeholders filled from ``values``.

        A phrase that starts with a value starts a sentence or a list item, so
        its first letter is capitalised ("Gäller", not "gäller").
        """
        try:
            template = self.entries[key]
        except KeyError:
            raise KeyError(f"no phrase {key!r} for language {self.language!r}") from None
        names, noun_names = _parsed(template)
        if not names:
            return template
        nouns = {n: self.noun(n) for n in noun_names if n not in values}
        missing = names - values.keys() - nouns.keys()
        if missing:
            raise KeyError(f"phrase {key!r} needs values for {sorted(missing)}")
        text = template.format(**values, **nouns)
        return capitalised(text) if template.startswith("{") else text

    def number(self, n: int) -> str:
        """Small counts as words ("två"), larger ones as digits."""
        return self.entries.get(f"number.{n}", str(n))

    def join(self, items: list[str] | tuple[str, ...]) -> str:
        """``A, B och C`` / ``A, B and C``."""
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.entries['list.and']} {items[-1]}"


# Phrases the writers themselves use (page footer, signature labels, draft mark): the
# document model does not carry phrases, so a house style cannot reword them.
WRITER_PHRASES = ("footer.", "signature.", "mark.", "calendar.", "language")


def overridable(key: str) -> bool:
    """Whether a house style may reword the phrase ``key``."""
    return not key.startswith(WRITER_PHRASES)


def override_problem(builtin: str, text: str) -> str | None:
    """Why ``text`` cannot stand for the built-in phrase ``builtin`` (None if it can).

    The override may use the built-in's placeholders (and the agreement's noun
    where the built-in names it) and no other: a value the builder does not give
    would fail at rendering. Only plain names: ``{x.attr}``, ``{x!r}`` or
    ``{x:>9}`` would make user text act on the values, so they are refused.
    """
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError:
        return "braces"  # a lone { or }; {{ and }} stand for braces
    allowed = placeholders(builtin)
    if any(_noun_form(name) for name in allowed):
        allowed |= {form for name in NOUN_FORMS for form in (name, capitalised(name))}
    for _, name, spec, conversion in fields:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            return f"{{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}}"
        if name not in allowed:
            return f"{{{name}}}"
    return None


def with_overrides(phrases: Phrases, overrides: Mapping[str, str]) -> Phrases:
    """``phrases`` with a house style's wording of some of them (checked when stored)."""
    known = {
        key: text
        for key, text in overrides.items()
        if key in phrases.entries
        and overridable(key)
        and override_problem(phrases.entries[key], text) is None
    }
    if not known:
        return phrases
    return Phrases(phrases.language, MappingProxyType({**phrases.entries, **known}), phrases.kind)


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
