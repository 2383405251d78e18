"""Reading agreements for the export a batch at a time, as the records the writer takes.

One select per table for the whole batch, plain columns (no ORM objects):
the agreements, their parties with the people and organisations they name,
areas, sections, governing documents, check-ins with their participants,
follow-ups and frozen versions. Organisations are read once per export.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, aliased

from bibagreements.domain.enums import AgreementKind
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
)
from bibagreements.errors import NotFoundError
from bibagreements.services.mapping import renewal_terms
from bibagreements.storage.models import (
    AgreementRow,
    AgreementVersionRow,
    AreaRow,
    CheckinParticipantRow,
    CheckinRow,
    FollowUpRow,
    GoverningDocumentRow,
    OrganisationRow,
    PartyRow,
    PersonRow,
    SectionRow,
)

ORGANISATIONS_AHEAD = 500  # the register's organisations read at a time, for the unnamed

# An agreement's frozen versions: (number, frozen at, content JSON).
Versions = list[tuple[int, datetime, str]]


class Batch(NamedTuple):
    """Agreements read together, with what the writer looks up for them (writing.Batch)."""

    agreements: list[Agreement]
    uids: dict[int, str]  # the uid of each agreement they refer to that the export holds
    versions: dict[int, Versions]


class BatchReader:
    """Reads batches of agreements as records; organisations once per export.

    ``whole``: the batches are runs of the whole register's IDs (each batch is
    every ID from its first to its last). ``holds``: whether the export holds
    an agreement, whose uid its references then name.
    """

    def __init__(self, session: Session, whole: bool, holds: Callable[[int], bool]) -> None:
        self.session = session
        self.whole = whole
        self.holds = holds
        self.organisations: dict[int, Organisation] = {}

    def organisation(self, org_id: int) -> Organisation:
        if org_id not in self.organisations:
            self._read_organisations({org_id})
        if org_id not in self.organisations:
            raise NotFoundError("no_organisation", id=org_id)
        return self.organisations[org_id]

    def _read_organisations(self, ids: set[int]) -> None:
        """The organisations ``ids`` and their ancestors, those not read yet."""
        o = OrganisationRow
        wanted = ids - self.organisations.keys()
        while wanted:
            query = select(o.id, o.name, o.kind, o.org_number, o.parent_id, o.address, o.version)
            for row in self.session.execute(query.where(o.id.in_(sorted(wanted)))):
                self.organisations[row.id] = Organisation(
                    name=row.name,
                    kind=row.kind,
                    org_number=row.org_number,
                    parent_id=row.parent_id,
                    address=row.address,
                    id=row.id,
                    version=row.version,
                )
            parents = {
                org.parent_id
                for i in wanted
                if (org := self.organisations.get(i)) is not None and org.parent_id is not None
            }
            wanted = parents - self.organisations.keys()

    def unnamed_candidates(self) -> Iterator[int]:
        """The register's organisations by ID, read ahead in batches."""
        last = 0
        while True:
            query = select(OrganisationRow.id).where(OrganisationRow.id > last)
            ids = list(
                self.session.scalars(query.order_by(OrganisationRow.id).limit(ORGANISATIONS_AHEAD))
            )
            if not ids:
                return
            self._read_organisations(set(ids))
            yield from ids
            last = ids[-1]

    def read(self, ids: list[int]) -> Batch:
        """The agreements ``ids`` as records: one select per table."""
        query = select(*_AGREEMENT_COLUMNS).where(self._among(AgreementRow.id, ids))
        rows = self.session.execute(query.order_by(AgreementRow.id)).all()
        uids, ends = self._references(rows, ids)
        parties = self._parties(ids)
        versions = self._versions(ids)
        parts = _Parts(
            parties=parties,
            areas=self._children(_AREAS, AreaRow.agreement_id, ids),
            sections=self._children(_SECTIONS, SectionRow.agreement_id, ids),
            documents=self._children(_DOCUMENTS, GoverningDocumentRow.agreement_id, ids),
            checkins=self._checkins(ids),
            followups=self._children(_FOLLOWUPS, FollowUpRow.agreement_id, ids),
            versions=versions,
            ends=ends,
        )
        return Batch([_agreement(row, parts) for row in rows], uids, versions)

    def _among(self, column: Any, ids: list[int]) -> ColumnElement[bool]:
        # A batch of the whole register is every ID in its range: a range binds two values.
        if self.whole:
            return column.between(ids[0], ids[-1])  # type: ignore[no-any-return]
        return column.in_(ids)  # type: ignore[no-any-return]

    def _children(self, query: Any, column: Any, ids: list[int]) -> dict[int, list[Any]]:
        """Rows whose first column is the agreement's ID, by agreement, in the query's order."""
        by_agreement: dict[int, list[Any]] = defaultdict(list)
        for row in self.session.execute(query.where(self._among(column, ids))):
            by_agreement[row[0]].append(row)
        return by_agreement

    def _references(
        self, rows: Sequence[Any], ids: list[int]
    ) -> tuple[dict[int, str], dict[int, date | None]]:
        """The uids of the agreements referred to that the export holds; the end of each."""
        if not any(row.parent_id or row.predecessor_id or row.amends_id for row in rows):
            return {}, {}
        a, batch = AgreementRow, aliased(AgreementRow)
        among = self._among(batch.id, ids)
        query = select(a.id, a.uid, a.end_date).where(  # the same text for every batch
            or_(*(a.id.in_(select(getattr(batch, ref)).where(among)) for ref in _REFERENCES))
        )
        uids: dict[int, str] = {}
        ends: dict[int, date | None] = {}
        for ref_id, uid, end in self.session.execute(query):
            ends[ref_id] = end
            if self.holds(ref_id):
                uids[ref_id] = uid
        return uids, ends

    def _parties(self, ids: list[int]) -> dict[int, list[Party]]:
        rows = self._children(_PARTIES, PartyRow.agreement_id, ids)
        people = self._people(ids) if rows else {}
        self._read_organisations(
            {x.organisation_id for of in rows.values() for x in of}
            | {p.organisation_id for p in people.values() if p.organisation_id is not None}
        )
        organisations = self.organisations
        return {
            agreement_id: [
                Party(
                    organisation_id=x.organisation_id,
                    registry_number=x.registry_number,
                    contact_person_id=x.contact_person_id,
                    signatory_id=x.signatory_id,
                    signatory_title=x.signatory_title,
                    signed_on=x.signed_on,
                    signed_place=x.signed_place,
                    leaves=x.leaves,
                    left_on=x.left_on,
                    organisation=organisations.get(x.organisation_id),
                    contact_person=_person(people, x.contact_person_id),
                    signatory=_person(people, x.signatory_id),
                )
                for x in of
            ]
            for agreement_id, of in rows.items()
        }

    def _people(self, ids: list[int]) -> dict[int, Person]:
        """The contact persons and signatories of the agreements ``ids``.

        Chosen by a subquery, so the statement's text is the same for every
        batch (a list of their IDs would make a new one each time, and SQLite
        keeps each prepared: memory that grew with the register).
        """
        q, p = PersonRow, PartyRow
        named = self._among(p.agreement_id, ids)
        query = select(q.id, q.name, q.title, q.email, q.phone, q.organisation_id, q.version).where(
            or_(
                q.id.in_(select(p.contact_person_id).where(named)),
                q.id.in_(select(p.signatory_id).where(named)),
            )
        )
        return {
            row.id: Person(
                name=row.name,
                title=row.title,
                email=row.email,
                phone=row.phone,
                organisation_id=row.organisation_id,
                id=row.id,
                version=row.version,
            )
            for row in self.session.execute(query)
        }

    def _checkins(self, ids: list[int]) -> dict[int, list[Checkin]]:
        c, cp = CheckinRow, CheckinParticipantRow
        participants: dict[int, list[str]] = defaultdict(list)
        query = (
            select(cp.checkin_id, cp.name)
            .join(c, c.id == cp.checkin_id)
            .where(self._among(c.agreement_id, ids))
            .order_by(cp.checkin_id, cp.position)
        )
        for checkin_id, name in self.session.execute(query):
            participants[checkin_id].append(name)
        rows = self._children(_CHECKINS, c.agreement_id, ids)
        return {
            agreement_id: [
                Checkin(
                    agreement_id=agreement_id,
                    due=x.due_date,
                    status=x.status,
                    held_on=x.held_on,
                    participants=tuple(participants.get(x.id, ())),
                    notes=x.notes,
                    scheduled_on=x.scheduled_on,
                    touched=x.touched,
                    id=x.id,
                    event_uid=x.event_uid,
                    version=x.version,
                )
                for x in of
            ]
            for agreement_id, of in rows.items()
        }

    def _versions(self, ids: list[int]) -> dict[int, Versions]:
        v = AgreementVersionRow
        versions: dict[int, Versions] = defaultdict(list)
        query = (
            select(v.agreement_id, v.number, v.frozen_at, v.content)
            .where(self._among(v.agreement_id, ids))
            .order_by(v.agreement_id, v.number)
        )
        for agreement_id, number, frozen_at, content in self.session.execute(query):
            versions[agreement_id].append((number, frozen_at, content))
        return dict(versions)


