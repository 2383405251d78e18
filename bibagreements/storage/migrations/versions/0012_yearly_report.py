"""the yearly report: funding received, introductory sections, report history

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 20:20:00

A follow-up entry may record money received that year and from whom (the
report's Ekonomi); ``report_section`` keeps a year's free introductory
sections; ``report_record`` each written report with its checksum.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("followup", schema=None) as batch_op:
        batch_op.add_column(sa.Column("funding_sek", sa.Numeric(14, 2), nullable=True))
        batch_op.add_column(sa.Column("funder", sa.Text(), nullable=False, server_default=""))

    op.create_table(
        "report_section",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("heading", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_section")),
    )
    with op.batch_alter_table("report_section", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_section_year"), ["year"], unique=False)

    op.create_table(
        "report_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("archive", sa.Boolean(), nullable=False),
        sa.Column("agreements", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_record")),
    )
    with op.batch_alter_table("report_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_record_year"), ["year"], unique=False)


def downgrade() -> None:
    op.drop_table("report_record")
    op.drop_table("report_section")
    with op.batch_alter_table("followup", schema=None) as batch_op:
        batch_op.drop_column("funder")
        batch_op.drop_column("funding_sek")
