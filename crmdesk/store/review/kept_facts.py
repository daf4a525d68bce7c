"""Facts the review's Reps panel reads kept on the laptop's own rows, so it counts them
from an index instead of looking up each account's conversations and deals and each
deal's history (four fifths of the panel's time at 100k accounts):

- `accounts.review_talked_at`: the account's last live two-way conversation (None:
  none), crmdesk.store.derived.TWO_WAY's;
- `accounts.review_dealt_on`: `OPEN_DEAL` when the account has a live open deal, else
  the day its newest live deal was made (None: none, or none with a day);
- `opportunities.review_slipped`: 1 when a live change pushed the deal's close date
  later (crmdesk.domain.deals.slips' `slipped`), else 0;
- `review_activity_hours`: the live activities per person (whoever logged each, else
  its owner) and hour of the day (UTC, as they are stored), counted: a person's
  activities over a few weeks are a few hundred of its rows, not tens of thousands of
  activities.

The laptop's alone (migration 0018_review_reps; the models do not declare them, the
server has no review to read): SQLite triggers keep them on every write whichever path
makes it (a local edit, a pull, a merge, an import), since they follow from the rows
alone, not from the clock. While a first sync or a bulk load has the indexes down
(crmdesk.store.deferred) the triggers are down too, and `refill` computes every fact
again once the rows are in. `drift` names the rows whose facts are not what the rows
say (the tests)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Date,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Uuid,
    literal_column,
)

from crmdesk.domain.deals import OPEN_STAGES, DealField
from crmdesk.store.models import TWO_WAY_KINDS, TWO_WAY_OUTCOME_VALUES

#: review_dealt_on of an account with a live open deal: after every day a rule reads.
OPEN_DEAL = "9999-12-31"

#: The columns, by table.
COLUMNS: dict[str, tuple[str, ...]] = {
    "accounts": ("review_talked_at", "review_dealt_on"),
    "opportunities": ("review_slipped",),
}

#: The live activities counted per person and hour: `hour` is the first 13 characters
#: of their stored time ("2026-11-30 09"). Not among the models (the server has none).
activity_hours = Table(
    "review_activity_hours", MetaData(),
    Column("person_id", Uuid, primary_key=True),
    Column("hour", String(13), primary_key=True),
    Column("n", Integer, nullable=False))

#: Its table, as migration 0018_review_reps makes it.
HOURS_TABLE = ("CREATE TABLE review_activity_hours (person_id CHAR(32) NOT NULL, "
               "hour VARCHAR(13) NOT NULL, n INTEGER NOT NULL, "
               "PRIMARY KEY (person_id, hour)) WITHOUT ROWID")


def open_terms() -> ColumnElement[bool]:
    """An open deal, in the words of ix_opportunities_forecast's WHERE (`OPEN_LISTED`)."""
    clause: ColumnElement[bool] = literal_column("opportunities.stage").in_(
        [literal_column(v) for v in OPEN_LISTED.split(", ")])
    return clause


def hour_of(at: datetime) -> str:
    """The hour an activity at stored time `at` is counted in."""
    return at.strftime("%Y-%m-%d %H")

#: The facts as columns of a query (typed, so a datetime or a day compared with them is
#: written as SQLAlchemy stores it).
talked_at: Any = literal_column("accounts.review_talked_at", DateTime)
dealt_on: Any = literal_column("accounts.review_dealt_on", Date)
slipped: Any = literal_column("opportunities.review_slipped", Integer)

#: The open stages as literal SQL, in this order: the WHERE of the partial index of open
#: deals (ix_opportunities_forecast), which a query repeats word for word (`open_terms`)
#: so SQLite reads it, and no other query is drawn to it.
OPEN_LISTED = ", ".join(f"'{s.value}'" for s in sorted(OPEN_STAGES, key=lambda s: s.value))
_OPEN = OPEN_LISTED
# each in the words of the partial index it is read from (ix_activities_two_way,
# ix_deal_changes_pushed), so SQLite reads that index
_TWO_WAY = (f"deleted IS 0 AND kind IN ({TWO_WAY_KINDS}) "
            f"AND outcome IN ({TWO_WAY_OUTCOME_VALUES})")
_PUSHED = (f"field = '{DealField.EXPECTED_CLOSE.value}' AND deleted IS 0 AND "
           "old_value IS NOT NULL AND new_value IS NOT NULL AND new_value > old_value")


def _talked(account: str) -> str:
    return (f"(SELECT max(occurred_at) FROM activities WHERE account_id = {account} "
            f"AND {_TWO_WAY})")


def _dealt(account: str) -> str:
    return (f"(SELECT CASE WHEN max(stage IN ({_OPEN})) THEN '{OPEN_DEAL}' "
            f"ELSE max(created_on) END FROM opportunities "
            f"WHERE account_id = {account} AND deleted IS 0)")


def _slipped(deal: str) -> str:
    return f"EXISTS (SELECT 1 FROM deal_changes WHERE opportunity_id = {deal} AND {_PUSHED})"


