"""The review's quick paths give the same answers: the laptop's own indexes are made by
the migrations and read where meant (the currencies in use), the ids behind a bar
read when opened are the ids a tuple would hold, and the facts the laptop keeps for the
review follow every write and are made for the rows a workspace already holds."""

from __future__ import annotations

import gc
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import delete, event, func, select, text, update
from sqlalchemy.orm import Session

from crmdesk.domain.pool import PoolRules
from crmdesk.domain.report import (
    JoinedIds,
    LaterIds,
    ReviewScope,
    Row,
    each_one,
    rows_of,
    uuids,
)
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
    Contract,
    DealChange,
    Opportunity,
    Payment,
    Role,
    Team,
    User,
)
from crmdesk.store.pool_queries import due_within_warning
from crmdesk.store.review import kept_facts, lookup, panel
from crmdesk.store.review.cycles import no_cycle_collection
from crmdesk.store.review.reps import due_within_warning_kept
from tests.conftest import TODAY
from tests.review_world import assert_flow_facts, flow_facts


def _statements(store: Store, read: Callable[[Session], object]) -> list[tuple[str, Any]]:
    """The statements (and their parameters) `read` runs in a session of `store`."""
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        statements.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        with store.session() as session:
            read(session)
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    return statements


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
    found: list[list[str]] = []
    statements = _statements(seeded, lambda session: found.append(lookup.currencies(session)))
    got = found[0]
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


def test_ids_read_later_are_read_once_when_first_asked_for() -> None:
    ids = [uuid.uuid4() for _ in range(3)]
    reads: list[int] = []

    def load() -> str:
        reads.append(1)
        return ",".join(i.hex for i in ids)

    later = LaterIds(load, 3)
    assert len(later) == 3 and bool(later) and not reads  # counted, not read
    # two lists not read yet are not the same for want of text
    assert LaterIds(lambda: ids[0].hex, 1) != LaterIds(lambda: ids[1].hex, 1)
    assert later == tuple(ids) and list(later) == ids and later[2] == ids[2]
    assert ids[1] in later and later == JoinedIds(",".join(i.hex for i in ids))
    assert reads == [1]  # read once
    nothing = LaterIds(lambda: None, 0)
    assert nothing == () and not list(nothing)


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
        # unkept meanwhile (asked of these rows alone: with the indexes down, drift over
        # every row reads every activity for each account)
        assert not (raw.execute("SELECT review_talked_at FROM accounts WHERE id = ?",
                                (talk[1],)).fetchone()[0] or "").startswith("2030-01-01")
        assert raw.execute("SELECT count(*) FROM accounts WHERE review_dealt_on = "
                           "'2001-01-01'").fetchone()[0] >= 3
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
        statements = _statements(seeded, lambda session, key=key: panel(
            session, key, ReviewScope(date(2026, 10, 1), date(2026, 12, 31), TODAY)))
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


def _credit_facts(store: Store) -> dict[str, object]:
    """Each payment's kept credit facts (crmdesk.store.flow), as stored."""
    stored, found = flow_facts(store)
    assert {k: v for k, v in stored.items() if k.startswith("payments:")} == {
        k: v for k, v in found.items() if k.startswith("payments:")}
    return {k: v for k, v in stored.items() if k.startswith("payments:")}


