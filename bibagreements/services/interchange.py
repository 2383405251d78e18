"""Importing and exporting the JSON interchange format (the format itself is interchange/).

An import validates the whole document against what the database holds, then
stores it in the caller's unit of work: all or nothing. An export reads the
chosen agreements, with their parents and predecessors, so that the file is
complete on its own and imports into an empty database.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bibagreements.domain.records import Agreement
from bibagreements.interchange.writing import document, dumps
from bibagreements.services.agreements import (
    agreement_ids,
    get_agreement,
)
from bibagreements.services.importing import (
    ImportResult,
    import_data,
    import_file,
    read_interchange_file,
)
from bibagreements.services.organisations import (
    get_organisation,
)
from bibagreements.services.versions import version_content
from bibagreements.storage.atomic import write_atomically
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import OrganisationRow

__all__ = [
    "ImportResult",
    "agreement_data",
    "dumps",
    "export_data",
    "export_to_file",
    "import_data",
    "import_file",
    "read_interchange_file",
]


def _with_references(uow: UnitOfWork, wanted: list[int]) -> list[Agreement]:
    """The agreements ``wanted`` plus their parents and predecessors, by ID."""
    agreements: dict[int, Agreement] = {}
    queue = list(wanted)
    while queue:
        agreement_id = queue.pop(0)
        if agreement_id in agreements:
            continue
        a = get_agreement(uow, agreement_id)
        agreements[agreement_id] = a
        queue.extend(ref for ref in (a.parent_id, a.predecessor_id) if ref is not None)
    return [a for _, a in sorted(agreements.items())]


def export_data(
    uow: UnitOfWork, ids: list[int] | None = None, today: date | None = None
) -> dict[str, Any]:
    """The interchange document for ``ids`` (all when None or empty), as on ``today``.

    Parents and predecessors of the chosen agreements come along. The whole
    register's export also carries the organisations no agreement names.
    """
    whole = not ids
    wanted = agreement_ids(uow) if whole else list(dict.fromkeys(ids or ()))
    register: list[int] = []
    if whole:
        query = select(OrganisationRow.id).order_by(OrganisationRow.id)
        register = list(uow.session.scalars(query))
    return document(
        _with_references(uow, wanted),
        lambda org_id: get_organisation(uow, org_id),
        register,
        today,
        lambda agreement_id: version_content(uow, agreement_id),
    )


def agreement_data(uow: UnitOfWork, agreement_id: int, today: date | None = None) -> dict[str, Any]:
    """One agreement as its item in the interchange format (``show --json``)."""
    uid = get_agreement(uow, agreement_id).uid
    data = export_data(uow, [agreement_id], today)
    item: dict[str, Any] = next(x for x in data["agreements"] if x["uid"] == uid)
    return item


def export_to_file(
    uow: UnitOfWork, path: Path, ids: list[int] | None = None, today: date | None = None
) -> int:
    """Write the export atomically; returns the number of agreements in it."""
    data = export_data(uow, ids, today)
    write_atomically(path, dumps(data).encode("utf-8"))
    return len(data["agreements"])