def _changed(*columns: str) -> str:
    return " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)


_PERSON = "coalesce({0}.author_id, {0}.owner_id)"
_HOUR = "substr({0}.occurred_at, 1, 13)"


def _count(row: str, by: str) -> str:
    """The statement counting activity `row` (new, old) `by` ("+ 1", "- 1") in its
    person's hour, when it is live and someone's (its WHERE is also what SQLite's
    grammar asks of an INSERT of a SELECT with ON CONFLICT)."""
    person, hour = _PERSON.format(row), _HOUR.format(row)
    return (f"INSERT INTO review_activity_hours (person_id, hour, n) SELECT {person}, "
            f"{hour}, {by[0]}1 WHERE {row}.deleted IS 0 AND {person} IS NOT NULL "
            f"ON CONFLICT (person_id, hour) DO UPDATE SET n = n {by}")


_HOURS = (f"SELECT {_PERSON.format('activities')} AS person_id, "
          f"{_HOUR.format('activities')} AS hour, count(*) AS n FROM activities "
          f"WHERE deleted IS 0 AND {_PERSON.format('activities')} IS NOT NULL "
          "GROUP BY 1, 2")

_ACCOUNT_FACTS = (f"review_talked_at = {_talked('accounts.id')}, "
                  f"review_dealt_on = {_dealt('accounts.id')}")
_TALKED = f"review_talked_at = {_talked('accounts.id')}"
_DEALT = f"review_dealt_on = {_dealt('accounts.id')}"
_SLIPPED = f"review_slipped = {_slipped('opportunities.id')}"

#: The triggers keeping the facts, by name (all named review_facts_*). Each recomputes
#: the facts of the rows a write touched from their index (a few rows), except a new
#: conversation or push, which can only move a fact one way.
TRIGGERS: dict[str, str] = {
    # an account arriving after its records (a pull's order): its facts from them (a
    # new lead has none: its row is not written again)
    "review_facts_account_ai": (
        "CREATE TRIGGER review_facts_account_ai AFTER INSERT ON accounts BEGIN "
        f"UPDATE accounts SET {_ACCOUNT_FACTS} WHERE id = new.id "
        f"AND ({_talked('new.id')} IS NOT NULL OR {_dealt('new.id')} IS NOT NULL); END"),
    "review_facts_activity_ai": (
        "CREATE TRIGGER review_facts_activity_ai AFTER INSERT ON activities "
        f"WHEN new.account_id IS NOT NULL AND new.deleted IS 0 "
        f"AND new.kind IN ({TWO_WAY_KINDS}) AND new.outcome IN ({TWO_WAY_OUTCOME_VALUES}) "
        "BEGIN UPDATE accounts SET review_talked_at = new.occurred_at "
        "WHERE id = new.account_id AND (review_talked_at IS NULL "
        "OR review_talked_at < new.occurred_at); END"),
    "review_facts_activity_au": (
        "CREATE TRIGGER review_facts_activity_au AFTER UPDATE OF account_id, deleted, kind, "
        "outcome, occurred_at ON activities "
        f"WHEN {_changed('account_id', 'deleted', 'kind', 'outcome', 'occurred_at')} "
        f"BEGIN UPDATE accounts SET {_TALKED} "
        "WHERE id IN (old.account_id, new.account_id); END"),
    "review_facts_activity_ad": (
        "CREATE TRIGGER review_facts_activity_ad AFTER DELETE ON activities BEGIN "
        f"UPDATE accounts SET {_TALKED} WHERE id = old.account_id; END"),
    "review_facts_deal_ai": (
        "CREATE TRIGGER review_facts_deal_ai AFTER INSERT ON opportunities BEGIN "
        f"UPDATE accounts SET {_DEALT} WHERE id = new.account_id; "
        # a deal arriving after its history (a pull's order)
        f"UPDATE opportunities SET review_slipped = 1 WHERE id = new.id "
        f"AND {_slipped('new.id')}; END"),
    "review_facts_deal_au": (
        "CREATE TRIGGER review_facts_deal_au AFTER UPDATE OF account_id, deleted, stage, "
        f"created_on ON opportunities "
        f"WHEN {_changed('account_id', 'deleted', 'stage', 'created_on')} "
        f"BEGIN UPDATE accounts SET {_DEALT} "
        "WHERE id IN (old.account_id, new.account_id); END"),
    "review_facts_deal_ad": (
        "CREATE TRIGGER review_facts_deal_ad AFTER DELETE ON opportunities BEGIN "
        f"UPDATE accounts SET {_DEALT} WHERE id = old.account_id; END"),
    "review_facts_change_ai": (
        "CREATE TRIGGER review_facts_change_ai AFTER INSERT ON deal_changes "
        f"WHEN new.field = '{DealField.EXPECTED_CLOSE.value}' AND new.deleted IS 0 "
        "AND new.old_value IS NOT NULL AND new.new_value IS NOT NULL "
        "AND new.new_value > new.old_value "
        "BEGIN UPDATE opportunities SET review_slipped = 1 "
        "WHERE id = new.opportunity_id AND review_slipped IS NOT 1; END"),
    "review_facts_change_au": (
        "CREATE TRIGGER review_facts_change_au AFTER UPDATE OF opportunity_id, field, "
        "deleted, old_value, new_value ON deal_changes "
        f"WHEN {_changed('opportunity_id', 'field', 'deleted', 'old_value', 'new_value')} "
        f"BEGIN UPDATE opportunities SET {_SLIPPED} "
        "WHERE id IN (old.opportunity_id, new.opportunity_id); END"),
    # an activity counted in its person's hour, taken off it when it leaves it
    "review_facts_hours_ai": (
        "CREATE TRIGGER review_facts_hours_ai AFTER INSERT ON activities "
        f"BEGIN {_count('new', '+ 1')}; END"),
    "review_facts_hours_au": (
        "CREATE TRIGGER review_facts_hours_au AFTER UPDATE OF author_id, owner_id, "
        "occurred_at, deleted ON activities "
        f"WHEN {_changed('author_id', 'owner_id', 'occurred_at', 'deleted')} "
        f"BEGIN {_count('old', '- 1')}; {_count('new', '+ 1')}; END"),
    "review_facts_hours_ad": (
        "CREATE TRIGGER review_facts_hours_ad AFTER DELETE ON activities "
        f"BEGIN {_count('old', '- 1')}; END"),
    "review_facts_change_ad": (
        "CREATE TRIGGER review_facts_change_ad AFTER DELETE ON deal_changes BEGIN "
        f"UPDATE opportunities SET {_SLIPPED} WHERE id = old.opportunity_id; END"),
}

