"""records the server refused to create stay on the laptop, marked: the marks, and
which outbox entries create their row

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        # entries written before this revision are taken for edits, as they were
        batch.add_column(sa.Column("creates", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    op.create_table(
        "refused_records",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_refused_records")),
    )


def downgrade() -> None:
    op.drop_table("refused_records")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("creates")