def test_each_payments_credit_follows_its_contract_and_deal(seeded: Store) -> None:
    """The credit kept on each payment for the Plans panel (whom it is credited to, its
    live deal, whether its contract is live) follows every write that changes it: a
    payment made, moved to another contract; a contract given another deal, none,
    another owner, removed; a deal given another owner, none, removed; a contract and a
    deal arriving after the payments naming them (a pull's pages in any order); and a
    bulk load's end puts wrong ones right."""
    before = _credit_facts(seeded)  # set for every payment after the seed's bulk load
    assert any(k.endswith("credit_deal") and v for k, v in before.items())
    with seeded.session.begin() as s:
        paid = list(s.scalars(select(Payment).join(Contract, Contract.id == Payment.contract_id)
                              .where(Contract.opportunity_id.is_not(None),
                                     Payment.deleted.is_(False))
                              .order_by(Payment.id).limit(6)))
        contracts = [s.get(Contract, p.contract_id) for p in paid]
        users = list(s.scalars(select(User.id).where(User.role == Role.REP).limit(2)))
        s.add(Payment(id=uuid.uuid4(), contract_id=paid[0].contract_id,
                      account_id=paid[0].account_id, received_on=TODAY, amount=5_00,
                      currency=paid[0].currency, owner_id=paid[0].owner_id,
                      team_id=paid[0].team_id))
        paid[1].contract_id = paid[2].contract_id
        s.flush()
        first, second, third = (c for c in contracts[2:5] if c is not None)
        first.opportunity_id = contracts[0].opportunity_id if contracts[0] else None
        second.opportunity_id = None
        second.owner_id = users[0]
        third.deleted = True
        s.flush()
        deal = s.get(Opportunity, contracts[5].opportunity_id if contracts[5] else None)
        assert deal is not None
        deal.owner_id = users[1]
        # a deal with no owner: its contract's owner is credited
        none = s.get(Opportunity, contracts[1].opportunity_id if contracts[1] else None)
        assert none is not None and contracts[1] is not None
        none.owner_id, contracts[1].owner_id = None, users[0]
        fallback = contracts[1].id
        other = s.get(Opportunity, contracts[0].opportunity_id if contracts[0] else None)
        assert other is not None
        other.deleted = True
    after = _credit_facts(seeded)
    assert after != before
    # moved to a contract given the deal then removed; a contract removed
    assert after[f"payments:{paid[1].id.hex}:credit_deal"] is None
    assert before[f"payments:{paid[1].id.hex}:credit_deal"] is not None
    assert after[f"payments:{paid[4].id.hex}:credit_live"] == 0
    assert after[f"payments:{paid[5].id.hex}:credit_seller"] == users[1].hex
    with seeded.session() as s:
        assert {seller for (seller,) in s.connection().exec_driver_sql(
            "SELECT credit_seller FROM payments WHERE contract_id = ?",
            (fallback.hex,))} == {users[0].hex}
    # a payment pulled before its contract, and the contract before its deal
    new = {"payments": uuid.uuid4().hex, "contracts": uuid.uuid4().hex,
           "opportunities": uuid.uuid4().hex}
    with seeded.session.begin() as s:
        raw = raw_connection(s)
        raw.execute("PRAGMA defer_foreign_keys = ON")
        _copy(raw, "payments", paid[0].id.hex, id=new["payments"],
              contract_id=new["contracts"])
        _copy(raw, "contracts", paid[0].contract_id.hex, id=new["contracts"],
              opportunity_id=new["opportunities"], number="late")
        _copy(raw, "opportunities", deal.id.hex, id=new["opportunities"], owner_id=users[0].hex)
    late = _credit_facts(seeded)
    assert (late[f"payments:{new['payments']}:credit_deal"],
            late[f"payments:{new['payments']}:credit_seller"]) == (
        new["opportunities"], users[0].hex)
    # a bulk load's end puts every payment's right (the triggers down meanwhile)
    with seeded.session.begin() as s:
        raw = raw_connection(s)
        deferred.defer(raw)
        raw.execute("UPDATE payments SET credit_seller = NULL, credit_live = 0 "
                    "WHERE id IN (SELECT id FROM payments ORDER BY id LIMIT 5)")
        raw.execute("UPDATE opportunities SET owner_id = ? WHERE id = ?",
                    (users[1].hex, new["opportunities"]))
        assert deferred.restore(raw)
    assert _credit_facts(seeded)[f"payments:{new['payments']}:credit_seller"] == users[1].hex


def _copy(raw: Any, table: str, source: str, **values: object) -> None:
    """Insert a copy of row `source` of `table` with `values` instead of its own."""
    columns = [row[1] for row in raw.execute(f"PRAGMA table_info({table})")]
    picked = [("?" if c in values else c) for c in columns]
    raw.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(picked)} "
                f"FROM {table} WHERE id = ?",
                (*(values[c] for c in columns if c in values), source))


