"""Importing an interchange file in bulk: checked whole first, then stored in batches.

The file's text is read once with the cap of limits.py and kept; its
agreements are decoded one at a time, once to check them (interchange.streaming)
and once to store them, a batch at a time with one statement per table. A file
that may have any problem is read and validated whole (interchange.reading),
which reports every problem, as before; nothing is stored then.

The rows are those the one-agreement-at-a-time import stored through the
services (save_agreement, save_checkin, save_followup, restore_versions or
freeze_unless_frozen), in the same order, so even the IDs are the same on
SQLite: organisations and people already there (same name and number, same
person) are reused, the file's check-ins replace the schedule saving would
generate, agreements whose uid the database has are skipped. Everything runs
in the caller's unit of work: all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bibagreements.domain.enums import AgreementKind, AgreementStatus, CheckinStatus
from bibagreements.domain.event_uids import new_manual_uid
from bibagreements.domain.limits import INTERCHANGE_FILE_BYTES, followup_text_problems
from bibagreements.domain.orgnr import normalise_org_number
from bibagreements.domain.problems import Problem
from bibagreements.domain.records import Agreement
from bibagreements.domain.validation import (
    MAX_YEAR,
    MIN_YEAR,
    agreement_problems,
    amends_problems,
    fold_text,
    funding_problems,
)
from bibagreements.errors import InterchangeError, ValidationError
from bibagreements.interchange import streaming
from bibagreements.interchange.parsing import (
    agreement_from,
    checkin_from,
    followup_from,
    versions_from,
)
from bibagreements.interchange.reading import parse_file, validate
from bibagreements.scheduling import due_dates
from bibagreements.services.agreements import signed_at
from bibagreements.services.freeze_batches import FreezeReader
from bibagreements.services.house_styles import any_house_style, styling_for
from bibagreements.services.versions import frozen_content
from bibagreements.storage import audit
from bibagreements.storage.bounded import read_capped
from bibagreements.storage.bulk import insert_row, insert_rows, insert_rows_returning_ids
from bibagreements.storage.database import UnitOfWork
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

__all__ = ["ImportResult", "import_data", "import_file", "read_interchange_file"]

BATCH = 200  # agreements per statement: few statements, little held at a time


@dataclass(frozen=True)
class ImportResult:
    agreements_created: int
    agreements_skipped: int
    organisations_created: int
    people_created: int
    # The uids of the agreements created (in the order stored) and of those already there.
    created_uids: tuple[str, ...] = ()
    skipped_uids: tuple[str, ...] = ()
    # Of the file's "library": the clauses and templates added (those there already are not).
    clauses_created: int = 0
    templates_created: int = 0
    # Its house styles: added, and kept as they were (the organisation had one).
    house_styles_created: int = 0
    house_styles_kept: int = 0


def read_interchange_file(path: Path) -> Any:
    """The JSON of an interchange file, read with the cap of limits.py (nothing stored).

    A file too large or not a regular file is a ValidationError of the field
    ``file``, one that cannot be read a BibError; what is in it an InterchangeError.
    """
    return parse_file(read_capped(Path(path), INTERCHANGE_FILE_BYTES), str(path))


def import_file(uow: UnitOfWork, path: Path) -> ImportResult:
    """Check the whole file, then import it in this unit of work (all or nothing)."""
    uow.write_first()  # a colleague's import at the same time waits: no organisation twice
    existing = _existing_uids(uow)
    # One character per byte: as small as the file (interchange.streaming says why).
    text = read_capped(Path(path), INTERCHANGE_FILE_BYTES).decode("latin-1")
    try:
        layout = streaming.layout(text)
        streaming.check_references(layout, existing)
    except streaming.Maybe:
        # Read whole, as ever: the validation says what is wrong, if anything is.
        return import_data(uow, parse_file(text.encode("latin-1"), str(path)))
    created, kept = _house_styles(uow, layout.library)
    result = _Store(uow).run(layout.refs, layout.agreement, layout.organisation_items())
    styled = replace(result, house_styles_created=created, house_styles_kept=kept)
    return _with_library(uow, styled, layout.library)


def import_data(uow: UnitOfWork, data: Any) -> ImportResult:
    """Validate the whole document, then import it in this unit of work (all or nothing).

    Agreements whose uid the database has are skipped; organisations and
    people already there (same name and number, same person) are reused.
    """
    uow.write_first()
    problems = validate(data, _existing_uids(uow))
    if problems:
        raise InterchangeError(problems)
    items: list[dict[str, Any]] = data["agreements"]
    refs = [
        streaming.Ref(
            a["uid"], a["kind"], a["status"], a.get("parent"), a.get("predecessor"), a.get("amends")
        )
        for a in items
    ]
    created, kept = _house_styles(uow, data.get("library"))
    result = _Store(uow).run(refs, items.__getitem__, iter(data.get("organisations", [])))
    styled = replace(result, house_styles_created=created, house_styles_kept=kept)
    return _with_library(uow, styled, data.get("library"))


def _house_styles(uow: UnitOfWork, library: Any) -> tuple[int, int]:
    """The file's house styles, checked and stored first: the agreements frozen in this
    import go out in them."""
    from bibagreements.services.house_style_exchange import import_house_styles

    return import_house_styles(uow, library)


def _with_library(uow: UnitOfWork, result: ImportResult, library: Any) -> ImportResult:
    from bibagreements.services.library import import_library

    clauses, templates = import_library(uow, library)
    return replace(result, clauses_created=clauses, templates_created=templates)


def _existing_uids(uow: UnitOfWork) -> set[str]:
    return set(uow.session.scalars(select(AgreementRow.uid)))


def dependency_order(refs: list[streaming.Ref]) -> list[int]:
    """The agreements' indexes, each after those it refers to (as parsing.dependency_order)."""
    by_uid = {ref.uid: i for i, ref in enumerate(refs)}
    ordered: list[int] = []
    placed: set[int] = set()
    for first in range(len(refs)):
        # Depth first without recursion: a renewal chain may be thousands long.
        stack: list[tuple[int, frozenset[int], int]] = [(first, frozenset(), 0)]
        while stack:
            i, trail, step = stack.pop()
            if step == 0 and (i in placed or i in trail):
                continue
            targets = (refs[i].parent, refs[i].predecessor, refs[i].amends)
            while step < 3 and targets[step] not in by_uid:
                step += 1
            if step < 3:
                stack.append((i, trail, step + 1))
                stack.append((by_uid[targets[step] or ""], trail | {i}, 0))
                continue
            placed.add(i)
            ordered.append(i)
    return ordered


