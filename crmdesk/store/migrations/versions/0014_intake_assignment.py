"""intake: a team's settings for assigning web enquiries (rules, a cap on open leads
per rep, reps away)

Revision ID: 0014_intake
Revises: 0013_service
Create Date: 2026-12-03 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_intake"
down_revision = "0013_service"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assignment_settings",
        sa.Column("kind", sa.Enum("round_robin", "region", "industry", "open_lead_cap", "away",
                                  name="assignby", native_enum=False, length=24),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("match", sa.String(length=120), nullable=True),
        sa.Column("rep_ids", sa.JSON(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("cap", sa.Integer(), nullable=True),
        sa.Column("away_until", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"],
                                name=op.f("fk_assignment_settings_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_assignment_settings_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment_settings")),
    )


def downgrade() -> None:
    op.drop_table("assignment_settings")
