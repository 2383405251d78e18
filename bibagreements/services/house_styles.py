"""House styles: how the documents of an issuing organisation look, and their wording.

One style per organisation name ("" is the default: the user's own). A style
is changed only against the version that was read (``version``): someone
else's save in between is refused, as for agreements. Every input is checked
before it is stored: the logo is read with a cap and opened (a PNG by Pillow,
an SVG parsed without a DOCTYPE, entities or external references), the accent
colour is #RRGGBB, the font one of the bundled families, the texts short.

Which style a document gets: the style of the first of the agreement's parties
(in party order) that has one, else the default style, else none; the yearly
report gets the default style. An agreement keeps the style it went out with:
the style is part of the frozen document model (services.versions).
"""

from __future__ import annotations

import base64
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import MappingProxyType

from sqlalchemy import select

from bibagreements.documents.fonts import FAMILIES
from bibagreements.documents.model import HouseStyle
from bibagreements.documents.phrases import (
    LANGUAGES,
    load_phrases,
    overridable,
    override_problem,
    placeholders,
)
from bibagreements.documents.styling import PLAIN, Styling
from bibagreements.domain.limits import LINE, control_character_problem
from bibagreements.domain.problems import Problem
from bibagreements.errors import ConflictError, NotFoundError, ValidationError
from bibagreements.storage.bounded import read_capped
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import HouseStyleRow

LOGO_BYTES = 2 * 1024 * 1024  # a logo is a few kilobytes; a photograph is no logo
LOGO_PIXELS = 25_000_000
LETTERHEAD_LINES = 4  # what fits beside the logo
PNG, SVG = "image/png", "image/svg+xml"
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class HouseStyleRecord:
    organisation: str  # "" is the default style
    letterhead: str  # lines separated by newlines
    footer: str
    accent_colour: str
    font: str
    numbering: bool
    logo_type: str  # "" for no logo
    logo_size: int
    phrases: Mapping[str, Mapping[str, str]]
    version: int
    updated_at: datetime | None


@dataclass(frozen=True)
class Logo:
    data: bytes
    media_type: str


@dataclass(frozen=True)
class HouseStyleChange:
    """What to change; None leaves a field as it is."""

    letterhead: str | None = None
    footer: str | None = None
    accent_colour: str | None = None
    font: str | None = None
    numbering: bool | None = None
    logo: Logo | None = None
    remove_logo: bool = False


@dataclass(frozen=True)
class PhraseLine:
    key: str
    builtin: str
    override: str | None


# --- reading ------------------------------------------------------------------------------


def _row(uow: UnitOfWork, organisation: str) -> HouseStyleRow | None:
    query = select(HouseStyleRow).where(HouseStyleRow.organisation_name == organisation)
    return uow.session.scalars(query).first()


def _phrases(row: HouseStyleRow) -> dict[str, dict[str, str]]:
    try:
        data = json.loads(row.phrases or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(lang): {str(k): v for k, v in entries.items() if isinstance(v, str)}
        for lang, entries in data.items()
        if isinstance(entries, dict)
    }


def _record(row: HouseStyleRow) -> HouseStyleRecord:
    logo = row.logo
    return HouseStyleRecord(
        organisation=row.organisation_name,
        letterhead=row.letterhead,
        footer=row.footer,
        accent_colour=row.accent_colour,
        font=row.font,
        numbering=row.numbering,
        logo_type=row.logo_type if logo else "",
        logo_size=len(logo) if logo else 0,
        phrases=MappingProxyType(_phrases(row)),
        version=row.version,
        updated_at=row.updated_at,
    )


def find_house_style(uow: UnitOfWork, organisation: str = "") -> HouseStyleRecord | None:
    row = _row(uow, organisation)
    return _record(row) if row is not None else None


def get_house_style(uow: UnitOfWork, organisation: str = "") -> HouseStyleRecord:
    row = _row(uow, organisation)
    if row is None:
        raise NotFoundError("no_house_style", organisation=organisation or "(default)")
    return _record(row)


def list_house_styles(uow: UnitOfWork) -> list[HouseStyleRecord]:
    query = select(HouseStyleRow).order_by(HouseStyleRow.organisation_name)
    return [_record(row) for row in uow.session.scalars(query)]


def logo_of(uow: UnitOfWork, organisation: str) -> bytes | None:
    """The logo's bytes of the style of ``organisation`` (None: no style or no logo)."""
    row = _row(uow, organisation)
    return row.logo if row is not None and row.logo else None


