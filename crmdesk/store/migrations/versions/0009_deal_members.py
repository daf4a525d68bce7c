"""deal_members: a deal's virtual team, colleagues of any team with a role on the deal

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 14:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deal_members",
        sa.Column("opportunity_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.Enum("presales", "solution_engineer", "manager", "service",
                                  name="teamrole", native_enum=False, length=24),
                  nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["opportunity_id"], ["opportunities.id"],
                                name=op.f("fk_deal_members_opportunity_id_opportunities")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_deal_members_user_id_users")),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"],
                                name=op.f("fk_deal_members_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_deal_members_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_members")),
        sa.UniqueConstraint("opportunity_id", "user_id",
                            name=op.f("uq_deal_members_opportunity_id")),
    )
    op.create_index(op.f("ix_deal_members_opportunity_id"), "deal_members",
                    ["opportunity_id"])
    op.create_index(op.f("ix_deal_members_user_id"), "deal_members", ["user_id"])


def downgrade() -> None:
    op.drop_table("deal_members")
