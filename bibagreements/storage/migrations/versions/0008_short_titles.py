"""short titles

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 15:00:00

A short title of an agreement's own (kortnamn, e.g. "Kristianstad 2019"): the
agreement list, the document footer and the timeline show it when it is set.
It is not part of the signed text. Existing agreements get none ("").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("short_title", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_column("short_title")
