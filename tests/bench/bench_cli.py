"""Benchmark the command line's start (run as a script).

    .venv/bin/python tests/bench/bench_cli.py [--runs N]

``bibagreements --version`` and ``--help`` as whole processes, alternating with
a bare ``python -c pass`` (the floor) in the same run; target ≤ 3× the floor.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.figures import Figure, ratio_at_most  # noqa: E402


def _time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return (time.perf_counter() - start) * 1000


COMMAND = ".venv/bin/python tests/bench/bench_cli.py"


def measure(runs: int) -> dict[str, float]:
    """Median milliseconds per command, ``python -c pass`` included."""
    compileall.compile_dir(ROOT / "bibagreements", quiet=1)  # as installed
    script = Path(sys.executable).with_name("bibagreements")
    program = [str(script)] if script.exists() else [sys.executable, "-m", "bibagreements"]
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "bibagreements --version": [*program, "--version"],
        "bibagreements --help": [*program, "--help"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):  # alternate, so all see the same machine state
        for name, command in commands.items():
            times[name].append(_time(command))
    return {name: statistics.median(values) for name, values in times.items()}


def figures(quick: bool = False) -> list[Figure]:
    medians = measure(7 if quick else 21)
    floor = medians.pop("python -c pass")
    return [
        ratio_at_most(f"`{name}`, whole process", ms, "ms", "`python -c pass`", floor, 3, COMMAND)
        for name, ms in medians.items()
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args(argv)
    medians = measure(args.runs)
    floor = medians["python -c pass"]
    for name, median in medians.items():
        ratio = median / floor
        print(f"{name:24} {median:6.1f} ms = {ratio:.2f}× the floor (median of {args.runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
