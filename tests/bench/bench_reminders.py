"""Benchmark: the reminders query over 10,000 agreements and 50,000 check-ins.

Target: under 20 ms per answer. Run (not collected by pytest):

    .venv/bin/python tests/bench/bench_reminders.py [--agreements N] [--runs N]

It prints the median and the spread of ``list_reminders`` inside an open unit
of work, and of a whole call including opening the unit of work.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import generate  # noqa: E402

from bibagreements.services.reminders import list_reminders  # noqa: E402
from bibagreements.storage.database import open_database  # noqa: E402

TARGET_MS = 20.0
# The synthetic register's "now": a day with years of history behind it.
TODAY = date(2026, 1, 1)


def _ms(samples: list[float]) -> str:
    q = statistics.quantiles(samples, n=10)
    return f"median {statistics.median(samples):.1f} ms (p10 {q[0]:.1f}, p90 {q[-1]:.1f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agreements", type=int, default=10_000)
    parser.add_argument("--checkins-per-agreement", type=int, default=5)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "bench.sqlite3"))
        generate(db, args.agreements, args.checkins_per_agreement)
        with db.unit_of_work() as uow:
            items = list_reminders(uow, TODAY)  # warm-up: statement cache, page cache
            inside: list[float] = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                list_reminders(uow, TODAY)
                inside.append((time.perf_counter() - t0) * 1000)
        whole: list[float] = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            with db.unit_of_work() as uow:
                list_reminders(uow, TODAY)
            whole.append((time.perf_counter() - t0) * 1000)
        db.close()
    kinds = ", ".join(f"{kind.value} {n}" for kind, n in sorted(Counter(r.kind for r in items).items()))
    print(
        f"{args.agreements} agreements, {args.agreements * args.checkins_per_agreement} "
        f"check-ins, today {TODAY}: {len(items)} reminders ({kinds})"
    )
    print(f"list_reminders:             {_ms(inside)}")
    print(f"with opening a unit of work: {_ms(whole)}")
    median = statistics.median(inside)
    print(f"target {TARGET_MS:.0f} ms: {'met' if median < TARGET_MS else 'MISSED'}")
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
