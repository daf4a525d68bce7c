"""the review's Value panel from a row an account: what each account's own records add
up to (contracts with money received, a two-way conversation, the open deals' amounts,
a key person), kept by triggers on every write of those records, so the loyalty stages,
the paying customers and the churn list's value scores read one narrow row an account
instead of every payment, activity, deal and person of 100k accounts; and covering
indexes of the laptop's own: each account by its id with what the Value panel shows
of it, and for the Plans panel the deals won by day with what is summed of them, each
deal's product lines with their value, and each deal's seller with whether it is
removed (credit's join, without a deal's row each)

Revision ID: 0020_review_value
Revises: 0019_review_flow
Create Date: 2026-12-03 19:00:00
"""

from __future__ import annotations

import sqlite3

import sqlalchemy as sa
from alembic import op

from crmdesk.store.workspace_keys import DEFERRED

revision = "0020_review_value"
down_revision = "0019_review_flow"
branch_labels = None
depends_on = None

#: The WHERE of ix_activities_two_way (a live two-way conversation, as
#: crmdesk.store.models writes it), so the lookup of one account's reads that index.
_TWO_WAY = ("t.deleted IS 0 AND t.kind IN ('call', 'email', 'meeting', 'sms', 'visit') "
            "AND t.outcome IN ('interested', 'meeting_booked', 'not_interested', "
            "'quote_requested', 'reached')")
#: crmdesk.domain.deals.OPEN_STAGES
_OPEN = "'needs_analysis', 'negotiation', 'proposal', 'qualify'"

#: Each live account's figures by the rules of crmdesk.store.derived (PAID, TWO_WAY,
#: OPEN, a key person), one indexed lookup each: what the triggers write for one
#: account and crmdesk.store.deferred.restore for all of them.
SOURCE = (
    "CREATE VIEW account_rollup_source AS SELECT a.id AS account_id, "
    "(SELECT count(DISTINCT p.contract_id) FROM payments AS p WHERE p.account_id = a.id "
    "AND p.deleted IS 0 AND p.amount > 0) AS purchases, "
    f"EXISTS (SELECT 1 FROM activities AS t WHERE t.account_id = a.id AND {_TWO_WAY}) "
    "AS two_way, "
    "(SELECT coalesce(sum(o.amount), 0) FROM opportunities AS o WHERE o.account_id = a.id "
    f"AND o.deleted IS 0 AND o.stage IN ({_OPEN})) AS open_pipeline, "
    "EXISTS (SELECT 1 FROM contacts AS k WHERE k.account_id = a.id AND k.deleted IS 0 "
    "AND k.is_key_person IS 1) AS key_person "
    "FROM accounts AS a WHERE a.deleted IS 0")

_COLUMNS = "account_id, purchases, two_way, open_pipeline, key_person"


def _write(accounts: str) -> str:
    return (f"INSERT OR REPLACE INTO account_rollup ({_COLUMNS}) SELECT {_COLUMNS} "
            f"FROM account_rollup_source WHERE account_id {accounts};")


#: The records whose rows an account's figures add up, and the columns of theirs read.
_FACTS = {
    "payments": "account_id, contract_id, amount, deleted",
    "activities": "account_id, kind, outcome, deleted",
    "opportunities": "account_id, stage, amount, deleted",
    "contacts": "account_id, is_key_person, deleted",
}


def _triggers() -> dict[str, str]:
    out = {
        "rollup_accounts_ai": ("CREATE TRIGGER rollup_accounts_ai AFTER INSERT ON accounts "
                               f"BEGIN {_write('= new.id')} END"),
        # removed: its row goes; put back: it is added up again
        "rollup_accounts_au": ("CREATE TRIGGER rollup_accounts_au AFTER UPDATE OF deleted "
                               "ON accounts BEGIN DELETE FROM account_rollup "
                               f"WHERE account_id = old.id; {_write('= new.id')} END"),
        "rollup_accounts_ad": ("CREATE TRIGGER rollup_accounts_ad AFTER DELETE ON accounts "
                               "BEGIN DELETE FROM account_rollup WHERE account_id = old.id; "
                               "END"),
    }
    for table, columns in _FACTS.items():
        out[f"rollup_{table}_ai"] = (
            f"CREATE TRIGGER rollup_{table}_ai AFTER INSERT ON {table} "
            f"BEGIN {_write('= new.account_id')} END")
        # a row moved to another account (a merge) changes both accounts' figures
        out[f"rollup_{table}_au"] = (
            f"CREATE TRIGGER rollup_{table}_au AFTER UPDATE OF {columns} ON {table} "
            f"BEGIN {_write('IN (new.account_id, old.account_id)')} END")
        out[f"rollup_{table}_ad"] = (
            f"CREATE TRIGGER rollup_{table}_ad AFTER DELETE ON {table} "
            f"BEGIN {_write('= old.account_id')} END")
    return out


