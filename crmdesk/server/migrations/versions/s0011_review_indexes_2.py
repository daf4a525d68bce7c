"""the review's indexes, second part, as the laptop's (the models declare them once):
the two-way conversations alone by account, payments by day, won deals by close day, accounts by the day they were acquired

Revision ID: s0011
Revises: s0010
Create Date: 2026-12-02 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0011"
down_revision = "s0010"
branch_labels = None
depends_on = None

_TWO_WAY = ("kind IN ('call', 'email', 'meeting', 'sms', 'visit') "
            "AND outcome IN ('interested', 'meeting_booked', 'not_interested', 'quote_requested', 'reached')")


def upgrade() -> None:
    op.create_index("ix_activities_two_way", "activities", ["account_id"],
                    postgresql_where=sa.text(f"NOT deleted AND {_TWO_WAY}"),
                    sqlite_where=sa.text(f"deleted IS 0 AND {_TWO_WAY}"))
    op.create_index("ix_payments_received_on", "payments", ["received_on"])
    op.create_index("ix_opportunities_won", "opportunities", ["closed_on"],
                    postgresql_where=sa.text("stage = 'won'"),
                    sqlite_where=sa.text("stage = 'won'"))
    op.create_index("ix_accounts_acquired_on", "accounts", ["acquired_on"])


def downgrade() -> None:
    for name, table in (("ix_accounts_acquired_on", "accounts"),
                        ("ix_opportunities_won", "opportunities"),
                        ("ix_payments_received_on", "payments"),
                        ("ix_activities_two_way", "activities")):
        op.drop_index(name, table_name=table)
