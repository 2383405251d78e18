"""Benchmark ``import`` of an interchange file into an empty database (run as a script).

    .venv/bin/python tests/bench/bench_import.py [--quick]

Two files, each made once and kept in the temporary folder:

* the synthetic register (tests/bench/synthetic.py, 10,000 agreements) as
  ``export`` writes it. It was bulk-loaded, so no agreement has the frozen
  version saving gives one out for signature or signed: the import freezes
  them (builds their documents), as it always has;
* a register whose agreements have their frozen versions, as a real one's
  export carries them. 16 kB an agreement: 6,000 is about the most under the
  100 MB cap on a file to import (limits.py).

The floor is a Core bulk load (executemany, as synthetic.load_rows) of exactly
the rows the import stored, versions included, into an empty database,
measured alternately with the import in the same run. Targets: ≤ 1 ms CPU per
agreement, ≤ 2× the floor. Peak memory of an import is measured apart
(tracemalloc slows it), against the file's size: ≤ 2.5× (the file's bytes as
read, and the one copy of them the import keeps).
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

COMMAND = ".venv/bin/python tests/bench/bench_import.py"  # [--quick]
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


def interchange_file(agreements: int, frozen: bool) -> Path:
    """The synthetic register exported, ``frozen``: with its versions (made once per size)."""
    from bibagreements.services.agreements import agreement_ids, freeze_unless_frozen
    from bibagreements.services.interchange import export_to_file
    from tests.bench.synthetic import generate
    from tests.databases import fresh_database

    name = f"bibagreements-bench-import-{agreements}{'-frozen' if frozen else ''}.json"
    path = Path(tempfile.gettempdir()) / name
    if path.exists():
        return path
    folder = Path(tempfile.mkdtemp())
    source = fresh_database(folder / "source.sqlite3")
    generate(source, agreements)
    if frozen:
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


def measure(agreements: int, runs: int, frozen: bool) -> dict[str, float]:
    from sqlalchemy import insert

    from bibagreements.services.interchange import import_file
    from bibagreements.storage.models import Base

    file = interchange_file(agreements, frozen)
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


FLOOR = "Core bulk load of the same rows"


def _figures(agreements: int, runs: int, frozen: bool, command: str) -> list[Figure]:
    m = measure(agreements, runs, frozen)
    what = f"`import` of {agreements:,} agreements" + (
        " with their frozen versions" if frozen else " (it freezes their versions)"
    )
    return [
        at_most(
            f"{what}, CPU", m["import cpu"], "ms/agreement", 1.0, command, FLOOR, m["floor cpu"]
        ),
        ratio_at_most(
            f"{what}, CPU", m["import cpu"], "ms/agreement", FLOOR, m["floor cpu"], 2, command
        ),
        ratio_at_most(
            f"{what}, peak memory (tracemalloc)",
            m["peak MiB"],
            "MiB",
            "the file's size",
            m["file MiB"],
            2.5,  # the file's bytes and the one copy kept (interchange.streaming)
            command,
        ),
    ]


def figures(quick: bool = False) -> list[Figure]:
    runs = 1 if quick else 3
    suffix = " --quick" if quick else ""
    return _figures(1000 if quick else 10_000, runs, False, COMMAND + suffix) + _figures(
        600 if quick else 6000, runs, True, COMMAND + suffix
    )


def _report(agreements: int, runs: int, frozen: bool) -> None:
    m = measure(agreements, runs, frozen)
    print(
        f"{agreements} agreements{' with their frozen versions' if frozen else ''} "
        f"({m['versions']:.0f} versions stored), file {m['file MiB']:.1f} MiB, medians of {runs}:"
    )
    for kind in ("cpu", "wall"):
        ratio = m[f"import {kind}"] / m[f"floor {kind}"]
        print(
            f"  {kind:4}: import {m[f'import {kind}']:.3f} ms/agreement, Core bulk load "
            f"{m[f'floor {kind}']:.3f} ms/agreement = {ratio:.2f}x"
        )
    print(f"  peak memory {m['peak MiB']:.1f} MiB = {m['peak MiB'] / m['file MiB']:.2f}x the file")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1,000 and 600 agreements, 1 run")
    args = parser.parse_args(argv)
    runs = 1 if args.quick else 3
    _report(1000 if args.quick else 10_000, runs, False)
    _report(600 if args.quick else 6000, runs, True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
