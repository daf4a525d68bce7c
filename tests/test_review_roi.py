"""The Channel ROI panel: its cohort rules (month edges, ROI, cost shares, a cost as an
admin types it), every figure recomputed in plain Python from whole rows of the seeded
workspace and compared with the panel's SQL, and hand-built cases for month edges,
another currency, removed rows and a team's scope against a rep's."""

from __future__ import annotations

import calendar
import uuid
from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain import roi
from crmdesk.domain.report import Panel, ReviewScope, Table
from crmdesk.store.db import Store
from crmdesk.store.models import (
    Account,
    Channel,
    ChannelCost,
    ChannelKind,
    Contract,
    Payment,
    Team,
    User,
)
from crmdesk.store.review import panel
from tests.conftest import TODAY

# ---- the rules ---------------------------------------------------------------------------


def test_a_payment_on_the_last_day_of_t1_counts_by_t1_the_next_day_not() -> None:
    march = date(2026, 3, 17)  # acquired in March: T+1 is April, T+2 May
    assert roi.window_end(march, 1) == date(2026, 4, 30)
    assert roi.window_end(march, 2) == date(2026, 5, 31)
    assert roi.counts_by(march, date(2026, 4, 30), 1)
    assert not roi.counts_by(march, date(2026, 5, 1), 1)
    assert roi.counts_by(march, date(2026, 5, 1), 2)
    assert roi.counts_by(march, date(2026, 5, 31), 2)
    assert not roi.counts_by(march, date(2026, 6, 1), 2)
    # whole months at once, as the SQL side groups payments
    assert roi.month_counts_by(march, date(2026, 4, 1), 1)
    assert not roi.month_counts_by(march, date(2026, 5, 1), 1)
    assert roi.month_counts_by(march, date(2026, 3, 1), 1)  # paid in T itself
    # across a year's end and a leap February
    assert roi.window_end(date(2025, 11, 30), 2) == date(2026, 1, 31)
    assert roi.window_end(date(2027, 12, 1), 2) == date(2028, 2, 29)


def test_a_cohort_is_complete_once_its_t2_month_has_ended() -> None:
    assert roi.complete(date(2026, 9, 1), date(2026, 11, 30))
    assert not roi.complete(date(2026, 9, 1), date(2026, 11, 29))
    assert not roi.complete(date(2026, 10, 5), TODAY)


def test_roi_and_shared_cost() -> None:
    assert roi.roi(150, 100) == 0.5
    assert roi.roi(0, 100) == -1.0
    assert roi.roi(100, None) is None and roi.roi(100, 0) is None
    assert roi.shared_cost(1000, 1, 3) == 333 and roi.shared_cost(1000, 2, 3) == 667
    assert roi.shared_cost(1000, 3, 3) == 1000 and roi.shared_cost(None, 1, 3) is None
    assert roi.shared_cost(1000, 0, 3) == 0
    figures = roi.CohortFigures(200, 100, 300, 500)
    assert (figures.roi_t1, figures.roi_t2, figures.roi_to_date) == (-0.5, 0.5, 1.5)


