"""The review's forecast panel against the same figures recomputed in plain Python from
whole rows of the seeded workspace (every scope, read on three days: a month's last, a
quarter turning, the seed's own), and a hand-built workspace: close dates on the day
before and the day of the review, a month's last and the next month's first day across
a year's and a quarter's turn, beyond the quarter, without a date, another currency,
won and removed deals, committed deals at early stages, a rep's scope against a team's.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.app import deals
from crmdesk.app.context import Context
from crmdesk.domain.deals import OpportunityStage
from crmdesk.domain.report import ReviewScope, Table
from crmdesk.secrets import MemoryStore
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import DealInput
from crmdesk.store.models import Account, Opportunity, Plan, Team, User
from crmdesk.store.writes import new_account
from tests.conftest import TODAY
from tests.review_world import behind, panel_tables, rows

OPEN = {"qualify", "needs_analysis", "proposal", "negotiation"}
KINDS = ["Commit", "Best case", "Pipeline"]



def _deals(n: int) -> str:
    """How the forecast's note counts open deals in English ("1 open deal", "2 open deals")."""
    return f"{n} open deal{'' if n == 1 else 's'}"

def tables(store: Store, scope: ReviewScope) -> dict[str, Table]:
    return panel_tables(store, "forecast", scope)


# ---- the recomputation over whole rows -----------------------------------------------


def kind(deal: Opportunity) -> str:
    if deal.committed or deal.stage.value == "negotiation":
        return "Commit"
    return "Best case" if deal.stage.value == "proposal" else "Pipeline"


def expected(s: Session, scope: ReviewScope) -> tuple[list[tuple[object, ...]],
                                                      list[set[uuid.UUID]],
                                                      list[tuple[object, ...]], int, int]:
    """The rows by month and their deals, the rows by category, and how many open deals
    have no close date or one beyond the quarter."""
    accounts = {a.id: a for a in s.scalars(select(Account))}
    first = scope.today.replace(day=1)
    months = []
    for i in range(3):
        y, m = divmod(first.month - 1 + i, 12)
        months.append((first.year + y, m + 1))
    buckets: dict[str, list[Opportunity]] = {"Past due": [], **{
        f"{y:04d}-{m:02d}": [] for y, m in months}}
    undated = later = 0
    for deal in s.scalars(select(Opportunity)):
        if (deal.deleted or accounts[deal.account_id].deleted
                or deal.stage.value not in OPEN or deal.currency != scope.currency
                or (scope.team_id is not None and deal.team_id != scope.team_id)
                or (scope.rep_id is not None and deal.owner_id != scope.rep_id)):
            continue
        close = deal.expected_close
        if close is None:
            undated += 1
        elif close < scope.today:
            buckets["Past due"].append(deal)
        elif (close.year, close.month) in months:
            buckets[f"{close.year:04d}-{close.month:02d}"].append(deal)
        else:
            later += 1

    def weighted(deal: Opportunity) -> int:
        return (deal.amount or 0) * deal.probability // 100

    targets = [p for p in s.scalars(select(Plan)) if not p.deleted
               and p.period.value == "month" and p.currency == scope.currency]

    def plan(label: str) -> int | None:
        if label == "Past due":
            return None
        month = date.fromisoformat(label + "-01")
        if scope.rep_id is not None:
            mine = [p for p in targets if p.dimension.value == "rep"
                    and p.subject_id == scope.rep_id and p.starts_on == month]
        else:
            mine = [p for p in targets if p.dimension.value == "team" and p.starts_on == month
                    and scope.team_id in (None, p.subject_id)]
        return sum(p.amount for p in mine) if mine else None

    out = []
    per_kind: dict[str, list[Opportunity]] = defaultdict(list)
    for label, found in buckets.items():
        sums = [sum(weighted(d) for d in found if kind(d) == k) for k in KINDS]
        out.append((label, *sums, sum(sums), plan(label), sum(d.amount or 0 for d in found),
                    len(found)))
        for d in found:
            per_kind[kind(d)].append(d)
    by_kind = [(k, len(per_kind[k]), sum(d.amount or 0 for d in per_kind[k]),
                sum(weighted(d) for d in per_kind[k])) for k in KINDS]
    return (out, [{d.id for d in found} for found in buckets.values()], by_kind, undated,
            later)


