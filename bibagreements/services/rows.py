"""The row an ID names, or the NotFoundError the caller reports for it."""

from __future__ import annotations

from typing import TypeVar

from bibagreements.domain.problems import Param
from bibagreements.errors import NotFoundError
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import Base

RowT = TypeVar("RowT", bound=Base)


def row_or_not_found(
    uow: UnitOfWork,
    model: type[RowT],
    row_id: int,
    code: str,
    *,
    within_agreement: int | None = None,
    **params: Param,
) -> RowT:
    """The ``model`` row with ``row_id``, else ``NotFoundError(code, id=row_id, **params)``.

    With ``within_agreement``, a row of another agreement counts as missing
    too (the model has an ``agreement_id``). ``params`` may give ``id`` in
    another form.
    """
    row = uow.session.get(model, row_id)
    if row is None or (
        within_agreement is not None and getattr(row, "agreement_id", None) != within_agreement
    ):
        raise NotFoundError(code, **({"id": row_id} | params))
    return row


def changed_since(uow: UnitOfWork, row: Base, read: int) -> dict[str, str] | None:
    """Who changed ``row`` and when ({"by", "at"}) if it changed since it was read at
    version ``read``; None if it did not, or was not read (0) or is new."""
    stored = getattr(row, "version", None)
    if not read or stored is None or read == stored:
        return None
    from bibagreements.services.history import last_changed

    last = last_changed(uow, str(row.__tablename__), int(getattr(row, "id", 0)))
    if last is None:  # changed outside the trail (rows written in bulk): who is unknown
        return {"by": "?", "at": "?"}
    return {"by": last.actor or last.os_user or "?", "at": last.at.strftime("%Y-%m-%d %H:%M")}
