"""The clause library and agreement templates, as plain frozen records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bibagreements.domain.enums import AgreementKind, Cadence, Language
from bibagreements.domain.records import Area, GoverningDocument, Section


@dataclass(frozen=True)
class Clause:
    """A reusable text: a heading (printed as written) and a body with {placeholders}."""

    heading: str
    body: str = ""
    category: str = ""
    language: Language = Language.SV
    id: int | None = None
    uid: str | None = None
    version: int = 0  # as read; a save with an older one is refused
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class AgreementTemplate:
    """What a new agreement from the template starts with; the rest is asked for."""

    name: str
    kind: AgreementKind = AgreementKind.COOPERATION
    language: Language = Language.SV
    cadence: Cadence = Cadence.HALF_YEARLY
    house_style: str = ""  # the organisation whose house style it uses; "" for none
    programme: str = ""
    development_area: str = ""
    purpose: str = ""
    background: str = ""
    governing_documents: tuple[GoverningDocument, ...] = ()
    areas: tuple[Area, ...] = ()
    sections: tuple[Section, ...] = ()  # a clause's with filled=True
    id: int | None = None
    uid: str | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
