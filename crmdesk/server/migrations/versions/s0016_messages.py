"""messages: a team's email and SMS templates, and whether a contact opted out of
messages (the laptop's message outbox is its own: the server has none)

Revision ID: s0016_messages
Revises: s0014_pool
Create Date: 2026-12-04 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0016_messages"
down_revision = "s0015_calendar_feed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "message_templates",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("channel", sa.Enum("email", "sms", name="messagechannel",
                                     native_enum=False, length=24), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"],
                                name=op.f("fk_message_templates_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_message_templates_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_templates")),
    )
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("opted_out", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("opted_out")
    op.drop_table("message_templates")
