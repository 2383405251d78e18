"""record over time: frozen versions, amendments, notice terms

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 22:00:00

* agreement_version: what a version's documents say, frozen when it goes out
  for signature (its number, when, and the document model per language);
* an amendment (kind "amendment") names the agreement it amends and the new
  end date it gives; a party of an amendment may be one that leaves, and a
  party of the amended agreement may have left by one;
* notice terms: notice period and rule, automatic extension, the internal
  decision lead time, and when notice was given;
* a rendering records the frozen version it shows.

Existing agreements get none of these (NULL); nothing is frozen here: a signed
agreement of an earlier version is frozen the first time its document is made.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("amends_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("new_end_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("notice_months", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("notice_rule", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("extension_months", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("decision_lead_days", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("notice_given_on", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_agreement_amends_id"), ["amends_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_agreement_amends_id_agreement"),
            "agreement",
            ["amends_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("leaves", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("left_on", sa.Date(), nullable=True))
    with op.batch_alter_table("rendering", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version_number", sa.Integer(), nullable=True))
    op.create_table(
        "agreement_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("frozen_at", sa.DateTime(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_version_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_version")),
        sa.UniqueConstraint(
            "agreement_id", "number", name=op.f("uq_agreement_version_agreement_id")
        ),
    )
    with op.batch_alter_table("agreement_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_version_agreement_id"), ["agreement_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("agreement_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_version_agreement_id"))
    op.drop_table("agreement_version")
    with op.batch_alter_table("rendering", schema=None) as batch_op:
        batch_op.drop_column("version_number")
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.drop_column("left_on")
        batch_op.drop_column("leaves")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_agreement_amends_id_agreement"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_agreement_amends_id"))
        for column in (
            "notice_given_on",
            "decision_lead_days",
            "extension_months",
            "notice_rule",
            "notice_months",
            "new_end_date",
            "amends_id",
        ):
            batch_op.drop_column(column)
