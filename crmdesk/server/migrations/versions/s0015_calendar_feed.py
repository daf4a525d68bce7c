"""calendar feed: each user's private feed token, as a hash (crmdesk.server.feed)

Revision ID: s0015_calendar_feed
Revises: s0014_pool
Create Date: 2026-12-04 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0015_calendar_feed"
down_revision = "s0014_pool"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "server_feed_tokens",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_server_feed_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_server_feed_tokens_token_hash")),
    )


def downgrade() -> None:
    op.drop_table("server_feed_tokens")
