"""check-in event UIDs and removals

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 01:40:00

Check-ins added by hand get a stored calendar UID. Those that exist already
keep the ID-based UID earlier exports gave them (domain.event_uids), so a
calendar that imported one updates the event instead of doubling it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkin_removal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("event_uid", sa.String(length=255), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_checkin_removal_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_removal")),
        sa.UniqueConstraint(
            "agreement_id", "event_uid", name=op.f("uq_checkin_removal_agreement_id")
        ),
    )
    with op.batch_alter_table("checkin_removal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkin_removal_agreement_id"), ["agreement_id"], unique=False
        )
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.add_column(sa.Column("event_uid", sa.String(length=255), nullable=True))

    # The UID earlier exports gave a check-in added by hand (domain.event_uids.id_based_uid).
    op.execute(
        sa.text(
            "UPDATE checkin SET event_uid = 'checkin-' || "
            "(SELECT agreement.uid FROM agreement WHERE agreement.id = checkin.agreement_id)"
            " || '-id' || CAST(checkin.id AS VARCHAR(20)) || '@bibagreements' "
            "WHERE scheduled_on IS NULL"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("checkin", schema=None) as batch_op:
        batch_op.drop_column("event_uid")
    with op.batch_alter_table("checkin_removal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_removal_agreement_id"))
    op.drop_table("checkin_removal")
