"""intake: a team's settings for assigning web enquiries (as the laptop's), and the
server's own tables for them: channels' intake keys (hashed), rate-limit counters,
each rep's turn in the round robin, and the answers given to idempotent posts

Revision ID: s0013_intake
Revises: s0012_service
Create Date: 2026-12-03 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0013_intake"
down_revision = "s0012_service"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assignment_settings",
        sa.Column("kind", sa.Enum("round_robin", "region", "industry", "open_lead_cap", "away",
                                  name="assignby", native_enum=False, length=24),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("match", sa.String(length=120), nullable=True),
        sa.Column("rep_ids", sa.JSON(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("cap", sa.Integer(), nullable=True),
        sa.Column("away_until", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"],
                                name=op.f("fk_assignment_settings_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_assignment_settings_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment_settings")),
    )
    op.create_table(
        "server_intake_keys",
        sa.Column("channel_id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("channel_id", name=op.f("pk_server_intake_keys")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_server_intake_keys_key_hash")),
    )
    op.create_table(
        "server_intake_counts",
        sa.Column("bucket", sa.String(length=120), nullable=False),
        sa.Column("window", sa.BigInteger(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", "window", name=op.f("pk_server_intake_counts")),
    )
    op.create_table(
        "server_assignment_turns",
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("turn", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("team_id", "user_id",
                                name=op.f("pk_server_assignment_turns")),
    )
    op.create_table(
        "server_intake_receipts",
        sa.Column("channel_id", sa.Uuid(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("channel_id", "idempotency_key",
                                name=op.f("pk_server_intake_receipts")),
    )


def downgrade() -> None:
    for name in ("server_intake_receipts", "server_assignment_turns",
                 "server_intake_counts", "server_intake_keys", "assignment_settings"):
        op.drop_table(name)
