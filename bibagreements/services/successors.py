"""Which agreements renew a given one (read only)."""

from __future__ import annotations

from sqlalchemy import select

from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow


def successors(uow: UnitOfWork, agreement_id: int) -> list[tuple[int, str]]:
    """(ID, title) of each agreement whose predecessor is ``agreement_id``, oldest first."""
    rows = uow.session.execute(
        select(AgreementRow.id, AgreementRow.title)
        .where(AgreementRow.predecessor_id == agreement_id)
        .order_by(AgreementRow.id)
    )
    return [(int(row.id), str(row.title)) for row in rows]
