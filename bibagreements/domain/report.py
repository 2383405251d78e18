"""The yearly follow-up report as data: development areas → agreements → entries.

Built by services.followup_report, printed by documents.report_builder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bibagreements.domain.enums import AgreementKind, AgreementStatus, CheckinStatus


@dataclass(frozen=True)
class ReportEntry:
    area_title: str  # the area of collaboration; "" for the agreement as a whole
    sub_goal: str
    activity: str
    outcome: str


@dataclass(frozen=True)
class ReportCheckin:
    due: date
    status: CheckinStatus
    held_on: date | None


@dataclass(frozen=True)
class ReportAgreement:
    id: int
    title: str
    kind: AgreementKind
    status: AgreementStatus
    start: date | None
    end: date | None
    programme: str
    partners: tuple[str, ...]
    entries: tuple[ReportEntry, ...]
    checkins: tuple[ReportCheckin, ...]
    funding_sek: Decimal | None
    funder: str


@dataclass(frozen=True)
class ReportArea:
    name: str  # "" collects the agreements without a development area
    agreements: tuple[ReportAgreement, ...]


@dataclass(frozen=True)
class FollowUpReport:
    year: int
    areas: tuple[ReportArea, ...]

    @property
    def agreement_count(self) -> int:
        return sum(len(area.agreements) for area in self.areas)
