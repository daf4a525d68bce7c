"""activity_contacts: the people spoken to in an activity (several per activity; the
activity's contact_id stays the first, for laptops that do not know them)

Revision ID: s0006
Revises: s0005
Create Date: 2026-12-02 11:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0006"
down_revision = "s0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activity_contacts",
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["activity_id"], ["activities.id"],
                                name=op.f("fk_activity_contacts_activity_id_activities")),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"],
                                name=op.f("fk_activity_contacts_contact_id_contacts")),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"],
                                name=op.f("fk_activity_contacts_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_activity_contacts_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_contacts")),
        sa.UniqueConstraint("activity_id", "contact_id",
                            name=op.f("uq_activity_contacts_activity_id")),
    )


def downgrade() -> None:
    op.drop_table("activity_contacts")
