"""Check-in scheduling: Swedish working days, due dates and re-planning (no database, no Qt)."""

from bibagreements.scheduling.schedule import (
    ExistingCheckin,
    RegenerationPlan,
    due_dates,
    nominal_due_dates,
    plan_regeneration,
)
from bibagreements.scheduling.working_days import (
    is_working_day,
    next_working_day,
    non_working_reason,
    previous_working_day,
)

__all__ = [
    "ExistingCheckin",
    "RegenerationPlan",
    "due_dates",
    "is_working_day",
    "next_working_day",
    "nominal_due_dates",
    "non_working_reason",
    "plan_regeneration",
    "previous_working_day",
]
