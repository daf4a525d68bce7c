"""the review's Value panel at 100k accounts: the rollups' stage index holds the referrals
too (what the loyalty stage reads since 0029_loyalty), so the stages are counted from the
index alone, not from a lookup of every account's rollup row (seven times slower)

Revision ID: 0031_value_speed
Revises: 0030_agenda_speed
Create Date: 2026-12-12 10:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0031_value_speed"
down_revision = "0030_agenda_speed"
branch_labels = None
depends_on = None

# account_rollup is the laptop's own (never synced): a first sync does not take its
# indexes down (crmdesk.store.deferred.defer), so the index is rebuilt here at once


def _stage_index(*columns: str) -> None:
    op.drop_index("ix_account_rollup_stage", table_name="account_rollup")
    op.create_index("ix_account_rollup_stage", "account_rollup", list(columns))
    # a workspace whose planner has statistics (a seeded one) gets them for it too
    if op.get_bind().exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
        op.execute("ANALYZE ix_account_rollup_stage")


def upgrade() -> None:
    _stage_index("purchases", "two_way", "referrals")


def downgrade() -> None:
    _stage_index("purchases", "two_way")
