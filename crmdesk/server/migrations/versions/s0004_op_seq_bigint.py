"""applied ops: a client's op sequence number is 64-bit, as the protocol allows

Revision ID: s0004
Revises: s0003
Create Date: 2026-11-25 11:25:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("server_applied_ops") as batch:
        batch.alter_column("seq", type_=sa.BigInteger(), existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("server_applied_ops") as batch:
        batch.alter_column("seq", type_=sa.Integer(), existing_nullable=False)
