"""intake speed: the server's own indexes for a rep's claim from the pool (the day's
claims and the leads they hold, counted on every claim push: crmdesk.store.pool_queries
.claim_facts), which read every account without them

Revision ID: s0020_intake_speed
Revises: s0019_loyalty
Create Date: 2026-12-04 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0020_intake_speed"
down_revision = "s0019_loyalty"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # the few accounts ever claimed: a partial index (crmdesk.store.models.SERVER_INDEXES)
    op.create_index("ix_accounts_pool_claims", "accounts", ["pool_claimed_by", "pool_claimed_on"],
                    postgresql_where=sa.text("pool_claimed_by IS NOT NULL"),
                    sqlite_where=sa.text("pool_claimed_by IS NOT NULL"))
    # a rep's live accounts by status, read from the index alone (the count of the leads
    # they hold: tens of milliseconds through the owner's index and the rows)
    op.create_index("ix_accounts_owner_status", "accounts", ["owner_id", "status", "id"],
                    postgresql_where=sa.text("deleted IS false"),
                    sqlite_where=sa.text("deleted IS 0"))


def downgrade() -> None:
    op.drop_index("ix_accounts_owner_status", table_name="accounts")
    op.drop_index("ix_accounts_pool_claims", table_name="accounts")
