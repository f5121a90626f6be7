"""versions, history, team users

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 15:20:00

A version on every editable record (a save based on an older one is refused), the append-only
history of every change, and the logins of a team database with their person.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

VERSIONED = ("office", "consulate", "person", "agreement", "campaign", "event", "assignment",
             "setting")


def _id() -> sa.types.TypeEngine:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    op.create_table(
        "history_change",
        sa.Column("id", _id(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("login", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("operation", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history_change")),
    )
    op.create_table(
        "history",
        sa.Column("id", _id(), autoincrement=True, nullable=False),
        sa.Column("change_id", _id(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("old", sa.JSON(), nullable=True),
        sa.Column("new", sa.JSON(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("parent_table", sa.String(length=40), nullable=True),
        sa.Column("parent_id", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["change_id"], ["history_change.id"],
                                name=op.f("fk_history_change_id_history_change")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history")),
    )
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_history_table_name"), ["table_name", "record_id"])
        batch_op.create_index(batch_op.f("ix_history_parent_table"),
                              ["parent_table", "parent_id"])
        batch_op.create_index(batch_op.f("ix_history_change_id"), ["change_id"])
    op.create_table(
        "team_user",
        sa.Column("login", sa.String(length=200), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_team_user_person_id_person"),
                                onupdate="CASCADE", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_team_user")),
    )
    op.create_table(
        "team_role",
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=63), nullable=False),
        sa.PrimaryKeyConstraint("role", name=op.f("pk_team_role")),
    )


def downgrade() -> None:
    op.drop_table("team_role")
    op.drop_table("team_user")
    op.drop_table("history")
    op.drop_table("history_change")
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