def phrase_lines(uow: UnitOfWork, organisation: str, language: str) -> list[PhraseLine]:
    """Every phrase a style may reword: the built-in text beside the style's own."""
    record = find_house_style(uow, organisation)
    overrides = record.phrases.get(language, {}) if record else {}
    builtin = load_phrases(language).entries
    return [
        PhraseLine(key, text, overrides.get(key))
        for key, text in builtin.items()
        if overridable(key)
    ]


# --- checking input -----------------------------------------------------------------------


def read_logo(path: Path) -> Logo:
    """The logo file at ``path``, read with a cap and checked (ValidationError if not)."""
    data = read_capped(path, LOGO_BYTES)
    return check_logo(data, path.name)


def check_logo(data: bytes, name: str) -> Logo:
    """``data`` as a PNG or a self-contained SVG logo, or ValidationError."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        _check_png(data, name)
        return Logo(data, PNG)
    _check_svg(data, name)
    return Logo(data, SVG)


def _check_png(data: bytes, name: str) -> None:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > LOGO_PIXELS:
                raise ValidationError(
                    [Problem("image_too_large", "logo", name=name, max=f"{LOGO_PIXELS:,}")]
                )
            image.load()  # a damaged file fails here, not when a document is rendered
    except ValidationError:
        raise
    except Exception as exc:  # Pillow raises many kinds for a damaged file
        raise ValidationError([Problem("not_a_logo", "logo", name=name)]) from exc


_EXTERNAL = re.compile(r"^\s*(#|data:image/(png|jpe?g);base64,)", re.IGNORECASE)


def _check_svg(data: bytes, name: str) -> None:
    from lxml import etree  # type: ignore[import-untyped]

    # No DTD, no entities, no network: the file is read as it is and nothing it names.
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ValidationError([Problem("not_a_logo", "logo", name=name)]) from exc
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise ValidationError(
            [Problem("svg_not_self_contained", "logo", name=name, what="DOCTYPE")]
        )
    if etree.QName(root).localname != "svg":
        raise ValidationError([Problem("not_a_logo", "logo", name=name)])
    for element in root.iter():
        if not isinstance(element.tag, str):  # entity references, processing instructions
            raise ValidationError(
                [Problem("svg_not_self_contained", "logo", name=name, what="an entity")]
            )
        for attribute, value in element.attrib.items():
            if etree.QName(attribute).localname == "href" and not _EXTERNAL.match(value):
                what = value[:80]
                raise ValidationError(
                    [Problem("svg_not_self_contained", "logo", name=name, what=what)]
                )
        if etree.QName(element).localname == "style" and "url(" in (element.text or ""):
            raise ValidationError(
                [Problem("svg_not_self_contained", "logo", name=name, what="url()")]
            )


def _line_problems(field_name: str, text: str, lines: int) -> list[Problem]:
    problems: list[Problem] = []
    parts = text.split("\n")
    if len(parts) > lines:
        problems.append(Problem("too_many_lines", field_name, max=lines))
    for part in parts:
        if len(part) > LINE:
            problems.append(Problem("too_long", field_name, max=LINE))
            break
        problem = control_character_problem(part, field_name)
        if problem:
            problems.append(problem)
            break
    return problems


def change_problems(change: HouseStyleChange) -> list[Problem]:
    problems: list[Problem] = []
    if change.letterhead is not None:
        problems += _line_problems("letterhead", change.letterhead, LETTERHEAD_LINES)
    if change.footer is not None:
        problems += _line_problems("footer", change.footer, 1)
    if change.accent_colour and not _COLOUR.match(change.accent_colour):
        problems.append(Problem("not_a_colour", "accent_colour"))
    if change.font and change.font not in FAMILIES:
        problems.append(Problem("unknown_font", "font", fonts=", ".join(FAMILIES)))
    return problems


# --- writing ------------------------------------------------------------------------------


def _checked_row(
    uow: UnitOfWork, organisation: str, version: int | None, *, create: bool
) -> HouseStyleRow:
    """The style's row, as it was when read at ``version`` (None: not read, must be new)."""
    row = _row(uow, organisation)
    shown = organisation or "(default)"
    if row is None:
        if version is not None:
            raise ConflictError("house_style_removed", organisation=shown)
        if not create:
            raise NotFoundError("no_house_style", organisation=shown)
        row = HouseStyleRow(organisation_name=organisation)
        uow.session.add(row)
        return row
    if version != row.version:
        raise ConflictError(
            "house_style_changed",
            organisation=shown,
            stored=row.version,
            yours=0 if version is None else version,
        )
    return row


