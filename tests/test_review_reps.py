"""The review's reps panel: each person's figures recomputed in plain Python over the
seeded workspace's whole rows and compared; hand-built payments on the edges of a month
and a quarter, money in another currency, removed rows, and each scope."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from crmdesk.app import deals
from crmdesk.app import pool as app_pool
from crmdesk.app.activities import log_activity
from crmdesk.domain.activity import ActivityKind, Outcome, is_two_way
from crmdesk.domain.contracts import Period, period_end
from crmdesk.domain.deals import OPEN_STAGES, OpportunityStage, StageRules
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.plans import Dimension
from crmdesk.domain.pool import SUGGESTED_RETURNS, PoolFacts
from crmdesk.domain.pool import due as pool_due
from crmdesk.domain.report import Behind, Cell, ChartKind, Column, ReviewScope, Table
from crmdesk.store import deal_queries as dq
from crmdesk.store import plan_queries as pq
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import ContractIn, set_stage_rules
from crmdesk.store.models import Account, Activity, Contract, Opportunity, Payment, Role
from crmdesk.store.review import kept_facts, panel
from crmdesk.store.review.deal_facts import slipped_clause, stuck_clause
from crmdesk.store.review.reps import (
    COLUMNS,
    people,
    rep_figures,
    table,
    with_plan,
)
from crmdesk.store.writes import ActivityInput
from tests.conftest import TODAY
from tests.review_world import Rows, World, deal, is_stuck, move, pushes, read_rows, remove, world

QUARTER = (date(2026, 10, 1), date(2026, 12, 31))


def _scope(team: uuid.UUID | None = None, rep: uuid.UUID | None = None,
           today: date = TODAY, currency: str = "CNY") -> ReviewScope:
    # the rows' times are stored UTC and read here by their UTC day: the days are UTC's
    # whatever the zone of the machine running the tests
    return ReviewScope(*QUARTER, today, currency, team, rep, zone=UTC)


def _table(store: Store, scope: ReviewScope) -> Table:
    with store.session() as s:
        result = panel(s, "reps", scope)
    assert result.key == "reps" and len(result.tables) == 1
    table = result.tables[0]
    assert table.key == "reps.side_by_side"
    return table


def _by_person(table: Table) -> dict[uuid.UUID, dict[str, object]]:
    keys = [c.key for c in table.columns]
    out = {}
    for row in table.rows:
        assert len(row.behind) == 1
        out[row.behind[0]] = dict(zip(keys, row.values, strict=True))
    return out


# ---- the plain-Python recomputation -------------------------------------------------


def _quarter(day: date) -> tuple[date, date]:
    first = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    nxt = date(first.year + (first.month + 2) // 12, (first.month + 2) % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def _month(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    nxt = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def expected(rows: Rows, scope: ReviewScope) -> dict[uuid.UUID, dict[str, object]]:
    today = scope.today
    people = [u for u in rows.users.values()
              if not u["deleted"] and u["active"] and u["role"] in (Role.REP, Role.LEAD)
              and (scope.team_id is None or u["team_id"] == scope.team_id)
              and (scope.rep_id is None or u["id"] == scope.rep_id)]
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for u in people:
        team = rows.teams[u["team_id"]]["name"] if u["team_id"] in rows.teams else ""
        out[u["id"]] = {"rep": u["display_name"], "team": team, "open_deals": 0,
                        "open_amount": 0, "weighted": 0, "credited_month": 0,
                        "credited_quarter": 0, "overdue": 0, "to_pool": 0, "stuck": 0,
                        "slipping": 0, "activities_7": 0, "activities_30": 0}
    for d in rows.deals.values():
        mine = out.get(d["owner_id"])
        if (mine is None or d["deleted"] or rows.accounts[d["account_id"]]["deleted"]
                or d["stage"] not in OPEN_STAGES):
            continue
        if d["currency"] == scope.currency:
            mine["open_deals"] += 1
            mine["open_amount"] += d["amount"] or 0
            mine["weighted"] += (d["amount"] or 0) * d["probability"] // 100
        mine["stuck"] += is_stuck(rows, d, today)
        mine["slipping"] += pushes(rows, d["id"])[0] > 0
    month, quarter = _month(today), _quarter(today)
    for p in rows.payments:
        contract = rows.contracts.get(p["contract_id"])
        if p["deleted"] or contract is None or contract["deleted"]:
            continue
        of_deal = rows.deals.get(contract["opportunity_id"])
        seller = (of_deal["owner_id"] if of_deal and of_deal["owner_id"]
                  else contract["owner_id"])
        if seller not in out or p["currency"] != scope.currency:
            continue
        if quarter[0] <= p["received_on"] <= quarter[1]:
            out[seller]["credited_quarter"] += p["amount"]
        if month[0] <= p["received_on"] <= month[1]:
            out[seller]["credited_month"] += p["amount"]
    for person, figures in out.items():
        targets = [t["amount"] for t in rows.plans
                   if not t["deleted"] and t["dimension"].value == "rep"
                   and t["subject_id"] == person and t["period"].value == "quarter"
                   and t["starts_on"] == quarter[0] and t["currency"] == scope.currency]
        figures["plan_quarter"] = sum(targets) if targets else None
        figures["of_plan"] = (figures["credited_quarter"] / sum(targets)
                              if targets and sum(targets) else None)
    for a in rows.accounts.values():
        if (a["owner_id"] in out and not a["deleted"] and a["status"] is not Status.LOST
                and a["next_follow_up_on"] is not None and a["next_follow_up_on"] < today):
            out[a["owner_id"]]["overdue"] += 1
    talks: dict[uuid.UUID, list[datetime]] = defaultdict(list)
    for act in rows.activities:  # each account's two-way conversations, read once
        if not act["deleted"] and is_two_way(act["kind"], act["outcome"]):
            talks[act["account_id"]].append(act["occurred_at"])
    deals_of: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
    for d in rows.deals.values():
        if not d["deleted"]:
            deals_of[d["account_id"]].append(d)
    for a in rows.accounts.values():
        if a["owner_id"] in out and not a["deleted"] and _returns_soon(
                rows, a, talks[a["id"]], deals_of[a["id"]], today):
            out[a["owner_id"]]["to_pool"] += 1
    for act in rows.activities:
        who = act["author_id"] or act["owner_id"]
        if who not in out or act["deleted"] or rows.accounts[act["account_id"]]["deleted"]:
            continue
        back = (today - act["occurred_at"].date()).days
        if 0 <= back < 7:
            out[who]["activities_7"] += 1
        if 0 <= back < 30:
            out[who]["activities_30"] += 1
    return out


def _returns_soon(rows: Rows, account: dict[str, Any], talks: list[datetime],
                  deals_of: list[dict[str, Any]], today: date) -> bool:
    """Does the team's pool rule take the account back within its warn days of `today`
    (or is it past due)? Its facts gathered from its two-way conversations `talks` and
    its deals `deals_of` (of the whole rows)."""
    facts = PoolFacts(account["status"], account["assigned_on"], account["acquired_on"],
                      max(talks, default=None),
                      any(d["stage"] in OPEN_STAGES for d in deals_of),
                      max((d["created_on"] for d in deals_of if d["created_on"]), default=None))
    rules = rows.pool_rules_of(account["team_id"])
    when = pool_due(rules, facts)
    return rules.warn_days > 0 and when is not None and (
        when.on - today).days <= rules.warn_days


def _check(store: Store, rows: Rows, scope: ReviewScope) -> dict[uuid.UUID, dict[str, object]]:
    table = _table(store, scope)
    got = _by_person(table)
    assert got == expected(rows, scope)
    # by team, then name
    assert [(row.values[1], row.values[0]) for row in table.rows] == sorted(
        (row.values[1], row.values[0]) for row in table.rows)
    return got


# ---- the seeded workspace -----------------------------------------------------------


def test_every_figure_matches_the_seeded_rows_for_each_scope(seeded: Store) -> None:
    rows = read_rows(seeded)
    teams = sorted(rows.teams)
    busiest = Counter(d["owner_id"] for d in rows.deals.values()
                      if d["owner_id"] is not None).most_common(1)[0][0]
    everyone = _check(seeded, rows, _scope())
    for key in ("open_deals", "open_amount", "weighted", "credited_quarter", "plan_quarter",
                "of_plan", "overdue", "to_pool", "stuck", "slipping", "activities_7",
                "activities_30"):
        assert any(figures[key] for figures in everyone.values()), key  # not vacuous
    for scope in (_scope(team=teams[0]), _scope(team=teams[1]), _scope(rep=busiest),
                  _scope(today=date(2026, 10, 1)), _scope(today=date(2026, 9, 30))):
        got = _check(seeded, rows, scope)
        assert got, scope
    table = _table(seeded, _scope())
    assert (table.behind, table.currency) == (Behind.USERS, "CNY")
    assert table.chart is not None and table.chart.kind is ChartKind.BAR
    assert (table.chart.x, table.chart.y) == ("rep", ("open_amount", "weighted"))
    assert [c.key for c in table.columns] == [c.key for c in with_plan(COLUMNS)]


# ---- hand-built -----------------------------------------------------------------------


@pytest.fixture
def w(empty: Store) -> World:
    return world(empty, today=date(2026, 12, 1))


def _log(w: World, account: uuid.UUID, when: datetime, author: uuid.UUID | None) -> None:
    """An activity logged with the app's command, then given its author."""
    logged = log_activity(w.ctx, account, ActivityInput(ActivityKind.CALL, notes="Called",
                                                        occurred_at=when)).value
    with w.ctx.store.session.begin() as s:
        s.execute(update(Activity).where(Activity.id == logged).values(author_id=author))


