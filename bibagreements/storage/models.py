"""The relational schema (SQLAlchemy 2 typed mappings).

Portable on purpose: nothing here is SQLite-only, so the same model runs on
PostgreSQL for teams. Enums are stored as their string values.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from bibagreements.domain.clock import now as now  # re-exported: the rows' timestamps
from bibagreements.domain.enums import (
    AgreementKind,
    AgreementStatus,
    Cadence,
    CheckinStatus,
    Language,
    OrganisationKind,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(
        cls,
        native_enum=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class OrganisationRow(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[OrganisationKind] = mapped_column(_enum(OrganisationKind))
    org_number: Mapped[str | None] = mapped_column(String(11), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    address: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)

    parent: Mapped[OrganisationRow | None] = relationship(remote_side=[id])

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PersonRow(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(320), default="", index=True)
    phone: Mapped[str] = mapped_column(String(64), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)

    organisation: Mapped[OrganisationRow | None] = relationship()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class AgreementRow(Base):
    __tablename__ = "agreement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Stable across databases: links exports, imports and calendar events.
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=lambda: str(uuid.uuid4()))
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[AgreementKind] = mapped_column(_enum(AgreementKind))
    status: Mapped[AgreementStatus] = mapped_column(_enum(AgreementStatus), index=True)
    language: Mapped[Language] = mapped_column(_enum(Language))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, index=True)
    programme: Mapped[str] = mapped_column(Text, default="")
    development_area: Mapped[str] = mapped_column(Text, default="")
    short_title: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    background: Mapped[str] = mapped_column(Text, default="")
    cadence: Mapped[Cadence] = mapped_column(_enum(Cadence))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    predecessor_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreement.id", ondelete="SET NULL"), index=True
    )
    project_goals: Mapped[str] = mapped_column(Text, default="")
    project_funding_sek: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    project_funder: Mapped[str] = mapped_column(Text, default="")
    project_implementation: Mapped[str] = mapped_column(Text, default="")
    # An amendment: the agreement it amends, and the new end date it gives that one.
    amends_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreement.id", ondelete="RESTRICT"), index=True
    )
    new_end_date: Mapped[date | None] = mapped_column(Date)
    # Notice terms (scheduling.deadlines.RenewalTerms) and when notice was given.
    notice_months: Mapped[int | None] = mapped_column(Integer)
    notice_rule: Mapped[str | None] = mapped_column(String(32))
    extension_months: Mapped[int | None] = mapped_column(Integer)
    decision_lead_days: Mapped[int | None] = mapped_column(Integer)
    notice_given_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now, index=True)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    parties: Mapped[list[PartyRow]] = relationship(
        order_by="PartyRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    areas: Mapped[list[AreaRow]] = relationship(
        order_by="AreaRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    sections: Mapped[list[SectionRow]] = relationship(
        order_by="SectionRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    governing_documents: Mapped[list[GoverningDocumentRow]] = relationship(
        order_by="GoverningDocumentRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    checkins: Mapped[list[CheckinRow]] = relationship(
        order_by="(CheckinRow.due_date, CheckinRow.id)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    followups: Mapped[list[FollowUpRow]] = relationship(
        order_by="(FollowUpRow.year, FollowUpRow.id)",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    checkin_removals: Mapped[list[CheckinRemovalRow]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    versions: Mapped[list[AgreementVersionRow]] = relationship(
        order_by="AgreementVersionRow.number",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class PartyRow(Base):
    __tablename__ = "party"
    __table_args__ = (UniqueConstraint("agreement_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    registry_number: Mapped[str] = mapped_column(String(100), default="")
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    signatory_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    signatory_title: Mapped[str] = mapped_column(String(300), default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    signed_place: Mapped[str] = mapped_column(String(200), default="")
    # On an amendment: this party leaves the amended agreement by it.
    leaves: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # On the amended agreement: the day this party left it (by an amendment).
    left_on: Mapped[date | None] = mapped_column(Date)

    organisation: Mapped[OrganisationRow] = relationship()
    contact_person: Mapped[PersonRow | None] = relationship(foreign_keys=[contact_person_id])
    signatory: Mapped[PersonRow | None] = relationship(foreign_keys=[signatory_id])


class AreaRow(Base):
    __tablename__ = "area"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")


class SectionRow(Base):
    __tablename__ = "section"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    heading: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    # A clause's text: its {placeholders} are filled from the agreement when the
    # document is built. Any other section's text is printed exactly as written.
    filled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class GoverningDocumentRow(Base):
    __tablename__ = "governing_document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(Text, default="")
    period_start_year: Mapped[int | None] = mapped_column(Integer)
    period_end_year: Mapped[int | None] = mapped_column(Integer)
    adopted_on: Mapped[date | None] = mapped_column(Date)
    adopted_by: Mapped[str] = mapped_column(Text, default="")


class CheckinRow(Base):
    __tablename__ = "checkin"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    due_date: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[CheckinStatus] = mapped_column(_enum(CheckinStatus))
    held_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The date the schedule generated (None: added by hand); differs from
    # due_date once the coordinator moves it.
    scheduled_on: Mapped[date | None] = mapped_column(Date)
    touched: Mapped[bool] = mapped_column(Boolean, default=False)
    # The calendar UID of a check-in added by hand (domain.event_uids); None for
    # a generated one, whose UID follows from scheduled_on.
    event_uid: Mapped[str | None] = mapped_column(String(255))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)

    participants: Mapped[list[CheckinParticipantRow]] = relationship(
        order_by="CheckinParticipantRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (Index("ix_checkin_status_due", "status", "due_date"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class CheckinRemovalRow(Base):
    """A check-in a re-plan deleted: calendars that have its event learn it is gone."""

    __tablename__ = "checkin_removal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    event_uid: Mapped[str] = mapped_column(String(255))
    due_date: Mapped[date] = mapped_column(Date)
    removed_at: Mapped[datetime] = mapped_column(DateTime, default=now)

    __table_args__ = (UniqueConstraint("agreement_id", "event_uid"),)


class CheckinParticipantRow(Base):
    __tablename__ = "checkin_participant"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    checkin_id: Mapped[int] = mapped_column(
        ForeignKey("checkin.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )


class FollowUpRow(Base):
    __tablename__ = "followup"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    # NO ACTION (checked at the end of the statement) so that cascading the
    # agreement's deletion works; deleting a single area with entries fails.
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    checkin_id: Mapped[int | None] = mapped_column(
        ForeignKey("checkin.id", ondelete="SET NULL"), index=True
    )
    year: Mapped[int] = mapped_column(Integer, index=True)
    sub_goal: Mapped[str] = mapped_column(Text, default="")
    activity: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    # Money received that year and from whom (the yearly report's Ekonomi).
    funding_sek: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    funder: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    area: Mapped[AreaRow | None] = relationship()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class SnoozeRow(Base):
    """A reminder hidden until a date; keyed by the reminder's stable key."""

    __tablename__ = "snooze"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_key: Mapped[str] = mapped_column(String(200), unique=True)
    until: Mapped[date] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class RenderingRow(Base):
    """One generated document: which version went out, when, and its checksum."""

    __tablename__ = "rendering"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    agreement_version: Mapped[int] = mapped_column(Integer)
    version_number: Mapped[int | None] = mapped_column(Integer)  # the frozen version shown
    document: Mapped[str] = mapped_column(String(32))  # "agreement" or "minutes"
    checkin_id: Mapped[int | None] = mapped_column(
        ForeignKey("checkin.id", ondelete="SET NULL"), index=True
    )
    format: Mapped[str] = mapped_column(String(8))
    language: Mapped[str] = mapped_column(String(8))
    archive: Mapped[bool] = mapped_column(Boolean, default=False)
    path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now, index=True)


