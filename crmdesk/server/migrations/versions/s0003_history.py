"""history: server settings (how far back the change log goes) and a per-row index for
compacting it

Revision ID: s0003
Revises: s0002
Create Date: 2026-11-25 10:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "server_settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_server_settings")),
    )
    op.create_index("ix_server_changes_row", "server_changes", ["row_id", "seq"])


def downgrade() -> None:
    op.drop_index("ix_server_changes_row", table_name="server_changes")
    op.drop_table("server_settings")