def _contract(w: World, account: uuid.UUID, number: str, amount: int,
              currency: str = "CNY", deal_id: uuid.UUID | None = None) -> uuid.UUID:
    return deals.record_contract(w.ctx, account, ContractIn(
        number, date(2026, 9, 1), amount, currency, deal_id=deal_id)).value


def test_payments_count_in_the_month_and_quarter_they_arrived(w: World) -> None:
    store = w.ctx.store
    contract = _contract(w, w.acme, "C-1", 100_000_00)
    for day, amount in ((date(2026, 9, 30), 1_000_00), (date(2026, 10, 1), 2_000_00),
                        (date(2026, 11, 30), 4_000_00), (date(2026, 12, 1), 8_000_00),
                        (date(2026, 12, 31), 16_000_00), (date(2027, 1, 1), 32_000_00)):
        deals.record_payment(w.ctx, contract, amount, day)
    rows = read_rows(store)
    figures = {day: _check(store, rows, _scope(today=day))[w.amy] for day in (
        date(2026, 9, 30), date(2026, 10, 1), date(2026, 11, 30), date(2026, 12, 1),
        date(2026, 12, 31), date(2027, 1, 1))}
    credited = {day: (f["credited_month"], f["credited_quarter"])
                for day, f in figures.items()}
    assert credited == {
        date(2026, 9, 30): (1_000_00, 1_000_00),             # Q3's last day
        date(2026, 10, 1): (2_000_00, 30_000_00),            # Q4's first: Oct; Oct-Dec
        date(2026, 11, 30): (4_000_00, 30_000_00),           # November's last day
        date(2026, 12, 1): (24_000_00, 30_000_00),           # December's first
        date(2026, 12, 31): (24_000_00, 30_000_00),
        date(2027, 1, 1): (32_000_00, 32_000_00)}            # the next year's first
    assert (period_end(date(2026, 2, 10), Period.MONTH),
            period_end(date(2026, 11, 25), Period.QUARTER)) == (
        date(2026, 2, 28), date(2026, 12, 31))


