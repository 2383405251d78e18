"""Benchmark: eight coordinators on one PostgreSQL server at once, and no update lost.

Run (pytest does not collect it; it needs the throwaway server, or any empty one):

    eval "$(bash installer/throwaway-postgres.sh)"
    .venv/bin/python tests/bench/bench_team.py [--seconds 60] [--clients 8]

Each client has its own connection and loops over what a coordinator does:
save an agreement's field (read, change, save against the version read),
record a check-in's notes, add to a follow-up entry's count that every client
shares (read, add one, save; a refusal because a colleague saved first is
read again and retried), list the register, and render a PDF. Reported: the
time per operation with eight clients beside one client alone (the floor,
the same loop, measured in the same run), the slowest single operation, and
the lost updates: the shared count must equal the additions saved.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bibagreements.domain.enums import DocumentFormat  # noqa: E402
from bibagreements.domain.records import FollowUp  # noqa: E402
from bibagreements.errors import ConflictError  # noqa: E402
from bibagreements.services.agreements import get_agreement, list_agreements, save_agreement  # noqa: E402
from bibagreements.services.demo import load_demo  # noqa: E402
from bibagreements.services.documents import render_agreement  # noqa: E402
from bibagreements.services.followups import agreement_followups, save_followup  # noqa: E402
from bibagreements.services.schedule import list_checkins, record_checkin  # noqa: E402
from bibagreements.storage.database import Database, open_database  # noqa: E402
from tests.bench.figures import Figure, at_most, ratio_at_most  # noqa: E402
from tests.databases import reset_postgresql  # noqa: E402

COMMAND = ".venv/bin/python tests/bench/bench_team.py"
TODAY = date(2021, 12, 15)


@dataclass
class Tally:
    operations: int = 0
    slowest_ms: float = 0.0
    added: int = 0  # additions to the shared count that were saved
    refused: int = 0  # saves refused because a colleague saved first (then retried)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def took(self, seconds: float) -> None:
        with self.lock:
            self.operations += 1
            self.slowest_ms = max(self.slowest_ms, seconds * 1000)


def _shared_count(db: Database, agreement_id: int) -> int:
    with db.unit_of_work() as uow:
        (entry,) = [e for e in agreement_followups(uow, agreement_id) if e.year == 2099]
        return int(entry.outcome)


def _client(url: str, number: int, until: float, tally: Tally, folder: Path) -> None:
    db = open_database(url, migrate=False)
    try:
        with db.unit_of_work() as uow:
            ids = [a.id or 0 for a in list_agreements(uow)]
        shared = ids[0]
        mine = ids[number % len(ids)]

        def save_field() -> None:
            with db.unit_of_work() as uow:
                a = get_agreement(uow, mine)
            with db.unit_of_work() as uow:
                save_agreement(uow, replace(a, short_title=f"Kort {time.time():.3f}"))

        def record() -> None:
            with db.unit_of_work() as uow:
                checkins = list_checkins(uow, mine)
            c = checkins[number % len(checkins)]
            with db.unit_of_work() as uow:
                record_checkin(
                    uow, c.id or 0, c.due, notes=f"Klient {number}", today=max(TODAY, c.due),
                    version=c.version,
                )  # fmt: skip

        def add_one() -> None:
            while True:
                with db.unit_of_work() as uow:
                    (entry,) = [e for e in agreement_followups(uow, shared) if e.year == 2099]
                try:
                    with db.unit_of_work() as uow:
                        save_followup(uow, replace(entry, outcome=str(int(entry.outcome) + 1)))
                except ConflictError:
                    with tally.lock:
                        tally.refused += 1
                    continue
                with tally.lock:
                    tally.added += 1
                return

        def listing() -> None:
            with db.unit_of_work() as uow:
                list_agreements(uow)

        def render() -> None:
            with db.unit_of_work() as uow:
                render_agreement(uow, mine, DocumentFormat.PDF, folder / f"c{number}.pdf")

        work: list[Callable[[], None]] = [save_field, record, add_one, listing, render]
        step = 0
        while time.perf_counter() < until:
            start = time.perf_counter()
            # A colleague recorded the same check-in first: refused, as it should be.
            with contextlib.suppress(ConflictError):
                work[step % len(work)]()
            tally.took(time.perf_counter() - start)
            step += 1
    finally:
        db.close()


def run(url: str, clients: int, seconds: float) -> tuple[Tally, float, int]:
    """(what the clients did, seconds per operation, the shared count at the end)."""
    reset_postgresql()
    db = open_database(url)
    try:
        with db.unit_of_work() as uow:
            load_demo(uow)
            first = list_agreements(uow)[0].id or 0
            save_followup(uow, FollowUp(first, 2099, outcome="0"))
        tally = Tally()
        with tempfile.TemporaryDirectory() as folder:
            until = time.perf_counter() + seconds
            threads = [
                threading.Thread(target=_client, args=(url, n, until, tally, Path(folder)))
                for n in range(clients)
            ]
            began = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - began
        return tally, elapsed / max(tally.operations, 1), _shared_count(db, first)
    finally:
        db.close()


def figures(quick: bool = False, seconds: float | None = None, clients: int = 8) -> list[Figure]:
    url = os.environ.get("BIBAGREEMENTS_TEST_PG", "")
    if not url:
        print("bench_team: BIBAGREEMENTS_TEST_PG is not set; skipped", file=sys.stderr)
        return []
    length = seconds or (10.0 if quick else 60.0)
    alone, alone_per_op, _ = run(url, 1, length / 3)
    team, per_op, count = run(url, clients, length)
    lost = team.added - count
    what = f"{clients} clients for {length:g} s on one PostgreSQL server"
    print(
        f"bench_team: {team.operations} operations ({team.operations / length:.0f}/s), "
        f"{team.refused} saves refused and retried, shared count {count} of {team.added}",
        file=sys.stderr,
    )
    return [
        ratio_at_most(
            f"{what}: time per operation (save, record, shared count, list, render)",
            per_op * 1000, "ms", "one client alone, the same loop", alone_per_op * 1000,
            1.5, COMMAND,
        ),
        at_most(f"{what}: slowest single operation", team.slowest_ms, "ms", 2000.0, COMMAND,
                "one client alone", alone.slowest_ms),
        at_most(f"{what}: updates lost ({team.added} additions to one shared entry)",
                float(lost), "", 0.0, COMMAND),
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    for f in figures(seconds=args.seconds, clients=args.clients):
        ratio = f" ({f.ratio:.2f}× floor)" if f.ratio is not None else ""
        print(f"{f.what}: {f.value:.3g} {f.unit}{ratio}, target {f.target}: "
              f"{'met' if f.met else 'NOT MET'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
