"""the review's Pipeline and Funnel panels at 100k accounts, from facts the laptop keeps
on the rows (its own columns, not synced): on each deal change, when the change of the
same field before it was made (so the first change of each field since a day is found
among that day's changes without grouping them), for a stage change when the same
stage was entered before and when a later stage of the funnel was entered after it, and
its deal as it is now (so the changes are counted without looking each deal up); on
each contract, the day its first money arrived. Triggers keep them on every write (a
local edit, a pull, a merge, an import); views say what they are for every row at once,
for this migration and for the rebuild after a first sync (crmdesk.store.flow)

Revision ID: 0019_review_flow
Revises: 0018_review_reps
Create Date: 2026-12-03 19:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0019_review_flow"
down_revision = "0018_review_reps"
branch_labels = None
depends_on = None

#: Each deal change's copy of its deal as it is now (what the panels narrow by and
#: count), named after the deal's column: live (kept, of an account not removed), its
#: currency, stage, amount, expected close, day made, team and owner. None without a
#: deal row.
DEAL = {
    "deal_live": ("o.deleted IS 0 AND NOT EXISTS (SELECT 1 FROM accounts AS a "
                  "WHERE a.id = o.account_id AND a.deleted IS 1)"),
    "deal_currency": "o.currency", "deal_stage": "o.stage", "deal_amount": "o.amount",
    "deal_close": "o.expected_close", "deal_made": "o.created_on", "deal_team": "o.team_id",
    "deal_owner": "o.owner_id",
}

#: The laptop's own columns (crmdesk.store.models.LAPTOP_COLUMNS): the time of the
#: previous change of the same field of the deal, by (changed_at, id), among the kept
#: ones; for a stage change, of the previous entry into the same stage, and the first
#: entry at or after it into a later funnel stage; its deal now (DEAL); a contract's
#: first money received.
COLUMNS = {"deal_changes": ("prev_at", "entry_prev_at", "onward_at", *DEAL),
           "contracts": ("first_paid_on",)}
_KINDS = {"prev_at": "DATETIME", "entry_prev_at": "DATETIME", "onward_at": "DATETIME",
          "deal_live": "BOOLEAN", "deal_currency": "VARCHAR(3)", "deal_stage": "VARCHAR(24)",
          "deal_amount": "BIGINT", "deal_close": "DATE", "deal_made": "DATE",
          "deal_team": "CHAR(32)", "deal_owner": "CHAR(32)", "first_paid_on": "DATE"}

#: A stage's place in the funnel (crmdesk.domain.funnel.RANK): lost and unknown none.
_RANK = ("CASE {0} WHEN 'qualify' THEN 0 WHEN 'needs_analysis' THEN 1 "
         "WHEN 'proposal' THEN 2 WHEN 'negotiation' THEN 3 WHEN 'won' THEN 4 END")

#: The row updated (a trigger's UPDATE takes no alias).
_C = "deal_changes"
#: Before the row updated among the same deal's kept changes, in the order the history
#: lists them.
_BEFORE = (f"p.deleted IS 0 AND (p.changed_at < {_C}.changed_at "
           f"OR p.changed_at = {_C}.changed_at AND p.id < {_C}.id)")


_STAGE = f"{_C}.deleted IS 0 AND {_C}.field = 'stage'"
#: Each fact of the row updated, from the deal's other changes.
_FACTS = {
    "prev_at": (f"CASE WHEN {_C}.deleted IS 0 THEN (SELECT max(p.changed_at) FROM "
                f"deal_changes AS p WHERE p.opportunity_id = {_C}.opportunity_id AND "
                f"p.field = {_C}.field AND {_BEFORE}) END"),
    "entry_prev_at": (f"CASE WHEN {_STAGE} THEN (SELECT max(p.changed_at) FROM "
                      f"deal_changes AS p WHERE p.opportunity_id = {_C}.opportunity_id AND "
                      f"p.field = 'stage' AND p.new_value IS {_C}.new_value AND {_BEFORE}) END"),
    "onward_at": (f"CASE WHEN {_STAGE} THEN (SELECT min(p.changed_at) FROM "
                  f"deal_changes AS p WHERE p.opportunity_id = {_C}.opportunity_id AND "
                  f"p.field = 'stage' AND p.deleted IS 0 AND p.changed_at >= {_C}.changed_at "
                  f"AND {_RANK.format('p.new_value')} > {_RANK.format(_C + '.new_value')}) END"),
}
#: The row's deal as it is now (DEAL), a row of values (none without the deal).
_NOW = (f"(SELECT {', '.join(DEAL.values())} FROM opportunities AS o "
        f"WHERE o.id = {_C}.opportunity_id)")


def _set(facts: tuple[str, ...], which: str, *, deal: bool = False) -> str:
    """Refresh `facts` (and the copy of the deal, `deal`) of the changes `which` says:
    written only where they differ (a write costs more than reading the deal's few
    other changes again)."""
    sets = [f"{f} = {_FACTS[f]}" for f in facts]
    differ = [f"{_C}.{f} IS NOT {_FACTS[f]}" for f in facts]
    if deal:
        sets.append(f"({', '.join(DEAL)}) = {_NOW}")
        differ.append(f"({', '.join(f'{_C}.{c}' for c in DEAL)}) IS NOT {_NOW}")
    return f"UPDATE {_C} SET {', '.join(sets)} WHERE {which} AND ({' OR '.join(differ)});"


def _chain(deal: str, field: str) -> str:
    """Refresh the facts of one deal's changes of one field (and of its stage changes:
    clear them on a change that stopped being one)."""
    return (_set(("prev_at",), f"{_C}.opportunity_id = {deal} AND {_C}.field = {field}")
            + _set(("entry_prev_at", "onward_at"),
                   f"{_C}.opportunity_id = {deal} AND ({_C}.field = 'stage' "
                   f"OR {_C}.entry_prev_at IS NOT NULL OR {_C}.onward_at IS NOT NULL)"))


def _live(account: str) -> str:
    """Refresh whether the deals of one account are live, on their changes."""
    live = (f"(SELECT {DEAL['deal_live']} FROM opportunities AS o "
            f"WHERE o.id = {_C}.opportunity_id)")
    return (f"UPDATE {_C} SET deal_live = {live} WHERE {_C}.opportunity_id IN "
            f"(SELECT id FROM opportunities WHERE account_id = {account}) "
            f"AND {_C}.deal_live IS NOT {live};")


def _paid(contract: str) -> str:
    """Refresh one contract's first money (written only when it moves)."""
    first = ("(SELECT min(p.received_on) FROM payments AS p WHERE p.contract_id = "
             "contracts.id AND p.deleted IS 0 AND p.amount > 0)")
    return (f"UPDATE contracts SET first_paid_on = {first} "
            f"WHERE id = {contract} AND first_paid_on IS NOT {first};")


