"""The bulk import: the same rows as the one-at-a-time import it replaced, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

from tests.services.import_case import EXPECTED, run


def test_the_import_stores_exactly_what_the_one_at_a_time_import_stored(tmp_path: Path) -> None:
    # EXPECTED was written by the import before the bulk one (import_case.py says how).
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    outcome = run(tmp_path)
    assert outcome["results"] == expected["results"]
    for table, rows in expected["tables"].items():
        assert outcome["tables"][table] == rows, table
    assert outcome["tables"].keys() == expected["tables"].keys()