TRIGGERS = _triggers()

#: Named in crmdesk.store.models.LAPTOP_INDEXES (the models do not declare them: the
#: server has no review to read).
INDEXES = {
    # a live account by its id with what the Value panel shows and narrows by, so its
    # tens of thousands of paying accounts are looked up in a narrow index (17 MB at
    # 100k accounts), not their wide rows scattered over ten times that. Of the live
    # ones alone: the few removed are read from ix_accounts_removed (a covering index
    # of every account would be preferred to it, and read whole, for them)
    "ix_accounts_review": (
        "CREATE INDEX ix_accounts_review ON accounts (id, deleted, owner_id, team_id, "
        "status, scale, last_contact_at, name) WHERE deleted IS 0"),
    # ix_opportunities_won with what the Plans panel sums of a won deal (its stage too,
    # or SQLite reads the row for it), so a period's won deals read no row each
    "ix_opportunities_won_cover": (
        "CREATE INDEX ix_opportunities_won_cover ON opportunities (closed_on, deleted, "
        "currency, stage, owner_id, team_id, account_id, amount, id) WHERE stage = 'won'"),
    # a deal's product lines with their value (what payments and wins are split by)
    "ix_opportunity_products_value": (
        "CREATE INDEX ix_opportunity_products_value ON opportunity_products "
        "(opportunity_id, deleted, product_id, quantity, unit_price)"),
}
#: 0016_speed's ix_opportunities_seller (a deal's owner by its id) with whether the deal
#: is removed: credit's join of a period's payments to their deals read no deal's row
SELLER = ("CREATE INDEX ix_opportunities_seller ON opportunities (id, owner_id, deleted)",
          "CREATE INDEX ix_opportunities_seller ON opportunities (id, owner_id)")


def upgrade() -> None:
    op.create_table(
        "account_rollup",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("purchases", sa.Integer(), nullable=False),
        sa.Column("two_way", sa.Boolean(), nullable=False),
        sa.Column("open_pipeline", sa.BigInteger(), nullable=False),
        sa.Column("key_person", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_account_rollup")),
        sqlite_with_rowid=False,
    )
    # the loyalty stages and the paying customers: a range of it each, read in order
    op.create_index("ix_account_rollup_stage", "account_rollup", ["purchases", "two_way"])
    op.execute(SOURCE)
    bind = op.get_bind()
    conn: sqlite3.Connection = bind.connection.driver_connection  # type: ignore[assignment]
    taken = DEFERRED.get_raw(conn)
    if taken is not None:
        # a first sync stopped with its indexes down: these come up with the others,
        # and the figures are added up then (crmdesk.store.deferred.restore), not here
        # without the indexes, a scan of each kind of record an account
        taken["indexes"] = [*(sql for sql in taken.get("indexes", [])
                              if "ix_opportunities_seller " not in sql),
                            *INDEXES.values(), SELLER[0]]
        taken["triggers"] = [*taken.get("triggers", []), *TRIGGERS.values()]
        DEFERRED.put_raw(conn, taken)
    else:
        for create in TRIGGERS.values():
            op.execute(create)
        op.execute(f"INSERT INTO account_rollup ({_COLUMNS}) SELECT {_COLUMNS} "
                   "FROM account_rollup_source")
        for create in INDEXES.values():
            op.execute(create)
        op.execute("DROP INDEX ix_opportunities_seller")
        op.execute(SELLER[0])
    # a workspace whose planner has statistics (a seeded one) gets them for these too
    analyzed = bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
    if analyzed:
        made = () if taken is not None else (*INDEXES, "ix_opportunities_seller")
        for name in ("account_rollup", *made):
            op.execute(f"ANALYZE {name}")


def downgrade() -> None:
    op.execute("DROP INDEX ix_opportunities_seller")
    op.execute(SELLER[1])
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP VIEW account_rollup_source")
    op.drop_index("ix_account_rollup_stage", table_name="account_rollup")
    op.drop_table("account_rollup")