#: Every row's facts, for the whole-table refresh (a removed row's are none): the same
#: as the triggers', by window functions (one pass over the table, not lookups a row).
_LATER = ("OVER (PARTITION BY c.opportunity_id, c.field, c.deleted ORDER BY c.changed_at "
          "DESC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)")
_ONWARD = " ".join(
    f"WHEN {rank} THEN min(CASE WHEN {_RANK.format('c.new_value')} > {rank} THEN "
    f"c.changed_at END) {_LATER}" for rank in range(4))
VIEWS = {
    "flow_deal_changes": (
        "CREATE VIEW flow_deal_changes AS SELECT c.id, "
        "CASE WHEN c.deleted IS 0 THEN lag(c.changed_at) OVER (PARTITION BY "
        "c.opportunity_id, c.field, c.deleted ORDER BY c.changed_at, c.id) END AS prev_at, "
        "CASE WHEN c.deleted IS 0 AND c.field = 'stage' THEN lag(c.changed_at) OVER ("
        "PARTITION BY c.opportunity_id, c.field, c.deleted, c.new_value ORDER BY "
        "c.changed_at, c.id) END AS entry_prev_at, "
        "CASE WHEN c.deleted IS 0 AND c.field = 'stage' THEN CASE "
        f"{_RANK.format('c.new_value')} {_ONWARD} END END AS onward_at, "
        + ", ".join(f"{value} AS {name}" for name, value in DEAL.items())
        + " FROM deal_changes AS c LEFT JOIN opportunities AS o ON o.id = c.opportunity_id"),
    "flow_contracts": (
        "CREATE VIEW flow_contracts AS SELECT c.id, (SELECT min(p.received_on) FROM "
        "payments AS p WHERE p.contract_id = c.id AND p.deleted IS 0 AND p.amount > 0) "
        "AS first_paid_on FROM contracts AS c"),
}

