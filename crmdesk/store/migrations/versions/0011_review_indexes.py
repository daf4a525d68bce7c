"""the review's indexes (crmdesk.store.review at 100k accounts): removed accounts alone,
who logged what lately, the close dates pushed later alone, deal changes by day, a
rep's deals by stage

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 21:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

#: The pushes later of a close date (the terms of crmdesk.store.review.deal_facts's
#: pushed_terms, written the same so SQLite uses the index for them).
PUSHED = ("field = 'expected_close' AND deleted IS 0 AND old_value IS NOT NULL "
          "AND new_value IS NOT NULL AND new_value > old_value")


def upgrade() -> None:
    op.create_index("ix_accounts_removed", "accounts", ["id"],
                    sqlite_where=sa.text("deleted IS 1"))
    op.create_index("ix_activities_author_when", "activities",
                    ["author_id", "occurred_at", "deleted", "account_id", "owner_id"])
    op.create_index("ix_deal_changes_pushed", "deal_changes",
                    ["opportunity_id", "field", "deleted", "old_value", "new_value"],
                    sqlite_where=sa.text(PUSHED))
    op.create_index("ix_deal_changes_changed_at", "deal_changes",
                    ["changed_at", "opportunity_id", "field", "id", "deleted", "old_value",
                     "new_value"])
    op.create_index("ix_opportunities_owner_stage", "opportunities", ["owner_id", "stage"])


def downgrade() -> None:
    for name, table in (("ix_opportunities_owner_stage", "opportunities"),
                        ("ix_deal_changes_changed_at", "deal_changes"),
                        ("ix_deal_changes_pushed", "deal_changes"),
                        ("ix_activities_author_when", "activities"),
                        ("ix_accounts_removed", "accounts")):
        op.drop_index(name, table_name=table)
