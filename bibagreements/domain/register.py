"""The register list's rows: one agreement with each party's registry number.

Built by services.register_list, written by interchange.register_files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bibagreements.domain.enums import AgreementKind, AgreementStatus


@dataclass(frozen=True)
class RegisteredParty:
    name: str
    org_number: str
    registry_number: str
    signed_on: date | None
    signed_place: str
    left_on: date | None


@dataclass(frozen=True)
class RegisterEntry:
    id: int
    title: str
    short_title: str
    kind: AgreementKind
    status: AgreementStatus  # on the day the list is made
    start: date | None
    end: date | None  # the end of the current (or last) term
    signed_end: date | None  # the end date the parties signed
    development_area: str
    parties: tuple[RegisteredParty, ...]
    renews: str  # the title of the agreement it renews, or ""
    amends: str
    framework: str
    versions: int  # frozen versions kept
