"""Items of an interchange document as domain records (the document was validated).

The services store these records; the validation builds them too, with
placeholder IDs, to apply the domain's rules before anything is stored.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from bibagreements.domain.enums import (
    AgreementKind,
    AgreementStatus,
    Cadence,
    CheckinStatus,
    Language,
    NoticeRule,
    OrganisationKind,
)
from bibagreements.domain.records import (
    Agreement,
    Area,
    Checkin,
    FollowUp,
    GoverningDocument,
    Organisation,
    Party,
    Person,
    ProjectDetails,
    RenewalTerms,
    Section,
)


def optional_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def organisation_from(data: dict[str, Any], parent_id: int | None) -> Organisation:
    return Organisation(
        name=data["name"],
        kind=OrganisationKind(data["kind"]),
        org_number=data.get("org_number") or None,
        parent_id=parent_id,
        address=data.get("address", ""),
    )


def person_from(data: dict[str, Any], organisation_id: int | None) -> Person:
    return Person(
        name=data["name"],
        title=data.get("title", ""),
        email=data.get("email", ""),
        phone=data.get("phone", ""),
        organisation_id=organisation_id,
    )


def checkin_from(data: dict[str, Any], agreement_id: int) -> Checkin:
    return Checkin(
        agreement_id=agreement_id,
        due=date.fromisoformat(data["due"]),
        status=CheckinStatus(data["status"]),
        held_on=optional_date(data.get("held_on")),
        participants=tuple(data.get("participants", [])),
        notes=data.get("notes", ""),
        scheduled_on=optional_date(data.get("scheduled_on")),
        touched=bool(data.get("touched", False)),
        event_uid=data.get("event_uid"),
    )


def agreement_from(
    item: dict[str, Any],
    org_ids: dict[int, int],
    person_ids: dict[tuple[int, str], int | None],
    agreement_ids_by_uid: dict[str, int],
) -> Agreement:
    """The record for ``item``; with empty maps, placeholder IDs for validation only."""
    parties = []
    for j, party in enumerate(item["parties"]):
        parties.append(
            Party(
                organisation_id=org_ids.get(j, -(j + 1)),
                registry_number=party.get("registry_number", ""),
                contact_person_id=person_ids.get((j, "contact_person")),
                signatory_id=person_ids.get((j, "signatory")),
                signatory_title=party.get("signatory_title", ""),
                signed_on=optional_date(party.get("signed_on")),
                signed_place=party.get("signed_place", ""),
                leaves=party.get("leaves", False),
                left_on=optional_date(party.get("left_on")),
                organisation=Organisation(name=party["organisation"]["name"]),
            )
        )
    project = None
    if item.get("project") is not None:
        p = item["project"]
        funding = p.get("funding_sek")
        project = ProjectDetails(
            goals=p.get("goals", ""),
            funding_sek=Decimal(str(funding)) if funding is not None else None,
            funder=p.get("funder", ""),
            implementation=p.get("implementation", ""),
        )
    period = item.get("period") or {}

    def ref(key: str) -> int | None:
        uid = item.get(key)
        return None if uid is None else agreement_ids_by_uid.get(uid, -1)

    return Agreement(
        uid=item["uid"],
        title=item["title"],
        kind=AgreementKind(item["kind"]),
        status=AgreementStatus(item["status"]),
        language=Language(item["language"]),
        start=optional_date(period.get("start")),
        end=optional_date(period.get("end")),
        programme=item.get("programme", ""),
        development_area=item.get("development_area", ""),
        short_title=item.get("short_title", ""),
        purpose=item.get("purpose", ""),
        background=item.get("background", ""),
        cadence=Cadence(item.get("cadence", Cadence.HALF_YEARLY.value)),
        parent_id=ref("parent"),
        predecessor_id=ref("predecessor"),
        amends_id=ref("amends"),
        new_end=optional_date(item.get("new_end")),
        governing_documents=tuple(
            GoverningDocument(
                title=d["title"],
                owner=d.get("owner", ""),
                period_start_year=d.get("period_start_year"),
                period_end_year=d.get("period_end_year"),
                adopted_on=optional_date(d.get("adopted_on")),
                adopted_by=d.get("adopted_by", ""),
            )
            for d in item.get("governing_documents", [])
        ),
        areas=tuple(
            Area(title=x["title"], description=x.get("description", ""))
            for x in item.get("areas", [])
        ),
        sections=tuple(
            Section(heading=s["heading"], text=s.get("text", ""), filled=s.get("filled", False))
            for s in item.get("sections", [])
        ),
        parties=tuple(parties),
        project=project,
        renewal=_renewal(item.get("renewal")),
        notice_given_on=optional_date(item.get("notice_given_on")),
    )


def _renewal(data: dict[str, Any] | None) -> RenewalTerms:
    if not data:
        return RenewalTerms()
    return RenewalTerms(
        notice_months=data.get("notice_months"),
        notice_rule=NoticeRule(data.get("notice_rule", NoticeRule.BEFORE_END.value)),
        extension_months=data.get("extension_months"),
        decision_lead_days=data.get("decision_lead_days"),
    )


def followup_from(
    entry: dict[str, Any], agreement_id: int, area_id: int | None, checkin_id: int | None
) -> FollowUp:
    return FollowUp(
        agreement_id=agreement_id,
        year=entry["year"],
        area_id=area_id,
        checkin_id=checkin_id,
        sub_goal=entry.get("sub_goal", ""),
        activity=entry.get("activity", ""),
        outcome=entry.get("outcome", ""),
        funding_sek=_decimal(entry.get("funding_sek")),
        funder=entry.get("funder", ""),
    )


def _decimal(value: int | float | None) -> Decimal | None:
    # Through str: 0.1 stays 0.1, not the float's binary neighbour.
    return Decimal(str(value)) if value is not None else None


def versions_from(items: list[dict[str, Any]]) -> list[tuple[int, datetime, str]]:
    """Frozen versions from the file, as the database keeps them (services.versions)."""
    return [
        (
            item["number"],
            datetime.fromisoformat(item["frozen_at"]),
            json.dumps({"documents": item["documents"]}, ensure_ascii=False, sort_keys=True),
        )
        for item in items
    ]
