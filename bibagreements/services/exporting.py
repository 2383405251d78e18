"""Exporting the JSON interchange format: read in batches, written as it goes.

An export reads the chosen agreements, with their parents and predecessors,
so that the file is complete on its own and imports into an empty database.
It reads ``BATCH`` agreements at a time (export_batches.py: one select per table, no ORM
objects, no query per agreement), turns them into records and hands each
batch to interchange.writing, which writes its items and lets it go: the
memory an export takes is about one batch's, whatever the register's size.
The file is the temp file of an atomic write until it is whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select

from bibagreements.domain.records import Agreement
from bibagreements.errors import NotFoundError
from bibagreements.interchange.writing import document, write_document
from bibagreements.services.export_batches import Batch, BatchReader, Versions
from bibagreements.storage.atomic import stream_atomically
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow, FollowUpRow, SectionRow

BATCH = 500  # agreements read, built and written at a time


class _Selection:
    """Which agreements an export holds: the whole register, or some with their references."""

    def __init__(self, uow: UnitOfWork, ids: Sequence[int] | None) -> None:
        self.uow = uow
        self.whole = not ids
        self.chosen: list[int] = [] if self.whole else _with_references(uow, list(ids or ()))
        self._held = set(self.chosen)

    def holds(self, agreement_id: int) -> bool:
        # A reference of the whole register's is in it (foreign keys).
        return self.whole or agreement_id in self._held

    def batches(self) -> Iterator[list[int]]:
        if not self.whole:
            for start in range(0, len(self.chosen), BATCH):
                yield self.chosen[start : start + BATCH]
            return
        last = 0
        while True:
            query = select(AgreementRow.id).where(AgreementRow.id > last)
            ids = list(self.uow.session.scalars(query.order_by(AgreementRow.id).limit(BATCH)))
            if not ids:
                return
            yield ids
            last = ids[-1]


def _with_references(uow: UnitOfWork, wanted: list[int]) -> list[int]:
    """The IDs ``wanted`` plus those of their parents and predecessors, in ID order.

    NotFoundError ``no_agreement`` for the first wanted ID that is not there.
    """
    a = AgreementRow
    found: set[int] = set()
    level = list(dict.fromkeys(wanted))
    first = True
    while level:
        rows = [
            row
            for start in range(0, len(level), BATCH)  # a bounded number of values per select
            for row in uow.session.execute(
                select(a.id, a.parent_id, a.predecessor_id).where(
                    a.id.in_(level[start : start + BATCH])
                )
            )
        ]
        if first:
            present = {row.id for row in rows}
            missing = next((i for i in level if i not in present), None)
            if missing is not None:
                raise NotFoundError("no_agreement", id=missing)
            first = False
        found.update(row.id for row in rows)
        refs = {r for row in rows for r in (row.parent_id, row.predecessor_id) if r is not None}
        level = sorted(refs - found)
    return sorted(found)


def _batches(selection: _Selection) -> tuple[BatchReader, Iterator[Batch]]:
    reader = BatchReader(selection.uow.session, selection.whole, selection.holds)
    return reader, _read_all(reader, selection)


def _read_all(reader: BatchReader, selection: _Selection) -> Iterator[Batch]:
    for ids in selection.batches():
        yield reader.read(ids)  # held by no name here: the writer lets it go


def _library(selection: _Selection) -> dict[str, Any] | None:
    """The clause library and templates: the whole register's export carries them."""
    if not selection.whole:
        return None
    from bibagreements.services.library import library_data

    return library_data(selection.uow)


def _has_clauses(selection: _Selection) -> bool:
    """Whether a section exported is a clause's, or an entry records money received
    (the file is then version 2)."""
    s, f = SectionRow, FollowUpRow
    queries = (
        (select(s.id).where(s.filled.is_(True)).limit(1), s.agreement_id),
        (
            select(f.id).where(f.funding_sek.is_not(None) | (f.funder != "")).limit(1),
            f.agreement_id,
        ),
    )
    session = selection.uow.session
    if selection.whole:
        return any(session.scalar(query) is not None for query, _ in queries)
    return any(
        session.scalar(query.where(column.in_(chosen))) is not None
        for chosen in selection.batches()
        for query, column in queries
    )


def _write(selection: _Selection, write: Callable[[str], None], today: date | None) -> int:
    library, clauses = _library(selection), _has_clauses(selection)
    reader, batches = _batches(selection)
    return write_document(
        write,
        batches,
        reader.organisation,
        reader.unnamed_candidates() if selection.whole else iter(()),
        today,
        library,
        clauses,
    )


def write_export(
    uow: UnitOfWork,
    write: Callable[[str], None],
    ids: Sequence[int] | None = None,
    today: date | None = None,
) -> int:
    """Write the interchange document of ``ids`` (all when None or empty) chunk by chunk.

    Returns the number of agreements written. Parents and predecessors of the
    chosen agreements come along; the whole register's export also carries the
    organisations no agreement names. NotFoundError ``no_agreement`` before
    anything is written when a chosen ID is not there.
    """
    return _write(_Selection(uow, ids), write, today)


def export_to_file(
    uow: UnitOfWork, path: Path, ids: list[int] | None = None, today: date | None = None
) -> int:
    """Write the export atomically, as it is read; returns the number of agreements in it."""
    selection = _Selection(uow, ids)  # a missing ID fails before the temp file is made
    count = 0

    def fill(handle: BinaryIO) -> None:
        nonlocal count

        def write(text: str) -> None:
            handle.write(text.encode("utf-8"))

        count = _write(selection, write, today)

    stream_atomically(path, fill)
    return count


def export_data(
    uow: UnitOfWork, ids: list[int] | None = None, today: date | None = None
) -> dict[str, Any]:
    """The interchange document for ``ids`` (all when None or empty), as on ``today``."""
    selection = _Selection(uow, ids)
    reader, batches = _batches(selection)
    agreements: list[Agreement] = []
    versions: dict[int, Versions] = {}
    for batch in batches:
        agreements += batch.agreements
        versions.update(batch.versions)
    register = list(reader.unnamed_candidates()) if selection.whole else []
    return document(
        agreements,
        reader.organisation,
        register,
        today,
        lambda i: versions.get(i, []),
        _library(selection),
    )


def agreement_data(uow: UnitOfWork, agreement_id: int, today: date | None = None) -> dict[str, Any]:
    """One agreement as its item in the interchange format (``show --json``)."""
    data = export_data(uow, [agreement_id], today)
    uid = uow.session.scalar(select(AgreementRow.uid).where(AgreementRow.id == agreement_id))
    item: dict[str, Any] = next(x for x in data["agreements"] if x["uid"] == uid)
    return item