#: Named flow_* (crmdesk.store.deferred takes them down while a first sync writes, and
#: refreshes every row from VIEWS before putting them back).
TRIGGERS = {
    # a change made: its own facts and deal, then those of the deal's other changes its
    # coming moves (none when it is the deal's latest, as a change made here is)
    "flow_deal_changes_ai": (
        "CREATE TRIGGER flow_deal_changes_ai AFTER INSERT ON deal_changes BEGIN "
        + _set(tuple(_FACTS), f"{_C}.id = NEW.id", deal=True)
        + _set(("prev_at",), f"{_C}.opportunity_id = NEW.opportunity_id AND "
               f"{_C}.field = NEW.field AND {_C}.id IS NOT NEW.id")
        + _set(("entry_prev_at", "onward_at"), f"NEW.field = 'stage' AND "
               f"{_C}.opportunity_id = NEW.opportunity_id AND {_C}.field = 'stage' AND "
               f"{_C}.id IS NOT NEW.id") + " END"),
    "flow_deal_changes_au": (
        "CREATE TRIGGER flow_deal_changes_au AFTER UPDATE OF opportunity_id, field, "
        "new_value, changed_at, deleted ON deal_changes BEGIN "
        + _chain("OLD.opportunity_id", "OLD.field") + _chain("NEW.opportunity_id", "NEW.field")
        + _set((), f"{_C}.id = NEW.id", deal=True) + " END"),
    "flow_deal_changes_ad": (
        "CREATE TRIGGER flow_deal_changes_ad AFTER DELETE ON deal_changes BEGIN "
        + _chain("OLD.opportunity_id", "OLD.field") + " END"),
    # a deal's changes carry it as it is now: written whenever what they carry is
    "flow_opportunities_ai": (
        "CREATE TRIGGER flow_opportunities_ai AFTER INSERT ON opportunities BEGIN "
        + _set((), f"{_C}.opportunity_id = NEW.id", deal=True) + " END"),
    "flow_opportunities_au": (
        "CREATE TRIGGER flow_opportunities_au AFTER UPDATE OF deleted, account_id, currency, "
        "stage, amount, expected_close, created_on, team_id, owner_id ON opportunities BEGIN "
        + _set((), f"{_C}.opportunity_id = NEW.id", deal=True) + " END"),
    # and whether its account is removed (neither a deal nor an account is deleted
    # outright while changes or deals name it: the foreign keys refuse it)
    "flow_accounts_au": (
        "CREATE TRIGGER flow_accounts_au AFTER UPDATE OF deleted ON accounts BEGIN "
        + _live("NEW.id") + " END"),
    "flow_payments_ai": (
        "CREATE TRIGGER flow_payments_ai AFTER INSERT ON payments BEGIN "
        + _paid("NEW.contract_id") + " END"),
    "flow_payments_au": (
        "CREATE TRIGGER flow_payments_au AFTER UPDATE OF contract_id, received_on, amount, "
        "deleted ON payments BEGIN " + _paid("OLD.contract_id") + _paid("NEW.contract_id")
        + " END"),
    "flow_payments_ad": (
        "CREATE TRIGGER flow_payments_ad AFTER DELETE ON payments BEGIN "
        + _paid("OLD.contract_id") + " END"),
    # a contract arriving after its payments (a pull's pages in any order)
    "flow_contracts_ai": (
        "CREATE TRIGGER flow_contracts_ai AFTER INSERT ON contracts BEGIN "
        + _paid("NEW.id") + " END"),
}

