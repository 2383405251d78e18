"""Plain frozen records: what the service layer takes and returns.

They hold no session and no ORM state, so a window or a thread can keep them.
Fields ending in ``_id`` are what a write uses; the nested records next to
them (``organisation``, ``contact_person`` …) are filled on reads for display
and ignored on writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from bibagreements.domain.enums import (
    AgreementKind,
    AgreementStatus,
    Cadence,
    CheckinStatus,
    Language,
    NoticeRule,
    OrganisationKind,
)


@dataclass(frozen=True)
class Organisation:
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    org_number: str | None = None
    parent_id: int | None = None
    address: str = ""
    id: int | None = None
    parent_name: str | None = None
    # The counter read with the record (0: new, or not read); a save checks it.
    version: int = 0


@dataclass(frozen=True)
class Person:
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""
    organisation_id: int | None = None
    id: int | None = None
    organisation_name: str | None = None
    # The counter read with the record (0: new, or not read); a save checks it.
    version: int = 0


@dataclass(frozen=True)
class GoverningDocument:
    """A plan or policy the agreement cites, e.g. a regional library plan 2017–2020."""

    title: str
    owner: str = ""
    period_start_year: int | None = None
    period_end_year: int | None = None
    adopted_on: date | None = None
    adopted_by: str = ""


@dataclass(frozen=True)
class Area:
    """An area of collaboration (samverkansområde)."""

    title: str
    description: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Section:
    heading: str
    text: str = ""
    # A clause's text: its {placeholders} are filled from the agreement when the
    # document is built (domain.placeholders). Any other text is printed as written.
    filled: bool = False


@dataclass(frozen=True)
class ProjectDetails:
    """What a project agreement must state besides its purpose."""

    goals: str = ""
    funding_sek: Decimal | None = None
    funder: str = ""
    implementation: str = ""


@dataclass(frozen=True)
class RenewalTerms:
    """What an agreement says about notice and extension, and the coordinator's lead time."""

    notice_months: int | None = None  # uppsägningstid; None: no notice period stated
    notice_rule: NoticeRule = NoticeRule.BEFORE_END
    extension_months: int | None = None  # förlängs med N månader åt gången; None: not
    decision_lead_days: int | None = None  # internal: decide this long before the deadline

    @property
    def is_empty(self) -> bool:
        return (
            self.notice_months is None
            and self.extension_months is None
            and self.decision_lead_days is None
        )


def renewal_terms(
    notice_months: int | None,
    notice_rule: str | None,
    extension_months: int | None,
    decision_lead_days: int | None,
) -> RenewalTerms:
    """The renewal terms an agreement's stored columns hold."""
    return RenewalTerms(
        notice_months=notice_months,
        notice_rule=NoticeRule(notice_rule) if notice_rule else NoticeRule.BEFORE_END,
        extension_months=extension_months,
        decision_lead_days=decision_lead_days,
    )


@dataclass(frozen=True)
class Party:
    organisation_id: int
    registry_number: str = ""
    contact_person_id: int | None = None
    signatory_id: int | None = None
    signatory_title: str = ""
    signed_on: date | None = None
    signed_place: str = ""
    # On an amendment: this party leaves the amended agreement by it.
    leaves: bool = False
    # On an amended agreement: the day this party left it (by an amendment).
    left_on: date | None = None
    organisation: Organisation | None = None
    contact_person: Person | None = None
    signatory: Person | None = None

    @property
    def name(self) -> str:
        return self.organisation.name if self.organisation else f"#{self.organisation_id}"


@dataclass(frozen=True)
class Checkin:
    agreement_id: int
    due: date
    status: CheckinStatus = CheckinStatus.PLANNED
    held_on: date | None = None
    participants: tuple[str, ...] = ()
    notes: str = ""
    scheduled_on: date | None = None
    touched: bool = False
    id: int | None = None
    # Calendar UID of a check-in added by hand (domain.event_uids); None: derived.
    event_uid: str | None = None
    # The counter read with the record (0: new, or not read); a save checks it.
    version: int = 0


@dataclass(frozen=True)
class FollowUp:
    agreement_id: int
    year: int
    area_id: int | None = None
    sub_goal: str = ""
    activity: str = ""
    outcome: str = ""
    checkin_id: int | None = None
    id: int | None = None
    area_title: str | None = None
    # Money received that year for this and from whom (the report's Ekonomi).
    funding_sek: Decimal | None = None
    funder: str = ""
    # The counter read with the record (0: new, or not read); a save checks it.
    version: int = 0


