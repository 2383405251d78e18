"""A house style as a window edits it: read whole, saved whole in one unit of work.

The window reads the style, its logo and the phrases of both languages at once
(``read_house_style_form``) and saves the fields and every changed phrase
together (``save_house_style_form``): either all of it is stored, or nothing,
and only against the version that was read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bibagreements.documents.fonts import DEFAULT_FONT, FAMILIES
from bibagreements.documents.phrases import LANGUAGES
from bibagreements.services.house_styles import (
    HouseStyleChange,
    HouseStyleRecord,
    PhraseLine,
    find_house_style,
    list_house_styles,
    logo_of,
    phrase_lines,
    set_house_style,
    set_phrase,
)
from bibagreements.storage.database import UnitOfWork


@dataclass(frozen=True)
class HouseStyleForm:
    organisation: str
    record: HouseStyleRecord | None  # None: the organisation has no style yet
    logo: bytes | None
    phrases: Mapping[str, list[PhraseLine]]  # by language
    styled: tuple[str, ...]  # the organisations that have a style ("" the default)


def font_choices() -> list[tuple[str, str]]:
    """(key, family name) of the bundled fonts, the default first."""
    keys = [DEFAULT_FONT] + [key for key in FAMILIES if key != DEFAULT_FONT]
    return [(key, FAMILIES[key].name) for key in keys]


def read_house_style_form(uow: UnitOfWork, organisation: str) -> HouseStyleForm:
    return HouseStyleForm(
        organisation,
        find_house_style(uow, organisation),
        logo_of(uow, organisation),
        {language: phrase_lines(uow, organisation, language) for language in LANGUAGES},
        tuple(style.organisation for style in list_house_styles(uow)),
    )


def save_house_style_form(
    uow: UnitOfWork,
    organisation: str,
    change: HouseStyleChange,
    phrases: Mapping[tuple[str, str], str | None],  # (language, key): text, None the built-in
    *,
    version: int | None,
) -> HouseStyleForm:
    """Store the fields, then each changed phrase; refused whole on any problem or conflict."""
    record = set_house_style(uow, organisation, change, version=version)
    for (language, key), text in sorted(phrases.items()):
        record = set_phrase(uow, organisation, language, key, text, version=record.version)
    return read_house_style_form(uow, organisation)
