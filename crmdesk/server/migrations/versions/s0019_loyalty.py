"""loyalty and what to sell next: a product's family and tier (the up-sell's next
tier). A `referred` relation needs nothing here: the relation's kind is text.

Revision ID: s0019_loyalty
Revises: s0018_membership
Create Date: 2026-12-04 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0019_loyalty"
down_revision = "s0018_membership"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("products", sa.Column("family", sa.String(length=80), nullable=True))
    op.add_column("products", sa.Column("tier", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("products") as batch:
        batch.drop_column("tier")
        batch.drop_column("family")
