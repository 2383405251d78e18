"""The closed vocabularies of the domain.

Values are stable identifiers: they are stored in the database and written to
the interchange format, so never rename one without a migration.
"""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    REGION = "region"
    MUNICIPALITY = "municipality"
    LIBRARY = "library"
    NATIONAL_BODY = "national_body"
    OTHER = "other"


class AgreementKind(StrEnum):
    COOPERATION = "cooperation"  # överenskommelse om samarbete
    FRAMEWORK = "framework"  # samverkansavtal
    PROJECT = "project"  # särskilt avtal / projektavtal
    AMENDMENT = "amendment"  # ändringsavtal / tilläggsavtal: changes a signed agreement


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    OUT_FOR_SIGNATURE = "out_for_signature"
    ACTIVE = "active"
    ENDED = "ended"
    TERMINATED = "terminated"


class Language(StrEnum):
    SV = "sv"
    EN = "en"


class Cadence(StrEnum):
    HALF_YEARLY = "half_yearly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    NONE = "none"

    @property
    def months(self) -> int | None:
        """Months between check-ins, or None when the parties do not check in."""
        return _CADENCE_MONTHS[self]


_CADENCE_MONTHS: dict[Cadence, int | None] = {
    Cadence.HALF_YEARLY: 6,
    Cadence.QUARTERLY: 3,
    Cadence.YEARLY: 12,
    Cadence.NONE: None,
}


class NoticeRule(StrEnum):
    """How a notice period counts (see scheduling.deadlines)."""

    BEFORE_END = "before_end"  # N months before the term's end
    MONTH_END = "month_end"  # to the end of a calendar month
    QUARTER_END = "quarter_end"  # to the end of a calendar quarter


class CheckinStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class DocumentFormat(StrEnum):
    """The formats a document is written in."""

    PDF = "pdf"
    DOCX = "docx"


class ReminderKind(StrEnum):
    """What a reminder is about."""

    CHECKIN_OVERDUE = "checkin_overdue"
    CHECKIN_DUE = "checkin_due"
    AGREEMENT_ENDING = "agreement_ending"
    AGREEMENT_ENDED = "agreement_ended"  # ended without a successor, lately
    DECISION_DUE = "decision_due"
    NOTICE_DEADLINE = "notice_deadline"
    DRAFT_UNTOUCHED = "draft_untouched"
    PARTY_INCOMPLETE = "party_incomplete"
    SIGNATURE_MISSING = "signature_missing"  # out for signature, some party has not signed
