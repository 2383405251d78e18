"""signature dispatch: which frozen version went to which party for signature, and when

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 17:50:00

A signing round sends the frozen version's PDF to each party's signatory; the
sending is recorded per party so that a copy not returned in time is reminded.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signature_dispatch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("version_number", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_signature_dispatch_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_signature_dispatch_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signature_dispatch")),
    )
    with op.batch_alter_table("signature_dispatch", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signature_dispatch_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_signature_dispatch_organisation_id"), ["organisation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("signature_dispatch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signature_dispatch_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_signature_dispatch_agreement_id"))
    op.drop_table("signature_dispatch")
