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


def _time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args(argv)
    compileall.compile_dir(ROOT / "bibagreements", quiet=1)  # as installed
    script = Path(sys.executable).with_name("bibagreements")
    program = [str(script)] if script.exists() else [sys.executable, "-m", "bibagreements"]
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "bibagreements --version": [*program, "--version"],
        "bibagreements --help": [*program, "--help"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):  # alternate, so all see the same machine state
        for name, command in commands.items():
            times[name].append(_time(command))
    floor = statistics.median(times["python -c pass"])
    for name, values in times.items():
        median = statistics.median(values)
        ratio = median / floor
        print(f"{name:24} {median:6.1f} ms = {ratio:.2f}× the floor (median of {args.runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