def test_a_cost_as_an_admin_types_it() -> None:
    assert roi.parse_month(" 2026-3 ") == date(2026, 3, 1)
    for bad in ("2026-00", "2026-13", "26-03", "2026/03", "March", "2026-03-01", ""):
        with pytest.raises(ValueError, match="YYYY-MM"):
            roi.parse_month(bad)
    assert roi.parse_amount("12000.00", "CNY") == 1_200_000
    assert roi.parse_amount("12,000.5", "cny") == 1_200_050
    assert roi.parse_amount("500", "JPY") == 500
    assert roi.parse_amount("0", "CNY") == 0
    for bad, words in (("1.5", "JPY amounts have at most 0 decimals"),
                       ("1.001", "at most 2 decimals"), ("-1", roi.NEGATIVE_COST),
                       ("abc", "is not an amount"), ("nan", "is not an amount"),
                       ("1e20", "at most 10,000,000,000")):
        with pytest.raises(ValueError, match=words):
            roi.parse_amount(bad, "JPY" if "JPY" in words else "CNY")
    with pytest.raises(ValueError, match="not a currency code"):
        roi.parse_amount("1", "RMB")
    channel = uuid.uuid4()
    assert roi.cost_id(channel, date(2026, 3, 9)) == roi.cost_id(channel, date(2026, 3, 1))
    assert roi.cost_id(channel, date(2026, 3, 1)) != roi.cost_id(channel, date(2026, 4, 1))
    assert roi.cost_row_problems(date(2026, 3, 2), 5, "CNY") == [roi.NOT_A_MONTH_START]
    assert roi.cost_row_problems(date(2026, 3, 1), -5, "CNY") == [roi.NEGATIVE_COST]
    assert roi.cost_row_problems(date(2026, 3, 1), 5, "CNY") == []


# ---- the seeded workspace, recomputed ---------------------------------------------------


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _plus(month: date, n: int) -> tuple[int, int]:
    index = month.year * 12 + month.month - 1 + n
    return index // 12, index % 12 + 1


def _expected(session: Session, scope: ReviewScope) -> dict[tuple[str, date], dict[str, Any]]:
    """Every cohort of `scope`, from whole rows and plain Python: leads, cost (shared by
    leads when the scope is narrowed), revenue by T+1, T+2 and to date, the accounts."""
    channels = {c.id: c.name for c in session.scalars(select(Channel))}
    accounts = session.scalars(select(Account)).all()
    contracts = {c.id: c for c in session.scalars(select(Contract))}
    payments = session.scalars(select(Payment)).all()
    costs = session.scalars(select(ChannelCost)).all()
    first = date(scope.start.year, scope.start.month, 1)
    last = _last_day(scope.end.year, scope.end.month)

    def cohort_of(a: Account) -> tuple[Any, date] | None:
        if a.deleted or a.channel_id is None or a.acquired_on is None:
            return None
        if not first <= a.acquired_on <= last:
            return None
        return a.channel_id, date(a.acquired_on.year, a.acquired_on.month, 1)

    def in_scope(a: Account) -> bool:
        return ((scope.team_id is None or a.team_id == scope.team_id)
                and (scope.rep_id is None or a.owner_id == scope.rep_id))

    narrowed = scope.team_id is not None or scope.rep_id is not None
    out: dict[tuple[Any, date], dict[str, Any]] = {}
    everyone: dict[tuple[Any, date], int] = defaultdict(int)
    of_account: dict[uuid.UUID, tuple[Any, date]] = {}
    for a in accounts:
        key = cohort_of(a)
        if key is None:
            continue
        everyone[key] += 1
        if in_scope(a):
            of_account[a.id] = key
            row = out.setdefault(key, {"accounts": set(), "cost": None, "t1": 0, "t2": 0,
                                       "to_date": 0})
            row["accounts"].add(a.id)
    for p in payments:
        key = of_account.get(p.account_id)
        if (key is None or p.deleted or contracts[p.contract_id].deleted
                or p.currency != scope.currency or p.received_on > scope.today):
            continue
        row = out[key]
        row["to_date"] += p.amount
        if p.received_on <= _last_day(*_plus(key[1], 1)):
            row["t1"] += p.amount
        if p.received_on <= _last_day(*_plus(key[1], 2)):
            row["t2"] += p.amount
    for c in costs:
        key = (c.channel_id, c.month)
        if c.deleted or c.currency != scope.currency or not first <= c.month <= last:
            continue
        if not narrowed:
            out.setdefault(key, {"accounts": set(), "cost": None, "t1": 0, "t2": 0,
                                 "to_date": 0})["cost"] = c.amount
        elif key in out:
            mine = len(out[key]["accounts"])
            out[key]["cost"] = round(c.amount * mine / everyone[key]) if mine < everyone[
                key] else c.amount
    return {(channels[k[0]], k[1]): v for k, v in out.items()}


