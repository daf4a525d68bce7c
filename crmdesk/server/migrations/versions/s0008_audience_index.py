"""server_changes: an index on the entries made for one person (audience, seq), so a
pull reads the member keys its viewer held at its cursor (those entries since) with a
lookup, and a user who never had one pays nothing

Revision ID: s0008
Revises: s0007
Create Date: 2026-12-02 15:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0008"
down_revision = "s0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_server_changes_audience", "server_changes", ["audience", "seq"],
                    postgresql_where=sa.text("audience IS NOT NULL"),
                    sqlite_where=sa.text("audience IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_server_changes_audience", table_name="server_changes")
