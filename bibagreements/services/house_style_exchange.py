"""House styles in the interchange file's "library": written by an export, checked and added.

An item is ``{"organisation", "letterhead": [lines], "footer", "accent_colour",
"font", "numbering", "logo": base64, "phrases": {"sv": {key: text}, …}}``.
On import every item passes the checks a style set by hand passes (the logo
opened, the colour, the font, each phrase) before anything is stored; a style
for an organisation that has one already is kept as it is.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select

from bibagreements.documents.phrases import LANGUAGES, load_phrases, overridable
from bibagreements.domain.limits import LINE
from bibagreements.domain.problems import Problem
from bibagreements.errors import InterchangeError, ValidationError
from bibagreements.services.house_styles import (
    HouseStyleChange,
    change_problems,
    check_logo,
    check_override,
    list_house_styles,
    logo_of,
)
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import HouseStyleRow


def house_styles_data(uow: UnitOfWork) -> list[dict[str, Any]]:
    """Every house style of the register as the library's items (by organisation name)."""
    items = []
    for record in list_house_styles(uow):
        logo = logo_of(uow, record.organisation)
        items.append(
            {
                "organisation": record.organisation,
                "letterhead": record.letterhead.split("\n") if record.letterhead else [],
                "footer": record.footer,
                "accent_colour": record.accent_colour,
                "font": record.font,
                "numbering": record.numbering,
                **({"logo": base64.b64encode(logo).decode("ascii")} if logo else {}),
                "phrases": {lang: dict(entries) for lang, entries in record.phrases.items()},
            }
        )
    return items


def _item_problems(item: dict[str, Any]) -> tuple[list[Problem], bytes | None, str]:
    """The item's problems (paths within the item), its logo's bytes and media type."""
    change = HouseStyleChange(
        letterhead="\n".join(item.get("letterhead", [])),
        footer=item.get("footer", ""),
        accent_colour=item.get("accent_colour", ""),
        font=item.get("font", "") or None,
    )
    problems = change_problems(change)
    if len(item["organisation"]) > LINE:
        problems.append(Problem("too_long", "organisation", max=LINE))
    logo, media_type = None, ""
    if "logo" in item:
        try:
            data = base64.b64decode(item["logo"], validate=True)
            found = check_logo(data, "logo")
            logo, media_type = found.data, found.media_type
        except binascii.Error:
            problems.append(Problem("not_a_logo", "logo", name="logo"))
        except ValidationError as error:
            problems += error.problems
    for language, entries in item.get("phrases", {}).items():
        builtin = load_phrases(language).entries if language in LANGUAGES else {}
        for key, text in entries.items():
            here = ("phrases", language, key)
            if key not in builtin or not overridable(key):
                problems.append(Problem("unknown_phrase", *here, key=key))
                continue
            try:
                check_override(builtin[key], text)
            except ValidationError as error:
                problems += [p.at(*here) for p in error.problems]
    return problems, logo, media_type


def import_house_styles(uow: UnitOfWork, library: dict[str, Any] | None) -> tuple[int, int]:
    """Add the file's house styles that the register lacks; (added, kept as they were).

    Checked whole first: InterchangeError with every problem's path, nothing stored.
    """
    items: list[dict[str, Any]] = (library or {}).get("house_styles", [])
    if not items:
        return 0, 0
    problems: list[Problem] = []
    checked = []
    seen: set[str] = set()
    for k, item in enumerate(items):
        here = ("library", "house_styles", k)
        if item["organisation"] in seen:
            problems.append(Problem("uid_twice", *here, "organisation", uid=item["organisation"]))
        seen.add(item["organisation"])
        found, logo, media_type = _item_problems(item)
        problems += [p.within(*here) for p in found]
        checked.append((item, logo, media_type))
    if problems:
        raise InterchangeError(problems)
    present = set(uow.session.scalars(select(HouseStyleRow.organisation_name)))
    now = datetime.now().replace(microsecond=0)
    added = 0
    for item, logo, media_type in checked:
        if item["organisation"] in present:
            continue
        phrases = {lang: dict(sorted(e.items())) for lang, e in item.get("phrases", {}).items()}
        uow.session.add(
            HouseStyleRow(
                organisation_name=item["organisation"],
                letterhead="\n".join(item.get("letterhead", [])).strip("\n"),
                footer=item.get("footer", "").strip(),
                accent_colour=item.get("accent_colour", "").upper(),
                font=item.get("font", ""),
                numbering=bool(item.get("numbering", False)),
                logo=logo,
                logo_type=media_type,
                phrases=json.dumps(
                    {lang: e for lang, e in sorted(phrases.items()) if e}, ensure_ascii=False
                ),
                updated_at=now,
            )
        )
        added += 1
    uow.session.flush()
    return added, len(checked) - added
