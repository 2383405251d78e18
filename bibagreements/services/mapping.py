"""Turning rows into frozen records."""

from __future__ import annotations

from datetime import date

from bibagreements.domain.enums import AgreementKind
from bibagreements.domain.lifecycle import status_on
from bibagreements.domain.records import (
    Agreement,
    AgreementVersion,
    AmendedAgreement,
    Area,
    Checkin,
    FollowUp,
    GoverningDocument,
    Organisation,
    Party,
    Person,
    ProjectDetails,
    Section,
    StatusOnDay,
)
from bibagreements.domain.records import renewal_terms as renewal_terms  # re-exported
from bibagreements.storage.models import (
    AgreementRow,
    CheckinRow,
    FollowUpRow,
    OrganisationRow,
    PartyRow,
    PersonRow,
)


def organisation_record(row: OrganisationRow) -> Organisation:
    return Organisation(
        id=row.id,
        name=row.name,
        kind=row.kind,
        org_number=row.org_number,
        parent_id=row.parent_id,
        address=row.address,
        parent_name=row.parent.name if row.parent else None,
        version=row.version,
    )


def person_record(row: PersonRow) -> Person:
    return Person(
        id=row.id,
        name=row.name,
        title=row.title,
        email=row.email,
        phone=row.phone,
        organisation_id=row.organisation_id,
        organisation_name=row.organisation.name if row.organisation else None,
        version=row.version,
    )


def party_record(row: PartyRow) -> Party:
    return Party(
        organisation_id=row.organisation_id,
        registry_number=row.registry_number,
        contact_person_id=row.contact_person_id,
        signatory_id=row.signatory_id,
        signatory_title=row.signatory_title,
        signed_on=row.signed_on,
        signed_place=row.signed_place,
        leaves=row.leaves,
        left_on=row.left_on,
        organisation=organisation_record(row.organisation),
        contact_person=person_record(row.contact_person) if row.contact_person else None,
        signatory=person_record(row.signatory) if row.signatory else None,
    )


def checkin_record(row: CheckinRow) -> Checkin:
    return Checkin(
        id=row.id,
        agreement_id=row.agreement_id,
        due=row.due_date,
        status=row.status,
        held_on=row.held_on,
        participants=tuple(p.name for p in row.participants),
        notes=row.notes,
        scheduled_on=row.scheduled_on,
        touched=row.touched,
        event_uid=row.event_uid,
        version=row.version,
    )


def followup_record(row: FollowUpRow) -> FollowUp:
    return FollowUp(
        id=row.id,
        agreement_id=row.agreement_id,
        year=row.year,
        area_id=row.area_id,
        sub_goal=row.sub_goal,
        activity=row.activity,
        outcome=row.outcome,
        checkin_id=row.checkin_id,
        area_title=row.area.title if row.area else None,
        funding_sek=row.funding_sek,
        funder=row.funder,
        version=row.version,
    )


def row_status_on(row: AgreementRow, day: date) -> StatusOnDay:
    """The status of a stored agreement on ``day``, from its own columns alone."""
    terms = renewal_terms(
        row.notice_months, row.notice_rule, row.extension_months, row.decision_lead_days
    )
    return status_on(row.status, row.start_date, row.end_date, day, terms, row.notice_given_on)


def amended_record(row: AgreementRow) -> AmendedAgreement:
    signed = [p.signed_on for p in row.parties if p.signed_on is not None]
    return AmendedAgreement(
        id=row.id,
        title=row.title,
        kind=row.kind,
        signed_on=max(signed) if signed else None,
        registry_numbers=tuple(
            (p.organisation.name, p.registry_number) for p in row.parties if p.left_on is None
        ),
        end=row.end_date,
    )


def agreement_record(
    row: AgreementRow,
    parent_title: str | None = None,
    predecessor_title: str | None = None,
    amended: AmendedAgreement | None = None,
) -> Agreement:
    project = None
    if row.kind is AgreementKind.PROJECT:
        project = ProjectDetails(
            goals=row.project_goals,
            funding_sek=row.project_funding_sek,
            funder=row.project_funder,
            implementation=row.project_implementation,
        )
    return Agreement(
        id=row.id,
        uid=row.uid,
        title=row.title,
        kind=row.kind,
        status=row.status,
        language=row.language,
        start=row.start_date,
        end=row.end_date,
        programme=row.programme,
        development_area=row.development_area,
        short_title=row.short_title,
        purpose=row.purpose,
        background=row.background,
        cadence=row.cadence,
        parent_id=row.parent_id,
        predecessor_id=row.predecessor_id,
        governing_documents=tuple(
            GoverningDocument(
                title=d.title,
                owner=d.owner,
                period_start_year=d.period_start_year,
                period_end_year=d.period_end_year,
                adopted_on=d.adopted_on,
                adopted_by=d.adopted_by,
            )
            for d in row.governing_documents
        ),
        areas=tuple(Area(id=a.id, title=a.title, description=a.description) for a in row.areas),
        sections=tuple(
            Section(heading=s.heading, text=s.text, filled=s.filled) for s in row.sections
        ),
        parties=tuple(party_record(p) for p in row.parties),
        project=project,
        renewal=renewal_terms(
            row.notice_months, row.notice_rule, row.extension_months, row.decision_lead_days
        ),
        notice_given_on=row.notice_given_on,
        amends_id=row.amends_id,
        new_end=row.new_end_date,
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        versions=tuple(AgreementVersion(row.id, v.number, v.frozen_at) for v in row.versions),
        checkins=tuple(checkin_record(c) for c in row.checkins),
        followups=tuple(followup_record(f) for f in row.followups),
        parent_title=parent_title,
        predecessor_title=predecessor_title,
        amended=amended,
    )