def _named(row: dict[str, Any]) -> dict[str, list[Any]]:
    return {"name": [None, row["name"]]}


@dataclass
class _Pending:
    """One agreement ready to store, with the rows that hang on it."""

    uid: str
    row: dict[str, Any]
    parties: list[dict[str, Any]]
    areas: list[dict[str, Any]]
    sections: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    checkins: list[dict[str, Any]]
    participants: list[list[dict[str, Any]]]
    followups: list[tuple[dict[str, Any], int | None, int | None]]
    versions: list[dict[str, Any]]
    freeze: bool


@dataclass
class _Store:
    uow: UnitOfWork
    organisations_created: int = 0
    people_created: int = 0
    pending: list[_Pending] = field(default_factory=list)

    def __post_init__(self) -> None:
        session = self.uow.session
        self.session = session
        # The records to freeze, as get_agreements gives them (Core: no ORM objects held).
        self.freezing = FreezeReader(session)
        # What the database's fold() gives (SQLite: casefold; elsewhere lower()).
        sqlite = session.get_bind().dialect.name == "sqlite"
        self.db_fold = str.casefold if sqlite else str.lower
        self.now = datetime.now().replace(microsecond=0)
        self.org_by_key: dict[tuple[str, str | None], int] = {}
        self.org_parent: dict[int, int | None] = {}
        query = select(
            OrganisationRow.id,
            OrganisationRow.name,
            OrganisationRow.org_number,
            OrganisationRow.parent_id,
        ).order_by(OrganisationRow.id)
        for org in session.execute(query):
            self._remember_org(*org)
        self.person_by_email: dict[str, int] = {}
        self.person_by_name: dict[tuple[str, int | None], int] = {}
        self.person_info: dict[int, tuple[int | None, str]] = {}
        self.people_of: dict[int, list[tuple[str, int]]] = {}
        people = select(
            PersonRow.id, PersonRow.name, PersonRow.email, PersonRow.organisation_id
        ).order_by(PersonRow.id)
        for person in session.execute(people):
            self._remember_person(*person)
        self.ids_by_uid: dict[str, int] = {}
        self.kind_status: dict[str, tuple[AgreementKind, AgreementStatus]] = {}
        agreements = select(
            AgreementRow.uid, AgreementRow.id, AgreementRow.kind, AgreementRow.status
        )
        for uid, agreement_id, kind, status in session.execute(agreements):
            self.ids_by_uid[uid] = agreement_id
            self.kind_status[uid] = (kind, status)
        self.existing = set(self.ids_by_uid)
        self.pending_uids: set[str] = set()

    # Organisations and people, as _Importer found or saved them one by one.

    def _remember_org(self, org_id: int, name: str, number: str | None, parent: int | None) -> None:
        self.org_by_key.setdefault((self.db_fold(name), number), org_id)
        self.org_parent[org_id] = parent

    def _remember_person(self, person_id: int, name: str, email: str, org_id: int | None) -> None:
        self.person_by_email.setdefault(self.db_fold(email), person_id)
        self.person_by_name.setdefault((self.db_fold(name), org_id), person_id)
        self.person_info[person_id] = (org_id, name)
        if org_id is not None:
            self.people_of.setdefault(org_id, []).append((fold_text(name.strip()), person_id))

    def organisation(self, data: dict[str, Any]) -> int:
        parent_id = self.organisation(data["parent"]) if data.get("parent") else None
        given = (data.get("org_number") or "").strip()
        number = normalise_org_number(given) if given else None
        found = self.org_by_key.get((fold_text(data["name"].strip()), number))
        if found is not None:
            return found
        row = {
            "name": data["name"].strip(),
            "kind": data["kind"],
            "org_number": number,
            "parent_id": parent_id,
            "address": data.get("address", ""),
            "created_at": self.now,
            "updated_at": self.now,
        }
        org_id = insert_row(self.session, OrganisationRow.__table__, row)  # type: ignore[arg-type]
        audit.record(self.session, "organisation", [(org_id, None, "import", _named(row))])
        self.organisations_created += 1
        self._remember_org(org_id, row["name"], number, parent_id)
        return org_id

    def person(self, data: dict[str, Any], party_org_id: int) -> int:
        org = data.get("organisation")
        org_id: int | None = self.organisation(org) if org else party_org_id
        if "organisation" in data and org is None:
            org_id = None
        email = data.get("email", "").strip()
        if email:
            found = self.person_by_email.get(fold_text(email))
        else:
            found = self.person_by_name.get((fold_text(data["name"].strip()), org_id))
        if found is not None:
            return found
        row = {
            "name": data["name"].strip(),
            "title": data.get("title", "").strip(),
            "email": email,
            "phone": data.get("phone", "").strip(),
            "organisation_id": org_id,
            "created_at": self.now,
            "updated_at": self.now,
        }
        person_id = insert_row(self.session, PersonRow.__table__, row)  # type: ignore[arg-type]
        audit.record(self.session, "person", [(person_id, None, "import", _named(row))])
        self.people_created += 1
        self._remember_person(person_id, row["name"], email, org_id)
        return person_id

    # Agreements.

    def run(
        self,
        refs: list[streaming.Ref],
        item_at: Any,
        organisations: Any,
    ) -> ImportResult:
        created: list[str] = []
        skipped: list[str] = []
        for index in dependency_order(refs):
            ref = refs[index]
            if ref.uid in self.existing:
                skipped.append(ref.uid)
                continue
            if any(r in self.pending_uids for r in (ref.parent, ref.predecessor, ref.amends)):
                self.flush()  # what it refers to needs its ID first
            self.pending.append(self.prepare(item_at(index)))
            self.pending_uids.add(ref.uid)
            created.append(ref.uid)
            if len(self.pending) >= BATCH:
                self.flush()
        self.flush()
        for org in organisations:
            self.organisation(org)
        return ImportResult(
            len(created),
            len(skipped),
            self.organisations_created,
            self.people_created,
            tuple(created),
            tuple(skipped),
        )

    def prepare(self, item: dict[str, Any]) -> _Pending:
        """The rows of one agreement, after the checks saving it one by one made."""
        org_ids: dict[int, int] = {}
        person_ids: dict[tuple[int, str], int | None] = {}
        for j, party in enumerate(item["parties"]):
            org_ids[j] = self.organisation(party["organisation"])
            for role in ("contact_person", "signatory"):
                if party.get(role):
                    person_ids[(j, role)] = self.person(party[role], org_ids[j])
        a = agreement_from(item, org_ids, person_ids, self.ids_by_uid)
        problems = self._reference_problems(a, item)
        if len(set(org_ids.values())) < len(org_ids) or problems:
            # The file's validation checked the rest of the content; with the IDs found,
            # two parties may be one organisation.
            problems = agreement_problems(a) + problems
        if problems:
            raise ValidationError(problems)
        uid = item["uid"]
        self.kind_status[uid] = (a.kind, a.status)
        checkins, participants = self._checkins(item, a)
        followups = []
        for entry in item.get("followups", []):
            followups.append(self._followup(entry))
        versions = [
            {"number": n, "frozen_at": at, "content": content}
            for n, at, content in versions_from(item.get("versions") or [])
        ]
        return _Pending(
            uid=uid,
            row=self._agreement_row(a),
            parties=[
                {
                    "position": position,
                    "organisation_id": p.organisation_id,
                    "registry_number": p.registry_number.strip(),
                    "contact_person_id": p.contact_person_id,
                    "signatory_id": p.signatory_id,
                    "signatory_title": p.signatory_title.strip(),
                    "signed_on": p.signed_on,
                    "signed_place": p.signed_place.strip(),
                    "leaves": p.leaves,
                    "left_on": p.left_on,
                }
                for position, p in enumerate(a.parties)
            ],
            areas=[
                {"position": i, "title": x.title.strip(), "description": x.description}
                for i, x in enumerate(a.areas)
            ],
            sections=[
                {"position": i, "heading": s.heading.strip(), "text": s.text, "filled": s.filled}
                for i, s in enumerate(a.sections)
            ],
            documents=[
                {
                    "position": i,
                    "title": d.title.strip(),
                    "owner": d.owner.strip(),
                    "period_start_year": d.period_start_year,
                    "period_end_year": d.period_end_year,
                    "adopted_on": d.adopted_on,
                    "adopted_by": d.adopted_by.strip(),
                }
                for i, d in enumerate(a.governing_documents)
            ],
            checkins=checkins,
            participants=participants,
            followups=followups,
            versions=versions,
            # As freeze_unless_frozen: out for signature or signed, and no version in the file.
            freeze=not versions and a.status is not AgreementStatus.DRAFT,
        )

    def _reference_problems(self, a: Agreement, item: dict[str, Any]) -> list[Problem]:
        """What save_agreement's reference check finds (the file's validation cannot)."""
        problems = []
        for i, party in enumerate(a.parties):
            allowed = self._ancestors(party.organisation_id)
            for role, person_id in (
                ("contact_person", party.contact_person_id),
                ("signatory", party.signatory_id),
            ):
                if person_id is None:
                    continue
                org_id, name = self.person_info[person_id]
                if org_id not in allowed:
                    problems.append(
                        Problem(
                            "not_in_organisation",
                            "parties",
                            i,
                            role,
                            person=name,
                            party=party.name,
                        )
                    )
        for label in ("parent", "predecessor", "amends"):
            target = item.get(label)
            if target is None:
                continue
            if target not in self.kind_status:  # only in a circle of references
                problems.append(Problem("no_agreement", label, id=-1))
                continue
            kind, status = self.kind_status[target]
            if label == "parent" and kind is AgreementKind.PROJECT:
                problems.append(Problem("project_as_parent", "parent"))
            elif label == "amends":
                problems += amends_problems(kind, status, a)
        return problems

    def _ancestors(self, org_id: int) -> set[int | None]:
        ids: set[int | None] = set()
        current: int | None = org_id
        while current is not None and current not in ids:
            ids.add(current)
            current = self.org_parent.get(current)
        return ids

    def _agreement_row(self, a: Agreement) -> dict[str, Any]:
        """As save_agreement's _write_fields."""
        project, terms = a.project, a.renewal
        return {
            "uid": a.uid,
            "title": a.title.strip(),
            "kind": a.kind,
            "status": a.status,
            "language": a.language,
            "start_date": a.start,
            "end_date": a.end,
            "programme": a.programme,
            "development_area": a.development_area.strip(),
            "short_title": a.short_title.strip(),
            "purpose": a.purpose,
            "background": a.background,
            "cadence": a.cadence,
            "parent_id": a.parent_id,
            "predecessor_id": a.predecessor_id,
            "project_goals": project.goals if project else "",
            "project_funding_sek": project.funding_sek if project else None,
            "project_funder": project.funder if project else "",
            "project_implementation": project.implementation if project else "",
            "notice_months": terms.notice_months,
            "notice_rule": terms.notice_rule.value if terms.notice_months is not None else None,
            "extension_months": terms.extension_months,
            "decision_lead_days": terms.decision_lead_days,
            "notice_given_on": a.notice_given_on,
            "amends_id": a.amends_id,
            "new_end_date": a.new_end,
            "version": 1,
            "created_at": self.now,
            "updated_at": self.now,
        }

    def _checkins(
        self, item: dict[str, Any], a: Agreement
    ) -> tuple[list[dict[str, Any]], list[list[dict[str, Any]]]]:
        """The file's check-ins (as save_checkin), else the schedule saving generates."""
        base = {"created_at": self.now, "updated_at": self.now}
        if "checkins" not in item:
            if a.start is None or a.end is None or a.end < a.start:
                return [], []
            rows = [
                {
                    **base,
                    "due_date": due,
                    "status": CheckinStatus.PLANNED,
                    "held_on": None,
                    "notes": "",
                    "scheduled_on": due,
                    "touched": False,
                    "event_uid": None,
                }
                for due in due_dates(a.start, a.end, a.cadence)
            ]
            return rows, [[] for _ in rows]
        people = [p for party in a.parties for p in self.people_of.get(party.organisation_id, [])]
        by_name: dict[str, list[int]] = {}
        for name, person_id in people:
            by_name.setdefault(name, []).append(person_id)
        rows, participants = [], []
        for data in item["checkins"]:
            c = checkin_from(data, 0)
            event_uid = c.event_uid
            if event_uid is None and c.scheduled_on is None:
                event_uid = new_manual_uid(item["uid"])  # added by hand: a UID of its own
            rows.append(
                {
                    **base,
                    "due_date": c.due,
                    "status": c.status,
                    "held_on": c.held_on,
                    "notes": c.notes,
                    "scheduled_on": c.scheduled_on,
                    "touched": c.touched,
                    "event_uid": event_uid,
                }
            )
            names = []
            for position, name in enumerate(c.participants):
                matches = by_name.get(fold_text(name.strip()), [])
                names.append(
                    {
                        "position": position,
                        "name": name.strip(),
                        "person_id": matches[0] if len(matches) == 1 else None,
                    }
                )
            participants.append(names)
        return rows, participants

    def _followup(self, entry: dict[str, Any]) -> tuple[dict[str, Any], int | None, int | None]:
        """As save_followup, with the area's and check-in's place in the agreement."""
        f = followup_from(entry, 0, None, None)
        problems = []
        if not MIN_YEAR <= f.year <= MAX_YEAR:
            problems.append(Problem("four_digit_year", "year"))
        if not (f.sub_goal.strip() or f.activity.strip() or f.outcome.strip()):
            problems.append(Problem("empty_followup", "entry"))
        problems += funding_problems(f) + followup_text_problems(f)
        if problems:
            raise ValidationError(problems)
        row = {
            "year": f.year,
            "sub_goal": f.sub_goal,
            "activity": f.activity,
            "outcome": f.outcome,
            "funding_sek": f.funding_sek,
            "funder": f.funder.strip(),
        }
        return row, entry.get("area"), entry.get("checkin")

    def flush(self) -> None:
        """Store the pending agreements: one statement per table, in the order of one by one."""
        pending, self.pending = self.pending, []
        self.pending_uids = set()
        if not pending:
            return
        session = self.session
        ids = insert_rows_returning_ids(
            session,
            AgreementRow.__table__,  # type: ignore[arg-type]
            [p.row for p in pending],
        )
        stored = list(zip(pending, ids, strict=True))
        for p, agreement_id in stored:
            self.ids_by_uid[p.uid] = agreement_id

        def children(rows_of: Callable[[_Pending], list[dict[str, Any]]]) -> list[dict[str, Any]]:
            return [{**r, "agreement_id": i} for p, i in stored for r in rows_of(p)]

        insert_rows(
            session,
            PartyRow.__table__,  # type: ignore[arg-type]
            children(lambda p: p.parties),
        )
        area_ids = insert_rows_returning_ids(
            session,
            AreaRow.__table__,  # type: ignore[arg-type]
            children(lambda p: p.areas),
        )
        insert_rows(
            session,
            SectionRow.__table__,  # type: ignore[arg-type]
            children(lambda p: p.sections),
        )
        insert_rows(
            session,
            GoverningDocumentRow.__table__,  # type: ignore[arg-type]
            children(lambda p: p.documents),
        )
        checkin_ids = insert_rows_returning_ids(
            session,
            CheckinRow.__table__,  # type: ignore[arg-type]
            children(lambda p: p.checkins),
        )
        participants = []
        followups = []
        versions: list[dict[str, Any]] = []
        area_at = checkin_at = 0
        for p, agreement_id in stored:
            own_areas = area_ids[area_at : area_at + len(p.areas)]
            own_checkins = checkin_ids[checkin_at : checkin_at + len(p.checkins)]
            area_at += len(p.areas)
            checkin_at += len(p.checkins)
            for checkin_id, names in zip(own_checkins, p.participants, strict=True):
                participants += [{**n, "checkin_id": checkin_id} for n in names]
            for row, area, checkin in p.followups:
                followups.append(
                    {
                        **row,
                        "agreement_id": agreement_id,
                        "area_id": own_areas[area] if area is not None else None,
                        "checkin_id": own_checkins[checkin] if checkin is not None else None,
                    }
                )
        insert_rows(session, CheckinParticipantRow.__table__, participants)  # type: ignore[arg-type]
        insert_rows(session, FollowUpRow.__table__, followups)  # type: ignore[arg-type]
        frozen = self._frozen([i for p, i in stored if p.freeze])
        for p, agreement_id in stored:
            if p.freeze:
                versions.append(frozen[agreement_id])
            versions += [{**v, "agreement_id": agreement_id} for v in p.versions]
        insert_rows(session, AgreementVersionRow.__table__, versions)  # type: ignore[arg-type]
        audit.record(
            session,
            "agreement",
            [
                (i, i, "import", {"title": [None, p.row["title"]], "uid": [None, p.uid]})
                for p, i in stored
            ],
        )

    def _frozen(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        """The first version of each agreement, as freeze_unless_frozen would keep it."""
        if not ids:
            return {}
        rows = {}
        # Frozen as freeze_version would: in the house style of its first party having one
        # (asked once per batch, most registers have none).
        styled = any_house_style(self.uow)
        for a in self.freezing.read(ids):
            assert a.id is not None
            moment = (signed_at(a) or datetime.now()).replace(microsecond=0)
            styling = styling_for(self.uow, (p.name for p in a.parties)) if styled else None
            content = frozen_content(a, 1, moment, styling)
            rows[a.id] = {
                "agreement_id": a.id,
                "number": 1,
                "frozen_at": moment,
                "content": content,
            }
        return rows