_TALKED_ALL = (f"SELECT account_id, max(occurred_at) AS fact FROM activities "
               f"WHERE {_TWO_WAY} GROUP BY account_id")
_DEALT_ALL = (f"SELECT account_id, CASE WHEN max(stage IN ({_OPEN})) THEN '{OPEN_DEAL}' "
              "ELSE max(created_on) END AS fact FROM opportunities WHERE deleted IS 0 "
              "GROUP BY account_id")
_PUSHED_ALL = f"SELECT opportunity_id FROM deal_changes WHERE {_PUSHED}"


def _set_from(column: str, found: str) -> tuple[str, str]:
    """The accounts' `column` set from `found` (account_id, fact) where it differs, and
    emptied where it names none."""
    return (f"UPDATE accounts SET {column} = f.fact FROM ({found}) AS f "
            f"WHERE accounts.id = f.account_id AND accounts.{column} IS NOT f.fact",
            f"UPDATE accounts SET {column} = NULL WHERE {column} IS NOT NULL "
            f"AND id NOT IN (SELECT account_id FROM ({found}) WHERE account_id IS NOT NULL)")


#: Every fact computed again from the rows, set-based and written only where it
#: differs (a row rewritten is the cost: some seconds at 100k accounts).
REFILL: tuple[str, ...] = (
    *_set_from("review_talked_at", _TALKED_ALL),
    *_set_from("review_dealt_on", _DEALT_ALL),
    f"UPDATE opportunities SET review_slipped = 1 WHERE review_slipped IS NOT 1 "
    f"AND id IN ({_PUSHED_ALL})",
    f"UPDATE opportunities SET review_slipped = 0 WHERE review_slipped IS NOT 0 "
    f"AND id NOT IN ({_PUSHED_ALL})",
    "DELETE FROM review_activity_hours",
    f"INSERT INTO review_activity_hours (person_id, hour, n) {_HOURS}",
)


def refill(conn: sqlite3.Connection) -> None:
    """Compute every fact again, inside the caller's transaction."""
    for statement in REFILL:
        conn.execute(statement)


def drift(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """The rows whose kept facts are not what their records say: (table, stored id)."""
    accounts = conn.execute(
        f"SELECT id FROM accounts WHERE review_talked_at IS NOT {_talked('accounts.id')} "
        f"OR review_dealt_on IS NOT {_dealt('accounts.id')}").fetchall()
    deals = conn.execute(
        f"SELECT id FROM opportunities WHERE review_slipped IS NOT "
        f"{_slipped('opportunities.id')}").fetchall()
    hours = conn.execute(
        f"SELECT person_id, hour FROM (SELECT person_id, hour, n FROM review_activity_hours "
        f"WHERE n != 0 EXCEPT {_HOURS}) UNION SELECT person_id, hour FROM ({_HOURS} "
        "EXCEPT SELECT person_id, hour, n FROM review_activity_hours)").fetchall()
    return [("accounts", str(a)) for (a,) in accounts] + [
        ("opportunities", str(d)) for (d,) in deals] + [
        ("review_activity_hours", f"{p} {h}") for p, h in hours]