def test_credit_goes_to_the_deals_owner_else_the_contracts(w: World) -> None:
    store = w.ctx.store
    won = deal(w, w.acme, "Won", 50_000_00)
    move(w, won, OpportunityStage.WON)
    from_deal = _contract(w, w.acme, "C-D", 50_000_00, deal_id=won)
    straight = _contract(w, w.acme, "C-S", 10_000_00)
    with store.session.begin() as s:   # the deal changed hands after it was won
        s.execute(update(Opportunity).where(Opportunity.id == won).values(owner_id=w.lena))
    deals.record_payment(w.ctx, from_deal, 5_000_00, date(2026, 12, 1))
    deals.record_payment(w.ctx, straight, 1_000_00, date(2026, 12, 1))
    got = _check(store, read_rows(store), _scope(today=date(2026, 12, 1)))
    assert (got[w.lena]["credited_month"], got[w.amy]["credited_month"]) == (5_000_00,
                                                                            1_000_00)


def test_the_reps_and_plans_panels_credit_by_the_one_rule(w: World) -> None:
    """Whom a payment is credited to is the fact kept on it (crmdesk.store.flow), read
    alike by the Reps panel (plan_queries.credited), the Plans panel (plan_queries.
    credit) and the plans editor: a deal that changed hands after its payments came
    (to a rep of another team), a deal left with no owner (its contract's owner), a
    contract with no deal and a removed contract give the same figure in each, per rep
    and per team."""
    store, today = w.ctx.store, date(2026, 12, 1)
    sold = deal(w, w.acme, "Sold", 50_000_00)
    move(w, sold, OpportunityStage.WON)
    ownerless = deal(w, w.bolt, "Ownerless", 20_000_00)
    move(w, ownerless, OpportunityStage.WON)
    paid = {_contract(w, w.acme, "C-D", 50_000_00, deal_id=sold): 5_000_00,
            _contract(w, w.bolt, "C-O", 20_000_00, deal_id=ownerless): 2_000_00,
            _contract(w, w.acme, "C-S", 10_000_00): 1_000_00}
    gone = _contract(w, w.bolt, "C-X", 9_000_00)
    paid[gone] = 4_000_00
    for contract, amount in paid.items():
        deals.record_payment(w.ctx, contract, amount, date(2026, 11, 20))
    with store.session.begin() as s:   # after the payments: the deal changed hands
        s.execute(update(Opportunity).where(Opportunity.id == sold).values(owner_id=w.wes))
        s.execute(update(Opportunity).where(Opportunity.id == ownerless)
                  .values(owner_id=None))
        s.execute(update(Contract).where(Contract.id == gone).values(deleted=True))
    expected = {w.wes: 5_000_00 + 2_000_00, w.amy: 1_000_00}  # C-O is Wes's company's
    scope = _scope(today=today)
    reps = _check(store, read_rows(store), scope)
    assert {who: f["credited_quarter"] for who, f in reps.items()
            if f["credited_quarter"]} == expected
    with store.session() as s:
        args = (Period.QUARTER, QUARTER[0], QUARTER[1], "CNY")
        by_rep = pq.credited(s, Dimension.REP, *args)
        by_team = pq.credited(s, Dimension.TEAM, *args)
        kept = pq.credit(s, *args).reps
        plans = panel(s, "plans", scope).tables[0]
    assert by_rep == kept == {(who, QUARTER[0]): amount for who, amount in expected.items()}
    assert by_team == {(w.west, QUARTER[0]): 7_000_00, (w.east, QUARTER[0]): 1_000_00}
    actual: Counter[str] = Counter()  # the quarter's months added up
    for row in plans.rows:
        actual[str(row.values[1])] += int(row.values[3])  # type: ignore[call-overload]
    assert (actual["Wes"], actual["Amy"]) == (7_000_00, 1_000_00)
    assert (actual["West (team)"], actual["East (team)"]) == (7_000_00, 1_000_00)


