"""Defaults of the reminders that the command line's help shows.

Kept here, free of imports, so that ``--help`` does not load the services.
"""

from __future__ import annotations

# Days before a decision or notice deadline at which its reminders start.
DEFAULT_STAGES = (120, 60, 30)
# Check-ins due within this many days are listed.
DEFAULT_HORIZON_DAYS = 30
# Days a party has to return its signed copy before it is reminded of.
DEFAULT_SIGNATURE_DAYS = 14
# An agreement in force whose term ends within this many days "ends soon" (the
# list's view, the reminders).
ENDING_WITHIN_DAYS = 90
