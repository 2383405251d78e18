"""Benchmark the desktop application at 100, 10,000 and 100,000 agreements (run as a script).

    .venv/bin/python tests/bench/bench_gui.py [--sizes 100,10000,100000] [--runs N] [--quick]

For each size, in the same run:

* cold start of ``python main.py`` until the main window has painted its first
  frame, alternating with a bare PySide6 window painting its first (the floor);
  target ≤ 1.3× the floor;
* the list loaded (shown in the view and searchable) after that first paint;
  target ≤ 400 ms at 10,000 and ≤ 2 s at 100,000; the floor, for context, is a
  plain sqlite3 ``SELECT`` of the same rows and texts (fetchall, no Python objects
  of ours);
* resident memory once the list is loaded; target ≤ 250 MiB; the floor is the
  bare window's;
* filtering the list per keystroke (median and worst): typing a word letter by
  letter and deleting it, a first letter matching every row, a query matching
  none, a word pasted whole, with a status filter and a view, over a sorted list;
  target ≤ 50 ms; the floor is a plain Python ``in`` over the same texts, row by
  row, per keystroke.
"""

from __future__ import annotations

import argparse
import compileall
import gc
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench.figures import Figure, at_most, ratio_at_most  # noqa: E402

COMMAND = ".venv/bin/python tests/bench/bench_gui.py"
SIZES = (100, 10_000, 100_000)
LOADED_WITHIN = {100: 400, 10_000: 400, 100_000: 2000}  # ms after the first paint
RSS_LIMIT = 250  # MiB
KEYSTROKE_LIMIT = 50  # ms

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
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        print(f"rss {int(line.split()[1]) / 1024:.1f}")
"""


def _run(command: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    out = subprocess.run(command, env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    marks: dict[str, float] = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] in ("shown", "listed", "idle"):
            marks[parts[0]] = (float(parts[1]) - start) * 1000
        if parts and parts[0] in ("rss", "rss_listed"):
            marks[parts[0]] = float(parts[1])  # MiB
    return marks


def _plain_select(db: str) -> float:
    """Milliseconds for sqlite3 to hand over the list's rows and texts (the load's floor)."""
    start = time.perf_counter()
    conn = sqlite3.connect(db)
    for query in (
        "SELECT id, title, kind, status, start_date, end_date, updated_at, short_title,"
        " development_area, notice_months, notice_rule, extension_months, decision_lead_days,"
        " notice_given_on, amends_id, programme, purpose, background, project_goals,"
        " project_funder, project_implementation FROM agreement ORDER BY start_date DESC, id",
        "SELECT agreement_id, organisation_id FROM party WHERE left_on IS NULL"
        " ORDER BY agreement_id, position",
        "SELECT id, name, kind FROM organisation",
        "SELECT agreement_id, min(due_date) FROM checkin WHERE status = 'planned'"
        " GROUP BY agreement_id",
        "SELECT p.agreement_id, group_concat(o.name || char(10) || p.registry_number, char(10))"
        " FROM party p JOIN organisation o ON o.id = p.organisation_id GROUP BY p.agreement_id",
        "SELECT agreement_id, group_concat(title || char(10) || description, char(10))"
        " FROM area GROUP BY agreement_id",
        "SELECT agreement_id, group_concat(heading || char(10) || text, char(10))"
        " FROM section GROUP BY agreement_id",
    ):
        conn.execute(query).fetchall()
    conn.close()
    return (time.perf_counter() - start) * 1000


def start_up(db: str, runs: int) -> dict[str, float]:
    """Medians: bare and app first paint, list loaded after the paint, RSS, the select floor."""
    # Measured as installed: pip compiles a wheel's bytecode on install, and
    # installer/setup.sh does it for a checkout (PYTHONDONTWRITEBYTECODE may be set).
    compileall.compile_dir(ROOT / "bibagreements", quiet=1)
    env = dict(os.environ, BIBAGREEMENTS_STARTUP_PROBE="1", LANG="sv_SE.UTF-8")
    app: list[dict[str, float]] = []
    bare: list[dict[str, float]] = []
    select: list[float] = []
    for _ in range(runs):  # alternate, so all see the same machine state
        bare.append(_run([sys.executable, "-c", BARE], env))
        app.append(_run([sys.executable, "main.py", "--db", db], env))
        select.append(_plain_select(db))
    return {
        "bare": statistics.median(r["shown"] for r in bare),
        "bare_rss": statistics.median(r["rss"] for r in bare),
        "shown": statistics.median(r["shown"] for r in app),
        "loaded": statistics.median(r["listed"] - r["shown"] for r in app),
        "idle": statistics.median(r["idle"] - r["shown"] for r in app),
        "rss": statistics.median(r["rss_listed"] for r in app),
        "rss_idle": statistics.median(r["rss"] for r in app),
        "select": statistics.median(select),
    }


def _keystrokes(word: str) -> list[str]:
    typed = [word[: i + 1] for i in range(len(word))]
    return [*typed, *reversed(typed[:-1]), ""]


def filtering(db_path: str, runs: int) -> dict[str, float]:
    """Per-keystroke milliseconds (median, worst) of the list's filter and of the floor."""
    from PySide6.QtCore import Qt  # noqa: TID251  (benchmarks the GUI)
    from PySide6.QtWidgets import QApplication, QTableView  # noqa: TID251  (benchmarks the GUI)

    import bibagreements.gui  # noqa: F401  (PySide6 refcount guard)
    from bibagreements.domain.enums import AgreementStatus
    from bibagreements.gui.agreement_model import (
        AgreementFilterProxy,
        AgreementTableModel,
        Column,
        Filters,
        View,
    )
    from bibagreements.gui.text_search import each_word_once
    from bibagreements.services.agreement_list import agreement_list
    from bibagreements.services.database import open_database

    app = QApplication.instance() or QApplication([])
    db = open_database(db_path)
    with db.unit_of_work() as uow:
        listed = agreement_list(uow)
    db.close()
    # As the window searches them once it has compacted them, a moment after the list
    # shows (before that the same rows match: about 47 ms at worst at 100,000).
    texts = each_word_once(listed.texts)
    word = listed.summaries[len(listed.summaries) // 2].title.split()[-1]  # "samverkan"…
    # (query, filters besides the text) per keystroke: each search from a fresh start.
    plain: list[tuple[str, dict[str, object]]] = [(q, {}) for q in _keystrokes(word)]
    plain += [("ö", {}), ("", {}), ("xyzzy", {}), ("", {}), ("organisation 12", {}), ("", {})]
    plain += [(q, {"status": AgreementStatus.ACTIVE}) for q in _keystrokes("barn")]
    plain += [(q, {"view": View.ENDING}) for q in _keystrokes("kompetens")]
    ours: list[float] = []
    floor: list[float] = []
    for run in range(runs):
        model = AgreementTableModel()
        model.set_agreements(listed.summaries, texts)
        proxy = AgreementFilterProxy()
        proxy.setSourceModel(model)
        view = QTableView()
        view.setModel(proxy)
        view.resize(1100, 600)
        view.show()
        if run % 2:
            proxy.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
        app.processEvents()
        for text, extra in plain:  # alternate ours and the floor, keystroke by keystroke
            t0 = time.perf_counter()
            proxy.set_filters(Filters(text=text, **extra))  # type: ignore[arg-type]
            app.processEvents()  # the view repaints what is visible
            ours.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            words = text.casefold().split()
            [t for t in texts if all(w in t for w in words)]
            floor.append((time.perf_counter() - t0) * 1000)
        view.close()
        del view, proxy, model
        gc.collect()
    return {
        "median": statistics.median(ours),
        "worst": max(ours),
        "floor_median": statistics.median(floor),
        "floor_worst": max(floor),
        "keystrokes": len(plain),
    }


def _database(size: int) -> str:
    from bibagreements.storage.database import open_database
    from tests.bench.synthetic import generate

    path = Path(tempfile.mkdtemp()) / f"bench_gui_{size}.sqlite3"
    db = open_database(str(path))
    generate(db, agreements=size, checkins_per_agreement=5, seed=1)
    db.close()
    return str(path)


def measure(sizes: tuple[int, ...], runs: int) -> dict[int, dict[str, float]]:
    results: dict[int, dict[str, float]] = {}
    for size in sizes:
        db = _database(size)
        few = max(3, runs // 2) if size >= 100_000 else runs  # 100k start-ups take seconds
        results[size] = start_up(db, few) | {
            f"filter_{k}": v for k, v in filtering(db, 2 if size >= 100_000 else 3).items()
        }
        Path(db).unlink()
    return results


def _figures(results: dict[int, dict[str, float]]) -> list[Figure]:
    out: list[Figure] = []
    for size, r in results.items():
        n = f"{size:,}"
        out += [
            ratio_at_most(
                f"window's first paint, {n} agreements", r["shown"], "ms",
                "bare PySide6 window's first paint", r["bare"], 1.3, COMMAND,
            ),
            at_most(
                f"list shown and searchable after the first paint, {n} agreements",
                r["loaded"], "ms", LOADED_WITHIN.get(size, 2000), COMMAND,
                "plain sqlite3 SELECT of the same rows and texts", r["select"],
            ),
            at_most(
                f"RSS with the list loaded, {n} agreements", r["rss"], "MiB", RSS_LIMIT,
                COMMAND, "bare PySide6 window", r["bare_rss"],
            ),
            at_most(
                f"filter per keystroke, median, {n} agreements", r["filter_median"], "ms",
                KEYSTROKE_LIMIT, COMMAND, "Python `in` over the same texts",
                r["filter_floor_median"],
            ),
            at_most(
                f"filter per keystroke, worst, {n} agreements", r["filter_worst"], "ms",
                KEYSTROKE_LIMIT, COMMAND, "Python `in` over the same texts",
                r["filter_floor_worst"],
            ),
        ]  # fmt: skip
    return out


def figures(quick: bool = False) -> list[Figure]:
    if quick:
        return _figures(measure((100, 10_000), 3))
    return _figures(measure(SIZES, 7))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    sizes = tuple(int(s) for s in args.sizes.split(","))
    results = measure(sizes, args.runs)
    for size, r in results.items():
        print(
            f"{size:>7,} agreements: first paint {r['shown']:.0f} ms = "
            f"{r['shown'] / r['bare']:.2f}× bare {r['bare']:.0f} ms; "
            f"list loaded {r['loaded']:.0f} ms after it (plain SELECT {r['select']:.0f} ms; "
            f"worker idle {r['idle']:.0f} ms); RSS {r['rss']:.1f} MiB listed, "
            f"{r['rss_idle']:.1f} idle (bare {r['bare_rss']:.1f}); filter per keystroke "
            f"median {r['filter_median']:.1f} ms, worst {r['filter_worst']:.1f} ms "
            f"(plain `in`: {r['filter_floor_median']:.1f} / {r['filter_floor_worst']:.1f}; "
            f"{r['filter_keystrokes']:.0f} keystrokes)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
