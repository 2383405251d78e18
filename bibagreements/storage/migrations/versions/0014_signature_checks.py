"""the validation result kept with a signed copy

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 23:00:00

A signed PDF received back or signed here keeps what its signatures were
found to be when it came in (signer, serial, time, trusted, intact, which
frozen version), as JSON; a scan has none.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signed_copy") as batch:
        batch.add_column(sa.Column("signatures", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("signed_copy") as batch:
        batch.drop_column("signatures")