def test_the_seeded_forecast_is_the_rows_recomputed(seeded: Store) -> None:
    with seeded.session() as s:
        deals_of = [(d.team_id, d.owner_id) for d in s.scalars(select(Opportunity))]
    team = max({t for t, _ in deals_of}, key=lambda t: sum(x == t for x, _ in deals_of))
    rep = max({o for t, o in deals_of if t == team and o is not None},
              key=lambda o: sum(x == o for _, x in deals_of))
    counted = planned = 0
    for today in (TODAY, date(2026, 11, 30), date(2026, 12, 10)):
        for scope in (ReviewScope(date(2026, 10, 1), date(2026, 12, 31), today),
                      ReviewScope(date(2026, 10, 1), date(2026, 12, 31), today, team_id=team),
                      ReviewScope(date(2026, 10, 1), date(2026, 12, 31), today, team_id=team,
                                  rep_id=rep)):
            found = tables(seeded, scope)
            with seeded.session() as s:
                by_month, ids, by_kind, undated, later = expected(s, scope)
            assert rows(found["forecast.by_month"]) == by_month, scope
            planned += sum(1 for row in by_month if row[5] is not None)
            assert behind(found["forecast.by_month"]) == ids, scope
            assert rows(found["forecast.categories"]) == by_kind, scope
            assert set().union(*behind(found["forecast.categories"])) == set().union(*ids)
            note = found["forecast.by_month"].note
            assert (f"Left out: {_deals(undated)} without" in note) == bool(undated)
            assert (f"Left out: {_deals(later)} expected to close later" in note) == bool(later)
            counted += sum(len(i) for i in ids)
    assert counted > 0 and planned > 0


# ---- a hand-built workspace ----------------------------------------------------------


