"""Calendar UIDs of check-ins: the same check-in is the same event in every export.

* A generated check-in: its agreement's ``uid`` plus ``scheduled_on``, the
  date the schedule generated it for. Kept when the check-in is moved, and a
  re-plan that drops and later re-creates the date gives it the same UID.
* A check-in added by hand: a random UID stored with it (``event_uid``) and
  carried by the interchange file, so it survives a move to another database.
  Check-ins added by hand before the UID was stored keep the ID-based UID they
  were exported with (the migration stores it).
"""

from __future__ import annotations

import re
import uuid
from datetime import date

from bibagreements.domain.problems import Problem

# RFC 5545 allows any text; ours and those we accept are printable ASCII without
# spaces, so that a UID never needs escaping or folding surprises in a calendar.
UID_PATTERN = re.compile(r"[!-~]{1,255}")


def generated_uid(agreement_uid: str, scheduled_on: date) -> str:
    return f"checkin-{agreement_uid}-{scheduled_on:%Y%m%d}@bibagreements"


def id_based_uid(agreement_uid: str, checkin_id: int) -> str:
    """The UID of check-ins added by hand before ``event_uid`` was stored."""
    return f"checkin-{agreement_uid}-id{checkin_id}@bibagreements"


def new_manual_uid(agreement_uid: str) -> str:
    return f"checkin-{agreement_uid}-{uuid.uuid4().hex}@bibagreements"


def uid_problem(uid: str) -> Problem | None:
    """What is wrong with ``uid`` (a problem of the value, without a path), if anything."""
    if UID_PATTERN.fullmatch(uid) is None:
        return Problem("bad_event_uid")
    return None
