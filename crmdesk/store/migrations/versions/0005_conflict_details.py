"""the local conflict log keeps the value that won, who wrote it and when

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 10:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("local_conflicts") as batch:
        batch.add_column(sa.Column("their_value", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("their_by", sa.String(length=120), nullable=True))
        batch.add_column(sa.Column("their_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("local_conflicts") as batch:
        batch.drop_column("their_at")
        batch.drop_column("their_by")
        batch.drop_column("their_value")