a_, p_, ar_, se_, g_, c_, f_ = (
    AgreementRow,
    PartyRow,
    AreaRow,
    SectionRow,
    GoverningDocumentRow,
    CheckinRow,
    FollowUpRow,
)
_AGREEMENT_COLUMNS = (
    *(a_.id, a_.uid, a_.title, a_.kind, a_.status, a_.language, a_.start_date, a_.end_date),
    *(a_.programme, a_.development_area, a_.short_title, a_.purpose, a_.background),
    *(a_.cadence, a_.parent_id, a_.predecessor_id, a_.amends_id, a_.new_end_date),
    *(a_.project_goals, a_.project_funding_sek, a_.project_funder, a_.project_implementation),
    *(a_.notice_months, a_.notice_rule, a_.extension_months, a_.decision_lead_days),
    *(a_.notice_given_on, a_.version),
)
_REFERENCES = ("parent_id", "predecessor_id", "amends_id")
_PARTIES = select(
    *(p_.agreement_id, p_.organisation_id, p_.registry_number, p_.contact_person_id),
    *(p_.signatory_id, p_.signatory_title, p_.signed_on, p_.signed_place, p_.leaves, p_.left_on),
).order_by(p_.agreement_id, p_.position)
_AREAS = select(ar_.agreement_id, ar_.id, ar_.title, ar_.description).order_by(
    ar_.agreement_id, ar_.position
)
_SECTIONS = select(se_.agreement_id, se_.heading, se_.text, se_.filled).order_by(
    se_.agreement_id, se_.position
)
_DOCUMENTS = select(
    *(g_.agreement_id, g_.title, g_.owner, g_.period_start_year, g_.period_end_year),
    *(g_.adopted_on, g_.adopted_by),
).order_by(g_.agreement_id, g_.position)
_CHECKINS = select(
    *(c_.agreement_id, c_.id, c_.due_date, c_.status, c_.held_on, c_.notes, c_.scheduled_on),
    *(c_.touched, c_.event_uid, c_.version),
).order_by(c_.agreement_id, c_.due_date, c_.id)  # as AgreementRow.checkins orders them
_FOLLOWUPS = select(
    *(f_.agreement_id, f_.year, f_.area_id, f_.sub_goal, f_.activity, f_.outcome, f_.checkin_id),
    *(f_.funding_sek, f_.funder, f_.version),
).order_by(f_.agreement_id, f_.year, f_.id)
del a_, p_, ar_, se_, g_, c_, f_