def _by(table: Table, *keys: str) -> dict[Any, dict[str, Any]]:
    cols = [c.key for c in table.columns]
    out = {}
    for row in table.rows:
        values = dict(zip(cols, row.values, strict=True))
        out[tuple(values[k] for k in keys) if len(keys) > 1 else values[keys[0]]] = {
            **values, "behind": set(row.behind)}
    return out


def _ratio(revenue: int, cost: int | None) -> float | None:
    return None if not cost else (revenue - cost) / cost


def _check(session: Session, scope: ReviewScope) -> Panel:
    got = panel(session, "roi", scope)
    assert got.key == "roi"
    tables = {t.key: t for t in got.tables}
    assert set(tables) == {"roi.cohorts", "roi.months", "roi.channels"}
    expected = _expected(session, scope)
    cohorts = _by(tables["roi.cohorts"], "channel", "month")
    assert set(cohorts) == set(expected)
    for key, want in expected.items():
        row = cohorts[key]
        assert row["behind"] == want["accounts"] and row["leads"] == len(want["accounts"])
        if want["cost"] is None:
            assert row["cost"] is None, key
        else:  # a share rounded half up here, to the nearest there
            assert abs(row["cost"] - want["cost"]) <= 1, key
        assert (row["revenue_t1"], row["revenue_t2"], row["revenue_to_date"]) == (
            want["t1"], want["t2"], want["to_date"]), key
        assert row["roi_t2"] == pytest.approx(_ratio(want["t2"], row["cost"]))
        done = _last_day(*_plus(key[1], 2)) <= scope.today
        assert row["complete"] == ("complete" if done else "incomplete")
    # a channel is its cohorts added up; a month too
    for name, row in _by(tables["roi.channels"], "channel").items():
        mine = [v for k, v in expected.items() if k[0] == name]
        assert row["leads"] == sum(len(v["accounts"]) for v in mine)
        assert row["revenue_to_date"] == sum(v["to_date"] for v in mine)
        # ROI over the cohorts with a cost: their revenue against their cost
        costed = [k for k in expected if k[0] == name if cohorts[k]["cost"] is not None]
        cost = sum(cohorts[k]["cost"] for k in costed) if costed else None
        assert row["cost"] == cost
        assert row["revenue_uncosted"] == sum(v["to_date"] for k, v in expected.items()
                                              if k[0] == name and k not in costed)
        for window in ("t2", "to_date"):
            assert row[f"roi_{window}"] == pytest.approx(
                _ratio(sum(expected[k][window] for k in costed), cost))
        assert row["behind"] == set().union(*(v["accounts"] for v in mine))
    for month, row in _by(tables["roi.months"], "month").items():
        mine = [v for k, v in expected.items() if k[1] == month]
        assert row["leads"] == sum(len(v["accounts"]) for v in mine)
        assert row["revenue_t1"] == sum(v["t1"] for v in mine)
        costed = [k for k in expected if k[1] == month if cohorts[k]["cost"] is not None]
        cost = sum(cohorts[k]["cost"] for k in costed) if costed else None
        assert row["cost"] == cost
        for window in ("t1", "t2", "to_date"):
            assert row[f"roi_{window}"] == pytest.approx(
                _ratio(sum(expected[k][window] for k in costed), cost))
    assert {r["month"] for r in _by(tables["roi.months"], "month").values()} == {
        k[1] for k in expected}
    return got


