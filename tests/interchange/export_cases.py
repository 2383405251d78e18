"""The exports whose bytes tests/interchange/test_export_bytes.py holds to the fixtures.

The fixtures (tests/interchange/fixtures/export-*.json.gz) were written by the
export as it was before it streamed (commit 8e838d1: one get_agreement per
agreement, the whole document dumped at once), by ``python -m
tests.interchange.export_cases``. Only the two lines that name the moment and
the program's version are set to fixed values, here and in the fixtures.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from bibagreements.json_text import dumps
from bibagreements.services.interchange import agreement_data, export_to_file
from bibagreements.storage.database import Database, UnitOfWork, open_database
from bibagreements.storage.models import (
    AgreementRow,
    AgreementTemplateRow,
    ClauseRow,
    FollowUpRow,
    HouseStyleRow,
)

FIXTURES = Path(__file__).with_name("fixtures")
TODAY = date(2026, 1, 1)
CHOSEN = [190, 99, 143, 5, 99, 36]  # out of order, one twice; parents and predecessors follow
SHOWN = (117, 130, 45)  # an amendment, a project, one with versions


def pinned(text: str) -> str:
    """``text`` with its export moment and program version set to fixed values."""
    text, moments = re.subn(r'\n  "exported_at": "[^"]*",\n', '\n  "exported_at": "T",\n', text)
    text, programs = re.subn(r'\n  "exported_by": "[^"]*",\n', '\n  "exported_by": "P",\n', text)
    assert moments == programs == 1, "an export names its moment and program once"
    return text


class _Frozen(datetime):
    @classmethod
    def now(cls, tz: Any = None) -> _Frozen:
        return cls(2025, 5, 6, 7, 8, 9)


@contextmanager
def frozen_versions() -> Iterator[None]:
    """Versions frozen while loading the demo carry a fixed moment."""
    import bibagreements.services.versions as versions

    kept = versions.datetime
    versions.datetime = _Frozen  # type: ignore[misc]
    try:
        yield
    finally:
        versions.datetime = kept  # type: ignore[misc]


def demo_database(folder: Path) -> Database:
    from bibagreements.services.demo import load_demo

    db = open_database(str(folder / "demo.sqlite3"))
    with frozen_versions(), db.unit_of_work() as uow:
        load_demo(uow)
        # The fixture is of the register before the examples had a library (version 2):
        # without it, the export must still be what it was, byte for byte. The
        # versions frozen in the house style keep it; only the register's own goes.
        uow.session.execute(delete(ClauseRow))
        uow.session.execute(delete(AgreementTemplateRow))
        uow.session.execute(delete(HouseStyleRow))
        # Nor had the examples recorded money received on a follow-up entry.
        uow.session.execute(delete(FollowUpRow).where(FollowUpRow.funding_sek.is_not(None)))
    return db


def rich_database(folder: Path) -> Database:
    from tests.interchange.rich_register import make_rich_register

    db = open_database(str(folder / "rich.sqlite3"))
    make_rich_register(db)
    return db


def _file(uow: UnitOfWork, folder: Path, ids: list[int] | None, today: date | None) -> str:
    target = folder / "export.json"
    export_to_file(uow, target, ids, today)
    return pinned(target.read_bytes().decode("utf-8"))


def _shown(uow: UnitOfWork, ids: tuple[int, ...]) -> str:
    return "".join(dumps(agreement_data(uow, i, TODAY)) for i in ids)


def _demo_shown(uow: UnitOfWork) -> str:
    ids = tuple(uow.session.scalars(select(AgreementRow.id).order_by(AgreementRow.id)))
    return _shown(uow, ids)


# name: (database, what is exported)
CASES: dict[str, tuple[Callable[[Path], Database], Callable[[UnitOfWork, Path], str]]] = {
    "demo": (demo_database, lambda uow, f: _file(uow, f, None, TODAY)),
    "demo-2020": (demo_database, lambda uow, f: _file(uow, f, None, date(2020, 6, 1))),
    "demo-shown": (demo_database, lambda uow, f: _demo_shown(uow)),
    "rich": (rich_database, lambda uow, f: _file(uow, f, None, TODAY)),
    "rich-chosen": (rich_database, lambda uow, f: _file(uow, f, CHOSEN, TODAY)),
    "rich-shown": (rich_database, lambda uow, f: _shown(uow, SHOWN)),
}


def export_case(name: str, folder: Path) -> str:
    make, export = CASES[name]
    db = make(folder)
    try:
        with db.unit_of_work() as uow:
            return export(uow, folder)
    finally:
        db.close()


def fixture(name: str) -> str:
    return gzip.decompress((FIXTURES / f"export-{name}.json.gz").read_bytes()).decode("utf-8")


def main() -> int:
    """Write the fixtures with the export as the code now stands."""
    import tempfile

    FIXTURES.mkdir(exist_ok=True)
    for name in CASES:
        with tempfile.TemporaryDirectory() as folder:
            text = export_case(name, Path(folder))
        data = gzip.compress(text.encode("utf-8"), mtime=0)
        (FIXTURES / f"export-{name}.json.gz").write_bytes(data)
        print(f"{name}: {len(text.encode())} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