def test_another_currency_is_not_counted_in_the_money(w: World) -> None:
    store = w.ctx.store
    today = date(2026, 12, 1)
    for name in ("Yuan", "Renminbi"):   # each weighs ¥5,000.005: counted ¥5,000.00
        deal(w, w.acme, name, 10_000_01, stage=OpportunityStage.PROPOSAL)
    usd = deal(w, w.acme, "Dollars", 70_000_00, currency="USD",
               stage=OpportunityStage.PROPOSAL)
    with store.session.begin() as s:   # its close has passed: stuck, in any currency
        s.execute(update(Opportunity).where(Opportunity.id == usd)
                  .values(expected_close=today - timedelta(days=3)))
    deals.record_payment(w.ctx, _contract(w, w.acme, "C-$", 9_000_00, "USD"), 9_000_00, today)
    deals.record_payment(w.ctx, _contract(w, w.acme, "C-¥", 3_000_00), 3_000_00, today)
    rows = read_rows(store)
    amy = _check(store, rows, _scope(today=today))[w.amy]
    assert (amy["open_deals"], amy["open_amount"], amy["weighted"]) == (2, 20_000_02,
                                                                        10_000_00)
    assert (amy["credited_month"], amy["stuck"]) == (3_000_00, 1)
    dollars = _check(store, rows, _scope(today=today, currency="USD"))[w.amy]
    assert (dollars["open_amount"], dollars["credited_month"]) == (70_000_00, 9_000_00)
    assert "other currencies are not counted" in _table(store, _scope(today=today)).note


