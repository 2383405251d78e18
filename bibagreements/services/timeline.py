"""What the timeline draws: every agreement's period, parties, programme and check-ins.

Plain Core selects and tuples (no ORM objects): the timeline must open
quickly on a register of 10,000 agreements.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from bibagreements.domain.enums import AgreementStatus, CheckinStatus
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import Base


@dataclass(frozen=True, slots=True)
class TimelineCheckin:
    due: date
    status: CheckinStatus
    held_on: date | None


@dataclass(frozen=True, slots=True)
class TimelineAgreement:
    id: int
    title: str
    status: AgreementStatus
    start: date | None
    end: date | None
    programme: str
    parties: tuple[str, ...]
    checkins: tuple[TimelineCheckin, ...]
    development_area: str = ""
    short_title: str = ""

    @property
    def label(self) -> str:
        """What its bar says: the short title when it has one."""
        return self.short_title or self.title


def timeline_agreements(uow: UnitOfWork) -> list[TimelineAgreement]:
    """All agreements with a start date, by start date then title."""
    tables = Base.metadata.tables
    a, p, o, c = tables["agreement"], tables["party"], tables["organisation"], tables["checkin"]
    uow.session.flush()
    conn = uow.session.connection()
    names = dict(conn.execute(select(o.c.id, o.c.name)).all())
    parties: dict[int, list[str]] = defaultdict(list)
    for aid, org_id in conn.execute(
        select(p.c.agreement_id, p.c.organisation_id).order_by(p.c.agreement_id, p.c.position)
    ):
        parties[aid].append(names.get(org_id, ""))
    checkins: dict[int, list[TimelineCheckin]] = defaultdict(list)
    for aid, due, status, held in conn.execute(
        select(c.c.agreement_id, c.c.due_date, c.c.status, c.c.held_on).order_by(
            c.c.agreement_id, c.c.due_date
        )
    ):
        checkins[aid].append(TimelineCheckin(due, CheckinStatus(status), held))
    query = (
        select(
            a.c.id,
            a.c.title,
            a.c.status,
            a.c.start_date,
            a.c.end_date,
            a.c.programme,
            a.c.development_area,
            a.c.short_title,
        )
        .where(a.c.start_date.is_not(None))
        .order_by(a.c.start_date, a.c.title)
    )
    return [
        TimelineAgreement(
            aid,
            title,
            AgreementStatus(status),
            start,
            end,
            programme or "",
            tuple(parties.get(aid, ())),
            tuple(checkins.get(aid, ())),
            development_area or "",
            short or "",
        )
        for aid, title, status, start, end, programme, development_area, short in conn.execute(
            query
        )
    ]
