"""loyalty and what to sell next: a product's family and tier (the up-sell's next
tier), and who referred whom to us (`referrals`, a kind of its own: a laptop of a
version before it never names it in a pull, so is never sent a row it cannot store).

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
    op.create_table(
        "referrals",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("referred_id", sa.Uuid(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_referrals_account_id_accounts")),
        sa.ForeignKeyConstraint(["referred_id"], ["accounts.id"],
                                name=op.f("fk_referrals_referred_id_accounts")),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"],
                                name=op.f("fk_referrals_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_referrals_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    op.create_index(op.f("ix_referrals_account_id"), "referrals", ["account_id"])
    op.create_index(op.f("ix_referrals_referred_id"), "referrals", ["referred_id"])
    op.add_column("products", sa.Column("family", sa.String(length=80), nullable=True))
    op.add_column("products", sa.Column("tier", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("products") as batch:
        batch.drop_column("tier")
        batch.drop_column("family")
    op.drop_index(op.f("ix_referrals_referred_id"), table_name="referrals")
    op.drop_index(op.f("ix_referrals_account_id"), table_name="referrals")
    op.drop_table("referrals")
