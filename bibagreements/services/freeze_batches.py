"""Reading a batch of agreements to freeze, as get_agreements gives them, without the ORM.

An import freezes each agreement it stores out for signature or signed: the
records it builds the documents from must be exactly get_agreements'. The
export's reader (export_batches) reads a batch with one select per table;
this adds what it leaves out because the interchange does not write it: the
agreements' times, the names of organisations' parents and of people's
organisations, follow-ups' IDs and areas, the titles referred to and what an
amendment cites of the agreement it amends.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bibagreements.domain.records import (
    Agreement,
    AmendedAgreement,
    FollowUp,
    Organisation,
    Party,
    Person,
)
from bibagreements.services.export_batches import BatchReader
from bibagreements.storage.models import (
    AgreementRow,
    AreaRow,
    FollowUpRow,
    OrganisationRow,
    PartyRow,
)

__all__ = ["FreezeReader"]


class FreezeReader:
    """Reads batches of agreements as records; organisations once per reader."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.batches = BatchReader(session, False, lambda _agreement_id: False)
        # Read once per import, never changed by it: kept as the records give them.
        self._organisations: dict[int, Organisation] = {}  # with their parent's name
        self._people: dict[int, Person] = {}  # with their organisation's name

    def read(self, ids: list[int]) -> list[Agreement]:
        """The agreements ``ids``, in that order, each equal to get_agreement's record."""
        read = {a.id: a for a in self.batches.read(ids).agreements}
        session = self.session
        a = AgreementRow
        stamps = {
            row.id: (row.created_at, row.updated_at)
            for row in session.execute(
                select(a.id, a.created_at, a.updated_at).where(a.id.in_(ids))
            )
        }
        followups = self._followups(ids) if any(x.followups for x in read.values()) else {}
        referred = {
            ref
            for x in read.values()
            for ref in (x.parent_id, x.predecessor_id, x.amends_id)
            if ref is not None
        }
        titles: dict[int, Any] = {}
        if referred:
            query = select(a.id, a.title, a.kind, a.end_date).where(a.id.in_(sorted(referred)))
            titles = {row.id: row for row in session.execute(query)}
        amended = self._amended(
            {x.amends_id for x in read.values() if x.amends_id is not None}, titles
        )
        records = []
        for agreement_id in ids:
            x = read[agreement_id]
            created_at, updated_at = stamps[agreement_id]
            parent = titles.get(x.parent_id) if x.parent_id is not None else None
            predecessor = titles.get(x.predecessor_id) if x.predecessor_id is not None else None
            records.append(
                replace(
                    x,
                    parties=tuple(self._party(p) for p in x.parties),
                    created_at=created_at,
                    updated_at=updated_at,
                    followups=tuple(followups.get(agreement_id, ())),
                    parent_title=parent.title if parent is not None else None,
                    predecessor_title=predecessor.title if predecessor is not None else None,
                    amended=amended.get(x.amends_id) if x.amends_id is not None else None,
                )
            )
        return records

    def _organisation(self, org: Organisation | None) -> Organisation | None:
        """As organisation_record: with the name of its parent."""
        if org is None or org.id is None:
            return org
        found = self._organisations.get(org.id)
        if found is None:
            parent = self.batches.organisations.get(org.parent_id) if org.parent_id else None
            found = replace(org, parent_name=parent.name if parent is not None else None)
            self._organisations[org.id] = found
        return found

    def _person(self, person: Person | None) -> Person | None:
        """As person_record: with the name of its organisation."""
        if person is None or person.organisation_id is None or person.id is None:
            return person
        found = self._people.get(person.id)
        if found is None:
            org = self.batches.organisations.get(person.organisation_id)
            found = replace(person, organisation_name=org.name if org is not None else None)
            self._people[person.id] = found
        return found

    def _party(self, x: Party) -> Party:
        return replace(
            x,
            organisation=self._organisation(x.organisation),
            contact_person=self._person(x.contact_person),
            signatory=self._person(x.signatory),
        )

    def _followups(self, ids: list[int]) -> dict[int, list[FollowUp]]:
        f, area = FollowUpRow, AreaRow
        query = (
            select(
                *(f.agreement_id, f.year, f.area_id, f.sub_goal, f.activity, f.outcome),
                *(f.checkin_id, f.id, area.title, f.funding_sek, f.funder, f.version),
            )
            .outerjoin(area, area.id == f.area_id)
            .where(f.agreement_id.in_(ids))
            .order_by(f.agreement_id, f.year, f.id)  # as AgreementRow.followups orders them
        )
        by_agreement: dict[int, list[FollowUp]] = defaultdict(list)
        for row in self.session.execute(query):
            by_agreement[row.agreement_id].append(
                FollowUp(
                    agreement_id=row.agreement_id,
                    year=row.year,
                    area_id=row.area_id,
                    sub_goal=row.sub_goal,
                    activity=row.activity,
                    outcome=row.outcome,
                    checkin_id=row.checkin_id,
                    id=row.id,
                    area_title=row.title,
                    funding_sek=row.funding_sek,
                    funder=row.funder,
                    version=row.version,
                )
            )
        return by_agreement

    def _amended(self, ids: set[int], titles: dict[int, Any]) -> dict[int, AmendedAgreement]:
        """As amended_record: what each amendment cites of the agreement ``ids`` it amends."""
        if not ids:
            return {}
        p, o = PartyRow, OrganisationRow
        query = (
            select(p.agreement_id, p.signed_on, p.left_on, p.registry_number, o.name)
            .join(o, o.id == p.organisation_id)
            .where(p.agreement_id.in_(sorted(ids)))
            .order_by(p.agreement_id, p.position)
        )
        signed: dict[int, list[date]] = defaultdict(list)
        numbers: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for row in self.session.execute(query):
            if row.signed_on is not None:
                signed[row.agreement_id].append(row.signed_on)
            if row.left_on is None:
                numbers[row.agreement_id].append((row.name, row.registry_number))
        result = {}
        for agreement_id in ids:
            row = titles[agreement_id]
            days = signed.get(agreement_id)
            result[agreement_id] = AmendedAgreement(
                id=agreement_id,
                title=row.title,
                kind=row.kind,
                signed_on=max(days) if days else None,
                registry_numbers=tuple(numbers.get(agreement_id, ())),
                end=row.end_date,
            )
        return result
