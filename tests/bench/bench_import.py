"""Benchmark ``import`` of an interchange file into an empty database (run as a script).

    .venv/bin/python tests/bench/bench_import.py [--agreements N] [--runs N]

The file is the synthetic register (tests/bench/synthetic.py) with the frozen
version every agreement out for signature or signed has in a real register,
as ``export`` writes it; made once and kept in the temporary folder. The floor
is a Core bulk load (executemany, as synthetic.load_rows) of exactly the rows
the import stores, into an empty database, measured alternately with the
import in the same run. Targets: ≤ 1 ms CPU per agreement, ≤ 2× the floor.
Peak memory of an import is measured apart (tracemalloc slows it), against
the file's size.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.figures import MIB, Figure, alternate, at_most, median, ratio_at_most  # noqa: E402

COMMAND = ".venv/bin/python tests/bench/bench_import.py"
TABLES = (
    "organisation",
    "person",
    "agreement",
    "party",
    "area",
    "section",
    "governing_document",
    "checkin",
    "checkin_participant",
    "followup",
    "agreement_version",
)


def interchange_file(agreements: int) -> Path:
    """The synthetic register with its frozen versions, exported (made once per size)."""
    from bibagreements.services.agreements import agreement_ids, freeze_unless_frozen
    from bibagreements.services.interchange import export_to_file
    from tests.bench.synthetic import generate
    from tests.databases import fresh_database

    path = Path(tempfile.gettempdir()) / f"bibagreements-bench-import-{agreements}.json"
    if path.exists():
        return path
    folder = Path(tempfile.mkdtemp())
    source = fresh_database(folder / "source.sqlite3")
    generate(source, agreements)
    with source.unit_of_work() as uow:
        for agreement_id in agreement_ids(uow):
            freeze_unless_frozen(uow, agreement_id)  # as saving them one by one would have
    with source.unit_of_work() as uow:
        export_to_file(uow, folder / "export.json")
    source.close()
    (folder / "export.json").replace(path)
    return path


def _empty(folder: Path, name: str) -> Any:
    from tests.databases import fresh_database

    target = folder / name
    for companion in (target, target.with_name(target.name + "-wal")):
        companion.unlink(missing_ok=True)
    return fresh_database(target)


def _rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every row the import stored, by table, as plain values for a Core insert."""
    from sqlalchemy import select

    from bibagreements.storage.database import open_database
    from bibagreements.storage.models import Base

    db = open_database(str(path))
    rows: dict[str, list[dict[str, Any]]] = {}
    with db.engine.connect() as conn:
        for name in TABLES:
            table = Base.metadata.tables[name]
            rows[name] = [dict(r._mapping) for r in conn.execute(select(table))]
    db.close()
    return rows


def measure(agreements: int, runs: int) -> dict[str, float]:
    from sqlalchemy import insert

    from bibagreements.services.interchange import import_file
    from bibagreements.storage.models import Base

    file = interchange_file(agreements)
    folder = Path(tempfile.mkdtemp())
    first = _empty(folder, "first.sqlite3")
    with first.unit_of_work() as uow:
        result = import_file(uow, file)
    assert result.agreements_created == agreements
    first.close()
    rows = _rows(folder / "first.sqlite3")

    def floor() -> tuple[float, float]:
        db = _empty(folder, "floor.sqlite3")
        cpu, wall = time.process_time(), time.perf_counter()
        with db.engine.begin() as conn:
            for name in TABLES:
                if rows[name]:
                    conn.execute(insert(Base.metadata.tables[name]), rows[name])
        took = time.process_time() - cpu, time.perf_counter() - wall
        db.close()
        return took

    def bulk_import() -> tuple[float, float]:
        db = _empty(folder, "import.sqlite3")
        cpu, wall = time.process_time(), time.perf_counter()
        with db.unit_of_work() as uow:
            import_file(uow, file)
        took = time.process_time() - cpu, time.perf_counter() - wall
        db.close()
        return took

    samples: dict[str, list[tuple[float, float]]] = {"floor": [], "import": []}

    def sample(name: str, run: Any) -> Any:
        def measured() -> float:
            samples[name].append(run())
            return 0.0

        return measured

    alternate(runs, sample("floor", floor), sample("import", bulk_import))
    per = 1000 / agreements
    figures = {
        f"{name} {kind}": median([s[k] for s in values]) * per
        for name, values in samples.items()
        for k, kind in enumerate(("cpu", "wall"))
    }
    figures.update(_memory(folder, file))
    figures["file MiB"] = file.stat().st_size / MIB
    figures["versions"] = len(rows["agreement_version"])
    return figures


def _memory(folder: Path, file: Path) -> dict[str, float]:
    """Peak Python allocations of one import (tracemalloc), in MiB."""
    from bibagreements.services.interchange import import_file

    db = _empty(folder, "memory.sqlite3")
    tracemalloc.start()
    with db.unit_of_work() as uow:
        import_file(uow, file)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    db.close()
    return {"peak MiB": peak / MIB}


def figures(quick: bool = False) -> list[Figure]:
    agreements = 1000 if quick else 10_000
    m = measure(agreements, 1 if quick else 3)
    command = COMMAND + (" --agreements 1000 --runs 1" if quick else "")
    what = f"`import` of {agreements:,} agreements into an empty database"
    return [
        at_most(
            f"{what}, CPU per agreement",
            m["import cpu"],
            "ms",
            1.0,
            command,
            "Core bulk load of the same rows",
            m["floor cpu"],
        ),
        ratio_at_most(
            f"{what}, CPU",
            m["import cpu"],
            "ms/agreement",
            "Core bulk load of the same rows",
            m["floor cpu"],
            2,
            command,
        ),
        ratio_at_most(
            f"{what}, peak memory (tracemalloc)",
            m["peak MiB"],
            "MiB",
            "the file's size",
            m["file MiB"],
            2,
            command,
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agreements", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    m = measure(args.agreements, args.runs)
    print(
        f"{args.agreements} agreements ({m['versions']:.0f} frozen versions), file "
        f"{m['file MiB']:.1f} MiB, medians of {args.runs}:"
    )
    for kind in ("cpu", "wall"):
        ratio = m[f"import {kind}"] / m[f"floor {kind}"]
        print(
            f"  {kind:4}: import {m[f'import {kind}']:.3f} ms/agreement, Core bulk load "
            f"{m[f'floor {kind}']:.3f} ms/agreement = {ratio:.2f}x"
        )
    print(f"  peak memory {m['peak MiB']:.1f} MiB = {m['peak MiB'] / m['file MiB']:.2f}x the file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
