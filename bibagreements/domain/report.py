"""The yearly follow-up report as data: development areas → agreements → entries.

Built by services.followup_report, printed by documents.report_builder. The
report is written per development area, as the regions write theirs: the
partners across the area's agreements, its sub-goals, activities, outcomes,
money received and check-ins.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bibagreements.domain.enums import AgreementKind, AgreementStatus

# Swedish alphabetical order: å, ä, ö after z (code points put ä before å).
# The core has no Qt (and so no QCollator); this is the order of SS 614 32 for
# the letters a register of Swedish organisations holds.
_SWEDISH_ORDER = str.maketrans({"å": "z\U0010fff0", "ä": "z\U0010fff1", "ö": "z\U0010fff2"})


def swedish_key(text: str) -> str:
    return text.casefold().translate(_SWEDISH_ORDER)


class CheckinOutcome(enum.Enum):
    """What became of a check-in, seen on the day the report is compiled."""

    HELD = "held"
    NOT_HELD = "not_held"  # due before the report was compiled, never recorded
    CANCELLED = "cancelled"
    PLANNED = "planned"  # still ahead on the day the report was compiled


@dataclass(frozen=True)
class ReportEntry:
    area_title: str  # the area of collaboration; "" for the agreement as a whole
    sub_goal: str
    activity: str
    outcome: str
    funding_sek: Decimal | None = None
    funder: str = ""


@dataclass(frozen=True)
class ReportCheckin:
    due: date
    outcome: CheckinOutcome
    held_on: date | None


@dataclass(frozen=True)
class ReportAgreement:
    id: int
    title: str
    short_title: str
    kind: AgreementKind
    status: AgreementStatus
    start: date | None
    end: date | None  # the end of its (possibly extended) term
    programme: str
    partners: tuple[str, ...]
    entries: tuple[ReportEntry, ...]
    checkins: tuple[ReportCheckin, ...]
    funding_sek: Decimal | None  # a project's funding as agreed, not money received
    funder: str
    in_force: bool = True  # its term reached into the year (else: only entries for it)
    new: bool = False  # started during the year, renewing nothing
    renewed: bool = False  # renews an earlier agreement, or was extended, during the year
    ended: bool = False  # its term ended during the year

    @property
    def name(self) -> str:
        """How the report names it beside an entry: the short title when it has one."""
        return self.short_title or self.title


@dataclass(frozen=True)
class NamedText:
    """A sub-goal or activity, and the agreement it belongs to."""

    text: str
    agreement: str


@dataclass(frozen=True)
class Funding:
    funder: str
    amount_sek: Decimal


@dataclass(frozen=True)
class ReportArea:
    name: str  # "" collects the agreements without a development area
    agreements: tuple[ReportAgreement, ...]

    @property
    def partners(self) -> tuple[str, ...]:
        """The distinct partners of the area's agreements, in Swedish order."""
        names: dict[str, str] = {}
        for a in self.agreements:
            for name in a.partners:
                names.setdefault(name.casefold(), name)
        return tuple(sorted(names.values(), key=swedish_key))

    def _texts(self, field: str) -> tuple[NamedText, ...]:
        seen: set[tuple[str, int]] = set()
        texts = []
        for a in self.agreements:
            for e in a.entries:
                text = str(getattr(e, field)).strip()
                if text and (text.casefold(), a.id) not in seen:
                    seen.add((text.casefold(), a.id))
                    texts.append(NamedText(text, a.name))
        return tuple(texts)

    @property
    def sub_goals(self) -> tuple[NamedText, ...]:
        return self._texts("sub_goal")

    @property
    def activities(self) -> tuple[NamedText, ...]:
        return self._texts("activity")

    @property
    def funding(self) -> tuple[Funding, ...]:
        """Money received during the year, summed by funder (in the order first named)."""
        sums: dict[str, Funding] = {}
        for a in self.agreements:
            for e in a.entries:
                if e.funding_sek is None:
                    continue
                key = e.funder.strip().casefold()
                before = sums.get(key)
                total = e.funding_sek + (before.amount_sek if before else 0)
                sums[key] = Funding(before.funder if before else e.funder.strip(), total)
        return tuple(sums.values())

    @property
    def funding_total(self) -> Decimal:
        return sum((f.amount_sek for f in self.funding), Decimal(0))

    def checkins(self, outcome: CheckinOutcome) -> int:
        return sum(1 for a in self.agreements for c in a.checkins if c.outcome is outcome)


@dataclass(frozen=True)
class ReportSection:
    """A free introductory section of one year's report (the unit's mission, staff, ...)."""

    heading: str
    text: str
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class FollowUpReport:
    year: int
    areas: tuple[ReportArea, ...]
    sections: tuple[ReportSection, ...] = ()

    @property
    def agreement_count(self) -> int:
        return sum(len(area.agreements) for area in self.areas)

    def count(self, flag: str) -> int:
        """Agreements with ``flag`` (in_force, new, renewed, ended) set."""
        return sum(1 for area in self.areas for a in area.agreements if getattr(a, flag))

    def checkins(self, outcome: CheckinOutcome) -> int:
        return sum(area.checkins(outcome) for area in self.areas)

    @property
    def funding_total(self) -> Decimal:
        return sum((area.funding_total for area in self.areas), Decimal(0))
