"""the review's count of accounts about to return to the pool and its attrition, from
covering indexes of the laptop's own: each live account's owner, status, team and clock
start (not its wide row: 100k of them at 100k accounts), the two-way conversations by
day with their account (the set of accounts talked to since a day, without a row of
each), each contract's payments (its first money, without sorting every payment), and
the deals by id with the figures the changes since a day read of them

Revision ID: 0017_review_pool
Revises: 0016_speed
Create Date: 2026-12-03 14:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0017_review_pool"
down_revision = "0016_speed"
branch_labels = None
depends_on = None

#: The WHERE of ix_activities_two_way (crmdesk.store.review.scope_sql.two_way_terms
#: writes a query's terms the same, so SQLite may read the partial index).
_TWO_WAY = ("deleted IS 0 AND kind IN ('call', 'email', 'meeting', 'sms', 'visit') AND "
            "outcome IN ('interested', 'meeting_booked', 'not_interested', "
            "'quote_requested', 'reached')")

#: Named in crmdesk.store.models.LAPTOP_INDEXES (the models do not declare them: the
#: server has no review to read).
INDEXES = {
    # every column the pool rule reads of a live account, the id last: covering. Of the
    # live ones alone: the few removed are read from ix_accounts_removed (a covering
    # index of every account would be preferred to it, and read whole, for them)
    "ix_accounts_pool_clock": (
        "CREATE INDEX ix_accounts_pool_clock ON accounts "
        "(owner_id, status, deleted, team_id, assigned_on, acquired_on, id) "
        "WHERE deleted IS 0"),
    # ix_activities_two_way_when with the terms of its WHERE as columns, so a read of a
    # range of days needs no row to check them (SQLite checks them again)
    "ix_activities_two_way_cover": (
        "CREATE INDEX ix_activities_two_way_cover ON activities "
        f"(occurred_at, account_id, deleted, kind, outcome) WHERE {_TWO_WAY}"),
    # each contract's first money (the Funnel panel's attrition: a customer from the
    # first payment on), read in the contract's order: no sort of every payment
    "ix_payments_contract_first": (
        "CREATE INDEX ix_payments_contract_first ON payments "
        "(contract_id, deleted, amount, received_on)"),
    # a deal by its id with what the Pipeline's changes, the Funnel's stage entries and
    # the Plans' products read of it: tens of thousands of deals changed in a period
    # looked up without their wide rows. No owner or team: credit's seller lookups keep
    # to the narrower ix_opportunities_seller
    "ix_opportunities_id_facts": (
        "CREATE INDEX ix_opportunities_id_facts ON opportunities "
        "(id, deleted, account_id, stage, currency, amount, expected_close, created_on)"),
}


def upgrade() -> None:
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
