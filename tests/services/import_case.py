"""The import equivalence case: two files imported one after the other, and a dump.

``python tests/services/import_case.py`` (re)writes the expected dump with the
code of the day; it was first written by the one-agreement-at-a-time import
that the bulk import replaced, and the bulk import must give the same.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CASE = HERE / "data" / "import_case.json"
EXPECTED = HERE / "data" / "import_expected.json"
TODAY = date(2026, 12, 2)

# Columns the program fills with the time of the import: not part of what is compared.
_CLOCK_COLUMNS = {"created_at", "updated_at", "removed_at"}
_NOW = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}")
_RANDOM_UID = re.compile(r"-[0-9a-f]{32}@bibagreements$")  # a check-in added by hand


def dump(path: Path, started: datetime) -> dict[str, list[list[Any]]]:
    """Every table's rows (by ID) without the clock's columns.

    A version frozen during the import (not signed by every party) is frozen
    at that moment: such times, in frozen_at and in the content, read "<now>";
    the random part of a calendar UID made on the way in reads "<random>".
    """

    def plain(value: Any) -> Any:
        if isinstance(value, str):
            value = _RANDOM_UID.sub("-<random>@bibagreements", value)
            return _NOW.sub(
                lambda m: (
                    "<now>"
                    if m.group(0).replace("T", " ") >= f"{started:%Y-%m-%d %H:%M:%S}"
                    else m.group(0)
                ),
                value,
            )
        return value

    tables: dict[str, list[list[Any]]] = {}
    with closing(sqlite3.connect(path)) as conn:
        names = [
            n
            for (n,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
            if n not in ("alembic_version",) and not n.startswith("sqlite_")
        ]
        for name in names:
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info({name})")]
            kept = [c for c in columns if c not in _CLOCK_COLUMNS]
            rows = conn.execute(f"SELECT {', '.join(kept)} FROM {name} ORDER BY id").fetchall()
            tables[name] = [kept, *([plain(v) for v in row] for row in rows)]
    return tables


def run(folder: Path) -> dict[str, Any]:
    """Import the case's files into a new database; the results and the dump."""
    from bibagreements.domain import clock
    from bibagreements.services.interchange import import_file
    from tests.databases import fresh_database

    clock.set_today(TODAY)
    documents = json.loads(CASE.read_text(encoding="utf-8"))
    db = fresh_database(folder / "case.sqlite3")
    started = datetime.now().replace(microsecond=0)
    results = []
    try:
        for k, document in enumerate(documents):
            file = folder / f"case-{k}.json"
            file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
            with db.unit_of_work() as uow:
                results.append(import_file(uow, file).__dict__)
    finally:
        db.close()
        clock.set_today(None)
    return {
        "results": json.loads(json.dumps(results)),
        "tables": dump(db.sqlite_path or Path(), started),
    }


if __name__ == "__main__":
    import tempfile

    sys.path.insert(0, str(HERE.parents[1]))
    with tempfile.TemporaryDirectory() as folder:
        outcome = run(Path(folder))
    EXPECTED.write_text(json.dumps(outcome, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {EXPECTED}: {[len(rows) - 1 for rows in outcome['tables'].values()]}")