def test_the_seeded_workspace_recomputed(seeded: Store) -> None:
    scope = ReviewScope(date(2025, 12, 10), date(2026, 11, 24), TODAY)
    with seeded.session() as session:
        got = _check(session, scope)
        cohorts = next(t for t in got.tables if t.key == "roi.cohorts")
        # a figure to read: some cohorts paid back, every month has a cost entered
        assert len(cohorts.rows) >= 12 * 8
        assert all(v is not None for v in cohorts.values("cost"))
        assert any(v for v in cohorts.values("revenue_t2"))
        assert min(cohorts.values("month")) == date(2025, 12, 1)  # the month overlapping
        assert "incomplete" in cohorts.values("complete") and "Incomplete:" in cohorts.note
        teams = session.scalars(select(Team.id).order_by(Team.name)).all()
        rep = session.scalars(select(Account.owner_id).where(
            Account.owner_id.is_not(None), Account.team_id == teams[0]).limit(1)).one()
        team_panel = _check(session, replace(scope, team_id=teams[0]))
        rep_panel = _check(session, replace(scope, team_id=teams[0], rep_id=rep))
    whole = sum(v or 0 for v in cohorts.values("cost"))
    team_cost = sum(v or 0 for v in _table(team_panel, "roi.cohorts").values("cost"))
    rep_cost = sum(v or 0 for v in _table(rep_panel, "roi.cohorts").values("cost"))
    assert 0 < rep_cost < team_cost < whole  # each carries its leads' share only
    assert "shared by leads" in _table(team_panel, "roi.channels").note




def _table(got: Panel, key: str) -> Table:
    return next(t for t in got.tables if t.key == key)


# ---- hand-built cases -------------------------------------------------------------------


@pytest.fixture
def shop(empty: Store) -> dict[str, Any]:
    """Team East (reps amy, ben), team West (rep wes); channel Fair with March's cost
    10,000 CNY and a USD cost in April; companies acquired in March 2026."""
    ids: dict[str, Any] = {}
    with empty.session.begin() as s:
        for team in ("East", "West"):
            row = Team(name=team)
            s.add(row)
            s.flush()
            ids[team] = row.id
        for name, team in (("amy", "East"), ("ben", "East"), ("wes", "West")):
            user = User(username=name, display_name=name, team_id=ids[team])
            s.add(user)
            s.flush()
            ids[name] = user.id
        fair = Channel(name="Fair", kind=ChannelKind.EVENT)
        s.add(fair)
        s.flush()
        ids["Fair"] = fair.id
        s.add_all([ChannelCost(channel_id=fair.id, month=date(2026, 3, 1), amount=1_000_000,
                               currency="CNY"),
                   ChannelCost(channel_id=fair.id, month=date(2026, 4, 1), amount=50_000,
                               currency="USD")])
    return ids


def _company(store: Store, ids: dict[str, Any], name: str, owner: str, acquired: date,
             *paid: tuple[date, int] | tuple[date, int, str], deleted: bool = False
             ) -> tuple[uuid.UUID, list[uuid.UUID]]:
    team = "West" if owner == "wes" else "East"
    with store.session.begin() as s:
        account = Account(name=name, name_key=name.lower(), owner_id=ids[owner],
                          team_id=ids[team], channel_id=ids["Fair"], acquired_on=acquired,
                          deleted=deleted)
        s.add(account)
        s.flush()
        contract = Contract(account_id=account.id, number=f"C-{name}", signed_on=acquired,
                            amount=10**9, owner_id=ids[owner], team_id=ids[team])
        s.add(contract)
        s.flush()
        made = []
        for p in paid:
            payment = Payment(contract_id=contract.id, account_id=account.id,
                              received_on=p[0], amount=p[1],
                              currency=p[2] if len(p) > 2 else "CNY",  # type: ignore[misc]
                              owner_id=ids[owner], team_id=ids[team])
            s.add(payment)
            s.flush()
            made.append(payment.id)
        return account.id, made


def _rows(store: Store, scope: ReviewScope, key: str = "roi.cohorts") -> dict[Any, Any]:
    with store.session() as session:
        got = panel(session, "roi", scope)
    table = _table(got, key)
    return {"note": table.note, **_by(table, "channel", "month")} if key == "roi.cohorts" \
        else {"note": table.note, **_by(table, "channel")}


MARCH = date(2026, 3, 1)
SCOPE = ReviewScope(date(2026, 3, 1), date(2026, 4, 30), TODAY)