def test_a_workspace_upgraded_gets_each_payments_credit_mid_first_sync_or_not(
        seeded_file: Path, tmp_path: Path) -> None:
    """A workspace from before 0023_review_panels_speed gets every payment's credit when
    it opens, its indexes down (a first sync stopped midway: the rebuild that follows
    makes them) or not; the triggers keep them from then on."""
    for deferred_build in (False, True):
        path = tmp_path / f"old-{deferred_build}.db"
        copy_workspace(seeded_file, path)
        engine = make_engine(path)
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0020_review_value")
            assert "credit_seller" not in {
                row[1] for row in conn.exec_driver_sql("PRAGMA table_info(payments)")}
            if deferred_build:
                deferred.defer(raw_connection(Session(bind=conn)))
        engine.dispose()
        store = open_store(path)
        try:
            with store.engine.connect() as conn:
                made = {name for (name,) in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')")}
            assert made >= {"ix_payments_credit", "flow_credit_contracts_au"}
            before = _credit_facts(store)
            with store.session.begin() as s:
                contract = s.scalars(select(Contract).where(
                    Contract.id.in_(select(Payment.contract_id))).limit(1)).one()
                contract.opportunity_id, contract.owner_id = None, None
            after = _credit_facts(store)
            assert after != before
        finally:
            store.close()

def test_rows_and_ids_made_in_c_are_those_their_constructors_make() -> None:
    ids = [uuid.uuid4() for _ in range(50)]
    made = uuids(i.hex for i in ids)
    assert made == ids and [hash(i) for i in made] == [hash(i) for i in ids]
    assert [str(i) for i in made] == [str(i) for i in ids]
    assert all(i.is_safe is uuid.SafeUUID.unknown for i in made)
    values = [(f"row {n}", n, n / 7) for n in range(50)]
    behind = [(i,) for i in ids]
    rows = rows_of(values, behind)
    assert rows == tuple(Row(v, b) for v, b in zip(values, behind, strict=True))
    assert hash(rows) == hash(tuple(Row(v, b) for v, b in zip(values, behind, strict=True)))
    assert rows_of([], []) == ()
    with pytest.raises(ValueError):
        rows_of(values, behind[1:])
    joined = JoinedIds(",".join(i.hex for i in ids), len(ids))
    assert len(joined) == 50 and joined == tuple(ids)
    ones = each_one([i.hex for i in ids])
    assert [type(o) for o in ones] == [JoinedIds] * 50
    assert [len(o) for o in ones] == [1] * 50 and [tuple(o) for o in ones] == [(i,) for i in ids]
    assert ones == [JoinedIds(i.hex) for i in ids] and ones[3] != ones[4]
    assert each_one([]) == []


def _as_if_large(store: Store, factor: int) -> None:
    """The planner told (by its statistics, sqlite_stat1) that every table holds
    `factor` times the rows it does, each value as many times more (a unique one still
    once): its plans for a large workspace, on a small one."""
    with store.write.begin() as session:
        conn = raw_connection(session)
        stats = conn.execute("SELECT tbl, idx, stat FROM sqlite_stat1").fetchall()
        for table, index, stat in stats:
            numbers = stat.split(" ")
            scaled = [str(int(n) * factor) if n.isdigit() and (i == 0 or n != "1") else n
                      for i, n in enumerate(numbers)]
            conn.execute("UPDATE sqlite_stat1 SET stat = ? WHERE tbl = ? AND idx IS ?",
                         (" ".join(scaled), table, index))
        conn.execute("ANALYZE sqlite_schema")  # the statistics read again


def test_a_reps_and_a_teams_accounts_are_read_from_their_indexes(seeded: Store) -> None:
    """The Value panel for one rep or one team of a large workspace starts from their
    live accounts' ids in ix_accounts_owned and ix_accounts_teamed
    (0023_review_panels_speed), not from a wide row of each (ten times slower for a rep
    at 100k accounts)."""
    _as_if_large(seeded, 200)
    with seeded.session() as session:
        rep, team = session.execute(select(Account.owner_id, Account.team_id).where(
            Account.owner_id.is_not(None), Account.team_id.is_not(None)).limit(1)).one()
    for narrow, index in (({"rep_id": rep}, {"ix_accounts_owned"}),
                          ({"team_id": team, "rep_id": rep},  # each holds both
                           {"ix_accounts_owned", "ix_accounts_teamed"}),
                          ({"team_id": team}, {"ix_accounts_teamed"})):
        statements = _statements(seeded, lambda session, narrow=narrow: panel(
            session, "value", ReviewScope(date(2026, 10, 1), date(2026, 12, 31), TODAY,
                                          **narrow)))
        with seeded.session() as session:
            plans = [" ".join(str(row[3]) for row in session.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, params))
                for statement, params in statements if "FROM accounts" in statement]
        assert len(plans) >= 2, narrow  # the stages and the accounts with payments
        assert all(any(name in plan for name in index) for plan in plans), (narrow, plans)

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


