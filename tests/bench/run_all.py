"""Every benchmark's figures as one table, each beside its floor measured in the same run.

    .venv/bin/python tests/bench/run_all.py [--quick] [--only NAME ...] [--markdown]

The README's benchmark table is this script's ``--markdown`` output.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.figures import Figure  # noqa: E402

BENCHMARKS = (
    "bench_cli",
    "bench_gui",
    "bench_import",
    "bench_export",
    "bench_documents",
    "bench_reminders",
    "bench_team",
)


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}" if value >= 0.1 else f"{value:.3f}"


def _rows(figures: list[Figure]) -> list[list[str]]:
    rows = []
    for f in figures:
        floor = f"{f.floor}: {_number(f.floor_value)} {f.unit}" if f.floor else "—"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        rows.append(
            [f.what, f"{_number(f.value)} {f.unit}", floor, ratio, f.target,
             "met" if f.met else "NOT MET", f"`{f.command}`"]
        )  # fmt: skip
    return rows


HEADINGS = ["What", "Figure", "Floor (same run)", "Ratio", "Target", "", "Command"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller registers")
    parser.add_argument("--only", nargs="*", default=None, help="benchmark modules to run")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    names = args.only or BENCHMARKS
    figures: list[Figure] = []
    for name in names:
        start = time.perf_counter()
        module = importlib.import_module(f"tests.bench.{name}")
        found = module.figures(args.quick)
        took = time.perf_counter() - start
        print(f"{name}: {len(found)} figures in {took:.0f} s", file=sys.stderr)
        figures.extend(found)
    rows = _rows(figures)
    if args.markdown:
        print("| " + " | ".join(HEADINGS) + " |")
        print("|" + "---|" * len(HEADINGS))
        for row in rows:
            print("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    else:
        widths = [max(len(r[i]) for r in [HEADINGS, *rows]) for i in range(len(HEADINGS) - 1)]
        for row in [HEADINGS, *rows]:
            print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)))
    return 0 if all(f.met for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