def test_month_edges_and_another_currency(empty: Store, shop: dict[str, Any]) -> None:
    acme, _ = _company(empty, shop, "Acme", "amy", date(2026, 3, 31),
                       (date(2026, 3, 31), 100),   # in T itself
                       (date(2026, 4, 30), 200),   # the last day of T+1
                       (date(2026, 5, 1), 400),    # the first day of T+2
                       (date(2026, 5, 31), 800),   # the last day of T+2
                       (date(2026, 6, 1), 1600),   # after T+2: to date only
                       (date(2026, 5, 2), 999, "USD"))  # another currency: left out
    rows = _rows(empty, SCOPE)
    march = rows[("Fair", MARCH)]
    assert (march["leads"], march["behind"]) == (1, {acme})
    assert (march["revenue_t1"], march["revenue_t2"], march["revenue_to_date"]) == (
        300, 1500, 3100)
    assert march["cost"] == 1_000_000 and march["roi_t2"] == pytest.approx(
        (1500 - 1_000_000) / 1_000_000)
    assert march["complete"] == "complete"
    # April's cost is in USD only: no CNY cost, no lead; said in the note
    assert ("Fair", date(2026, 4, 1)) not in rows
    assert "USD" in rows["note"] and "left out" in rows["note"]
    # in USD: the USD payment, April's USD cost (spent with no lead back)
    usd = _rows(empty, replace(SCOPE, currency="USD"))
    assert usd[("Fair", MARCH)]["revenue_t2"] == 999 and usd[("Fair", MARCH)]["cost"] is None
    april = usd[("Fair", date(2026, 4, 1))]
    assert (april["leads"], april["cost"], april["roi_to_date"]) == (0, 50_000, -1.0)
    # a company acquired on April 1st is April's cohort, not March's
    _company(empty, shop, "Boxo", "amy", date(2026, 4, 1), (date(2026, 4, 1), 7))
    rows = _rows(empty, SCOPE)
    assert rows[("Fair", MARCH)]["leads"] == 1
    assert rows[("Fair", date(2026, 4, 1))]["revenue_t1"] == 7


def test_removed_rows_count_nothing(empty: Store, shop: dict[str, Any]) -> None:
    acme, (_kept, gone) = _company(empty, shop, "Acme", "amy", date(2026, 3, 5),
                                  (date(2026, 3, 20), 100), (date(2026, 3, 21), 50))
    _company(empty, shop, "Gone Co", "amy", date(2026, 3, 6), (date(2026, 3, 20), 70),
             deleted=True)
    boxo, _ = _company(empty, shop, "Boxo", "amy", date(2026, 3, 7), (date(2026, 3, 22), 30))
    with empty.session.begin() as s:
        payment = s.get(Payment, gone)
        assert payment is not None
        payment.deleted = True
        contract = s.scalars(select(Contract).where(Contract.account_id == boxo)).one()
        contract.deleted = True  # its payments go with it
        s.add(ChannelCost(channel_id=shop["Fair"], month=date(2026, 2, 1), amount=5,
                          currency="CNY", deleted=True))
    rows = _rows(empty, SCOPE)
    march = rows[("Fair", MARCH)]
    assert march["leads"] == 2 and march["behind"] == {acme, boxo}
    assert march["revenue_to_date"] == 100
    assert ("Fair", date(2026, 2, 1)) not in _rows(
        empty, replace(SCOPE, start=date(2026, 2, 1)))


