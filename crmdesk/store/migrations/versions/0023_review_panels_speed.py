"""the review's Funnel, Channel ROI and Plans panels at 100k accounts: covering indexes
of the laptop's own, so a quarter's acquired accounts, one rep's accounts and stage
entries, and the few removed contracts are read from narrow index entries instead of
each account's wide row, every stage entry of every rep, or every contract; and on each
payment, facts the laptop keeps (its own columns, never sent nor received) saying whom
it is credited to, the live deal it pays and whether its contract is live, so a
period's credited sales are a range of one index (one rep's: of another), not a look-up
of each payment's contract and deal

Revision ID: 0023_review_panels_speed
Revises: 0020_review_value
Create Date: 2026-12-04 16:00:00
"""

from __future__ import annotations

import sqlite3

from alembic import op

from crmdesk.store.workspace_keys import DEFERRED

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
    # the other indexes by owner name no id, so each account's row was read for it.
    # `deleted` among the columns too: SQLite reads the row for a term of the WHERE
    # whose column the index lacks, even one the partial index's WHERE implies
    "ix_accounts_owned": (
        "CREATE INDEX ix_accounts_owned ON accounts (owner_id, deleted, team_id, id) "
        "WHERE deleted IS 0"),
    "ix_accounts_teamed": (
        "CREATE INDEX ix_accounts_teamed ON accounts (team_id, deleted, owner_id, id) "
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
    # a deal's contracts (whose payments' facts follow the deal's owner and removal)
    "ix_contracts_opportunity": (
        "CREATE INDEX ix_contracts_opportunity ON contracts (opportunity_id)"),
    # a period's payments with what the Plans panel credits and sums (crmdesk.store.
    # plan_queries.credit): no contract or deal looked up
    "ix_payments_credit": (
        "CREATE INDEX ix_payments_credit ON payments (received_on, deleted, credit_live, "
        "currency, credit_seller, credit_deal, account_id, team_id, amount)"),
    # the same by seller: one rep's
    "ix_payments_seller": (
        "CREATE INDEX ix_payments_seller ON payments (credit_seller, received_on, deleted, "
        "credit_live, currency, credit_deal, account_id, team_id, amount)"),
}

#: The laptop's own columns on payments (crmdesk.store.models.LAPTOP_COLUMNS, crmdesk.
#: store.flow): whom the payment is credited to (its deal's owner, else its contract's),
#: the deal it pays when that deal is live (not removed), whether its contract is live
#: (0: removed; none: no contract row).
COLUMNS = {"credit_seller": "CHAR(32)", "credit_deal": "CHAR(32)", "credit_live": "BOOLEAN"}
#: The same from the payment's contract and deal, one row (none without the contract).
_NOW = ("(SELECT coalesce(o.owner_id, c.owner_id), CASE WHEN o.deleted = 0 THEN o.id END, "
        "c.deleted = 0 FROM contracts AS c LEFT JOIN opportunities AS o "
        "ON o.id = c.opportunity_id WHERE c.id = payments.contract_id)")
#: Every payment's, for the whole-table refresh (crmdesk.store.flow.refresh_all).
VIEW = ("CREATE VIEW flow_payments AS SELECT p.id, "
        "coalesce(o.owner_id, c.owner_id) AS credit_seller, "
        "CASE WHEN o.deleted = 0 THEN o.id END AS credit_deal, "
        "c.deleted = 0 AS credit_live FROM payments AS p "
        "LEFT JOIN contracts AS c ON c.id = p.contract_id "
        "LEFT JOIN opportunities AS o ON o.id = c.opportunity_id")


def _credit(which: str) -> str:
    """Refresh the facts of the payments `which` says (written only where they differ)."""
    return (f"UPDATE payments SET ({', '.join(COLUMNS)}) = {_NOW} WHERE {which} AND "
            f"({', '.join(f'payments.{c}' for c in COLUMNS)}) IS NOT {_NOW};")