#: Named in crmdesk.store.models.LAPTOP_INDEXES.
INDEXES = {
    # the first change of each field of each deal since a day: those of the day's changes
    # of the field whose previous one came before it, with the deal now (the Pipeline's
    # changes since): covering, no deal looked up
    "ix_deal_changes_first": (
        "CREATE INDEX ix_deal_changes_first ON deal_changes (field, changed_at, prev_at, "
        "old_value, new_value, deal_live, deal_currency, deal_stage, deal_amount, "
        "deal_close, deal_made, deal_team, deal_owner, opportunity_id, deleted) "
        "WHERE deleted IS 0"),
    # each stage's entries in a period, with when the same stage was entered before,
    # when the deal went on and the deal now (the Funnel's conversion): covering
    "ix_deal_changes_entries": (
        "CREATE INDEX ix_deal_changes_entries ON deal_changes (new_value, changed_at, "
        "entry_prev_at, onward_at, deal_live, deal_currency, deal_stage, deal_amount, "
        "deal_team, deal_owner, opportunity_id, field, deleted) "
        "WHERE deleted IS 0 AND field = 'stage'"),
    # the open deals of a currency by stage, the day they entered it and team (whose
    # playbook says when they are stuck), with what the Pipeline's stages sum of them:
    # grouped as read, no sort
    "ix_opportunities_stage_days": (
        "CREATE INDEX ix_opportunities_stage_days ON opportunities (currency, stage, "
        "coalesce(stage_since, created_on), team_id, deleted, account_id, amount, "
        "probability, expected_close, owner_id, id, stage_since, created_on)"),
    # the open deals of a currency by stage, the largest weighted amount first
    # (crmdesk.domain.deals.weighted; the Pipeline's board lists each stage's first ones)
    "ix_opportunities_board": (
        "CREATE INDEX ix_opportunities_board ON opportunities (currency, stage, "
        "coalesce(amount, 0) * probability / 100 DESC, id, deleted, account_id, team_id, "
        "owner_id)"),
    # the deals won and lost in a period, with what the Pipeline's stages sum of them
    "ix_opportunities_closed": (
        "CREATE INDEX ix_opportunities_closed ON opportunities (closed_on, stage, currency, "
        "deleted, account_id, amount, probability, team_id, owner_id, id) "
        "WHERE stage IN ('won', 'lost')"),
    # the deals made since a day, with what the Pipeline's new ones read of them
    "ix_opportunities_made": (
        "CREATE INDEX ix_opportunities_made ON opportunities (created_on, deleted, "
        "account_id, currency, stage, amount, id, team_id, owner_id)"),
    # each account's paid contracts with what makes it a customer (the Funnel's
    # attrition), in the account's order: no sort, no payment read
    "ix_contracts_paid": (
        "CREATE INDEX ix_contracts_paid ON contracts (account_id, deleted, first_paid_on, "
        "ends_on, signed_on) WHERE first_paid_on IS NOT NULL"),
}


def refresh(table: str, view: str, columns: tuple[str, ...]) -> str:
    """Set `columns` of every row of `table` that `view` says otherwise
    (crmdesk.store.flow.refresh_all says the same)."""
    differs = " OR ".join(f"{table}.{c} IS NOT f.{c}" for c in columns)
    return (f"UPDATE {table} SET ({', '.join(columns)}) = "
            f"({', '.join(f'f.{c}' for c in columns)}) FROM {view} AS f "
            f"WHERE f.id = {table}.id AND ({differs})")


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        for column in columns:
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column} {_KINDS[column]}")
    for statement in VIEWS.values():
        op.execute(statement)
    for (table, columns), view in zip(COLUMNS.items(), VIEWS, strict=True):
        op.execute(refresh(table, view, columns))
    for statement in (*TRIGGERS.values(), *INDEXES.values()):
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
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    for name in VIEWS:
        op.execute(f"DROP VIEW {name}")
    for table, columns in COLUMNS.items():
        for column in columns:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
