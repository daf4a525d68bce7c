"""The Plans panel's figures, recomputed in plain Python from whole rows of the seeded
workspace (and of hand-built ones: a payment on a quarter's last and first day, another
currency, a removed payment, a rep's scope against a team's) and compared with the
panel's SQL."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.contracts import Period, period_start, periods
from crmdesk.domain.deals import OpportunityStage
from crmdesk.domain.plans import Dimension, line_share, period_label, review_period
from crmdesk.domain.report import ReviewScope, Table
from crmdesk.store.db import Store
from crmdesk.store.models import (
    Contract,
    Opportunity,
    OpportunityProduct,
    Payment,
    Plan,
    Product,
    Role,
    Team,
    User,
)
from crmdesk.store.review import panel
from crmdesk.store.review.plans import TOP_CUSTOMERS
from tests.conftest import TODAY

YEAR = ReviewScope(date(2026, 1, 1), date(2026, 12, 31), TODAY)
AUTUMN = ReviewScope(date(2026, 9, 1), date(2026, 11, 30), TODAY)


def _rows(session: Session, model: type) -> list:  # type: ignore[type-arg]
    return list(session.scalars(select(model)))


def _expected_reps(session: Session, scope: ReviewScope) -> dict[tuple[str, str], tuple]:  # type: ignore[type-arg]
    """(period label, name) -> (plan, actual, won), from whole rows."""
    period = review_period(scope.start, scope.end)
    starts = periods(scope.start, scope.end, period)
    users = {u.id: u for u in _rows(session, User)}
    deals = {d.id: d for d in _rows(session, Opportunity)}
    contracts = {c.id: c for c in _rows(session, Contract)}
    cur = scope.currency
    people = [u for u in users.values() if u.role is Role.REP and u.active and not u.deleted
              and u.team_id is not None and scope.team_id in (None, u.team_id)
              and scope.rep_id in (None, u.id)]
    out: dict[tuple[str, str], tuple] = {}  # type: ignore[type-arg]
    plans = [p for p in _rows(session, Plan) if not p.deleted and p.period is period
             and p.currency == cur and scope.team_id in (None, p.team_id)]
    payments = [p for p in _rows(session, Payment) if not p.deleted and p.currency == cur
                and scope.start <= p.received_on <= scope.end
                and not contracts[p.contract_id].deleted]

    def seller(p: Payment) -> uuid.UUID | None:
        contract = contracts[p.contract_id]
        deal = deals.get(contract.opportunity_id) if contract.opportunity_id else None
        return deal.owner_id if deal is not None and deal.owner_id else contract.owner_id

    won_deals = [d for d in deals.values() if not d.deleted
                 and d.stage is OpportunityStage.WON and d.currency == cur
                 and d.closed_on is not None and scope.start <= d.closed_on <= scope.end
                 and scope.team_id in (None, d.team_id) and scope.rep_id in (None, d.owner_id)]
    for start in starts:
        label = period_label(start, period)
        for u in people:
            plan = [p.amount for p in plans if p.dimension is Dimension.REP
                    and p.subject_id == u.id and p.starts_on == start]
            actual = sum(p.amount for p in payments if seller(p) == u.id
                         and period_start(p.received_on, period) == start)
            won = sum(d.amount or 0 for d in won_deals if d.owner_id == u.id
                      and period_start(d.closed_on, period) == start)  # type: ignore[arg-type]
            out[(label, u.display_name)] = (sum(plan) if plan else None, actual, won)
        if scope.rep_id is None:
            for team in _rows(session, Team):
                if team.deleted or scope.team_id not in (None, team.id):
                    continue
                members = {u.id for u in people if u.team_id == team.id}
                plan = [p.amount for p in plans if p.dimension is Dimension.TEAM
                        and p.subject_id == team.id and p.starts_on == start]
                if not members and not plan:
                    continue
                actual = sum(p.amount for p in payments
                             if (s := seller(p)) is not None and users[s].team_id == team.id
                             and period_start(p.received_on, period) == start)
                won = sum(d.amount or 0 for d in won_deals if d.team_id == team.id
                          and period_start(d.closed_on, period) == start)  # type: ignore[arg-type]
                out[(label, f"{team.name} (team)")] = (sum(plan) if plan else None, actual,
                                                       won)
    return out


def _got(table: Table) -> dict[tuple[str, str], tuple]:  # type: ignore[type-arg]
    return {(str(r.values[0]), str(r.values[1])): tuple(r.values[2:5]) for r in table.rows}


def _check_reps(store: Store, scope: ReviewScope) -> Table:
    with store.session() as s:
        table = panel(s, "plans", scope).tables[0]
        expected = _expected_reps(s, scope)
    assert table.key == "plans.reps"
    assert _got(table) == expected
    for row in table.rows:
        plan, actual = row.values[2], row.values[3]
        assert row.values[5] == (actual / plan if plan else None)  # type: ignore[operator]
    return table


def test_the_reps_figures_are_the_rows_recomputed(seeded: Store) -> None:
    table = _check_reps(seeded, YEAR)
    assert {r.values[0] for r in table.rows} == {"2026 Q1", "2026 Q2", "2026 Q3", "2026 Q4"}
    # the demo's targets sit near what was sold: some above, some below
    pct = [r.values[5] for r in table.rows if r.values[5] is not None]
    assert pct and min(pct) < 1 < max(pct)  # type: ignore[operator]
    monthly = _check_reps(seeded, AUTUMN)  # under four months: by month
    assert {r.values[0] for r in monthly.rows} == {"2026-09", "2026-10", "2026-11"}


def test_a_team_and_a_reps_scope(seeded: Store) -> None:
    with seeded.session() as s:
        team, rep = s.execute(select(User.team_id, User.id).where(
            User.username == "li.wei")).one()
    table = _check_reps(seeded, ReviewScope(YEAR.start, YEAR.end, TODAY, team_id=team))
    assert any(str(r.values[1]).endswith("(team)") for r in table.rows)
    mine = _check_reps(seeded, ReviewScope(YEAR.start, YEAR.end, TODAY, team_id=team,
                                           rep_id=rep))
    assert {r.values[1] for r in mine.rows} == {"李伟"} and all(r.behind == (rep,)
                                                              for r in mine.rows)


def test_quarter_edges_another_currency_and_removed_payments(seeded: Store) -> None:
    with seeded.session.begin() as s:
        rep = s.scalars(select(User).where(User.username == "li.wei")).one()
        contract = s.scalars(select(Contract).join(
            Opportunity, Opportunity.id == Contract.opportunity_id).where(
            Opportunity.owner_id == rep.id, Contract.deleted.is_(False))).first()
        assert contract is not None

        def pay(day: date, amount: int, currency: str = "CNY", deleted: bool = False
                ) -> None:
            s.add(Payment(id=uuid.uuid4(), contract_id=contract.id,
                          account_id=contract.account_id, received_on=day, amount=amount,
                          currency=currency, owner_id=contract.owner_id,
                          team_id=contract.team_id, deleted=deleted))

        pay(date(2026, 9, 30), 7_777_77)    # the last day of Q3
        pay(date(2026, 10, 1), 3_333_33)    # the first day of Q4
        pay(date(2026, 10, 2), 5_000_00, "USD")
        pay(date(2026, 10, 3), 9_999_99, deleted=True)
        s.add(Plan(id=uuid.uuid4(), team_id=rep.team_id, owner_id=None,
                   dimension=Dimension.REP, subject_id=rep.id, period=Period.QUARTER,
                   starts_on=date(2026, 10, 1), amount=1_00, currency="USD"))
    table = _check_reps(seeded, YEAR)
    assert "USD" in table.note
    usd = panel_in(seeded, ReviewScope(YEAR.start, YEAR.end, TODAY, currency="USD"))
    row = next(r for r in usd.rows if r.values[:2] == ("2026 Q4", "李伟"))
    assert row.values[2:4] == (1_00, 5_000_00)


def test_the_currency_note_names_only_the_scopes_currencies(seeded: Store) -> None:
    """Another team's payments or targets in another currency are not this team's: its
    notes do not name that currency (they did: the note read the whole workspace)."""
    with seeded.session.begin() as s:
        rep = s.scalars(select(User).where(User.username == "li.wei")).one()
        contract = s.scalars(select(Contract).join(
            Opportunity, Opportunity.id == Contract.opportunity_id).where(
            Opportunity.owner_id == rep.id, Contract.deleted.is_(False))).first()
        assert contract is not None and rep.team_id is not None
        other_team = s.scalars(select(User.team_id).where(
            User.team_id.is_not(None), User.team_id != rep.team_id)).first()
        someone = s.scalars(select(User).where(User.team_id == rep.team_id,
                                               User.id != rep.id)).first()
        assert other_team is not None and someone is not None
        s.add(Payment(id=uuid.uuid4(), contract_id=contract.id,
                      account_id=contract.account_id, received_on=date(2026, 10, 2),
                      amount=5_000_00, currency="USD", owner_id=contract.owner_id,
                      team_id=contract.team_id))
        s.add(Plan(id=uuid.uuid4(), team_id=rep.team_id, owner_id=None,
                   dimension=Dimension.REP, subject_id=rep.id, period=Period.QUARTER,
                   starts_on=date(2026, 10, 1), amount=1_00, currency="EUR"))
        ids = (rep.id, rep.team_id, other_team, someone.id)
    rep_id, team_id, other_team, someone_id = ids
    with seeded.session() as s:
        for scope, named in (
                (YEAR, {"USD", "EUR"}),
                (ReviewScope(YEAR.start, YEAR.end, TODAY, team_id=team_id), {"USD", "EUR"}),
                (ReviewScope(YEAR.start, YEAR.end, TODAY, team_id=other_team), set()),
                (ReviewScope(YEAR.start, YEAR.end, TODAY, rep_id=rep_id), {"USD", "EUR"}),
                (ReviewScope(YEAR.start, YEAR.end, TODAY, team_id=team_id,
                             rep_id=someone_id), set())):
            for table in panel(s, "plans", scope).tables:
                assert {c for c in ("USD", "EUR") if c in table.note} == named, (
                    scope, table.key, table.note)


def panel_in(store: Store, scope: ReviewScope) -> Table:
    with store.session() as s:
        return panel(s, "plans", scope).tables[0]


def test_products_split_payments_pro_rata_and_customers_are_their_payments(
        seeded: Store) -> None:
    scope = YEAR
    with seeded.session() as s:
        tables = panel(s, "plans", scope).tables
        contracts = {c.id: c for c in _rows(s, Contract)}
        deals = {d.id: d for d in _rows(s, Opportunity)}
        lines: dict[uuid.UUID, list[tuple[uuid.UUID, int]]] = {}
        for line in _rows(s, OpportunityProduct):
            if not line.deleted:
                lines.setdefault(line.opportunity_id, []).append(
                    (line.product_id, line.quantity * line.unit_price))
        by_deal: dict[tuple[uuid.UUID, date], int] = {}
        by_account: dict[tuple[uuid.UUID, date], int] = {}
        for p in _rows(s, Payment):
            c = contracts[p.contract_id]
            if p.deleted or c.deleted or p.currency != "CNY" or not (
                    scope.start <= p.received_on <= scope.end):
                continue
            q = period_start(p.received_on, Period.QUARTER)
            by_account[(p.account_id, q)] = by_account.get((p.account_id, q), 0) + p.amount
            deal = deals.get(c.opportunity_id) if c.opportunity_id else None
            if deal is not None and not deal.deleted:
                by_deal[(deal.id, q)] = by_deal.get((deal.id, q), 0) + p.amount
    expected: dict[tuple[uuid.UUID, date], int] = {}
    behind: dict[tuple[uuid.UUID, date], set[uuid.UUID]] = {}
    for (deal_id, q), amount in by_deal.items():
        values = lines.get(deal_id, [])
        total = sum(v for _, v in values)
        for product, value in values if total > 0 else ():
            part = line_share(amount, value, total)
            expected[(product, q)] = expected.get((product, q), 0) + part
            behind.setdefault((product, q), set()).add(deal_id)
    products, customers = tables[1], tables[2]
    names = {p.id: p.name for p in _rows_of(seeded)}
    got = {(r.values[0], r.values[1]): r.values[3] for r in products.rows}
    assert {k: v for k, v in got.items() if v} == {
        (period_label(q, Period.QUARTER), names[product]): v
        for (product, q), v in expected.items() if v}
    ids = {p.id: p for p in _rows_of(seeded)}
    for row in products.rows:
        product = next(i for i, p in ids.items() if p.name == row.values[1])
        q = next(s for s in periods(scope.start, scope.end, Period.QUARTER)
                 if period_label(s, Period.QUARTER) == row.values[0])
        assert set(row.behind) == behind.get((product, q), set())
    for row in customers.rows:
        account = row.behind[0]
        q = next(s for s in periods(scope.start, scope.end, Period.QUARTER)
                 if period_label(s, Period.QUARTER) == row.values[0])
        assert row.values[3] == by_account.get((account, q), 0)
        assert row.values[4] == sum(
            d.amount or 0 for d in deals.values()
            if d.account_id == account and not d.deleted and d.currency == "CNY"
            and d.stage == OpportunityStage.WON and d.closed_on is not None
            and period_start(d.closed_on, Period.QUARTER) == q
            and scope.start <= d.closed_on <= scope.end)
    # the customers shown: those with a target, and the largest payers of the period
    # (equal totals by id)
    totals: dict[uuid.UUID, int] = {}
    for (account, _q), amount in by_account.items():
        totals[account] = totals.get(account, 0) + amount
    largest = sorted(totals, key=lambda a: (-totals[a], a))[:TOP_CUSTOMERS]
    with seeded.session() as s:
        targeted = {p.subject_id for p in _rows(s, Plan)
                    if p.dimension == Dimension.CUSTOMER and not p.deleted
                    and p.currency == "CNY" and scope.start <= p.starts_on <= scope.end}
    assert len(largest) == TOP_CUSTOMERS
    assert {row.behind[0] for row in customers.rows} == set(largest) | targeted
    assert any(row.values[4] for row in customers.rows)  # some shown customer won deals


def _rows_of(store: Store) -> list[Product]:
    with store.session() as s:
        return _rows(s, Product)


def test_a_products_share_rounds_half_up() -> None:
    assert line_share(100, 1, 3) == 33 and line_share(200, 1, 3) == 67
    assert line_share(5, 1, 2) == 3 and line_share(1_000_000, 7, 7) == 1_000_000


def test_a_period_without_its_own_target_counts_the_finer_ones_inside_it(empty: Store) -> None:
    """One rule for the Reps, Forecast and Plans panels: a quarter's target, else its
    months' added up; a year's, else its quarters', else its months'; a month never a
    share of a quarter's."""
    from crmdesk.domain.plans import plan_id
    from crmdesk.store.models import Team
    from crmdesk.store.plan_queries import planned, planned_by_period, scope_plan

    with empty.session.begin() as s:
        team = Team(name="East")
        s.add(team)
        s.flush()
        amy = User(username="amy", display_name="Amy", team_id=team.id)
        ben = User(username="ben", display_name="Ben", team_id=team.id)
        s.add_all([amy, ben])
        s.flush()

        def target(who: uuid.UUID, period: Period, start: date, amount: int) -> None:
            s.add(Plan(id=plan_id(team.id, Dimension.REP, who, period, start, "CNY"),
                       team_id=team.id, dimension=Dimension.REP, subject_id=who,
                       period=period, starts_on=start, amount=amount, currency="CNY"))

        # amy: months only in Q4; ben: a Q4 target and months that do not add up to it
        for month, amount in ((10, 100), (11, 200), (12, 300)):
            target(amy.id, Period.MONTH, date(2026, month, 1), amount)
            target(ben.id, Period.MONTH, date(2026, month, 1), 10)
        target(ben.id, Period.QUARTER, date(2026, 10, 1), 1000)
        target(ben.id, Period.QUARTER, date(2026, 7, 1), 400)
        amy_id, ben_id, team_id = amy.id, ben.id, team.id

    q4 = date(2026, 10, 1)
    with empty.session() as s:
        quarters = planned_by_period(s, Dimension.REP, Period.QUARTER, date(2026, 7, 1), q4,
                                     "CNY")
        assert quarters == {(amy_id, q4): 600, (ben_id, q4): 1000,
                            (ben_id, date(2026, 7, 1)): 400}
        assert planned(s, Dimension.REP, [amy_id, ben_id], Period.QUARTER, q4, q4,
                       "CNY") == {amy_id: 600, ben_id: 1000}
        # the year: ben's quarters (Q3 + Q4), amy's months
        assert planned(s, Dimension.REP, None, Period.YEAR, date(2026, 1, 1),
                       date(2026, 1, 1), "CNY") == {amy_id: 600, ben_id: 1400}
        # a month is its own target only: none for a month without one
        assert planned_by_period(s, Dimension.REP, Period.MONTH, date(2026, 9, 1),
                                 date(2026, 11, 1), "CNY") == {
            (amy_id, date(2026, 10, 1)): 100, (amy_id, date(2026, 11, 1)): 200,
            (ben_id, date(2026, 10, 1)): 10, (ben_id, date(2026, 11, 1)): 10}
        assert scope_plan(s, Period.QUARTER, q4, q4, "CNY", team_id=team_id,
                          rep_id=amy_id) == {q4: 600}
        assert planned(s, Dimension.REP, [amy_id], Period.QUARTER, q4, q4, "USD") == {}
