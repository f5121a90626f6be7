"""the partnership all year: partners, year-round and recurring events, outcomes, obligations

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 16:00:00

Community partners (and their part in agreements and events), events outside any Labor Rights
Week (`event.year` may be empty) held under an agreement, recurring events with their
cancelled and moved occurrences, assignments to one occurrence, outcomes of events, and the
obligations of agreements recorded as done. (Reserved as 0006; renumbered after the ui
stream's 0007 reached main first.)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _fk(name: str, columns: list[str], target: str, target_columns: list[str],
        ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(columns, [f"{target}.{c}" for c in target_columns],
                                   name=op.f(name), onupdate="CASCADE", ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "partner",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("state", sa.String(length=2), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("website", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
    )
    op.create_table(
        "agreement_partner",
        sa.Column("agreement_id", sa.String(length=64), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=False),
        _fk("fk_agreement_partner_agreement_id_agreement", ["agreement_id"], "agreement", ["id"],
            "CASCADE"),
        _fk("fk_agreement_partner_partner_id_partner", ["partner_id"], "partner", ["id"]),
        sa.PrimaryKeyConstraint("agreement_id", "partner_id", name=op.f("pk_agreement_partner")),
    )
    with op.batch_alter_table("agreement_partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_partner_partner_id"), ["partner_id"])
    op.create_table(
        "event_partner",
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=False),
        _fk("fk_event_partner_event_id_event", ["event_id"], "event", ["id"], "CASCADE"),
        _fk("fk_event_partner_partner_id_partner", ["partner_id"], "partner", ["id"]),
        sa.PrimaryKeyConstraint("event_id", "partner_id", name=op.f("pk_event_partner")),
    )
    with op.batch_alter_table("event_partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_partner_partner_id"), ["partner_id"])

    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.alter_column("year", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("agreement_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("recurrence", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("last_ends_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key(op.f("fk_event_agreement_id_agreement"), "agreement",
                                    ["agreement_id"], ["id"], onupdate="CASCADE",
                                    ondelete="SET NULL")
        batch_op.create_index(batch_op.f("ix_event_agreement_id"), ["agreement_id"])
        batch_op.create_index(batch_op.f("ix_event_last_ends_at"), ["last_ends_at"])

    op.create_table(
        "occurrence_change",
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("occurs_on", sa.Date(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True),
        _fk("fk_occurrence_change_event_id_event", ["event_id"], "event", ["id"], "CASCADE"),
        sa.PrimaryKeyConstraint("event_id", "occurs_on", name=op.f("pk_occurrence_change")),
    )
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("occurrence", sa.Date(), nullable=True))

    op.create_table(
        "outcome",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("occurrence", sa.Date(), nullable=True),
        sa.Column("people_reached", sa.Integer(), nullable=True),
        sa.Column("materials_distributed", sa.Integer(), nullable=True),
        sa.Column("materials_languages", sa.JSON(), nullable=False),
        sa.Column("referrals", sa.Integer(), nullable=True),
        sa.Column("cases_identified", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        _fk("fk_outcome_event_id_event", ["event_id"], "event", ["id"], "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome")),
    )
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outcome_event_id"), ["event_id"])
        batch_op.create_index("uq_outcome_event_occurrence", ["event_id", "occurrence"],
                              unique=True)
        batch_op.create_index("uq_outcome_event_whole", ["event_id"], unique=True,
                              sqlite_where=sa.text("occurrence IS NULL"),
                              postgresql_where=sa.text("occurrence IS NULL"))

    op.create_table(
        "obligation_done",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("agreement_id", sa.String(length=64), nullable=False),
        sa.Column("obligation", sa.String(length=100), nullable=False),
        sa.Column("period_starts", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("document", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        _fk("fk_obligation_done_agreement_id_agreement", ["agreement_id"], "agreement", ["id"],
            "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obligation_done")),
    )
    with op.batch_alter_table("obligation_done", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_obligation_done_agreement_id"), ["agreement_id"])
        batch_op.create_index("uq_obligation_done_period",
                              ["agreement_id", "obligation", "period_starts"], unique=True)
        batch_op.create_index("uq_obligation_done_once", ["agreement_id", "obligation"],
                              unique=True, sqlite_where=sa.text("period_starts IS NULL"),
                              postgresql_where=sa.text("period_starts IS NULL"))


def downgrade() -> None:
    # Events outside any campaign cannot exist before this revision: they go, with their parts.
    year_round = "SELECT id FROM event WHERE year IS NULL"
    for table in ("assignment", "event_office", "event_partner", "occurrence_change",
                  "outcome"):
        op.execute(f"DELETE FROM {table} WHERE event_id IN ({year_round})")
    op.execute("DELETE FROM event WHERE year IS NULL")
    op.drop_table("obligation_done")
    op.drop_table("outcome")
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_column("occurrence")
    op.drop_table("occurrence_change")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_last_ends_at"))
        batch_op.drop_index(batch_op.f("ix_event_agreement_id"))
        batch_op.drop_constraint(op.f("fk_event_agreement_id_agreement"), type_="foreignkey")
        batch_op.drop_column("last_ends_at")
        batch_op.drop_column("recurrence")
        batch_op.drop_column("agreement_id")
        batch_op.alter_column("year", existing_type=sa.Integer(), nullable=False)
    op.drop_table("event_partner")
    op.drop_table("agreement_partner")
    op.drop_table("partner")
