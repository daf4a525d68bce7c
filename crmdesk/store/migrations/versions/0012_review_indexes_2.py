"""the review's indexes, second part (the funnel, value and plans panels at 100k
accounts): the two-way conversations alone by account, payments by day, won deals by
close day, accounts by the day they were acquired

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: A live two-way conversation, as crmdesk.store.models writes it (TWO_WAY_KINDS and
#: TWO_WAY_OUTCOME_VALUES then): the review's terms repeat it word for word.
TWO_WAY = ("deleted IS 0 AND kind IN ('call', 'email', 'meeting', 'sms', 'visit') "
           "AND outcome IN ('interested', 'meeting_booked', 'not_interested', 'quote_requested', 'reached')")


def upgrade() -> None:
    op.create_index("ix_activities_two_way", "activities", ["account_id"],
                    sqlite_where=sa.text(TWO_WAY))
    op.create_index("ix_payments_received_on", "payments", ["received_on"])
    op.create_index("ix_opportunities_won", "opportunities", ["closed_on"],
                    sqlite_where=sa.text("stage = 'won'"))
    op.create_index("ix_accounts_acquired_on", "accounts", ["acquired_on"])


def downgrade() -> None:
    for name, table in (("ix_accounts_acquired_on", "accounts"),
                        ("ix_opportunities_won", "opportunities"),
                        ("ix_payments_received_on", "payments"),
                        ("ix_activities_two_way", "activities")):
        op.drop_index(name, table_name=table)
