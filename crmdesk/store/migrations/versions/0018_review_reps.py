"""the review's Reps and Forecast panels from facts kept on the laptop's rows: each
account's last two-way conversation and deal clock, each deal's "slipped", each
person's activities per hour, kept by triggers (crmdesk.store.review.kept_facts, whose
definitions and refill this runs: a later change of them comes with a migration of its
own), with covering indexes reading them (the accounts about to return to the pool, the
slipping deals) and the overdue follow-ups; the open deals by close date (the forecast)

Revision ID: 0018_review_reps
Revises: 0017_review_pool
Create Date: 2026-12-03 18:00:00
"""

from __future__ import annotations

import sqlite3

from alembic import op

from crmdesk.store.review import kept_facts
from crmdesk.store.workspace_keys import DEFERRED

revision = "0018_review_reps"
down_revision = "0017_review_pool"
branch_labels = None
depends_on = None

_COLUMNS = {
    "accounts": {"review_talked_at": "DATETIME", "review_dealt_on": "DATE"},
    "opportunities": {"review_slipped": "INTEGER NOT NULL DEFAULT 0"},
}

#: ix_opportunities_owner_open (0016_speed) as it was, and with `review_slipped` last
_OWNER_OPEN = ("owner_id, stage, deleted, account_id, currency, amount, probability, "
               "expected_close, stage_since, created_on, team_id, id, committed, closed_on")

#: The indexes of 0016 and 0017 these take the place of.
_REPLACED = ("ix_accounts_pool_clock", "ix_opportunities_owner_open")

#: Named in crmdesk.store.models.LAPTOP_INDEXES (the models do not declare them: the
#: server has no review to read).
INDEXES = {
    # what the pool rule reads of a live account, with the kept facts instead of a
    # lookup of its conversations and deals: the Reps panel's "about to return to the
    # pool" from one read of the index (ix_accounts_pool_clock of 0017, which it replaces,
    # had the clock alone)
    "ix_accounts_review_clock": (
        "CREATE INDEX ix_accounts_review_clock ON accounts "
        "(owner_id, status, deleted, team_id, assigned_on, acquired_on, review_talked_at, "
        "review_dealt_on) WHERE deleted IS 0"),
    # a person's overdue follow-ups counted without a row each (its status and removal)
    "ix_accounts_overdue": (
        "CREATE INDEX ix_accounts_overdue ON accounts "
        "(owner_id, next_follow_up_on, status, deleted) WHERE deleted IS 0"),
    "ix_opportunities_owner_open": (
        f"CREATE INDEX ix_opportunities_owner_open ON opportunities ({_OWNER_OPEN}, "
        "review_slipped)"),
    # the open deals by category and close date, with what the forecast sums: its
    # months read as ranges of it, what it leaves out counted from it. Of the open
    # deals alone, in the words a query must repeat (kept_facts.open_terms): no other
    # query is drawn to it (the pipeline's was, to a lookup of each deal's row)
    "ix_opportunities_forecast": (
        "CREATE INDEX ix_opportunities_forecast ON opportunities "
        "(stage, committed, deleted, expected_close, currency, amount, probability, "
        f"account_id, id) WHERE deleted IS 0 AND stage IN ({kept_facts.OPEN_LISTED})"),
}


def upgrade() -> None:
    for table, columns in _COLUMNS.items():
        for name, kind in columns.items():
            op.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
    op.execute(kept_facts.HOURS_TABLE)
    conn: sqlite3.Connection = op.get_bind().connection.driver_connection  # type: ignore[assignment]
    taken = DEFERRED.get_raw(conn)
    if taken is not None:
        # a first sync cut short has the indexes down: they, the facts and the triggers
        # are built when it is restored (crmdesk.store.deferred.restore), these with them
        dropped = tuple(f"CREATE INDEX {name} " for name in _REPLACED)
        kept = [sql for sql in taken["indexes"] if not sql.startswith(dropped)]
        DEFERRED.put_raw(conn, {
            "indexes": [*kept, *INDEXES.values()],
            "triggers": [*taken["triggers"], *kept_facts.TRIGGERS.values()]})
        return
    kept_facts.refill(conn)
    for create in kept_facts.TRIGGERS.values():
        op.execute(create)
    for name in _REPLACED:
        op.execute(f"DROP INDEX {name}")
    for statement in INDEXES.values():
        op.execute(statement)
    # as 0016: a workspace with statistics gets them for these too
    analyzed = op.get_bind().exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
    if analyzed:
        for name in INDEXES:
            op.execute(f"ANALYZE {name}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
    op.execute(f"CREATE INDEX ix_opportunities_owner_open ON opportunities ({_OWNER_OPEN})")
    op.execute("CREATE INDEX ix_accounts_pool_clock ON accounts "
               "(owner_id, status, deleted, team_id, assigned_on, acquired_on, id) "
               "WHERE deleted IS 0")
    for name in kept_facts.TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE review_activity_hours")
    for table, columns in _COLUMNS.items():
        for name in columns:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