def set_house_style(
    uow: UnitOfWork, organisation: str, change: HouseStyleChange, *, version: int | None
) -> HouseStyleRecord:
    """Create or change the style of ``organisation`` ("" is the default style)."""
    problems = change_problems(change)
    if len(organisation) > LINE:
        problems.append(Problem("too_long", "organisation", max=LINE))
    if problems:
        raise ValidationError(problems)
    row = _checked_row(uow, organisation, version, create=True)
    if change.letterhead is not None:
        row.letterhead = change.letterhead.strip("\n")
    if change.footer is not None:
        row.footer = change.footer.strip()
    if change.accent_colour is not None:
        row.accent_colour = change.accent_colour.upper()
    if change.font is not None:
        row.font = change.font
    if change.numbering is not None:
        row.numbering = change.numbering
    if change.remove_logo:
        row.logo, row.logo_type = None, ""
    if change.logo is not None:
        row.logo, row.logo_type = change.logo.data, change.logo.media_type
    row.updated_at = datetime.now().replace(microsecond=0)
    uow.session.flush()
    return _record(row)


def clear_house_style(uow: UnitOfWork, organisation: str, *, version: int) -> None:
    """Remove the style of ``organisation``: its documents look as without one."""
    row = _checked_row(uow, organisation, version, create=False)
    uow.session.delete(row)
    uow.session.flush()


def set_phrase(
    uow: UnitOfWork,
    organisation: str,
    language: str,
    key: str,
    text: str | None,
    *,
    version: int | None,
) -> HouseStyleRecord:
    """The style's own wording of phrase ``key`` (None: back to the built-in text)."""
    if language not in LANGUAGES:
        raise ValidationError([Problem("unknown_language", "language", languages="sv, en")])
    builtin = load_phrases(language).entries.get(key)
    if builtin is None or not overridable(key):
        raise ValidationError([Problem("unknown_phrase", "phrase", key=key)])
    if text is not None:
        check_override(builtin, text)
    row = _checked_row(uow, organisation, version, create=text is not None)
    phrases = _phrases(row)
    entries = phrases.setdefault(language, {})
    if text is None:
        entries.pop(key, None)
    else:
        entries[key] = text
    row.phrases = json.dumps(
        {lang: dict(sorted(e.items())) for lang, e in sorted(phrases.items()) if e},
        ensure_ascii=False,
    )
    row.updated_at = datetime.now().replace(microsecond=0)
    uow.session.flush()
    return _record(row)


def check_override(builtin: str, text: str) -> None:
    problems = _line_problems("phrase", text, 1) if len(text) <= 2000 else []
    if len(text) > 2000:
        problems.append(Problem("too_long", "phrase", max=2000))
    if not text.strip():
        problems.append(Problem("empty", "phrase"))
    wrong = override_problem(builtin, text)
    if wrong == "braces":
        problems.append(Problem("phrase_braces", "phrase"))
    elif wrong is not None:
        known = ", ".join(f"{{{n}}}" for n in sorted(placeholders(builtin))) or "none"
        problems.append(Problem("unknown_placeholder", "phrase", placeholder=wrong, known=known))
    if problems:
        raise ValidationError(problems)


# --- what documents get -------------------------------------------------------------------


def styling_of(row: HouseStyleRow) -> Styling:
    look = HouseStyle(
        letterhead=tuple(row.letterhead.split("\n")) if row.letterhead else (),
        footer=row.footer,
        accent_colour=row.accent_colour,
        font=row.font,
        numbering=row.numbering,
        logo=base64.b64encode(row.logo).decode("ascii") if row.logo else "",
        logo_type=row.logo_type if row.logo else "",
    )
    phrases = {lang: MappingProxyType(e) for lang, e in _phrases(row).items()}
    return Styling(look, MappingProxyType(phrases))


def styling_for(uow: UnitOfWork, party_names: Iterable[str] = ()) -> Styling:
    """The style of the first party that has one, else the default style, else none."""
    names = [*dict.fromkeys(party_names)]
    if not any_house_style(uow):
        return PLAIN
    rows = {
        row.organisation_name: row
        for row in uow.session.scalars(
            select(HouseStyleRow).where(HouseStyleRow.organisation_name.in_([*names, ""]))
        )
    }
    for name in [*names, ""]:
        if name in rows:
            return styling_of(rows[name])
    return PLAIN


def styled_organisations(uow: UnitOfWork, names: Iterable[str]) -> set[str]:
    """Those of ``names`` that have a house style of their own."""
    query = select(HouseStyleRow.organisation_name)
    return set(uow.session.scalars(query.where(HouseStyleRow.organisation_name.in_([*names]))))


def any_house_style(uow: UnitOfWork) -> bool:
    # Most registers have no style: one cheap query instead of loading rows.
    return uow.session.scalar(select(HouseStyleRow.id).limit(1)) is not None
