"""messages: a team's email and SMS templates (synced), the laptop's message outbox (its
own, never synced), and whether a contact opted out of messages

Revision ID: 0025_messages
Revises: 0020_review_value
Create Date: 2026-12-04 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0025_messages"
down_revision = "0024_review_pipeline_speed"
branch_labels = None
depends_on = None

_CHANNEL = sa.Enum("email", "sms", name="messagechannel", native_enum=False, length=24)


def upgrade() -> None:
    op.create_table(
        "message_templates",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("channel", _CHANNEL, nullable=False),
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
    op.create_table(
        "message_outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("channel", _CHANNEL, nullable=False),
        sa.Column("template_id", sa.Uuid(), nullable=True),
        sa.Column("template_name", sa.String(length=120), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("state", sa.Enum("waiting", "sending", "sent", "failed", "skipped",
                                   name="outstate", native_enum=False, length=24),
                  nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.Column("tried_at", sa.DateTime(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("activity_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_outbox")),
    )
    op.create_index("ix_message_outbox_state", "message_outbox", ["state", "id"])
    # contacts written before this revision have not opted out (a plain ALTER TABLE: the
    # search and review triggers on contacts stay as they are)
    op.add_column("contacts", sa.Column("opted_out", sa.Boolean(), nullable=False,
                                        server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("contacts", "opted_out")  # SQLite 3.35 and later drop it in place
    op.drop_index("ix_message_outbox_state", table_name="message_outbox")
    op.drop_table("message_outbox")
    op.drop_table("message_templates")
