"""The review's quick paths give the same answers: the laptop's own indexes are made by
the migrations and read where meant (the currencies in use), the ids behind a bar
read when opened are the ids a tuple would hold, and the facts the laptop keeps for the
review follow every write and are made for the rows a workspace already holds."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import delete, event, func, select, text, update

from crmdesk.domain.pool import PoolRules
from crmdesk.domain.report import JoinedIds, ReviewScope, Row
from crmdesk.store import deferred
from crmdesk.store.db import (
    Store,
    alembic_config,
    copy_workspace,
    make_engine,
    open_store,
    raw_connection,
)
from crmdesk.store.models import (
    LAPTOP_INDEXES,
    Account,
    Activity,
    DealChange,
    Opportunity,
    Payment,
    Team,
)
from crmdesk.store.pool_queries import due_within_warning
from crmdesk.store.review import kept_facts, lookup, panel
from crmdesk.store.review.reps import due_within_warning_kept
from tests.conftest import TODAY
from tests.review_world import assert_flow_facts


def test_a_new_workspace_holds_the_laptops_own_indexes(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.db", create=True)
    try:
        with store.session() as session:
            names = set(session.scalars(text(
                "SELECT name FROM sqlite_master WHERE type = 'index'")))
        assert names >= LAPTOP_INDEXES
    finally:
        store.close()


def test_the_currencies_in_use_are_counted_from_their_indexes(seeded: Store) -> None:
    with seeded.session() as session:
        # a deal and a payment in another currency, and a removed one (not in use)
        deal = session.scalars(select(Opportunity).limit(1)).one()
        deal.currency = "USD"
        payments = session.scalars(select(Payment).limit(2)).all()
        payments[0].currency = "USD"
        payments[1].currency, payments[1].deleted = "EUR", True
        session.commit()
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        statements.append((statement, params))

    event.listen(seeded.engine, "before_cursor_execute", seen)
    try:
        with seeded.session() as session:
            got = lookup.currencies(session)
    finally:
        event.remove(seeded.engine, "before_cursor_execute", seen)
    with seeded.session() as session:
        used = Counter(c for (c,) in session.execute(
            select(Opportunity.currency).where(Opportunity.deleted.is_(False))))
        used.update(c for (c,) in session.execute(
            select(Payment.currency).where(Payment.deleted.is_(False))))
        plans = " ".join(str(row) for statement, params in statements
                         if statement.lstrip().upper().startswith("SELECT")
                         for row in session.connection().exec_driver_sql(
                             "EXPLAIN QUERY PLAN " + statement, params))
    assert got == sorted(used, key=lambda c: (-used[c], c))
    assert "USD" in got and "EUR" not in got
    # one currency asked after (the review's default): the same answer, from a look
    with seeded.session() as session:
        assert [c for c in ("CNY", "USD", "EUR", "JPY") if lookup.in_use(session, c)] == [
            c for c in ("CNY", "USD", "EUR", "JPY") if c in got]
    assert "ix_opportunities_currency_used" in plans and "ix_payments_currency_used" in plans


def test_ids_read_when_opened_are_the_ids_of_a_tuple() -> None:
    ids = [uuid.uuid4() for _ in range(3)]
    joined = JoinedIds.of([ids[0].hex, None, f"{ids[1].hex},{ids[2].hex}"])
    assert len(joined) == 3 and joined._ids is None  # counted without reading them
    assert joined == tuple(ids) and tuple(ids) == joined and joined != tuple(ids[:2])
    assert list(joined) == ids and joined[1] == ids[1] and joined[1:] == tuple(ids[1:])
    assert ids[2] in joined and uuid.uuid4() not in joined
    assert hash(joined) == hash(tuple(ids))
    assert Row(("a",), joined) == Row(("a",), tuple(ids))
    empty = JoinedIds(None)
    assert len(empty) == 0 and empty == () and not list(empty)


def test_accounts_due_back_read_from_kept_facts_are_those_the_pool_rule_names(
        seeded: Store) -> None:
    """The reps panel's count of accounts about to return to the pool reads "nothing
    since" from the facts kept on each account (`reps.due_within_warning_kept`, the
    edits below keeping them through their triggers): the same accounts as
    `pool_queries.due_within_warning` (held to domain.pool.due by its own test) for
    teams of different rules, rules turned off, a removed conversation and deal, an
    account with no clock start, and days from a month back to months ahead."""
    with seeded.session.begin() as session:
        teams = list(session.scalars(select(Team.id).order_by(Team.id)))
        talked = session.scalars(select(Activity).where(
            Activity.kind.in_(["call", "meeting"]), Activity.outcome == "reached",
            Activity.deleted.is_(False)).order_by(Activity.occurred_at.desc()).limit(3)).all()
        for activity in talked[:2]:
            activity.deleted = True
        deal = session.scalars(select(Opportunity).where(
            Opportunity.stage == "qualify").limit(1)).one()
        deal.deleted = True
        clockless = session.scalars(select(Account).where(
            Account.status == "lead", Account.owner_id.is_not(None)).limit(1)).one()
        clockless.assigned_on = clockless.acquired_on = None
    assert len(teams) >= 2
    rule_sets = [
        dict.fromkeys(teams, PoolRules()),
        {teams[0]: PoolRules(no_contact_days=0, warn_days=10),
         teams[1]: PoolRules(no_deal_days=0, no_contact_days=14, warn_days=3)},
        {teams[0]: PoolRules(no_contact_days=0, no_deal_days=0),
         teams[1]: PoolRules(warn_days=0), **{t: PoolRules(no_deal_days=30) for t in teams[2:]}},
        {},
    ]
    with seeded.session.begin() as session:
        newest = session.scalar(select(func.max(Activity.occurred_at)))
        assert newest is not None
        # on the edges of the default rules on the newest day: a conversation at the
        # first moment that keeps an account, a deal made on the last day that does not
        day = newest.date() + timedelta(days=PoolRules().warn_days)
        edge_talk = day - timedelta(days=PoolRules().no_contact_days - 1)
        edge_deal = day - timedelta(days=PoolRules().no_deal_days)
        leads = [session.scalars(select(Account).where(
            Account.owner_id.is_not(None), Account.id != clockless.id,
            Account.id.in_(select(table.account_id))).order_by(Account.id).limit(1)).one()
            for table in (Activity, Opportunity)]
        for account in leads:  # a lead's clock started long ago
            account.status, account.assigned_on = "lead", day - timedelta(days=400)
        session.execute(update(Activity).where(Activity.account_id == leads[0].id).values(
            kind="call", outcome="reached", deleted=False,
            occurred_at=datetime.combine(edge_talk, datetime.min.time())))
        session.execute(update(Opportunity).where(Opportunity.account_id == leads[1].id)
                        .values(stage="won", created_on=edge_deal, deleted=False))
    rule_sets += [dict.fromkeys(teams, PoolRules(no_deal_days=0)),
                  dict.fromkeys(teams, PoolRules(no_contact_days=0))]
    with seeded.session() as session:
        checked = 0
        for rules in rule_sets:
            for today in (newest.date() - timedelta(days=30), newest.date(),
                          newest.date() + timedelta(days=70)):
                kept = set(session.scalars(select(Account.id).where(
                    due_within_warning_kept(rules, today))))
                lookups = set(session.scalars(select(Account.id).where(
                    due_within_warning(rules, today))))
                assert kept == lookups, (rules, today)
                checked += len(kept)
        assert checked > 0  # some accounts are due: the comparison says something


def test_the_kept_facts_are_computed_again_when_a_bulk_load_ends(seeded: Store) -> None:
    """While a first sync or a bulk load has the indexes down (crmdesk.store.deferred)
    the triggers keeping the review's facts are down too; its end computes every fact
    again, a wrong one put right, and puts the triggers back."""
    with seeded.session.begin() as session:
        raw = raw_connection(session)
        assert kept_facts.drift(raw) == []
        triggers = set(kept_facts.TRIGGERS)
        deferred.defer(raw)
        assert not triggers & {n for (n,) in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        # written meanwhile, unkept: a conversation, a removed deal, facts gone wrong
        talk = raw.execute("SELECT id, account_id FROM activities WHERE kind = 'call' "
                           "LIMIT 1").fetchone()
        raw.execute("UPDATE activities SET outcome = 'reached', deleted = 0, "
                    "occurred_at = '2030-01-01 09:00:00.000000' WHERE id = ?", (talk[0],))
        raw.execute("UPDATE opportunities SET deleted = 1 WHERE id = "
                    "(SELECT opportunity_id FROM deal_changes WHERE field = 'expected_close' "
                    "AND new_value > old_value LIMIT 1)")
        raw.execute("UPDATE accounts SET review_dealt_on = '2001-01-01' WHERE id IN "
                    "(SELECT id FROM accounts ORDER BY id LIMIT 3)")
        raw.execute("UPDATE opportunities SET review_slipped = 1 - review_slipped "
                    "WHERE id IN (SELECT id FROM opportunities ORDER BY id LIMIT 3)")
        raw.execute("INSERT INTO review_activity_hours VALUES ('0' || substr(?, 2), "
                    "'2001-01-01 00', 5)", (talk[1],))
        assert len(kept_facts.drift(raw)) >= 8
        assert deferred.restore(raw)
        assert kept_facts.drift(raw) == []
        assert triggers <= {n for (n,) in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert raw.execute("SELECT review_talked_at FROM accounts WHERE id = ?",
                           (talk[1],)).fetchone()[0].startswith("2030-01-01 09:00")


def test_only_the_forecast_reads_the_index_of_open_deals_by_close_date(seeded: Store) -> None:
    """ix_opportunities_forecast holds the open deals alone, in words only the forecast's
    terms repeat (kept_facts.open_terms): the pipeline's reads of every open deal are
    not drawn to it (to a lookup of each deal's row: four times slower at 100k)."""
    plans: dict[str, str] = {}
    for key in ("forecast", "pipeline"):
        statements: list[tuple[str, Any]] = []

        def seen(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
            statements.append((statement, params))  # noqa: B023

        event.listen(seeded.engine, "before_cursor_execute", seen)
        try:
            with seeded.session() as session:
                panel(session, key, ReviewScope(date(2026, 10, 1), date(2026, 12, 31), TODAY))
        finally:
            event.remove(seeded.engine, "before_cursor_execute", seen)
        with seeded.session() as session:
            plans[key] = " ".join(str(row) for statement, params in statements
                                  if statement.lstrip().upper().startswith("SELECT")
                                  for row in session.connection().exec_driver_sql(
                                      "EXPLAIN QUERY PLAN " + statement, params))
    assert "ix_opportunities_forecast" in plans["forecast"]
    assert "ix_opportunities_forecast" not in plans["pipeline"]
def test_the_reviews_facts_follow_each_write_of_history_and_payments(seeded: Store) -> None:
    """The facts kept for the Pipeline and Funnel (crmdesk.store.flow) follow writes the
    figure tests make none of, on a workspace whose rows arrived with the triggers down
    (the seed, as a first sync): a change arriving after a later one (another laptop's,
    offline), a change moved to another deal, one deleted outright; a payment arriving
    before the first one, one turned into no money, one moved to another contract, one
    deleted outright; a deal edited, moved to another account, its account removed."""
    with seeded.session.begin() as s:
        deals = list(s.scalars(select(DealChange.opportunity_id).where(
            DealChange.field == "stage", DealChange.deleted.is_(False))
            .group_by(DealChange.opportunity_id).having(func.count() >= 3)
            .order_by(DealChange.opportunity_id).limit(3)))
        first = s.scalars(select(DealChange).where(
            DealChange.opportunity_id == deals[0], DealChange.field == "stage",
            DealChange.deleted.is_(False)).order_by(DealChange.changed_at)).all()
        # a stage entered just after the deal's first stage change, arriving now
        early = DealChange(id=uuid.uuid4(), opportunity_id=deals[0], field="stage",
                           old_value=first[0].new_value, new_value="won",
                           changed_at=first[0].changed_at + timedelta(seconds=1),
                           owner_id=first[0].owner_id, team_id=first[0].team_id)
        s.add(early)
        s.flush()
        second = s.scalars(select(DealChange).where(
            DealChange.opportunity_id == deals[1], DealChange.deleted.is_(False))).all()
        second[-1].opportunity_id = deals[2]
        s.execute(delete(DealChange).where(DealChange.id == second[0].id))
        contracts = list(s.scalars(select(Payment.contract_id).where(
            Payment.deleted.is_(False), Payment.amount > 0).group_by(Payment.contract_id)
            .having(func.count() >= 3).order_by(Payment.contract_id).limit(2)))
        paid = s.scalars(select(Payment).where(Payment.contract_id == contracts[0])
                         .order_by(Payment.received_on)).all()
        s.add(Payment(id=uuid.uuid4(), contract_id=contracts[0], account_id=paid[0].account_id,
                      received_on=paid[0].received_on - timedelta(days=3), amount=1_00,
                      currency=paid[0].currency, owner_id=paid[0].owner_id,
                      team_id=paid[0].team_id))
        paid[1].amount = 0
        paid[0].contract_id = contracts[1]
        s.execute(delete(Payment).where(Payment.id == paid[-1].id))
        # the deals the changes carry: edited, moved to another account, one's account
        # removed
        s.execute(update(Opportunity).where(Opportunity.id == deals[0]).values(
            amount=Opportunity.amount + 1, currency="USD", owner_id=None))
        other = s.scalars(select(Account.id).where(Account.deleted.is_(False))
                          .order_by(Account.id).limit(1)).one()
        s.execute(update(Opportunity).where(Opportunity.id == deals[2]).values(
            account_id=other))
        s.execute(update(Account).where(Account.id == select(Opportunity.account_id).where(
            Opportunity.id == deals[1]).scalar_subquery()).values(deleted=True))
    assert_flow_facts(seeded)
    with seeded.session() as s:
        facts = {row.id: (row.prev_at, row.onward_at) for row in s.connection().exec_driver_sql(
            "SELECT id, prev_at, onward_at FROM deal_changes WHERE id IN (?, ?)",
            (first[0].id.hex, first[1].id.hex))}
    # the change that arrived late went on from the deal's first stage, and came before
    # its second stage change
    stamp = f"{early.changed_at:%Y-%m-%d %H:%M:%S.%f}"
    assert facts[first[0].id.hex][1] == stamp and facts[first[1].id.hex][0] == stamp


def test_the_migration_keeps_the_facts_of_the_rows_a_workspace_holds(
        seeded_file: Path, tmp_path: Path) -> None:
    """A workspace from before migration 0018 gets every row's facts when it opens, and
    keeps them from then on; taking the migration back leaves none of its own."""
    path = tmp_path / "older.db"
    copy_workspace(seeded_file, path)
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0017_review_pool")
    with engine.connect() as conn:
        columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(deal_changes)")}
        left = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name LIKE 'flow_%' "
                                    "OR name IN ('ix_deal_changes_first')").all()
    engine.dispose()
    assert "prev_at" not in columns and not left
    store = open_store(path)
    try:
        assert_flow_facts(store)
    finally:
        store.close()


def test_the_changes_since_index_goes_by_owner_and_waits_for_a_first_sync(
        seeded_file: Path, tmp_path: Path) -> None:
    """Migration 0022 puts ix_deal_changes_first_owner in place of ix_deal_changes_first
    (taking it back puts the former back); on a workspace whose first sync stopped with
    the indexes down it is not built over the rows still arriving, but with the others
    when they are built (crmdesk.store.deferred.restore)."""
    path = tmp_path / "older.db"
    copy_workspace(seeded_file, path)
    engine = make_engine(path)
    config = alembic_config()

    def indexes() -> set[str]:
        with engine.connect() as conn:
            return {n for (n,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name LIKE 'ix_deal_changes_first%'")}

    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0020_review_value")
    assert indexes() == {"ix_deal_changes_first"}
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    assert indexes() == {"ix_deal_changes_first_owner"}
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0020_review_value")
        deferred.defer(conn.connection.driver_connection)  # type: ignore[arg-type]
    assert indexes() == set()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    assert indexes() == set()
    with engine.begin() as conn:
        assert deferred.restore(conn.connection.driver_connection)  # type: ignore[arg-type]
    assert indexes() == {"ix_deal_changes_first_owner"}
    engine.dispose()
    store = open_store(path)
    try:
        with store.session() as session:
            plan = " ".join(str(row) for row in session.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT count(*) FROM deal_changes WHERE field = 'stage' "
                "AND deal_owner = ? AND changed_at >= '2026-10-01' AND deleted IS 0",
                ("0" * 32,)))
        assert "ix_deal_changes_first_owner" in plan
    finally:
        store.close()
