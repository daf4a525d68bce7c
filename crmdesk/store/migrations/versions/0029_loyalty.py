"""loyalty and what to sell next: a product's family and tier (synced: the up-sell's
next tier), who referred whom to us (`referrals`, a synced kind of its own: a laptop of
a version before it never names it, so is never sent one), each account's referrals in
its rollup row (a column of its own, kept by triggers of its own beside the rollup's:
its live referrals), and a counter of changes to what customers bought, which the
suggestions' counts are kept against (crmdesk.store.suggestion_queries)

Revision ID: 0029_loyalty
Revises: 0028_care_speed
Create Date: 2026-12-04 19:00:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0029_loyalty"
down_revision = "0028_care_speed"
branch_labels = None
depends_on = None

_LIVE_REFERRAL = "r.deleted IS 0"

#: The accounts that referred others, with how many (crmdesk.store.deferred refills the
#: rollups' column from it after a first sync).
VIEW = ("CREATE VIEW account_referrals AS SELECT r.account_id AS account_id, "
        f"count(*) AS referrals FROM referrals AS r WHERE {_LIVE_REFERRAL} "
        "GROUP BY r.account_id")


def _count(account: str) -> str:
    return (f"UPDATE account_rollup SET referrals = (SELECT count(*) FROM referrals "
            f"AS r WHERE r.account_id = {account} AND {_LIVE_REFERRAL}) "
            f"WHERE account_id = {account};")


#: The counter the suggestions' counts are kept against: any change to what a customer
#: bought (a won deal, its lines, a customer's industry or scale, a product) moves it.
_BUMP = ("INSERT INTO workspace_settings (key, value) VALUES ('suggestions_version', '1') "
         "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1;")
_WON_LINE = ("EXISTS (SELECT 1 FROM opportunities AS o WHERE o.id = {0}.opportunity_id "
             "AND o.stage = 'won')")

#: Named "rollup_": taken down and built again with the rollup's during a first sync.
TRIGGERS = {
    # the existing triggers write an account's rollup row anew (INSERT OR REPLACE): its
    # referrals are counted again then, for the few accounts that referred any
    "rollup_referrals_fill": (
        "CREATE TRIGGER rollup_referrals_fill AFTER INSERT ON account_rollup WHEN EXISTS "
        "(SELECT 1 FROM referrals AS r WHERE r.account_id = new.account_id "
        f"AND {_LIVE_REFERRAL}) BEGIN {_count('new.account_id')} END"),
    "rollup_referrals_ai": (
        "CREATE TRIGGER rollup_referrals_ai AFTER INSERT ON referrals "
        f"BEGIN {_count('new.account_id')} END"),
    "rollup_referrals_au": (
        "CREATE TRIGGER rollup_referrals_au AFTER UPDATE OF account_id, deleted "
        f"ON referrals BEGIN {_count('new.account_id')} {_count('old.account_id')} END"),
    "rollup_referrals_ad": (
        "CREATE TRIGGER rollup_referrals_ad AFTER DELETE ON referrals "
        f"BEGIN {_count('old.account_id')} END"),
    "rollup_bought_deal_ai": (
        "CREATE TRIGGER rollup_bought_deal_ai AFTER INSERT ON opportunities "
        f"WHEN new.stage = 'won' BEGIN {_BUMP} END"),
    "rollup_bought_deal_au": (
        "CREATE TRIGGER rollup_bought_deal_au AFTER UPDATE OF stage, closed_on, deleted, "
        "account_id ON opportunities WHEN new.stage = 'won' OR old.stage = 'won' "
        f"BEGIN {_BUMP} END"),
    "rollup_bought_deal_ad": (
        "CREATE TRIGGER rollup_bought_deal_ad AFTER DELETE ON opportunities "
        f"WHEN old.stage = 'won' BEGIN {_BUMP} END"),
    "rollup_bought_line_ai": (
        "CREATE TRIGGER rollup_bought_line_ai AFTER INSERT ON opportunity_products "
        f"WHEN {_WON_LINE.format('new')} BEGIN {_BUMP} END"),
    "rollup_bought_line_au": (
        "CREATE TRIGGER rollup_bought_line_au AFTER UPDATE OF product_id, quantity, deleted, "
        f"opportunity_id ON opportunity_products WHEN {_WON_LINE.format('new')} "
        f"OR {_WON_LINE.format('old')} BEGIN {_BUMP} END"),
    "rollup_bought_line_ad": (
        "CREATE TRIGGER rollup_bought_line_ad AFTER DELETE ON opportunity_products "
        f"WHEN {_WON_LINE.format('old')} BEGIN {_BUMP} END"),
    "rollup_bought_account_au": (
        "CREATE TRIGGER rollup_bought_account_au AFTER UPDATE OF industry, scale, deleted "
        f"ON accounts BEGIN {_BUMP} END"),
    "rollup_bought_product_ai": (
        f"CREATE TRIGGER rollup_bought_product_ai AFTER INSERT ON products BEGIN {_BUMP} END"),
    "rollup_bought_product_au": (
        f"CREATE TRIGGER rollup_bought_product_au AFTER UPDATE ON products BEGIN {_BUMP} END"),
    "rollup_bought_product_ad": (
        f"CREATE TRIGGER rollup_bought_product_ad AFTER DELETE ON products BEGIN {_BUMP} END"),
}

REFILL = ("UPDATE account_rollup SET referrals = s.referrals FROM account_referrals AS s "
          "WHERE s.account_id = account_rollup.account_id")


def _create_referrals() -> None:
    """The `referrals` table (the server's migration s0019_loyalty makes the same)."""
    op.create_table(
        "referrals",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("referred_id", sa.Uuid(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_referrals_account_id_accounts")),
        sa.ForeignKeyConstraint(["referred_id"], ["accounts.id"],
                                name=op.f("fk_referrals_referred_id_accounts")),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"],
                                name=op.f("fk_referrals_owner_id_users")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_referrals_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    op.create_index(op.f("ix_referrals_account_id"), "referrals", ["account_id"])
    op.create_index(op.f("ix_referrals_referred_id"), "referrals", ["referred_id"])


def upgrade() -> None:
    _create_referrals()
    op.add_column("products", sa.Column("family", sa.String(length=80), nullable=True))
    op.add_column("products", sa.Column("tier", sa.Integer(), nullable=True))
    op.add_column("account_rollup", sa.Column("referrals", sa.Integer(), nullable=False,
                                              server_default=sa.text("0")))
    op.execute(VIEW)
    bind = op.get_bind()
    found = bind.exec_driver_sql(
        "SELECT value FROM workspace_settings WHERE key = 'deferred_build'").scalar()
    if found is not None:
        # a first sync stopped with its triggers down: these come up with the others,
        # and the column is refilled then (crmdesk.store.deferred.restore)
        taken = json.loads(found)
        taken["triggers"] = [*taken.get("triggers", []), *TRIGGERS.values()]
        bind.exec_driver_sql("UPDATE workspace_settings SET value = ? "
                             "WHERE key = 'deferred_build'", (json.dumps(taken),))
    else:
        for create in TRIGGERS.values():
            op.execute(create)
        op.execute(REFILL)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP VIEW account_referrals")
    op.drop_table("referrals")
    op.execute("DELETE FROM workspace_settings WHERE key = 'suggestions_version'")
    # in place (SQLite 3.35): a batch copy of the table would trip the rollup's triggers
    for table, column in (("account_rollup", "referrals"), ("products", "tier"),
                          ("products", "family")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
