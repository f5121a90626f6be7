"""demo record: what the demonstration data wrote

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-03 15:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "demo_record",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id"),
    )


def downgrade() -> None:
    op.drop_table("demo_record")
