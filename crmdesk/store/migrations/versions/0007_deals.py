"""deals: their history of stage, amount and close-date changes, each team's stage
settings (probability, stuck limit, playbook), contracts' instalment schedules; a deal's
next step, loss reason, competitors and commit flag; a decision role's stance; a
contract's term and end; the instalment a payment pays

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 10:30:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deal_changes",
        sa.Column("opportunity_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.Enum("stage", "amount", "expected_close", name="dealfield",
                                   native_enum=False, length=24), nullable=False),
        sa.Column("old_value", sa.String(length=40), nullable=True),
        sa.Column("new_value", sa.String(length=40), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.Uuid(), nullable=True),
        *_owned("deal_changes"),
        sa.ForeignKeyConstraint(["opportunity_id"], ["opportunities.id"],
                                name=op.f("fk_deal_changes_opportunity_id_opportunities")),
        sa.ForeignKeyConstraint(["changed_by"], ["users.id"],
                                name=op.f("fk_deal_changes_changed_by_users")),
    )
    with op.batch_alter_table("deal_changes") as batch:
        batch.create_index(batch.f("ix_deal_changes_opportunity_id"), ["opportunity_id"],
                           unique=False)
    op.create_table(
        "stage_settings",
        sa.Column("stage", sa.Enum("qualify", "needs_analysis", "proposal", "negotiation",
                                   "won", "lost", name="opportunitystage", native_enum=False,
                                   length=24), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("stuck_days", sa.Integer(), nullable=False),
        sa.Column("todo", sa.Text(), nullable=False),
        sa.Column("exit_conditions", sa.JSON(), nullable=False),
        *_owned("stage_settings"),
    )
    op.create_table(
        "contract_instalments",
        sa.Column("contract_id", sa.Uuid(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=True),
        *_owned("contract_instalments"),
        sa.ForeignKeyConstraint(["contract_id"], ["contracts.id"],
                                name=op.f("fk_contract_instalments_contract_id_contracts")),
    )
    with op.batch_alter_table("contract_instalments") as batch:
        batch.create_index(batch.f("ix_contract_instalments_contract_id"), ["contract_id"],
                           unique=False)
    # rows written before this revision take the defaults a new row gets
    with op.batch_alter_table("opportunities") as batch:
        batch.add_column(sa.Column("next_step", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("loss_reason", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("competitors", sa.JSON(), nullable=False,
                                   server_default="[]"))
        batch.add_column(sa.Column("committed", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("amount_from_lines", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("created_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("stage_since", sa.Date(), nullable=True))
    with op.batch_alter_table("decision_roles") as batch:
        batch.add_column(sa.Column("stance", sa.Enum("supports", "neutral", "opposes",
                                                     name="stance", native_enum=False,
                                                     length=24),
                                   nullable=False, server_default="neutral"))
    with op.batch_alter_table("contracts") as batch:
        batch.add_column(sa.Column("term_months", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("ends_on", sa.Date(), nullable=True))
    with op.batch_alter_table("payments") as batch:
        batch.add_column(sa.Column("instalment_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(batch.f("fk_payments_instalment_id_contract_instalments"),
                                 "contract_instalments", ["instalment_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("payments") as batch:
        batch.drop_constraint(batch.f("fk_payments_instalment_id_contract_instalments"),
                              type_="foreignkey")
        batch.drop_column("instalment_id")
    with op.batch_alter_table("contracts") as batch:
        batch.drop_column("ends_on")
        batch.drop_column("term_months")
    with op.batch_alter_table("decision_roles") as batch:
        batch.drop_column("stance")
    with op.batch_alter_table("opportunities") as batch:
        for column in ("stage_since", "created_on", "amount_from_lines", "committed",
                       "competitors", "loss_reason", "next_step"):
            batch.drop_column(column)
    op.drop_table("contract_instalments")
    op.drop_table("stage_settings")
    op.drop_table("deal_changes")


def _owned(table: str) -> list[Any]:
    """The columns and keys every owned synced row has."""
    return [
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"],
                                name=op.f(f"fk_{table}_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f(f"fk_{table}_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]