def test_a_team_and_a_rep_carry_their_leads_share_of_the_cost(empty: Store,
                                                                shop: dict[str, Any]) -> None:
    _company(empty, shop, "A1", "amy", date(2026, 3, 2), (date(2026, 4, 2), 600_000))
    _company(empty, shop, "A2", "amy", date(2026, 3, 3))
    _company(empty, shop, "B1", "ben", date(2026, 3, 4), (date(2026, 3, 9), 100_000))
    _company(empty, shop, "W1", "wes", date(2026, 3, 5), (date(2026, 3, 9), 2_000_000))
    whole = _rows(empty, SCOPE)[("Fair", MARCH)]
    assert (whole["leads"], whole["cost"], whole["revenue_t1"]) == (4, 1_000_000, 2_700_000)
    assert whole["roi_t1"] == pytest.approx(1.7)
    east = _rows(empty, replace(SCOPE, team_id=shop["East"]))
    assert east[("Fair", MARCH)]["leads"] == 3 and east[("Fair", MARCH)]["cost"] == 750_000
    assert east[("Fair", MARCH)]["revenue_t1"] == 700_000
    assert "shared by leads" in east["note"]
    amy = _rows(empty, replace(SCOPE, team_id=shop["East"], rep_id=shop["amy"]))
    assert amy[("Fair", MARCH)]["leads"] == 2 and amy[("Fair", MARCH)]["cost"] == 500_000
    assert amy[("Fair", MARCH)]["roi_t2"] == pytest.approx(0.2)
    ben = _rows(empty, replace(SCOPE, rep_id=shop["ben"]), "roi.channels")
    assert (ben["Fair"]["leads"], ben["Fair"]["cost"], ben["Fair"]["revenue_to_date"]) == (
        1, 250_000, 100_000)
    assert ben["Fair"]["roi_to_date"] == pytest.approx(-0.6)
    # a scope with no lead of a month carries none of its cost
    wes_april = _rows(empty, replace(SCOPE, rep_id=shop["wes"], currency="USD"))
    assert ("Fair", date(2026, 4, 1)) not in wes_april


def test_a_cohort_still_counting_is_marked(empty: Store, shop: dict[str, Any]) -> None:
    with empty.session.begin() as s:
        s.add(ChannelCost(channel_id=shop["Fair"], month=date(2026, 10, 1), amount=1000,
                          currency="CNY"))
    _company(empty, shop, "Late", "amy", date(2026, 10, 20), (date(2026, 11, 20), 3000),
             (date(2026, 11, 26), 5000))  # after today: not received yet
    rows = _rows(empty, ReviewScope(date(2026, 10, 1), date(2026, 10, 31), TODAY))
    october = rows[("Fair", date(2026, 10, 1))]
    assert october["complete"] == "incomplete" and "still grow" in rows["note"]
    assert (october["revenue_t1"], october["revenue_to_date"]) == (3000, 3000)
    assert october["roi_t1"] == pytest.approx(2.0)


def test_a_sum_of_cohorts_measures_roi_over_those_with_a_cost(empty: Store,
                                                               shop: dict[str, Any]) -> None:
    """March cost 10,000 and brought back 5,000; April has no cost entered and brought
    40,000: the channel lost half of what it spent (-50%), not +350%; April's revenue is
    shown on its own."""
    _company(empty, shop, "Mar", "amy", date(2026, 3, 10), (date(2026, 3, 20), 500_000))
    _company(empty, shop, "Apr", "amy", date(2026, 4, 10), (date(2026, 4, 20), 4_000_000))
    fair = _rows(empty, SCOPE, "roi.channels")["Fair"]
    assert fair["roi_to_date"] == pytest.approx(-0.5)
    assert fair["roi_t2"] == pytest.approx(-0.5)
    assert (fair["cost"], fair["revenue_to_date"], fair["revenue_uncosted"]) == (
        1_000_000, 4_500_000, 4_000_000)
    assert "without a cost" in _rows(empty, SCOPE, "roi.channels")["note"]
    with empty.session() as session:
        months = _by(_table(panel(session, "roi", SCOPE), "roi.months"), "month")
    assert months[date(2026, 4, 1)]["revenue_uncosted"] == 4_000_000
    assert months[date(2026, 4, 1)]["roi_t1"] is None
    assert months[MARCH]["revenue_uncosted"] == 0
    assert months[MARCH]["roi_t1"] == pytest.approx(-0.5)
