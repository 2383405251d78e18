"""trust anchors for electronic signatures

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 22:00:00

The CA certificates the user trusts for the signatures on signed PDFs the
parties send back (the signing services the region uses); empty at first.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trust_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trust_anchor")),
        sa.UniqueConstraint("sha256", name=op.f("uq_trust_anchor_sha256")),
    )


def downgrade() -> None:
    op.drop_table("trust_anchor")
