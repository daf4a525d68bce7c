"""membership: a team's membership rule, customers' member cards and their points
ledgers (entries only ever added: the balance is their sum)

Revision ID: s0018_membership
Revises: s0017_care
Create Date: 2026-12-10 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0018_membership"
down_revision = "s0017_care"
branch_labels = None
depends_on = None


def _owned() -> list[sa.Column[object]]:
    return [
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def _keys(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"],
                                name=op.f(f"fk_{table}_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f(f"fk_{table}_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.create_table(
        "membership_rules",
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("per_amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("levels", sa.JSON(), nullable=False),
        sa.Column("sms_template", sa.String(length=120), nullable=True),
        *_owned(), *_keys("membership_rules"),
    )
    op.create_table(
        "member_cards",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        *_owned(), *_keys("member_cards"),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_member_cards_account_id_accounts")),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"],
                                name=op.f("fk_member_cards_contact_id_contacts")),
    )
    op.create_index(op.f("ix_member_cards_account_id"), "member_cards", ["account_id"])
    op.create_table(
        "points_entries",
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.Enum("earned", "reversed", "redeemed", "adjusted",
                                  name="entrykind", native_enum=False, length=24),
                  nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("payment_id", sa.Uuid(), nullable=True),
        sa.Column("made_by", sa.Uuid(), nullable=True),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        *_owned(), *_keys("points_entries"),
        sa.ForeignKeyConstraint(["card_id"], ["member_cards.id"],
                                name=op.f("fk_points_entries_card_id_member_cards")),
        sa.ForeignKeyConstraint(["made_by"], ["users.id"],
                                name=op.f("fk_points_entries_made_by_users")),
    )
    op.create_index(op.f("ix_points_entries_card_id"), "points_entries", ["card_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_points_entries_card_id"), table_name="points_entries")
    op.drop_table("points_entries")
    op.drop_index(op.f("ix_member_cards_account_id"), table_name="member_cards")
    op.drop_table("member_cards")
    op.drop_table("membership_rules")