def test_removed_rows_count_nothing(w: World) -> None:
    store = w.ctx.store
    today = date(2026, 12, 1)
    kept, gone = deal(w, w.acme, "Kept"), deal(w, w.acme, "Gone")
    remove(store, Opportunity, gone)
    lake_deal = deal(w, w.lake, "Lake's")
    contract = _contract(w, w.acme, "C-1", 10_000_00)
    paid = deals.record_payment(w.ctx, contract, 1_000_00, today).value
    deals.record_payment(w.ctx, contract, 2_000_00, today)
    remove(store, Payment, paid)
    for account in (w.acme, w.lake):
        _log(w, account, datetime(2026, 11, 30, 10), w.lena)
    with store.session.begin() as s:
        s.execute(update(Account).values(next_follow_up_on=date(2026, 11, 1)))
    remove(store, Account, w.lake)      # Lena's company, its deal and activity with it
    got = _check(store, read_rows(store), _scope(today=today))
    assert (got[w.amy]["open_deals"], got[w.amy]["credited_month"]) == (1, 2_000_00)
    assert (got[w.lena]["open_deals"], got[w.lena]["overdue"]) == (0, 0)
    assert got[w.amy]["overdue"] == 1
    assert got[w.lena]["activities_7"] == 1
    assert kept and lake_deal


def test_activities_count_in_the_days_ending_today(w: World) -> None:
    store = w.ctx.store
    today = date(2026, 12, 1)
    for when in (datetime(2026, 12, 1, 23, 59), datetime(2026, 11, 25, 0, 0),
                 datetime(2026, 11, 24, 23, 59), datetime(2026, 11, 2, 8, 0),
                 datetime(2026, 11, 1, 23, 0), datetime(2026, 12, 2, 0, 0)):
        _log(w, w.acme, when, w.amy)
    _log(w, w.bolt, datetime(2026, 11, 30, 9), w.amy)   # a colleague's company: still hers
    _log(w, w.bolt, datetime(2026, 11, 29, 9), None)    # by nobody known: the owner's
    got = _check(store, read_rows(store), _scope(today=today))
    assert (got[w.amy]["activities_7"], got[w.amy]["activities_30"]) == (3, 5)
    assert (got[w.wes]["activities_7"], got[w.wes]["activities_30"]) == (1, 1)


def test_a_reps_scope_a_teams_and_every_teams(w: World) -> None:
    store = w.ctx.store
    deal(w, w.acme, "Amy's", 10_000_00)
    deal(w, w.lake, "Lena's", 20_000_00)
    deal(w, w.bolt, "Wes's", 40_000_00)
    rows = read_rows(store)
    today = date(2026, 12, 1)
    people = {scope: set(_check(store, rows, scope)) for scope in (
        _scope(today=today), _scope(w.east, today=today), _scope(w.west, today=today),
        _scope(rep=w.wes, today=today), _scope(w.east, w.wes, today=today))}
    assert list(people.values()) == [{w.amy, w.lena, w.wes}, {w.amy, w.lena}, {w.wes},
                                     {w.wes}, set()]  # no admin, nobody inactive
    got = _check(store, rows, _scope(w.east, today=today))
    assert (got[w.amy]["open_amount"], got[w.lena]["open_amount"]) == (10_000_00, 20_000_00)
    assert (got[w.lena]["rep"], got[w.lena]["team"]) == ("Lena", "East")


