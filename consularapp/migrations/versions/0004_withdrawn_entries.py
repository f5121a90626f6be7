"""withdrawn calendar entries

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "withdrawn_entry",
        sa.Column("uid", sa.String(length=300), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.String(length=64), nullable=True),
        sa.Column("scopes", sa.JSON(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["year"],
            ["campaign.year"],
            name=op.f("fk_withdrawn_entry_year_campaign"),
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_withdrawn_entry")),
    )
    with op.batch_alter_table("withdrawn_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_withdrawn_entry_year"), ["year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("withdrawn_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_withdrawn_entry_year"))
    op.drop_table("withdrawn_entry")