def test_what_a_panel_keeps_is_aged_to_the_oldest_generation() -> None:
    """Collection is held off while a panel makes its rows and back on afterwards; what
    the panel made is then in the oldest generation (no young collection walks it
    again), unless objects were frozen by someone else, which stay frozen."""
    frozen = gc.get_freeze_count()
    gc.unfreeze()  # what earlier tests left, frozen by conftest: thawed for this test
    try:
        assert gc.isenabled()
        with no_cycle_collection():
            assert not gc.isenabled()
            kept = [[n] for n in range(1000)]
        assert gc.isenabled() and gc.get_freeze_count() == 0
        oldest = {id(o) for o in gc.get_objects(generation=2)}
        assert all(id(row) in oldest for row in kept)
        gc.freeze()
        held = gc.get_freeze_count()
        with no_cycle_collection():
            again = [[n] for n in range(1000)]
        assert gc.get_freeze_count() == held and not any(
            id(row) in {id(o) for o in gc.get_objects(generation=2)} for row in again[:10])
        gc.disable()  # held off by someone else (the UI's collector): left off
        try:
            with no_cycle_collection():
                pass
            assert not gc.isenabled()
        finally:
            gc.enable()
    finally:
        if frozen:
            gc.freeze()


def test_the_loyalty_stages_are_counted_from_the_rollups_index_alone(
        seeded_file: Path, tmp_path: Path) -> None:
    """ix_account_rollup_stage holds the referrals beside the purchases and the two-way
    conversation (0031_value_speed): every team's loyalty stages are counted from it
    alone, not from each account's rollup row looked up for its referrals (seven times
    slower at 100k accounts); taking 0031 back leaves the index as it was."""
    path = tmp_path / "older.db"
    copy_workspace(seeded_file, path)
    engine = make_engine(path)
    config = alembic_config()

    def columns() -> list[str]:
        with engine.connect() as conn:
            return [row[2] for row in conn.exec_driver_sql(
                "PRAGMA index_info(ix_account_rollup_stage)")]

    assert columns() == ["purchases", "two_way", "referrals"]
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0030_agenda_speed")
    assert columns() == ["purchases", "two_way"]
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    assert columns() == ["purchases", "two_way", "referrals"]
    engine.dispose()
    store = open_store(path)
    try:
        statements = _statements(store, lambda session: panel(
            session, "value", ReviewScope(date(2026, 10, 1), date(2026, 12, 31), TODAY)))
        with store.session() as session:
            plans = [" ".join(str(row[3]) for row in session.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, params))
                for statement, params in statements
                if "FROM account_rollup GROUP BY" in " ".join(statement.split())]
        assert len(plans) == 1
        assert "USING COVERING INDEX ix_account_rollup_stage" in plans[0], plans
    finally:
        store.close()
