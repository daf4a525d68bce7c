"""the review's speed at 100k accounts, the laptop's own indexes: the currencies in use
(the scope bar's list) counted from an index of each deal's and payment's currency; the
payments of a period with their contract's and deal's sellers (credit: the Reps and
Plans panels, attrition), the deals with what the Reps, Forecast and Pipeline panels
read of them and each account's payments (Value), from covering indexes, not a row of
each

Revision ID: 0016_speed
Revises: 0015_pool
Create Date: 2026-12-03 09:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0016_speed"
down_revision = "0015_pool"
branch_labels = None
depends_on = None

#: Indexes on an expression (`currency || ''`), not on the column, so that no query
#: narrowing by currency (`currency = 'CNY'`: nearly every row at 100k) is drawn to a
#: lookup a row through them; only crmdesk.store.review.lookup.currencies names the
#: expression. The laptop's alone (the server lists no currencies): the models do not
#: declare them, and Alembic's comparison does not reflect indexes on expressions.
CURRENCY_INDEXES = {"ix_opportunities_currency_used": "opportunities",
                    "ix_payments_currency_used": "payments"}


#: Covering indexes of what credit reads of a payment, its contract and its deal (the
#: seller is the deal's owner, else the contract's): a period's payments joined to them
#: without a lookup of three wide rows a payment (2 to 4 times faster at 100k
#: accounts). Named in crmdesk.store.models.LAPTOP_INDEXES (the models do not declare
#: them: the server has no review to read).
COVERING = {
    "ix_payments_day_credit": ("payments", ["received_on", "contract_id", "deleted", "amount",
                                            "currency", "account_id", "team_id"]),
    "ix_contracts_credit": ("contracts", ["id", "opportunity_id", "owner_id", "deleted",
                                          "account_id", "signed_on", "ends_on"]),
    "ix_opportunities_seller": ("opportunities", ["id", "owner_id"]),
    # each account's payments with what the Value panel sums of them (12-month revenue,
    # the year before, purchases): read in the account's order without a row a payment
    "ix_payments_account_money": ("payments", ["account_id", "deleted", "received_on",
                                               "currency", "amount", "contract_id"]),
    # each person's open deals with what the Reps panel sums of them (stuck, slipping,
    # weighted): 53k deals at 100k accounts, half the time without a row read each; with
    # what the forecast and the pipeline's stages read of a deal too (SQLite reads it
    # for them: without `committed`, it read it and a row a deal, slower than no index)
    "ix_opportunities_owner_open": ("opportunities", [
        "owner_id", "stage", "deleted", "account_id", "currency", "amount", "probability",
        "expected_close", "stage_since", "created_on", "team_id", "id", "committed",
        "closed_on"]),
}


def upgrade() -> None:
    for name, table in CURRENCY_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {table} ((currency || ''), deleted)")
    for name, (table, columns) in COVERING.items():
        op.create_index(name, table, columns)
    # a workspace whose planner has statistics (a seeded one) gets them for these too:
    # without, it weighs them against the older indexes' and may keep to those
    analyzed = op.get_bind().exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
    if analyzed:
        for name in (*CURRENCY_INDEXES, *COVERING):
            op.execute(f"ANALYZE {name}")


def downgrade() -> None:
    for name in (*CURRENCY_INDEXES, *COVERING):
        op.execute(f"DROP INDEX {name}")
