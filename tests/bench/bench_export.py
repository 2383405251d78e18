"""Benchmark the interchange export (run as a script; pytest does not collect it).

    .venv/bin/python tests/bench/bench_export.py [--agreements N] [--runs N]

Over the synthetic register (tests/bench/synthetic.py; 10,000 agreements,
quick 1,000), alternating in the same run:

* A, the floor: the same tables read in the same batches of 500 agreements
  with plain Core selects (every column), the rows json-dumped with the C
  encoder (no indenting, no format) to a file: what reading and writing the
  data costs at the least;
* B: ``export_to_file``, the whole register to a file.

Figures: B's milliseconds per agreement (medians; target ≤ 0.5 ms, the floor
shown beside it), and the traced peak memory of one export (tracemalloc,
after a warm-up) against the largest batch of agreements as the export holds
it in memory (its records, measured the same way); target ≤ 2×.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import Table, select

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bibagreements.services import export_batches, exporting  # noqa: E402
from bibagreements.services.interchange import export_to_file  # noqa: E402
from bibagreements.storage.database import Database, open_database  # noqa: E402
from bibagreements.storage.models import (  # noqa: E402
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
from tests.bench.figures import MIB, Figure, alternate, at_most, median, ratio_at_most  # noqa: E402
from tests.bench.synthetic import generate  # noqa: E402

TODAY = date(2026, 1, 1)
TARGET_MS = 0.5
TARGET_MEMORY = 2.0
COMMAND = ".venv/bin/python tests/bench/bench_export.py"
FLOOR = "Core selects of the same tables, rows json-dumped (C encoder)"
_BY_AGREEMENT: list[Table] = [
    model.__table__  # type: ignore[misc]
    for model in (
        PartyRow,
        AreaRow,
        SectionRow,
        GoverningDocumentRow,
        CheckinRow,
        FollowUpRow,
        AgreementVersionRow,
    )
]


def floor_export(db: Database, path: Path) -> int:
    """Read what the export reads, in its batches, and dump the rows as they come."""
    count = 0
    with db.unit_of_work() as uow, path.open("w", encoding="utf-8") as out:
        session = uow.session
        for model in (OrganisationRow, PersonRow):
            rows = session.execute(select(model.__table__))  # type: ignore[arg-type]
            out.write(json.dumps([list(r) for r in rows], default=str))
        last = 0
        while True:
            query = select(AgreementRow.id).where(AgreementRow.id > last).order_by(AgreementRow.id)
            ids = list(session.scalars(query.limit(exporting.BATCH)))
            if not ids:
                return count
            first, last = ids[0], ids[-1]
            table = AgreementRow.__table__
            query = select(table).where(table.c.id.between(first, last))  # type: ignore[attr-defined]
            rows = session.execute(query)
            out.write(json.dumps([list(r) for r in rows], default=str))
            for table in _BY_AGREEMENT:
                query = select(table).where(table.c.agreement_id.between(first, last))
                out.write(json.dumps([list(r) for r in session.execute(query)], default=str))
            participants = (
                select(CheckinParticipantRow.checkin_id, CheckinParticipantRow.name)
                .join(CheckinRow, CheckinRow.id == CheckinParticipantRow.checkin_id)
                .where(CheckinRow.agreement_id.between(first, last))
            )
            out.write(json.dumps([list(r) for r in session.execute(participants)], default=str))
            count += len(ids)


def export(db: Database, path: Path) -> int:
    with db.unit_of_work() as uow:
        return export_to_file(uow, path, None, TODAY)


def _per_agreement(
    run: Callable[[Database, Path], int], db: Database, path: Path, agreements: int
) -> float:
    start = time.perf_counter()
    assert run(db, path) == agreements
    return (time.perf_counter() - start) * 1000 / agreements


def largest_batch_mib(db: Database) -> float:
    """The largest batch of agreements as the export holds it: its records, traced."""
    largest = 0
    with db.unit_of_work() as uow:
        selection = exporting._Selection(uow, None)
        reader = export_batches.BatchReader(uow.session, True, selection.holds)
        for ids in selection.batches():
            gc.collect()
            tracemalloc.start()
            batch = reader.read(ids)
            largest = max(largest, tracemalloc.get_traced_memory()[0])
            tracemalloc.stop()
            del batch
    return largest / MIB


def export_peak_mib(db: Database, path: Path) -> float:
    export(db, path)  # warm-up: statements compiled, pages cached
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    export(db, path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return (peak - base) / MIB


def measure(agreements: int, runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "bench.sqlite3"))
        try:
            generate(db, agreements)
            floor_path, path = Path(folder) / "floor.json", Path(folder) / "export.json"
            export(db, path)  # warm-up
            floor_export(db, floor_path)
            floor_ms, export_ms = alternate(
                runs,
                lambda: _per_agreement(floor_export, db, floor_path, agreements),
                lambda: _per_agreement(export, db, path, agreements),
            )
            return {
                "floor_ms": median(floor_ms),
                "export_ms": median(export_ms),
                "peak_mib": export_peak_mib(db, path),
                "batch_mib": largest_batch_mib(db),
                "file_mib": path.stat().st_size / MIB,
            }
        finally:
            db.close()


def _figures(agreements: int, m: dict[str, float]) -> list[Figure]:
    return [
        at_most(
            f"`export -o FILE`, {agreements:,} agreements, per agreement",
            m["export_ms"],
            "ms",
            TARGET_MS,
            COMMAND,
            FLOOR,
            m["floor_ms"],
        ),
        ratio_at_most(
            f"`export -o FILE`, {agreements:,} agreements ({m['file_mib']:.1f} MiB file), "
            "traced peak memory",
            m["peak_mib"],
            "MiB",
            "the largest batch of 500 agreements as held (traced)",
            m["batch_mib"],
            TARGET_MEMORY,
            COMMAND,
        ),
    ]


def figures(quick: bool = False) -> list[Figure]:
    agreements = 1_000 if quick else 10_000
    return _figures(agreements, measure(agreements, 2 if quick else 5))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agreements", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    m = measure(args.agreements, args.runs)
    print(
        f"{args.agreements} agreements, file {m['file_mib']:.1f} MiB, medians of {args.runs}:\n"
        f"  floor  {m['floor_ms']:.3f} ms/agreement ({FLOOR})\n"
        f"  export {m['export_ms']:.3f} ms/agreement = {m['export_ms'] / m['floor_ms']:.2f}× "
        f"the floor; target ≤ {TARGET_MS} ms\n"
        f"  peak   {m['peak_mib']:.1f} MiB traced = {m['peak_mib'] / m['batch_mib']:.2f}× "
        f"the largest batch ({m['batch_mib']:.1f} MiB); target ≤ {TARGET_MEMORY}×"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