_OF_DEAL = "payments.contract_id IN (SELECT id FROM contracts WHERE opportunity_id = {})"
#: Named flow_* (crmdesk.store.deferred takes them down while a first sync writes, and
#: refreshes every row from the view before putting them back).
TRIGGERS = {
    "flow_credit_payments_ai": (
        "CREATE TRIGGER flow_credit_payments_ai AFTER INSERT ON payments BEGIN "
        + _credit("payments.id = NEW.id") + " END"),
    "flow_credit_payments_au": (
        "CREATE TRIGGER flow_credit_payments_au AFTER UPDATE OF contract_id ON payments "
        "BEGIN " + _credit("payments.id = NEW.id") + " END"),
    # a contract arriving after its payments (a pull's pages in any order), changed, gone
    "flow_credit_contracts_ai": (
        "CREATE TRIGGER flow_credit_contracts_ai AFTER INSERT ON contracts BEGIN "
        + _credit("payments.contract_id = NEW.id") + " END"),
    "flow_credit_contracts_au": (
        "CREATE TRIGGER flow_credit_contracts_au AFTER UPDATE OF id, opportunity_id, "
        "owner_id, deleted ON contracts BEGIN " + _credit("payments.contract_id = OLD.id")
        + _credit("payments.contract_id = NEW.id") + " END"),
    "flow_credit_contracts_ad": (
        "CREATE TRIGGER flow_credit_contracts_ad AFTER DELETE ON contracts BEGIN "
        + _credit("payments.contract_id = OLD.id") + " END"),
    # a deal arriving after its contracts, its owner changed, removed, gone
    "flow_credit_opportunities_ai": (
        "CREATE TRIGGER flow_credit_opportunities_ai AFTER INSERT ON opportunities BEGIN "
        + _credit(_OF_DEAL.format("NEW.id")) + " END"),
    "flow_credit_opportunities_au": (
        "CREATE TRIGGER flow_credit_opportunities_au AFTER UPDATE OF id, owner_id, deleted "
        "ON opportunities BEGIN " + _credit(_OF_DEAL.format("OLD.id"))
        + _credit(_OF_DEAL.format("NEW.id")) + " END"),
    "flow_credit_opportunities_ad": (
        "CREATE TRIGGER flow_credit_opportunities_ad AFTER DELETE ON opportunities BEGIN "
        + _credit(_OF_DEAL.format("OLD.id")) + " END"),
}


def upgrade() -> None:
    for column, kind in COLUMNS.items():
        op.execute(f"ALTER TABLE payments ADD COLUMN {column} {kind}")
    op.execute(VIEW)
    bind = op.get_bind()
    conn: sqlite3.Connection = bind.connection.driver_connection  # type: ignore[assignment]
    taken = DEFERRED.get_raw(conn)
    if taken is not None:
        # a first sync stopped with its indexes down: these come up with the others
        # with the triggers and every payment's facts (crmdesk.store.deferred.restore),
        # not built here over rows still arriving
        taken["indexes"] = [*taken.get("indexes", []), *INDEXES.values()]
        taken["triggers"] = [*taken.get("triggers", []), *TRIGGERS.values()]
        DEFERRED.put_raw(conn, taken)
        return
    columns = ", ".join(COLUMNS)
    op.execute(f"UPDATE payments SET ({columns}) = ({', '.join(f'f.{c}' for c in COLUMNS)}) "
               "FROM flow_payments AS f WHERE f.id = payments.id")
    for create in (*TRIGGERS.values(), *INDEXES.values()):
        op.execute(create)
    # a workspace whose planner has statistics (a seeded one) gets them for these too
    if bind.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
        for name in INDEXES:
            op.execute(f"ANALYZE {name}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP VIEW flow_payments")
    for column in COLUMNS:
        op.execute(f"ALTER TABLE payments DROP COLUMN {column}")