class SignedCopyRow(Base):
    """A scanned, signed copy of the agreement from one party (PDF or image)."""

    __tablename__ = "signed_copy"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    # Kept in the database: one file to back up, and written in the same
    # transaction as the party's signing date.
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    # An electronically signed PDF: its signatures as validated when it came in (JSON).
    signatures: Mapped[str | None] = mapped_column(Text, nullable=True)


class SignatureDispatchRow(Base):
    """A frozen version sent to one party for signature: when, and which PDF.

    Kept apart from the party row, which an agreement's save rewrites; the
    party's signing date (or a signed copy) is what closes it.
    """

    __tablename__ = "signature_dispatch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    version_number: Mapped[int] = mapped_column(Integer)
    sent_on: Mapped[date] = mapped_column(Date)
    sha256: Mapped[str] = mapped_column(String(64))  # of the PDF attached
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class AgreementVersionRow(Base):
    """What one version of an agreement says, frozen when it went out for signature.

    ``content`` is JSON: the document model of each language (documents.model_json),
    so rendering the version later gives the same text whatever changed since.
    """

    __tablename__ = "agreement_version"
    __table_args__ = (UniqueConstraint("agreement_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    frozen_at: Mapped[datetime] = mapped_column(DateTime)
    content: Mapped[str] = mapped_column(Text, deferred=True)  # read only when rendered


class HouseStyleRow(Base):
    """How the documents of one issuing organisation look ("" names the default style).

    ``phrases`` is JSON, {language: {phrase key: text}}: the house style's own
    wording of fixed phrases, each beside the built-in one it overrides.
    """

    __tablename__ = "house_style"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_name: Mapped[str] = mapped_column(Text, unique=True)
    letterhead: Mapped[str] = mapped_column(Text, default="")
    footer: Mapped[str] = mapped_column(Text, default="")
    accent_colour: Mapped[str] = mapped_column(String(7), default="")
    font: Mapped[str] = mapped_column(String(32), default="")
    numbering: Mapped[bool] = mapped_column(Boolean, default=False)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    logo_type: Mapped[str] = mapped_column(String(32), default="")
    phrases: Mapped[str] = mapped_column(Text, default="{}")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ClauseRow(Base):
    """A reusable text of the clause library: a heading and a body with {placeholders}."""

    __tablename__ = "clause"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=lambda: str(uuid.uuid4()))
    category: Mapped[str] = mapped_column(Text, default="", index=True)
    heading: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[Language] = mapped_column(_enum(Language))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class AgreementTemplateRow(Base):
    """What a new agreement from this template starts with.

    ``content`` is JSON: programme, development area, purpose, background, areas,
    sections (with ``filled`` for clauses), governing documents. ``house_style``
    names the organisation whose house style the template uses ("" for none).
    """

    __tablename__ = "agreement_template"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=lambda: str(uuid.uuid4()))
    name: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[AgreementKind] = mapped_column(_enum(AgreementKind))
    language: Mapped[Language] = mapped_column(_enum(Language))
    cadence: Mapped[Cadence] = mapped_column(_enum(Cadence))
    house_style: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="{}")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class AuditRow(Base):
    """One change to one record: when, who, what was and what became (storage.audit).

    ``changes`` is JSON, ``{field: [old, new]}``; written in the transaction of
    the change itself. ``agreement_id`` names the agreement a party, check-in,
    follow-up entry or signed copy belongs to (no foreign key: the trail
    outlives a deleted agreement).
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=now, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    os_user: Mapped[str] = mapped_column(String(200), default="")
    db_role: Mapped[str] = mapped_column(String(200), default="")
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[int | None] = mapped_column(Integer)
    agreement_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(16))  # insert, update, delete, erase
    changes: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (Index("ix_audit_entry_record", "table_name", "record_id"),)


class ReportSectionRow(Base):
    """A free introductory section of one year's follow-up report (mission, staff, ...)."""

    __tablename__ = "report_section"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    position: Mapped[int] = mapped_column(Integer)
    heading: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ReportRecordRow(Base):
    """One written yearly follow-up report: which year, where, and its checksum."""

    __tablename__ = "report_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    format: Mapped[str] = mapped_column(String(8))
    language: Mapped[str] = mapped_column(String(8))
    archive: Mapped[bool] = mapped_column(Boolean, default=False)
    agreements: Mapped[int] = mapped_column(Integer)
    path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class TrustAnchorRow(Base):
    """A CA certificate the user trusts for the signatures on signed PDFs."""

    __tablename__ = "trust_anchor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=now)
