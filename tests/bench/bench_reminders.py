"""Benchmark: the reminders query over 10,000 agreements and 50,000 check-ins.

Target: at most 20 ms per answer. Run (pytest does not collect it):

    .venv/bin/python tests/bench/bench_reminders.py [--agreements N] [--runs N]

``figures(quick)`` gives one figure per register below (2,000 agreements when
quick), each beside its floor measured alternately in the same unit of work: a
plain Core select of the planned check-ins due within the horizon with their
agreement's title, the rows behind most reminders, as tuples.

Three registers, all from tests/bench/synthetic.py:

* as generated: a register kept roughly up to date (past agreements ended,
  97 % of past check-ins recorded, drafts only for the coming half year), yet
  with hundreds of items needing attention on the day;
* maintained: the same register after its coordinators caught up (check-ins
  more than 60 days old recorded, agreements that ended marked ended), the
  state the reminders exist to keep it in;
* tidy: maintained, and every party has a contact person and no draft is
  stale, so only the check-ins and endings of the coming weeks remain.

The query reads only the rows it reports, so its time follows the number of
reminders, not the size of the register; it prints that number too.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from time import perf_counter

from sqlalchemy import select, update

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bibagreements.domain.defaults import DEFAULT_HORIZON_DAYS  # noqa: E402
from bibagreements.domain.enums import AgreementStatus, CheckinStatus  # noqa: E402
from bibagreements.services.reminders import list_reminders  # noqa: E402
from bibagreements.storage.database import Database, UnitOfWork, open_database  # noqa: E402
from bibagreements.storage.models import AgreementRow, CheckinRow, PartyRow  # noqa: E402
from tests.bench.figures import Figure, alternate, at_most, median  # noqa: E402
from tests.bench.synthetic import generate  # noqa: E402

COMMAND = ".venv/bin/python tests/bench/bench_reminders.py"

TARGET_MS = 20.0
# The synthetic register's "now": a day with years of history behind it.
TODAY = date(2026, 1, 1)


def catch_up(db: Database, today: date) -> None:
    """What coordinators acting on their reminders would have done by ``today``."""
    with db.engine.begin() as conn:
        old = today - timedelta(days=60)
        conn.execute(
            update(CheckinRow)
            .where(CheckinRow.status == CheckinStatus.PLANNED, CheckinRow.due_date < old)
            .values(status=CheckinStatus.HELD, held_on=CheckinRow.due_date)
        )
        conn.execute(
            update(AgreementRow)
            .where(
                AgreementRow.status == AgreementStatus.ACTIVE,
                AgreementRow.end_date < today - timedelta(days=30),
            )
            .values(status=AgreementStatus.ENDED)
        )


def tidy_up(db: Database, today: date) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            update(PartyRow)
            .where(PartyRow.contact_person_id.is_(None))
            .values(contact_person_id=PartyRow.signatory_id)
        )
        conn.execute(
            update(AgreementRow)
            .where(AgreementRow.status == AgreementStatus.DRAFT)
            .values(updated_at=datetime.combine(today, time(9)))
        )


def measure(db: Database, runs: int) -> tuple[list[float], Counter[str]]:
    with db.unit_of_work() as uow:
        items = list_reminders(uow, TODAY)  # warm-up: statement cache, page cache
        samples: list[float] = []
        for _ in range(runs):
            t0 = perf_counter()
            list_reminders(uow, TODAY)
            samples.append((perf_counter() - t0) * 1000)
    return samples, Counter(r.kind.value for r in items)


def due_checkins(uow: UnitOfWork) -> list[tuple[object, ...]]:
    """The floor: planned check-ins due within the horizon and their agreement's title."""
    query = (
        select(CheckinRow.id, CheckinRow.agreement_id, CheckinRow.due_date, AgreementRow.title)
        .join(AgreementRow, AgreementRow.id == CheckinRow.agreement_id)
        .where(
            CheckinRow.status == CheckinStatus.PLANNED,
            CheckinRow.due_date <= TODAY + timedelta(days=DEFAULT_HORIZON_DAYS),
        )
    )
    return [tuple(row) for row in uow.session.connection().execute(query)]


def _ms(func: Callable[[], object]) -> Callable[[], float]:
    def measure() -> float:
        t0 = perf_counter()
        func()
        return (perf_counter() - t0) * 1000

    return measure


def figure(db: Database, label: str, agreements: int, runs: int) -> Figure:
    with db.unit_of_work() as uow:
        count = len(list_reminders(uow, TODAY))  # warm-up: statement cache, page cache
        due_checkins(uow)
        ours, floor = alternate(
            runs, _ms(lambda: list_reminders(uow, TODAY)), _ms(lambda: due_checkins(uow))
        )
    return at_most(
        f"reminders over {agreements:,} agreements, {label} ({count} reminders)",
        median(ours),
        "ms",
        TARGET_MS,
        COMMAND,
        floor="Core select of the check-ins due, with titles",
        floor_value=median(floor),
    )


def figures(quick: bool = False) -> list[Figure]:
    agreements, runs = (2_000, 15) if quick else (10_000, 50)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "bench.sqlite3"))
        try:
            generate(db, agreements, 5)
            result = [figure(db, "as generated", agreements, runs)]
            catch_up(db, TODAY)
            result.append(figure(db, "maintained", agreements, runs))
            tidy_up(db, TODAY)
            result.append(figure(db, "tidy", agreements, runs))
        finally:
            db.close()
    return result


def report(label: str, samples: list[float], kinds: Counter[str]) -> float:
    median = statistics.median(samples)
    q = statistics.quantiles(samples, n=10)
    detail = ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
    verdict = "met" if median < TARGET_MS else "missed"
    print(f"{label}: {sum(kinds.values())} reminders ({detail})")
    print(
        f"    median {median:.1f} ms (p10 {q[0]:.1f}, p90 {q[-1]:.1f}); "
        f"target {TARGET_MS:.0f} ms {verdict}"
    )
    return median


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agreements", type=int, default=10_000)
    parser.add_argument("--checkins-per-agreement", type=int, default=5)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args(argv)
    print(
        f"{args.agreements} agreements, {args.agreements * args.checkins_per_agreement} "
        f"check-ins, today {TODAY}, list_reminders in an open unit of work, {args.runs} runs"
    )
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "bench.sqlite3"))
        try:
            generate(db, args.agreements, args.checkins_per_agreement)
            report("as generated", *measure(db, args.runs))
            catch_up(db, TODAY)
            report("maintained", *measure(db, args.runs))
            tidy_up(db, TODAY)
            report("tidy", *measure(db, args.runs))
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
