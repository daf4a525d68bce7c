"""Facts the laptop keeps on synced rows for the review's Pipeline and Funnel panels
(migration 0018_review_flow): its own columns, never sent nor received.

On each deal change (`DealChange`), among the deal's kept changes in the order its
history lists them (changed_at, then id):

- `prev_at`: when the change of the same field before it was made (None: the first).
  The first change of a field since a moment is the one made since whose previous one
  was made before: found among that period's changes alone, without grouping them.
- `entry_prev_at` (stage changes): when the same stage was entered before.
- `onward_at` (stage changes into a funnel stage): the first time, at or after it, the
  deal entered a later stage of the funnel (crmdesk.domain.funnel.RANK).

On each contract, `first_paid_on`: the day its first money arrived (a payment kept, of
an amount above 0), whenever that is.

Triggers keep them on every write, whatever makes it (a local edit, a pull, a merge, an
import); a first sync takes the triggers down with the indexes (crmdesk.store.deferred)
and `refresh_all` sets every row's from the migration's views before putting them back.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Date, DateTime, literal_column

#: (table, the view saying each row's facts, the fact columns), as migration 0018 made them.
FACTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("deal_changes", "flow_deal_changes", ("prev_at", "entry_prev_at", "onward_at")),
    ("contracts", "flow_contracts", ("first_paid_on",)),
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


def first_paid_on() -> Any:
    return literal_column("contracts.first_paid_on", Date)


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