@dataclass(frozen=True)
class _Parts:
    """A batch's rows of each table, by agreement ID."""

    parties: dict[int, list[Party]]
    areas: dict[int, list[Any]]
    sections: dict[int, list[Any]]
    documents: dict[int, list[Any]]
    checkins: dict[int, list[Checkin]]
    followups: dict[int, list[Any]]
    versions: dict[int, Versions]
    ends: dict[int, date | None]  # of the agreements referred to


def _agreement(row: Any, parts: _Parts) -> Agreement:
    """The record get_agreement gives, as far as the interchange writes it."""
    aid = row.id
    project = None
    if row.kind is AgreementKind.PROJECT:
        project = ProjectDetails(
            goals=row.project_goals,
            funding_sek=row.project_funding_sek,
            funder=row.project_funder,
            implementation=row.project_implementation,
        )
    amended = None
    if row.amends_id is not None:
        # Only its end counts here: an amendment lasts as long as what it amends.
        end = parts.ends.get(row.amends_id)
        amended = AmendedAgreement(row.amends_id, "", AgreementKind.COOPERATION, None, (), end)
    return Agreement(
        id=aid,
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
            for d in parts.documents.get(aid, ())
        ),
        areas=tuple(
            Area(id=x.id, title=x.title, description=x.description)
            for x in parts.areas.get(aid, ())
        ),
        sections=tuple(Section(x.heading, x.text, x.filled) for x in parts.sections.get(aid, ())),
        parties=tuple(parts.parties.get(aid, ())),
        project=project,
        renewal=renewal_terms(
            row.notice_months, row.notice_rule, row.extension_months, row.decision_lead_days
        ),
        notice_given_on=row.notice_given_on,
        amends_id=row.amends_id,
        new_end=row.new_end_date,
        version=row.version,
        versions=tuple(AgreementVersion(aid, n, at) for n, at, _ in parts.versions.get(aid, ())),
        checkins=tuple(parts.checkins.get(aid, ())),
        followups=tuple(
            FollowUp(
                agreement_id=aid,
                year=x.year,
                area_id=x.area_id,
                sub_goal=x.sub_goal,
                activity=x.activity,
                outcome=x.outcome,
                checkin_id=x.checkin_id,
                funding_sek=x.funding_sek,
                funder=x.funder,
                version=x.version,
            )
            for x in parts.followups.get(aid, ())
        ),
        amended=amended,
    )


def _person(people: dict[int, Person], person_id: int | None) -> Person | None:
    return people.get(person_id) if person_id is not None else None
