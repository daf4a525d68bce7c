"""the review's Value panel for a team or a rep: each owner's and each team's live
accounts by id in covering indexes of the laptop's own, so their accounts (thousands)
are read from a narrow index rather than a wide row each (a tenth of the time for one
rep: the loyalty stages and the payments of their accounts both start there)

Revision ID: 0021_review_value_speed
Revises: 0020_review_value
Create Date: 2026-12-04 16:00:00
"""

from __future__ import annotations

import json

from alembic import op

revision = "0021_review_value_speed"
down_revision = "0020_review_value"
branch_labels = None
depends_on = None

#: Named in crmdesk.store.models.LAPTOP_INDEXES (the models do not declare them: the
#: server has no review to read). Of the live accounts alone, as the review reads them
#: (crmdesk.store.review.scope_sql.account_conditions: `deleted IS 0` and the scope's
#: owner or team): the id last, so no row is read for it.
INDEXES = {
    # a rep's accounts, within a team or not
    "ix_accounts_owner_ids": ("CREATE INDEX ix_accounts_owner_ids ON accounts "
                              "(owner_id, team_id, id) WHERE deleted IS 0"),
    # a team's
    "ix_accounts_team_ids": ("CREATE INDEX ix_accounts_team_ids ON accounts "
                             "(team_id, id) WHERE deleted IS 0"),
}


def upgrade() -> None:
    bind = op.get_bind()
    found = bind.exec_driver_sql(
        "SELECT value FROM workspace_settings WHERE key = 'deferred_build'").scalar()
    if found is not None:
        # a first sync stopped with its indexes down: these are built with the others
        # (crmdesk.store.deferred.restore), not now, one row at a time after each insert
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
    bind = op.get_bind()
    found = bind.exec_driver_sql(
        "SELECT value FROM workspace_settings WHERE key = 'deferred_build'").scalar()
    if found is not None:  # not built yet: no longer to be
        taken = json.loads(found)
        taken["indexes"] = [sql for sql in taken.get("indexes", [])
                            if sql not in INDEXES.values()]
        bind.exec_driver_sql("UPDATE workspace_settings SET value = ? "
                             "WHERE key = 'deferred_build'", (json.dumps(taken),))
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
