"""the review's Funnel, Channel ROI and (for one rep) Plans panels at 100k accounts:
covering indexes of the laptop's own, so a quarter's acquired accounts, one rep's
accounts and stage entries, and the few removed contracts are read from narrow index
entries instead of each account's wide row, every stage entry of every rep, or every
contract

Revision ID: 0023_review_panels_speed
Revises: 0020_review_value
Create Date: 2026-12-04 16:00:00
"""

from __future__ import annotations

import json

from alembic import op

revision = "0023_review_panels_speed"
down_revision = "0020_review_value"
branch_labels = None
depends_on = None

#: Named in crmdesk.store.models.LAPTOP_INDEXES (the models do not declare them: the
#: server has no review to read).
INDEXES = {
    # the live accounts acquired in a period with what the Funnel's lifecycle and the
    # Channel ROI's cohorts group and narrow by (ix_accounts_acquired_on reads each
    # account's row for them: 5,000 rows a quarter at 100k accounts)
    "ix_accounts_acquired_cover": (
        "CREATE INDEX ix_accounts_acquired_cover ON accounts (acquired_on, deleted, "
        "channel_id, status, owner_id, team_id, id) WHERE deleted IS 0"),
    # a rep's, a team's live accounts by id (a scope's `id IN (...)`, scope_sql.of_scope):
    # the other indexes by owner name no id, so each account's row was read for it
    "ix_accounts_owned": (
        "CREATE INDEX ix_accounts_owned ON accounts (owner_id, team_id, id) "
        "WHERE deleted IS 0"),
    "ix_accounts_teamed": (
        "CREATE INDEX ix_accounts_teamed ON accounts (team_id, owner_id, id) "
        "WHERE deleted IS 0"),
    # the few removed contracts (whose payments go with them): without it SQLite reads
    # every contract's entry to find them
    "ix_contracts_removed": (
        "CREATE INDEX ix_contracts_removed ON contracts (id) WHERE deleted IS 1"),
    # 0019's ix_deal_changes_entries by the deal's owner first: one rep's stage entries
    # of a period, not every rep's read to keep theirs
    "ix_deal_changes_owner_entries": (
        "CREATE INDEX ix_deal_changes_owner_entries ON deal_changes (deal_owner, new_value, "
        "changed_at, entry_prev_at, onward_at, deal_live, deal_currency, deal_stage, "
        "deal_amount, deal_team, opportunity_id, field, deleted) "
        "WHERE deleted IS 0 AND field = 'stage'"),
}


def upgrade() -> None:
    bind = op.get_bind()
    found = bind.exec_driver_sql(
        "SELECT value FROM workspace_settings WHERE key = 'deferred_build'").scalar()
    if found is not None:
        # a first sync stopped with its indexes down: these come up with the others
        # (crmdesk.store.deferred.restore), not built here over rows still arriving
        taken = json.loads(found)
        taken["indexes"] = [*taken.get("indexes", []), *INDEXES.values()]
        bind.exec_driver_sql("UPDATE workspace_settings SET value = ? "
                             "WHERE key = 'deferred_build'", (json.dumps(taken),))
        return
    for create in INDEXES.values():
        op.execute(create)
    # a workspace whose planner has statistics (a seeded one) gets them for these too
    if bind.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
        for name in INDEXES:
            op.execute(f"ANALYZE {name}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