def test_the_stuck_and_slip_rules_in_sql_are_the_deal_lists(seeded: Store) -> None:
    """Deal by deal, against the deal list's own reading (crmdesk.store.deal_queries),
    with one team's limit for a stage taken off (0: never stuck in it)."""
    with seeded.session.begin() as s:
        team = s.scalars(select(Opportunity.team_id).where(
            Opportunity.stage == OpportunityStage.NEEDS)).first()
        set_stage_rules(s, Role.ADMIN, team, OpportunityStage.NEEDS,
                        StageRules(25, 0))
    with seeded.session() as s:
        live = (select(Opportunity.id).join(Account, Account.id == Opportunity.account_id)
                .where(Opportunity.deleted.is_(False), Account.deleted.is_(False)))
        stuck = set(s.scalars(live.where(stuck_clause(s, TODAY))))
        slipped = set(s.scalars(live.where(slipped_clause())))
        # the panel reads the fact kept on each deal (crmdesk.store.review.kept_facts)
        assert set(s.scalars(live.where(kept_facts.slipped == 1))) == slipped
        listed = dq.deal_rows(s, TODAY)
        assert stuck == {r.id for r in listed if r.stuck is not None}
        details = [dq.deal(s, r.id, TODAY) for r in listed]
        assert slipped == {d.row.id for d in details if d is not None and d.slip.slipped}
    assert stuck and slipped
    # the limit taken off counts: that team's deals long in needs analysis are not stuck
    assert any(r.stage is OpportunityStage.NEEDS and r.stuck_limit == 0 and r.stuck is None
               and (r.days_in_stage or 0) > 30 for r in listed)


def test_a_column_is_added_by_its_figures_and_its_column(w: World) -> None:
    scope = _scope(w.east, today=date(2026, 12, 1))
    with w.ctx.store.session() as s:
        who = people(s, scope)
        figures = rep_figures(s, scope, who)
    plans = {w.amy: 5_000_00, w.lena: 7_000_00}
    added = {i: {**f, "plan": plans[i]} for i, f in figures.items()}
    got = table(scope, who, added, (*COLUMNS, Column("plan", "Plan", Cell.MONEY)))
    assert dict(zip([r.behind[0] for r in got.rows], got.values("plan"), strict=True)) == plans
    assert got.values("rep") == ["Amy", "Lena"]


def test_about_to_return_to_the_pool_follows_the_teams_rules(w: World) -> None:
    """An account due back within the team's warn days counts for its owner; a two-way
    call, or rules that return nothing, take it off; the team's own rules are read."""
    store, today = w.ctx.store, date(2026, 12, 1)
    with store.session.begin() as s:  # amy's Acme: assigned 28 days ago, due in 2 days
        s.execute(update(Account).where(Account.id == w.acme).values(
            assigned_on=today - timedelta(days=28), status=Status.LEAD))
    # a team without rules returns nothing: none about to return
    assert _check(store, read_rows(store), _scope(today=today))[w.amy]["to_pool"] == 0
    app_pool.set_rules(w.ctx, SUGGESTED_RETURNS, team_id=w.east)
    assert _check(store, read_rows(store), _scope(today=today))[w.amy]["to_pool"] == 1
    # warned only from 2 days ahead: not yet
    app_pool.set_rules(w.ctx, replace(SUGGESTED_RETURNS, warn_days=1), team_id=w.east)
    rows = read_rows(store)
    assert rows.pool_rules_of(w.east).warn_days == 1
    assert _check(store, rows, _scope(today=today))[w.amy]["to_pool"] == 0
    app_pool.set_rules(w.ctx, replace(SUGGESTED_RETURNS, warn_days=5), team_id=w.east)
    _log(w, w.acme, datetime(2026, 11, 30, 9), w.amy)  # a call, not reaching them
    assert _check(store, read_rows(store), _scope(today=today))[w.amy]["to_pool"] == 1
    logged = log_activity(w.ctx, w.acme, ActivityInput(
        ActivityKind.CALL, Outcome.REACHED, notes="Talked", occurred_at=datetime(
            2026, 11, 30, 10))).value
    with store.session.begin() as s:
        s.execute(update(Activity).where(Activity.id == logged).values(author_id=w.amy))
    assert _check(store, read_rows(store), _scope(today=today))[w.amy]["to_pool"] == 0