@dataclass(frozen=True)
class Agreement:
    title: str
    kind: AgreementKind = AgreementKind.COOPERATION
    status: AgreementStatus = AgreementStatus.DRAFT
    language: Language = Language.SV
    start: date | None = None
    end: date | None = None
    programme: str = ""
    # The regional unit's development area (utvecklingsområde) the agreement serves;
    # the yearly follow-up report is organised by it. Not part of the signed text.
    development_area: str = ""
    # A short name the coordinator knows it by ("Kristianstad 2019"): the list, the
    # footer and the timeline use it. Not part of the signed text either.
    short_title: str = ""
    purpose: str = ""
    background: str = ""
    cadence: Cadence = Cadence.HALF_YEARLY
    parent_id: int | None = None
    predecessor_id: int | None = None
    governing_documents: tuple[GoverningDocument, ...] = ()
    areas: tuple[Area, ...] = ()
    sections: tuple[Section, ...] = ()
    parties: tuple[Party, ...] = ()
    project: ProjectDetails | None = None
    # Notice period, automatic extension and the coordinator's lead time; and the
    # day a party gave notice (the agreement then ends with the term it was for).
    renewal: RenewalTerms = RenewalTerms()
    notice_given_on: date | None = None
    # An amendment (kind "amendment"): the agreement it amends, and the new end
    # date it gives that one (an extension); its own ``start`` is the date of effect,
    # its parties that are not the amended one's join, those marked ``leaves`` leave,
    # and its areas are added.
    amends_id: int | None = None
    new_end: date | None = None
    id: int | None = None
    uid: str | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # Read-only: maintained by their own service functions, not by save.
    versions: tuple[AgreementVersion, ...] = ()
    checkins: tuple[Checkin, ...] = ()
    followups: tuple[FollowUp, ...] = ()
    parent_title: str | None = None
    predecessor_title: str | None = None
    amended: AmendedAgreement | None = None  # what an amendment cites of the agreement


@dataclass(frozen=True)
class AmendedAgreement:
    """What an amendment's document cites of the agreement it amends."""

    id: int
    title: str
    kind: AgreementKind
    signed_on: date | None  # the day the last party signed it
    registry_numbers: tuple[tuple[str, str], ...]  # (party, its registry number)
    end: date | None = None  # its end date now (an amendment lasts as long)


@dataclass(frozen=True)
class AgreementVersion:
    """A version of an agreement, frozen when it went out for signature."""

    agreement_id: int
    number: int  # 1, 2 … per agreement
    frozen_at: datetime


@dataclass(frozen=True, slots=True)  # a hundred thousand in the list
class StatusOnDay:
    """An agreement's status on a day, derived from the calendar (domain.lifecycle)."""

    status: AgreementStatus
    day: date
    end: date | None  # the end of the current (or last) term: the end date, or later
    first_end: date | None  # the end date the parties signed
    in_force: bool = False  # signed and within its period on ``day``
    period_passed: bool = False  # unsigned, and the period it was meant for is over

    @property
    def extended(self) -> bool:
        """Run on past the end date it was signed with (an automatic extension)."""
        return self.end is not None and self.first_end is not None and self.end > self.first_end


class AgreementSummary(NamedTuple):
    """One row of the agreement list, as of the day it was read for (``status.day``).

    A NamedTuple, not a frozen dataclass: a hundred thousand are made at start-up,
    at less than half the cost each."""

    id: int
    title: str
    kind: AgreementKind
    stored_status: AgreementStatus  # what was decided: draft … signed, terminated
    start: date | None
    end: date | None
    party_names: tuple[str, ...]
    next_checkin: date | None
    updated_at: datetime | None
    state: StatusOnDay
    renewal: RenewalTerms = RenewalTerms()
    notice_given_on: date | None = None
    short_title: str = ""
    development_area: str = ""
    # Each party's organisation kind, as ``party_names``: the list tells the
    # partners from the region that issues the agreement by it.
    party_kinds: tuple[OrganisationKind, ...] = ()

    @property
    def status(self) -> AgreementStatus:
        """The status on the day the list was read for (see ``state``)."""
        return self.state.status
