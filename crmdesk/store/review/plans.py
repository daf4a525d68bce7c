"""The Plans panel: targets against what was sold, per rep (with a row per team), per
product and per customer, period by period.

Periods: the scope [start, end] is split into months when it spans under four months
(`crmdesk.domain.plans.review_period`), else into quarters; a period counts targets of
that kind starting in it (month targets for months, quarter targets for quarters) and
payments received in the part of it inside the scope. Actual = payments credited in the
period (the deal's owner, else the contract's: crmdesk.store.contract_queries.
credited_sales); won = deals won with `closed_on` in the period, beside it; % of plan =
actual / plan (none without a target). Per product, a deal's payments are split over
its lines pro rata to their value (crmdesk.store.plan_queries); per customer, the
account's payments. Money only in the scope's currency.

Scope: `team_id` narrows reps to the team's people and their credited sales (a team row:
the team's target against its sellers' sales), products and customers to the team's
targets and its accounts' payments; `rep_id` to that rep's row, their customers (their
own credited sales) and products (their sales, with no product target: those are the
team's).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.contracts import Period, periods
from crmdesk.domain.plans import Dimension, period_label, review_period
from crmdesk.domain.report import (
    Behind,
    Cell,
    Chart,
    ChartKind,
    Column,
    JoinedIds,
    Panel,
    ReviewScope,
    Row,
    Table,
    share,
)
from crmdesk.domain.words import Sentences, Worded, tr_noop
from crmdesk.store import plan_queries as q
from crmdesk.store.models import Account, User
from crmdesk.store.review.cycles import no_cycle_collection
from crmdesk.store.review.scope_sql import currencies_note

#: Customers shown without a target: the largest payers in the scope.
TOP_CUSTOMERS = 15

_COLUMNS = (
    Column("period", tr_noop("Period"), Cell.TEXT),
    Column("name", tr_noop("Name"), Cell.TEXT),
    Column("plan", tr_noop("Plan"), Cell.MONEY),
    Column("actual", tr_noop("Credited"), Cell.MONEY),
    Column("won", tr_noop("Won"), Cell.MONEY),
    Column("pct", tr_noop("% of plan"), Cell.PERCENT),
)
_CHART = Chart(ChartKind.BAR, x="name", y=("actual", "won"), against="plan")


def _row(start: date, period: Period, name: str, plan: int | None, actual: int, won: int,
         behind: tuple[uuid.UUID, ...] | JoinedIds) -> Row:
    return Row((period_label(start, period), name, plan, actual, won,
                share(actual, plan) if plan else None), behind)


def _note(what: str, others: list[str], scope: ReviewScope) -> str:
    """`what` (a marked sentence) and the money left out in other currencies."""
    return Sentences(what, currencies_note(others, scope.currency,
                                           Worded(tr_noop("Payments and targets"))))


#: What the per-rep table counts, by the length of its periods.
_PER: dict[Period, str] = {
    Period.MONTH: tr_noop("Per month: payments credited (the deal's owner, else the "
                          "contract's) against the target; won deals beside them."),
    Period.QUARTER: tr_noop("Per quarter: payments credited (the deal's owner, else the "
                            "contract's) against the target; won deals beside them."),
    Period.YEAR: tr_noop("Per year: payments credited (the deal's owner, else the "
                         "contract's) against the target; won deals beside them."),
}


def figures(session: Session, scope: ReviewScope) -> Panel:
    with no_cycle_collection():
        return _figures(session, scope)


def _figures(session: Session, scope: ReviewScope) -> Panel:
    period = review_period(scope.start, scope.end)
    starts = periods(scope.start, scope.end, period)
    first = starts[0] if starts else scope.start
    others = q.other_currencies(session, scope.start, scope.end, scope.currency,
                                team_id=scope.team_id, rep_id=scope.rep_id)
    args = (period, scope.start, scope.end, scope.currency)
    # what was credited to whom, read once for the three tables
    credit = q.credit(session, *args, team_id=scope.team_id, rep_id=scope.rep_id)
    return Panel("plans", "Plans", (
        _reps(session, scope, period, starts, first, args, others, credit),
        _products(session, scope, period, starts, first, args, others, credit),
        _customers(session, scope, period, starts, first, args, others, credit),
    ))


def _reps(session: Session, scope: ReviewScope, period: Period, starts: list[date],
          first: date, args: tuple[Period, date, date, str], others: list[str],
          credit: q.Credit) -> Table:
    people = q.reps(session, scope.team_id, scope.rep_id)
    plan = q.planned_by_period(session, Dimension.REP, period, first, scope.end,
                               scope.currency, team_id=scope.team_id)
    actual = credit.reps
    won = q.won(session, Dimension.REP, *args, team_id=scope.team_id, rep_id=scope.rep_id)
    teams = [] if scope.rep_id is not None else q.teams(session, scope.team_id)
    team_plan = q.planned_by_period(session, Dimension.TEAM, period, first, scope.end,
                                    scope.currency, team_id=scope.team_id)
    # a team's sales are its sellers': summed from theirs (one scan of the payments)
    team_actual: dict[tuple[uuid.UUID, date], int] = {}
    if teams:
        sellers: dict[uuid.UUID, uuid.UUID | None] = {}
        for user_id, team_id in session.execute(select(User.id, User.team_id).where(
                User.id.in_({seller for seller, _ in actual}))):
            sellers[user_id] = team_id
        for (seller, start), amount in actual.items():
            of = sellers.get(seller)
            if of is not None:
                team_actual[(of, start)] = team_actual.get((of, start), 0) + amount
    team_won = q.won(session, Dimension.TEAM, *args, team_id=scope.team_id) if teams else {}
    members: dict[uuid.UUID, tuple[uuid.UUID, ...]] = {}
    for user_id, team_id in session.execute(
            select(User.id, User.team_id).where(User.id.in_([p.id for p in people]),
                                                User.team_id.is_not(None))):
        assert team_id is not None
        members[team_id] = (*members.get(team_id, ()), user_id)
    rows: list[Row] = []
    for start in starts:
        for person in people:
            key = (person.id, start)
            rows.append(_row(start, period, person.name, plan.get(key), actual.get(key, 0),
                             won.get(key, 0), (person.id,)))
        for team in teams:
            key = (team.id, start)
            if team.id not in members and key not in team_plan:
                continue  # a team with no one to plan for and no target
            rows.append(_row(start, period, Worded(tr_noop("{0} (team)"), team.name),
                             team_plan.get(key),
                             team_actual.get(key, 0), team_won.get(key, 0),
                             tuple(sorted(members.get(team.id, ())))))
    return Table("plans.reps", tr_noop("Plan against actual per rep"), _COLUMNS, tuple(rows),
                 scope.currency, Behind.USERS, _CHART,
                 _note(Worded(_PER[period]), others, scope))


def _products(session: Session, scope: ReviewScope, period: Period, starts: list[date],
              first: date, args: tuple[Period, date, date, str], others: list[str],
              credit: q.Credit) -> Table:
    # a product's target is its team's: a rep's scope shows the rep's sales, no target
    plan = ({} if scope.rep_id is not None else
            q.planned_by_period(session, Dimension.PRODUCT, period, first, scope.end,
                                scope.currency, team_id=scope.team_id))
    team, rep = scope.team_id, scope.rep_id
    actual, deals = q.split_over_products(session, credit.deals, starts)
    won = q.won(session, Dimension.PRODUCT, *args, team_id=team, rep_id=rep)
    ids = {subject for subject, _ in (*plan, *actual, *won)}
    names = q.names(session, Dimension.PRODUCT, ids)
    order = sorted(ids, key=lambda i: (names.get(i, ""), i))
    rows = [_row(start, period, names.get(pid, "?"), plan.get((pid, start)),
                 actual.get((pid, start), 0), won.get((pid, start), 0),
                 deals.get((pid, start), ()))
            for start in starts for pid in order
            if (pid, start) in plan or (pid, start) in actual or (pid, start) in won]
    return Table("plans.products", tr_noop("Plan against actual per product"), _COLUMNS,
                 tuple(rows),
                 scope.currency, Behind.DEALS, _CHART,
                 _note(Worded(tr_noop("A deal's payments are split over its products pro "
                                      "rata to their lines' value; deals without products "
                                      "count for none.")), others, scope))


def _customers(session: Session, scope: ReviewScope, period: Period, starts: list[date],
               first: date, args: tuple[Period, date, date, str], others: list[str],
               credit: q.Credit) -> Table:
    plan = q.planned_by_period(session, Dimension.CUSTOMER, period, first, scope.end,
                               scope.currency, team_id=scope.team_id)
    team, rep = scope.team_id, scope.rep_id
    if scope.rep_id is not None:  # a rep's customers: the accounts they own
        theirs = set(session.scalars(select(Account.id).where(
            Account.id.in_({a for a, _ in plan}), Account.owner_id == scope.rep_id)))
        plan = {k: v for k, v in plan.items() if k[0] in theirs}
    totals: dict[str, int] = {}
    for (account, _), amount in credit.accounts.items():
        totals[account] = totals.get(account, 0) + amount
    # stored ids, 32 hex digits, sort as the ids do; made ids for the customers shown
    # alone (thousands of accounts pay in a quarter at 100k accounts), and what they
    # won read for them alone
    top = sorted(totals, key=lambda i: (-totals[i], i))[:TOP_CUSTOMERS]
    ids = {uuid.UUID(account) for account in top} | {subject for subject, _ in plan}
    shown = {account.hex for account in ids}
    actual = {(uuid.UUID(account), starts[i]): amount
              for (account, i), amount in credit.accounts.items() if account in shown}
    won = q.won(session, Dimension.CUSTOMER, *args, team_id=team, rep_id=rep, among=ids)
    names = q.names(session, Dimension.CUSTOMER, ids)
    order = sorted(ids, key=lambda i: (names.get(i, ""), i))
    rows = [_row(start, period, names.get(aid, "?"), plan.get((aid, start)),
                 actual.get((aid, start), 0), won.get((aid, start), 0), (aid,))
            for start in starts for aid in order]
    return Table("plans.customers", tr_noop("Plan against actual per customer"), _COLUMNS,
                 tuple(rows), scope.currency, Behind.ACCOUNTS, _CHART,
                 _note(Worded(tr_noop("Customers with a target, and the {0} that paid the "
                                      "most in the period; actual: the account's payments."),
                              TOP_CUSTOMERS), others, scope))

