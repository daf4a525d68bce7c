"""service: the hand-off to customer service: each team's hand-off rule and onboarding
checklist, customers' onboarding tasks, and the account's service owner

Revision ID: 0013_service
Revises: 0012
Create Date: 2026-12-03 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_service"
down_revision = "0012"
branch_labels = None
depends_on = None


def _tables() -> None:
    op.create_table(
        "handoff_rules",
        sa.Column("assign", sa.Enum("round_robin", "named", name="assignby",
                                    native_enum=False, length=24), nullable=False),
        sa.Column("service_user_id", sa.Uuid(), nullable=True),
        sa.Column("checklist", sa.JSON(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["service_user_id"], ["users.id"],
                                name=op.f("fk_handoff_rules_service_user_id_users")),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"],
                                name=op.f("fk_handoff_rules_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_handoff_rules_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoff_rules")),
    )
    op.create_table(
        "service_tasks",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("assignee_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_service_tasks_account_id_accounts")),
        sa.ForeignKeyConstraint(["assignee_id"], ["users.id"],
                                name=op.f("fk_service_tasks_assignee_id_users")),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"],
                                name=op.f("fk_service_tasks_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_service_tasks_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_tasks")),
    )
    op.create_index(op.f("ix_service_tasks_account_id"), "service_tasks", ["account_id"])
    op.create_index("ix_service_tasks_assignee_due", "service_tasks",
                    ["assignee_id", "due_on"])


def upgrade() -> None:
    _tables()
    # a column with its foreign key, added in place: a batch copy of the accounts table
    # would drop the search index's triggers on it (SQLite cannot ALTER a constraint)
    op.execute("ALTER TABLE accounts ADD COLUMN service_owner_id CHAR(32) "
               "CONSTRAINT fk_accounts_service_owner_id_users REFERENCES users (id)")
    op.create_index(op.f("ix_accounts_service_owner_id"), "accounts", ["service_owner_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_accounts_service_owner_id"), table_name="accounts")
    op.execute("ALTER TABLE accounts DROP COLUMN service_owner_id")
    op.drop_table("service_tasks")
    op.drop_table("handoff_rules")
