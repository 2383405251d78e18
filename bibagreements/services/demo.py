"""Example data: the Skåne–Kristianstad agreement of 2019, a county framework, two templates.

The agreements are an interchange file, resources/examples/examples.json,
loaded through the normal import. Facts (titles, periods, plans, places,
dates, official names and organisation numbers) follow the real agreements
and registers; all running text is our own wording and every person is
fictional. Loading is idempotent: each agreement has a fixed uid and is
skipped when present.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bibagreements.paths import resource_path
from bibagreements.services.interchange import import_data, read_interchange_file
from bibagreements.storage.database import UnitOfWork

# The example agreements' uids, title and dates, as the file has them (a test checks).
REFERENCE_UID = "5d0c1f3e-2019-4b1a-9c3e-000000000001"
FRAMEWORK_UID = "5d0c1f3e-2020-4b1a-9c3e-000000000002"
PROJECT_UID = "5d0c1f3e-2021-4b1a-9c3e-000000000003"

# The example templates' names (the file's library also holds a few clauses).
COOPERATION_TEMPLATE = "Överenskommelse om samarbete"
FRAMEWORK_TEMPLATE = "Samverkansavtal för gemensam tjänst i länet"

FIRST_FRAMEWORK_CHECKIN_HELD = date(2021, 1, 12)

REFERENCE_TITLE = (
    "Överenskommelse om samarbete mellan Region Skånes kulturförvaltning "
    "och Biblioteken i Kristianstad"
)


def examples_file() -> Path:
    return resource_path("examples", "examples.json")


@dataclass(frozen=True)
class DemoResult:
    """The titles of the example agreements added and of those already there."""

    created: tuple[str, ...]
    already_present: tuple[str, ...]


def load_demo(uow: UnitOfWork) -> DemoResult:
    """Add the example agreements that are not there yet."""
    data = read_interchange_file(examples_file())
    titles = {item["uid"]: item["title"] for item in data["agreements"]}
    result = import_data(uow, data)
    return DemoResult(
        tuple(titles[uid] for uid in result.created_uids),
        tuple(titles[uid] for uid in result.skipped_uids),
    )
