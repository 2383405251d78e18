"""Benchmark the desktop application over 10,000 agreements (run as a script).

    .venv/bin/python tests/bench/bench_gui.py [--agreements N] [--runs N]

* cold start of ``python main.py`` until the main window has painted its first
  frame, side by side with a bare PySide6 window painting its first (the floor) in
  the same run; target ≤ 1.3× the floor;
  also the time until the list (and its search texts) are loaded;
* filtering the 10,000-row list per keystroke; target < 50 ms;
* resident memory once the list is loaded; target < 150 MB.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"shown {time.time():.6f}", flush=True); app.quit()
        return False
w = QMainWindow(); w.resize(1100, 700)
first = FirstPaint(); w.installEventFilter(first); w.show()
app.exec()
"""


def _run(command: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    out = subprocess.run(command, env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    marks: dict[str, float] = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] in ("shown", "listed"):
            marks[parts[0]] = (float(parts[1]) - start) * 1000
        if parts and parts[0] == "rss":
            marks["rss"] = float(parts[1])
    return marks


def start_up(db: str, runs: int) -> None:
    # Measured as installed: pip compiles a wheel's bytecode on install, and
    # installer/setup.sh does it for a checkout (PYTHONDONTWRITEBYTECODE may be set).
    compileall.compile_dir(ROOT / "bibagreements", quiet=1)
    env = dict(os.environ, BIBAGREEMENTS_STARTUP_PROBE="1", LANG="sv_SE.UTF-8")
    app: list[dict[str, float]] = []
    bare: list[dict[str, float]] = []
    direct: list[dict[str, float]] = []
    gui_only = f"from bibagreements.gui.app import main; main({db!r})"
    for _ in range(runs):  # alternate, so all see the same machine state
        bare.append(_run([sys.executable, "-c", BARE], env))
        app.append(_run([sys.executable, "main.py", "--db", db], env))
        direct.append(_run([sys.executable, "-c", gui_only], env))
    floor = statistics.median(r["shown"] for r in bare)
    shown = statistics.median(r["shown"] for r in app)
    listed = statistics.median(r["listed"] for r in app)
    rss = statistics.median(r["rss"] for r in app)
    print(f"bare PySide6 window shown:         {floor:7.0f} ms (median of {runs})")
    print(f"bibagreements main window shown:   {shown:7.0f} ms  = {shown / floor:.2f}× the floor")
    print(f"… list and search texts loaded:    {listed:7.0f} ms")
    print(f"RSS with 10,000 agreements loaded: {rss:7.1f} MB (target < 150 MB)")
    d_shown = statistics.median(r["shown"] for r in direct)
    print(
        f"gui.app.main without the CLI's imports: shown {d_shown:.0f} ms = "
        f"{d_shown / floor:.2f}× the floor; listed "
        f"{statistics.median(r['listed'] for r in direct):.0f} ms; "
        f"RSS {statistics.median(r['rss'] for r in direct):.1f} MB"
    )


def filtering(db_path: str) -> None:
    from PySide6.QtWidgets import QApplication, QTableView  # noqa: TID251  (benchmarks the GUI)

    import bibagreements.gui  # noqa: F401  (PySide6 refcount guard)
    from bibagreements.gui.agreement_model import AgreementFilterProxy, AgreementTableModel, Filters
    from bibagreements.services.agreements import list_agreements
    from bibagreements.services.search import search_texts
    from bibagreements.storage.database import open_database

    app = QApplication.instance() or QApplication([])
    db = open_database(db_path)
    with db.unit_of_work() as uow:
        summaries = list_agreements(uow)
        blobs = search_texts(uow)
    model = AgreementTableModel()
    model.set_agreements(summaries, blobs)
    proxy = AgreementFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1100, 600)
    view.show()
    app.processEvents()
    word = summaries[len(summaries) // 2].title.split()[-1]
    typed = [word[: i + 1] for i in range(len(word))]
    timings = []
    for text in [*typed, *reversed(typed[:-1]), ""]:
        t0 = time.perf_counter()
        proxy.set_filters(Filters(text=text))
        app.processEvents()  # the view repaints what is visible
        timings.append((time.perf_counter() - t0) * 1000)
    print(
        f"filtering {model.rowCount()} rows per keystroke ({len(timings)} keystrokes of "
        f"{word!r}): median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms "
        f"(target < 50 ms)"
    )
    db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agreements", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args(argv)
    from bibagreements.storage.database import open_database
    from tests.bench.synthetic import generate

    path = Path(tempfile.mkdtemp()) / "bench_gui.sqlite3"
    db = open_database(str(path))
    generate(db, agreements=args.agreements, checkins_per_agreement=5, seed=1)
    db.close()
    print(f"database: {args.agreements} agreements in {path}")
    start_up(str(path), args.runs)
    filtering(str(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
