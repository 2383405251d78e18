"""development areas

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 01:00:00

The development area (utvecklingsområde) an agreement serves: the yearly
follow-up report is organised by it. Existing agreements get none ("").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("development_area", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_column("development_area")
