"""the public pool: a team's pool rules (one row of its pool); on each account when the
rules last returned it, from whom, why and on which due day, and who claimed it on which
day; the two-way conversations by day (the sweep reads those since a day)

Revision ID: 0015_pool
Revises: 0014_intake
Create Date: 2026-12-03 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_pool"
down_revision = "0014_intake"
branch_labels = None
depends_on = None

#: A live two-way conversation, as crmdesk.store.models writes it (its partial indexes'
#: WHERE, which a query's terms repeat word for word).
_TWO_WAY = ("kind IN ('call', 'email', 'meeting', 'sms', 'visit') "
            "AND outcome IN ('interested', 'meeting_booked', 'not_interested', 'quote_requested', 'reached')")


def upgrade() -> None:
    op.create_table(
        "pool_rules",
        sa.Column("no_contact_days", sa.Integer(), nullable=False),
        sa.Column("no_deal_days", sa.Integer(), nullable=False),
        sa.Column("claims_per_day", sa.Integer(), nullable=False),
        sa.Column("max_open_leads", sa.Integer(), nullable=False),
        sa.Column("cooling_days", sa.Integer(), nullable=False),
        sa.Column("warn_days", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"],
                                name=op.f("fk_pool_rules_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_pool_rules_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pool_rules")),
    )
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("pool_returned_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("pool_returned_from", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("pool_due_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("pool_return_why", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("pool_claimed_by", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("pool_claimed_on", sa.Date(), nullable=True))
    # the two-way conversations by day: the sweep reads those since a day
    op.create_index("ix_activities_two_way_when", "activities", ["occurred_at", "account_id"],
                    sqlite_where=sa.text(f"deleted IS 0 AND {_TWO_WAY}"))


def downgrade() -> None:
    op.drop_index("ix_activities_two_way_when", table_name="activities")
    with op.batch_alter_table("accounts") as batch:
        for name in ("pool_claimed_on", "pool_claimed_by", "pool_return_why", "pool_due_on",
                     "pool_returned_from", "pool_returned_at"):
            batch.drop_column(name)
    op.drop_table("pool_rules")
