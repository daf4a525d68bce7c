"""sync on the laptop: clock stamps on outbox entries, and the local conflict log

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 09:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("stamp", sa.String(length=120), nullable=True))
        batch.add_column(sa.Column("base_seq", sa.Integer(), nullable=False,
                                   server_default="0"))
    op.create_table(
        "local_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("my_value", sa.JSON(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("server_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_conflicts")),
        sa.UniqueConstraint("server_id", name=op.f("uq_local_conflicts_server_id")),
    )


def downgrade() -> None:
    op.drop_table("local_conflicts")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("base_seq")
        batch.drop_column("stamp")
