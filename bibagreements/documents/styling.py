"""What a house style gives a builder: the look the document keeps, and its wording."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from bibagreements.documents.model import HouseStyle
from bibagreements.documents.phrases import Phrases, load_phrases, with_overrides


@dataclass(frozen=True, slots=True)
class Styling:
    look: HouseStyle | None = None
    # {language: {phrase key: text}}: the house style's wording of fixed phrases.
    phrases: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: MappingProxyType({}))

    def load_phrases(self, language: str) -> Phrases:
        """The phrases of ``language`` with this style's overrides."""
        phrases = load_phrases(language)
        return with_overrides(phrases, self.phrases.get(phrases.language, {}))


PLAIN = Styling()  # no house style: today's look and wording