@pytest.fixture
def people(empty: Store, world: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    """`world` plus a second rep of East ("kay") and team West's rep ("wes"), each with
    an account."""
    with empty.session.begin() as s:
        west = Team(name="West")
        s.add(west)
        s.flush()
        kay = User(username="kay", display_name="Kay", team_id=world["team"])
        wes = User(username="wes", display_name="Wes", team_id=west.id)
        s.add_all([kay, wes])
        s.flush()
        kay_co = new_account(s, name="Kay Co", owner_id=kay.id, team_id=world["team"])
        wes_co = new_account(s, name="Wes Co", owner_id=wes.id, team_id=west.id)
        return {**world, "west": west.id, "kay": kay.id, "wes": wes.id, "kay_co": kay_co,
                "wes_co": wes_co}


@pytest.fixture
def ctxs(empty: Store, people: dict[str, uuid.UUID]) -> dict[str, Context]:
    secrets = MemoryStore()
    with empty.session() as s:
        return {name: Context(empty, q.user_by_id(s, people[name]), "CN", lambda: TODAY,
                              lambda: secrets) for name in ("rep", "kay", "wes")}


Q, N, P, NEGO = (OpportunityStage.QUALIFY, OpportunityStage.NEEDS, OpportunityStage.PROPOSAL,
                 OpportunityStage.NEGOTIATION)
READ_ON = date(2026, 12, 10)  # the quarter turns in the forecast's months: Dec, Jan, Feb


def test_the_forecast_by_month_at_its_edges(
        empty: Store, people: dict[str, uuid.UUID], ctxs: dict[str, Context]) -> None:
    def deal(stage: OpportunityStage, amount: int, close: str | None, *, who: str = "rep",
             account: str = "acme", committed: bool = False, currency: str = "CNY"
             ) -> uuid.UUID:
        return deals.new_deal(ctxs[who], people[account], DealInput(
            "Deal", stage=stage, amount=amount, currency=currency, committed=committed,
            expected_close=date.fromisoformat(close) if close else None)).value

    past = deal(NEGO, 1000_00, "2026-12-09")  # the day before: past due
    today = deal(P, 333, "2026-12-10")  # weighted 166.5 → 166 (minor units)
    again = deal(P, 333, "2026-12-11")  # each deal is rounded, not their sum (333)
    last = deal(N, 1000_00, "2026-12-31")
    jan = deal(Q, 2000_00, "2027-01-01", committed=True)
    feb = deal(P, 400_00, "2027-02-28", committed=True)
    deal(Q, 500_00, "2027-03-01")  # beyond the quarter
    deal(Q, 500_00, None)  # no close date
    deal(P, 9000_00, "2026-12-15", currency="USD")
    won = deal(P, 7000_00, "2026-12-20")
    assert deals.move_stage(ctxs["rep"], won, OpportunityStage.WON, confirmed=True).value.moved
    removed = deal(P, 8000_00, "2026-12-20")
    with empty.session.begin() as s:
        row = s.get(Opportunity, removed)
        assert row is not None
        row.deleted = True
    kays = deal(N, 100_00, "2026-12-20", who="kay", account="kay_co")
    wes = deal(P, 100_00, "2027-01-05", who="wes", account="wes_co")

    team = tables(empty, ReviewScope(date(2026, 10, 1), date(2026, 12, 31), READ_ON,
                                     team_id=people["team"]))
    by_month = team["forecast.by_month"]
    assert rows(by_month) == [
        ("Past due", 750_00, 0, 0, 750_00, None, 1000_00, 1),
        ("2026-12", 0, 332, 275_00, 275_00 + 332, None, 1100_00 + 666, 4),
        ("2027-01", 200_00, 0, 0, 200_00, None, 2000_00, 1),
        ("2027-02", 200_00, 0, 0, 200_00, None, 400_00, 1)]
    assert behind(by_month) == [{past}, {today, again, last, kays}, {jan}, {feb}]
    assert by_month.chart is not None and by_month.chart.y == ("commit", "best_case",
                                                               "pipeline")
    note = by_month.note
    assert "Left out: 1 open deal without an expected close" in note
    assert "Left out: 1 open deal expected to close later" in note and "USD" in note
    assert rows(team["forecast.categories"]) == [
        ("Commit", 3, 3400_00, 1150_00), ("Best case", 2, 666, 332),
        ("Pipeline", 2, 1100_00, 275_00)]

    rep = tables(empty, ReviewScope(date(2026, 10, 1), date(2026, 12, 31), READ_ON,
                                    team_id=people["team"], rep_id=people["rep"]))
    assert rows(rep["forecast.by_month"])[1] == ("2026-12", 0, 332, 250_00, 250_00 + 332,
                                                 None, 1000_00 + 666, 3)
    everyone = tables(empty, ReviewScope(date(2026, 10, 1), date(2026, 12, 31), READ_ON))
    assert rows(everyone["forecast.by_month"])[2] == ("2027-01", 200_00, 50_00, 0, 250_00,
                                                      None, 2100_00, 2)
    assert wes in everyone["forecast.by_month"].rows[2].behind

    # read on the last day of November: the past-due deal is December's, March is not yet
    month_end = tables(empty, ReviewScope(date(2026, 10, 1), date(2026, 12, 31),
                                          date(2026, 11, 30), team_id=people["team"]))
    assert [(r[0], r[-1]) for r in rows(month_end["forecast.by_month"])] == [
        ("Past due", 0), ("2026-11", 0), ("2026-12", 5), ("2027-01", 1)]
    assert "Left out: 2 open deals expected to close later" in month_end["forecast.by_month"].note


@pytest.mark.parametrize(("stage", "committed", "category"), [
    (Q, False, "pipeline"), (N, False, "pipeline"), (P, False, "best_case"),
    (NEGO, False, "commit"), (Q, True, "commit"), (P, True, "commit"),
    (OpportunityStage.WON, True, None), (OpportunityStage.LOST, False, None)])
def test_the_categories(stage: OpportunityStage, committed: bool, category: str | None
                        ) -> None:
    from crmdesk.domain.forecast import category as category_of

    assert category_of(stage, committed) == category


def test_each_month_stands_against_the_scopes_target(
        empty: Store, people: dict[str, uuid.UUID]) -> None:
    from crmdesk.domain.contracts import Period
    from crmdesk.domain.plans import Dimension, plan_id

    def target(dimension: Dimension, subject: uuid.UUID, team: uuid.UUID, month: date,
               amount: int, currency: str = "CNY") -> Plan:
        return Plan(id=plan_id(team, dimension, subject, Period.MONTH, month, currency),
                    team_id=team, dimension=dimension, subject_id=subject,
                    period=Period.MONTH, starts_on=month, amount=amount, currency=currency)

    east, west = people["team"], people["west"]
    with empty.session.begin() as s:
        s.add_all([
            target(Dimension.REP, people["rep"], east, date(2026, 12, 1), 300_00),
            target(Dimension.TEAM, east, east, date(2026, 12, 1), 900_00),
            target(Dimension.TEAM, west, west, date(2026, 12, 1), 100_00),
            target(Dimension.TEAM, east, east, date(2027, 1, 1), 800_00, "USD"),
            # a quarter's target is not a month's
            Plan(id=plan_id(east, Dimension.TEAM, east, Period.QUARTER, date(2027, 1, 1),
                            "CNY"), team_id=east, dimension=Dimension.TEAM, subject_id=east,
                 period=Period.QUARTER, starts_on=date(2027, 1, 1), amount=5000_00,
                 currency="CNY")])

    def plans(**narrow: uuid.UUID) -> list[object]:
        found = tables(empty, ReviewScope(date(2026, 10, 1), date(2026, 12, 31), READ_ON,
                                          **narrow))["forecast.by_month"]
        assert found.chart is not None and found.chart.against == "plan"
        return found.values("plan")

    # past due has no target; December the scope's, January none in CNY
    assert plans(team_id=east, rep_id=people["rep"]) == [None, 300_00, None, None]
    assert plans(team_id=east) == [None, 900_00, None, None]
    assert plans() == [None, 1000_00, None, None]
