"""Facts the laptop keeps on synced rows for the review's Pipeline and Funnel panels
(migration 0019_review_flow): its own columns, never sent nor received.

On each deal change (`DealChange`), among the deal's kept changes in the order its
history lists them (changed_at, then id):

- `prev_at`: when the change of the same field before it was made (None: the first).
  The first change of a field since a moment is the one made since whose previous one
  was made before: found among that period's changes alone, without grouping them.
- `entry_prev_at` (stage changes): when the same stage was entered before.
- `onward_at` (stage changes into a funnel stage): the first time, at or after it, the
  deal entered a later stage of the funnel (crmdesk.domain.funnel.RANK).

And its deal as it is now, so the review counts changes without looking each deal
up: `deal_live` (the deal kept and its account not removed: `deal_facts.deal_conditions`'
first two), `deal_currency`, `deal_stage`, `deal_amount`, `deal_close` (expected),
`deal_made` (created on), `deal_team`, `deal_owner`; none when the deal row is missing.

On each contract, `first_paid_on`: the day its first money arrived (a payment kept, of
an amount above 0), whenever that is.

On each payment (migration 0023_review_panels_speed), for the Plans panel's credited
sales (crmdesk.store.plan_queries.credit): `credit_seller`, whom it is credited to (its
contract's deal's owner, else the contract's); `credit_deal`, that deal when it is not
removed; `credit_live`, whether its contract is kept (none without the contract row).

Triggers keep them on every write, whatever makes it (a local edit, a pull, a merge, an
import); a first sync takes the triggers down with the indexes (crmdesk.store.deferred)
and `refresh_all` sets every row's from the migration's views before putting them back.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Date, DateTime, String, literal_column

from crmdesk.domain.deals import OpportunityStage
from crmdesk.store.models import Opportunity

#: (table, the view saying each row's facts, the fact columns), as migrations 0019 and 0023
#: made them.
FACTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("deal_changes", "flow_deal_changes", (
        "prev_at", "entry_prev_at", "onward_at", "deal_live", "deal_currency", "deal_stage",
        "deal_amount", "deal_close", "deal_made", "deal_team", "deal_owner")),
    ("contracts", "flow_contracts", ("first_paid_on",)),
    ("payments", "flow_payments", ("credit_seller", "credit_deal", "credit_live")),
)

#: The triggers keeping them are named so (crmdesk.store.deferred takes them down).
TRIGGER_PREFIX = "flow_"

# the columns as queries name them (the models do not declare them: the server has none)


def prev_at() -> Any:
    return literal_column("deal_changes.prev_at", DateTime)


def entry_prev_at() -> Any:
    return literal_column("deal_changes.entry_prev_at", DateTime)


def onward_at() -> Any:
    return literal_column("deal_changes.onward_at", DateTime)


def deal(column: str) -> Any:
    """A deal change's copy of its deal's `column` (deal_live, deal_stage, ...), typed as
    the deal's own column."""
    return literal_column(f"deal_changes.{column}", _DEAL_TYPES[column])


_DEAL_TYPES: dict[str, Any] = {
    "deal_live": Boolean(), "deal_currency": Opportunity.currency.type,
    "deal_stage": Opportunity.stage.type, "deal_amount": Opportunity.amount.type,
    "deal_close": Opportunity.expected_close.type, "deal_made": Opportunity.created_on.type,
    "deal_team": Opportunity.team_id.type, "deal_owner": Opportunity.owner_id.type}


def deal_conditions(*, stages: Collection[OpportunityStage] | None,
                    team_id: uuid.UUID | None, owner_ids: Collection[uuid.UUID] | None,
                    currency: str | None) -> list[ColumnElement[bool]]:
    """`crmdesk.store.review.deal_facts.deal_conditions` (no closing days) on the deal
    changes' copies of their deals: the changes of the deals it narrows to. `stages`
    None: at any stage (no term: a live deal's copy is there, and a term read on each
    of a quarter's 85k stage entries at 100k accounts costs a fifth of their read)."""
    out: list[ColumnElement[bool]] = [deal("deal_live").is_(True)]
    if stages is not None:
        out.append(deal("deal_stage").in_([s.value for s in stages]))
    if team_id is not None:
        out.append(deal("deal_team") == team_id)
    if owner_ids is not None:
        out.append(deal("deal_owner").in_(list(owner_ids)))
    if currency is not None:
        out.append(deal("deal_currency") == currency)
    return out


def first_paid_on() -> Any:
    return literal_column("contracts.first_paid_on", Date)


def credit(column: str) -> Any:
    """A payment's `column` of its credit (credit_seller, credit_deal, credit_live), as
    stored (ids as text)."""
    return literal_column(f"payments.{column}", Boolean if column == "credit_live" else String)


def refresh_statement(table: str, view: str, columns: tuple[str, ...]) -> str:
    """Set `columns` of each row of `table` whose values `view` says otherwise."""
    differs = " OR ".join(f"{table}.{c} IS NOT f.{c}" for c in columns)
    return (f"UPDATE {table} SET ({', '.join(columns)}) = "
            f"({', '.join(f'f.{c}' for c in columns)}) FROM {view} AS f "
            f"WHERE f.id = {table}.id AND ({differs})")


def refresh_all(conn: sqlite3.Connection) -> None:
    """Every row's facts from the views, inside the caller's transaction (after rows
    arrived with the triggers down); nothing on a database without them."""
    views = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'view' AND name LIKE 'flow_%'")}
    for table, view, columns in FACTS:
        if view in views:
            conn.execute(refresh_statement(table, view, columns))
