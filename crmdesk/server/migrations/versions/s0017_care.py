"""care reminders: a contact's birthday, a team's care settings, and the marks (done,
dismissed) of the reminders derived from contracts, birthdays and anniversaries

Revision ID: s0017_care
Revises: s0016_messages
Create Date: 2026-12-05 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0017_care"
down_revision = "s0016_messages"
branch_labels = None
depends_on = None

_KIND = sa.Enum("renewal", "birthday", "anniversary", name="carekind", native_enum=False,
                length=24)


def upgrade() -> None:
    op.create_table(
        "care_marks",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("kind", _KIND, nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("occurs_on", sa.Date(), nullable=False),
        sa.Column("state", sa.Enum("done", "dismissed", name="markstate", native_enum=False,
                                   length=24), nullable=False),
        sa.Column("marked_on", sa.Date(), nullable=False),
        sa.Column("marked_by", sa.Uuid(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_care_marks_account_id_accounts")),
        sa.ForeignKeyConstraint(["marked_by"], ["users.id"],
                                name=op.f("fk_care_marks_marked_by_users")),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"],
                                name=op.f("fk_care_marks_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_care_marks_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_marks")),
    )
    op.create_index(op.f("ix_care_marks_account_id"), "care_marks", ["account_id"])
    op.create_table(
        "care_settings",
        sa.Column("kind", _KIND, nullable=False),
        sa.Column("lead_days", sa.Integer(), nullable=False),
        sa.Column("template", sa.String(length=120), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"],
                                name=op.f("fk_care_settings_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_care_settings_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_settings")),
    )
    op.create_index("ix_contracts_ends_on", "contracts", ["ends_on"])
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("birthday", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("birthday")
    op.drop_index("ix_contracts_ends_on", table_name="contracts")
    op.drop_table("care_settings")
    op.drop_index(op.f("ix_care_marks_account_id"), table_name="care_marks")
    op.drop_table("care_marks")
