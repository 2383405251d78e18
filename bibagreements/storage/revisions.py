"""Every schema revision this version knows, oldest first; the last is the head.

Kept apart from the migrations so that opening an up-to-date database imports
neither Alembic nor, for a direct read (storage.direct_sqlite), SQLAlchemy; a
test checks the list against the migration scripts.
"""

from __future__ import annotations

SCHEMA_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
    "0014",
)
HEAD_REVISION = SCHEMA_REVISIONS[-1]
