"""Example data: the Skåne–Kristianstad agreement of 2019, a county framework, two templates.

The agreements are an interchange file, resources/examples/examples.json,
loaded through the normal import. Facts (titles, periods, plans, places,
dates, official names and organisation numbers) follow the real agreements
and registers; all running text is our own wording and every person is
fictional. Loading is idempotent: each agreement has a fixed uid and is
skipped when present.

The example region has a house style of its own (resources/examples/
demo-house-style.json, with a logo of our own making), added when it has none;
the example agreements go out in it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from bibagreements.paths import resource_path
from bibagreements.services.interchange import import_data, read_interchange_file
from bibagreements.storage.database import UnitOfWork
from bibagreements.storage.models import AgreementRow, AgreementVersionRow

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
    """Add the example agreements that are not there yet (and the region's house style)."""
    data = read_interchange_file(examples_file())
    titles = {item["uid"]: item["title"] for item in data["agreements"]}
    _demo_house_style(uow)
    result = import_data(uow, data)
    _restyle_frozen(uow, result.created_uids)
    return DemoResult(
        tuple(titles[uid] for uid in result.created_uids),
        tuple(titles[uid] for uid in result.skipped_uids),
    )


def _demo_house_style(uow: UnitOfWork) -> None:
    """The example region's house style, unless it has one (the user's is never replaced)."""
    from bibagreements.services.house_styles import (
        HouseStyleChange,
        check_logo,
        find_house_style,
        set_house_style,
    )

    spec = json.loads(resource_path("examples", "demo-house-style.json").read_text("utf-8"))
    if find_house_style(uow, spec["organisation"]) is not None:
        return
    logo = resource_path("examples", spec["logo"]).read_bytes()
    change = HouseStyleChange(
        letterhead="\n".join(spec["letterhead"]),
        footer=spec["footer"],
        accent_colour=spec["accent_colour"],
        font=spec["font"],
        numbering=spec["numbering"],
        logo=check_logo(logo, spec["logo"]),
    )
    set_house_style(uow, spec["organisation"], change, version=None)


def _restyle_frozen(uow: UnitOfWork, uids: tuple[str, ...] | list[str]) -> None:
    """The import froze the new example agreements without a house style: freeze them
    again, in the same unit of work, as going out for signature would have."""
    from bibagreements.services.agreements import get_agreement
    from bibagreements.services.house_styles import styling_for
    from bibagreements.services.versions import frozen_content

    if not uids:
        return
    ids = uow.session.scalars(select(AgreementRow.id).where(AgreementRow.uid.in_(list(uids))))
    for agreement_id in ids:
        agreement = get_agreement(uow, agreement_id)
        styling = styling_for(uow, (party.name for party in agreement.parties))
        if styling.look is None:
            continue
        query = select(AgreementVersionRow).where(AgreementVersionRow.agreement_id == agreement_id)
        for version in uow.session.scalars(query):
            version.content = frozen_content(agreement, version.number, version.frozen_at, styling)
    uow.session.flush()
