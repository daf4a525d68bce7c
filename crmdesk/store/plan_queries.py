"""Reads on sales plans (targets): what is planned for whom (`planned`, which the Plans,
Reps and Forecast panels share), what was sold against it (`credited`, `won`), and the
grid the plans editor shows. Set-based SQL (GROUP BY in the database, periods picked out
with a CASE over the period edges), never a query per subject.

Actual sales: a payment counts on the day it was received, for whom the laptop's facts
on it say it is credited to (crmdesk.store.flow.credit: the owner of the deal its
contract came from, else the contract's owner), one rule for every reader here. Per
product, a deal's payments in a period are split over its product lines in proportion
to their value (quantity × unit price), rounded to the minor unit per line
(crmdesk.domain.plans.line_share; the parts may differ from the whole by a fen or two);
a deal with no lines of any value (or a contract with no deal) counts for no product.
Per customer, the account's payments. Won: deals won (stage won) with `closed_on` in
the period, at their amount (per product: the won deals' line values). Money only in
the currency asked for.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from crmdesk.domain.contracts import Period, period_end, period_start, periods
from crmdesk.domain.deals import OpportunityStage
from crmdesk.domain.plans import Dimension, line_share
from crmdesk.domain.report import JoinedIds, uuids
from crmdesk.store import flow
from crmdesk.store.models import (
    Account,
    Opportunity,
    OpportunityProduct,
    Payment,
    Plan,
    Product,
    Role,
    Team,
    User,
)

#: (subject, first day of its period) -> minor units
ByPeriod = dict[tuple[uuid.UUID, date], int]


def planned(session: Session, dimension: Dimension, subject_ids: Collection[uuid.UUID] | None,
            period: Period, start: date, end: date, currency: str, *,
            team_id: uuid.UUID | None = None) -> dict[uuid.UUID, int]:
    """The targets of the periods of kind `period` starting in [start, end], summed per
    subject, in `currency` only, as `planned_by_period` reads each period (a quarter
    with no quarter target counts its months'). `subject_ids` None: every subject with a
    target; `team_id` narrows to that team's targets (None: every team's, e.g. two
    teams' targets for one product add up). A subject with no target is absent (no
    target is not a target of zero: "% of plan" has no base). E.g. a rep's Q4 target:
    planned(s, Dimension.REP, [rep], Period.QUARTER, date(2026, 10, 1),
    date(2026, 10, 1), "CNY")."""
    wanted = None if subject_ids is None else set(subject_ids)
    out: dict[uuid.UUID, int] = {}
    for (subject, _start), amount in planned_by_period(
            session, dimension, period, start, end, currency, team_id=team_id).items():
        if wanted is None or subject in wanted:
            out[subject] = out.get(subject, 0) + amount
    return out


#: Where a period has no target of its own kind, the finer kinds whose targets inside it
#: stand for it, in order (a year: its quarters, else its months).
_FINER: dict[Period, tuple[Period, ...]] = {
    Period.MONTH: (), Period.QUARTER: (Period.MONTH,),
    Period.YEAR: (Period.QUARTER, Period.MONTH)}


def _targets(session: Session, dimension: Dimension, period: Period, start: date, end: date,
             currency: str, team_id: uuid.UUID | None) -> ByPeriod:
    """The stored targets of exactly kind `period` starting in [start, end]."""
    query = (select(Plan.subject_id, Plan.starts_on, func.sum(Plan.amount))
             .where(Plan.deleted.is_(False), Plan.dimension == Dimension(dimension),
                    Plan.period == Period(period), Plan.starts_on >= start,
                    Plan.starts_on <= end, Plan.currency == currency.upper())
             .group_by(Plan.subject_id, Plan.starts_on))
    if team_id is not None:
        query = query.where(Plan.team_id == team_id)
    return {(subject, starts_on): int(total)
            for subject, starts_on, total in session.execute(query)}


def planned_by_period(session: Session, dimension: Dimension, period: Period, start: date,
                      end: date, currency: str, *, team_id: uuid.UUID | None = None
                      ) -> ByPeriod:
    """Per subject and period of kind `period` starting in [start, end] (its first
    day): its target of that kind, or, where it has none, the finer targets inside it
    added up (a quarter: its months'; a year: its quarters', else its months'), so a
    target entered by month stands against the quarter, and the Reps, Forecast and
    Plans panels read one rule. A month never gets a share of a quarter's target:
    that would be a figure nobody entered."""
    out = _targets(session, dimension, period, start, end, currency, team_id)
    last = period_end(period_start(end, period), period)
    for finer in _FINER[Period(period)]:
        filled: ByPeriod = {}
        for (subject, starts_on), amount in _targets(
                session, dimension, finer, start, last, currency, team_id).items():
            key = (subject, period_start(starts_on, period))
            if start <= key[1] <= end and key not in out:
                filled[key] = filled.get(key, 0) + amount
        out.update(filled)
    return out


def scope_plan(session: Session, period: Period, start: date, end: date, currency: str, *,
               team_id: uuid.UUID | None, rep_id: uuid.UUID | None) -> dict[date, int]:
    """The target of a review's scope per period (its first day) starting in [start,
    end]: the rep's own when the scope names one, else the team's, else every team's
    added up. A period without a target is absent (it has no plan, not a plan of 0)."""
    subject: uuid.UUID | None = rep_id if rep_id is not None else team_id
    dimension = Dimension.REP if rep_id is not None else Dimension.TEAM
    out: dict[date, int] = {}
    for (who, starts_on), amount in planned_by_period(
            session, dimension, period, start, end, currency,
            team_id=team_id if rep_id is None else None).items():
        if subject is None or who == subject:
            out[starts_on] = out.get(starts_on, 0) + amount
    return out


def _bucket(day: Any, starts: Sequence[date]) -> ColumnElement[int]:
    """The index of the period (among `starts`) holding `day`, in SQL."""
    if len(starts) == 1:
        return literal(0)
    return case(*((day < later, i) for i, later in enumerate(starts[1:])),
                else_=len(starts) - 1)


def credited(session: Session, dimension: Dimension, period: Period, start: date, end: date,
             currency: str, *, team_id: uuid.UUID | None = None,
             rep_id: uuid.UUID | None = None) -> ByPeriod:
    """Payments received per subject and period in [start, end] (clipped to whole days
    of it), in `currency`. REP: per seller; TEAM: per the seller's team; CUSTOMER: per
    account; PRODUCT: pro rata to the deal's lines. `team_id` narrows to the sellers of
    that team (REP, TEAM) or the accounts of that team (CUSTOMER, PRODUCT); `rep_id` to
    what is credited to that seller. Whom a payment is credited to, and its deal, are
    the facts kept on it (crmdesk.store.flow.credit), as `credit` reads them: the Reps
    and Plans panels and the plans editor never disagree."""
    starts = periods(start, end, period)
    if not starts:
        return {}
    bucket = _bucket(Payment.received_on, starts)
    seller = flow.credit("credit_seller")
    subject: Any
    if dimension is Dimension.REP:
        subject = seller
    elif dimension is Dimension.TEAM:
        subject = type_coerce(User.team_id, String)
    elif dimension is Dimension.CUSTOMER:
        subject = type_coerce(Payment.account_id, String)
    else:
        subject = flow.credit("credit_deal")
    # subjects read as stored (text)
    query = (select(subject.label("subject"), bucket.label("bucket"),
                    func.sum(Payment.amount).label("amount"))
             .select_from(Payment)
             .where(Payment.deleted.is_(False), flow.credit("credit_live").is_(True),
                    Payment.received_on >= start, Payment.received_on <= end,
                    Payment.currency == currency.upper())
             .group_by(subject, bucket))
    if dimension is Dimension.TEAM or (team_id is not None and dimension is Dimension.REP):
        query = query.join(User, type_coerce(User.id, String) == seller)
    if team_id is not None:
        query = query.where((User.team_id if dimension in (Dimension.REP, Dimension.TEAM)
                             else Payment.team_id) == team_id)
    if rep_id is not None:
        query = query.where(seller == rep_id.hex)
    if dimension is Dimension.PRODUCT:
        return _products_of(session, query.where(subject.is_not(None)), starts)[0]
    found = [row for row in _driver_rows(session, query) if row[0] is not None]
    # each distinct subject made an id once, all at once (a customer's thousands at 100k
    # accounts)
    distinct = list(dict.fromkeys(row[0] for row in found))
    ids = dict(zip(distinct, uuids(distinct), strict=True))
    return {(ids[row_id], starts[i]): int(total) for row_id, i, total in found}


def other_currencies(session: Session, start: date, end: date, currency: str, *,
                     team_id: uuid.UUID | None = None, rep_id: uuid.UUID | None = None
                     ) -> list[str]:
    """The currencies other than `currency` of the payments received and targets
    starting in [start, end] that a review's scope holds, narrowed like `credited`
    (a team: its accounts' payments and its targets; a rep: what is credited to them
    and their own targets and their customers'), sorted."""
    paid = (select(Payment.currency).distinct()
            .where(Payment.deleted.is_(False), Payment.received_on >= start,
                   Payment.received_on <= end, Payment.currency != currency.upper()))
    if team_id is not None:
        paid = paid.where(Payment.team_id == team_id)
    if rep_id is not None:
        paid = paid.where(flow.credit("credit_seller") == rep_id.hex)
    planned = (select(Plan.currency).distinct()
               .where(Plan.deleted.is_(False), Plan.starts_on >= start, Plan.starts_on <= end,
                      Plan.currency != currency.upper()))
    if team_id is not None:
        planned = planned.where(Plan.team_id == team_id)
    if rep_id is not None:
        planned = planned.where(or_(Plan.subject_id == rep_id, Plan.subject_id.in_(
            select(Account.id).where(Account.owner_id == rep_id))))
    return sorted(set(session.scalars(paid)) | set(session.scalars(planned)))


def _products_of(session: Session, paid: Any, starts: Sequence[date]
                 ) -> tuple[ByPeriod, dict[tuple[uuid.UUID, date], JoinedIds]]:
    """`paid` (a deal's payments per period: subject, bucket, amount) split over each
    deal's product lines (`split_over_products`)."""
    paid = paid.subquery()
    amounts = {(deal, i): int(amount) for deal, i, amount in session.connection().execute(
        select(type_coerce(paid.c.subject, String), paid.c.bucket, paid.c.amount))}
    return split_over_products(session, amounts, starts)


def split_over_products(session: Session, paid: Mapping[tuple[str, int], int],
                        starts: Sequence[date]
                        ) -> tuple[ByPeriod, dict[tuple[uuid.UUID, date], JoinedIds]]:
    """`paid` (a deal's payments in a period: by the deal's stored id and the period's
    index in `starts`) split over each deal's product lines: each line gets the
    payments × its value / the deal's lines' value, rounded to the minor unit
    (crmdesk.domain.plans.line_share); summed per product and period, with the deals
    behind each (sorted, read when their list is opened). A deal whose lines are worth
    nothing counts for no product. The paying deals' lines are read in one statement
    (their ids bound as one list, each deal's lines found through their index) and
    added up here: SQLite's window over the lines and its sums of each line's share per
    product cost several times more at 100k accounts."""
    line = OpportunityProduct
    deal_of = type_coerce(line.opportunity_id, String)
    listed = func.json_each(json.dumps(sorted({deal for deal, _ in paid}))).table_valued("value")
    lines: dict[str, list[tuple[str, int]]] = {}
    for deal, product, value in _driver_rows(session, select(
            deal_of, type_coerce(line.product_id, String), line.quantity * line.unit_price)
            .where(line.deleted.is_(False), deal_of.in_(select(listed.c.value)))):
        its = lines.get(deal)
        if its is None:
            lines[deal] = [(product, value)]
        else:
            its.append((product, value))
    totals = {deal: sum(value for _, value in its) for deal, its in lines.items()}
    sums: dict[tuple[str, int], int] = {}
    behind: dict[tuple[str, int], set[str]] = {}
    for (deal, i), amount in paid.items():
        total = totals.get(deal, 0)
        if total <= 0:
            continue
        for product, value in lines[deal]:
            key = (product, i)
            share = line_share(amount, value, total)
            held = sums.get(key)
            if held is None:
                sums[key], behind[key] = share, {deal}
            else:
                sums[key] = held + share
                behind[key].add(deal)
    out: ByPeriod = {}
    deals: dict[tuple[uuid.UUID, date], JoinedIds] = {}
    for (product, i), amount in sums.items():
        at = (uuid.UUID(product), starts[i])
        out[at] = amount
        # stored ids, 32 hex digits, sort as the ids do
        deals[at] = JoinedIds(",".join(sorted(behind[(product, i)])))
    return out, deals


def _driver_rows(session: Session, query: Any) -> list[Any]:
    """The rows of `query` as the driver reads them (stored text), without SQLAlchemy's
    work on each (thousands of them)."""
    result = session.connection().execute(query)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


@dataclass(frozen=True, slots=True)
class Credit:
    """What `credited` gives per seller (REP), per account (CUSTOMER) and per deal (what
    PRODUCT splits over its lines: `split_over_products`) in each period, the accounts
    and deals by their stored ids and the period's index (thousands of them: made ids
    when shown)."""

    reps: ByPeriod
    accounts: dict[tuple[str, int], int]
    deals: dict[tuple[str, int], int]


def credit(session: Session, period: Period, start: date, end: date, currency: str, *,
           team_id: uuid.UUID | None = None, rep_id: uuid.UUID | None = None) -> Credit:
    """`credited` for REP, CUSTOMER and PRODUCT at once, by the same rules and narrowed
    the same way: the period's payments with their sellers, accounts and deals read
    once and added up here. Each payment's seller and deal are the laptop's facts on it
    (crmdesk.store.flow: its contract's and deal's, kept by triggers), so the period's
    payments are a range of ix_payments_credit (one rep's, of ix_payments_seller) with
    no contract or deal looked up (two look-ups a payment were most of the Plans
    panel's time at 100k accounts). `team_id` narrows a seller's sums to the team's
    sellers, an account's and a deal's to the team's accounts' payments."""
    starts = periods(start, end, period)
    if not starts:
        return Credit({}, {}, {})
    seller = flow.credit("credit_seller")
    query = (select(seller, type_coerce(Payment.account_id, String),
                    flow.credit("credit_deal"), _bucket(Payment.received_on, starts),
                    Payment.amount)
             .where(Payment.deleted.is_(False), flow.credit("credit_live").is_(True),
                    Payment.received_on >= start, Payment.received_on <= end,
                    Payment.currency == currency.upper()))
    if team_id is None:  # every payment counts for its seller and for its account
        query = query.add_columns(literal(1), literal(1))
    else:
        sellers_team = (select(User.team_id).where(type_coerce(User.id, String) == seller)
                        .scalar_subquery() == team_id)
        accounts_team = Payment.team_id == team_id
        query = query.add_columns(sellers_team, accounts_team).where(
            or_(sellers_team, accounts_team))
    if rep_id is not None:
        query = query.where(seller == rep_id.hex)
    reps: dict[tuple[str, int], int] = {}
    accounts: dict[tuple[str, int], int] = {}
    deals: dict[tuple[str, int], int] = {}
    for sold_by, account, deal, i, amount, sellers, accounts_team in _driver_rows(
            session, query):
        if sold_by is not None and sellers:
            key = (sold_by, i)
            reps[key] = reps.get(key, 0) + amount
        if accounts_team:
            key = (account, i)
            accounts[key] = accounts.get(key, 0) + amount
            if deal is not None:
                key = (deal, i)
                deals[key] = deals.get(key, 0) + amount
    ids: dict[str, uuid.UUID] = {}
    for sold_by, _ in reps:
        ids.setdefault(sold_by, uuid.UUID(sold_by))
    return Credit({(ids[sold_by], starts[i]): amount for (sold_by, i), amount in reps.items()},
                  accounts, deals)


def won(session: Session, dimension: Dimension, period: Period, start: date, end: date,
        currency: str, *, team_id: uuid.UUID | None = None,
        rep_id: uuid.UUID | None = None,
        among: Collection[uuid.UUID] | None = None) -> ByPeriod:
    """Amount won per subject and period: deals won with `closed_on` in [start, end], in
    `currency`. REP: the deal's owner; TEAM: the deal's team; CUSTOMER: its account;
    PRODUCT: its lines' value per product. Narrowed like `credited` (by the deal's team
    and owner, and `among` those subjects: not PRODUCT)."""
    starts = periods(start, end, period)
    if not starts:
        return {}
    deal = Opportunity
    bucket = _bucket(deal.closed_on, starts)
    line = OpportunityProduct
    query: Any
    if dimension is Dimension.PRODUCT:
        query = (select(line.product_id, bucket, func.sum(line.quantity * line.unit_price))
                 .join(line, line.opportunity_id == deal.id)
                 .where(line.deleted.is_(False))
                 .group_by(line.product_id, bucket))
    else:
        subject = {Dimension.REP: deal.owner_id, Dimension.TEAM: deal.team_id,
                   Dimension.CUSTOMER: deal.account_id}[dimension]
        query = select(subject, bucket, func.sum(deal.amount)).group_by(subject, bucket)
        if among is not None:
            query = query.where(subject.in_(list(among)))
    # the won deal's stage as a literal: the term of the partial ix_opportunities_won
    won_stage = deal.stage == literal_column(f"'{OpportunityStage.WON.value}'")
    query = query.where(deal.deleted.is_(False), won_stage,
                        deal.closed_on >= start, deal.closed_on <= end,
                        deal.currency == currency.upper())
    if team_id is not None:
        query = query.where(deal.team_id == team_id)
    if rep_id is not None:
        query = query.where(deal.owner_id == rep_id)
    return {(row_id, starts[i]): int(total or 0) for row_id, i, total in session.execute(query)
            if row_id is not None}


# ---- who targets are set for -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Subject:
    """A rep, team, product or customer a target may be set for."""

    id: uuid.UUID
    name: str


def reps(session: Session, team_id: uuid.UUID | None, rep_id: uuid.UUID | None = None
         ) -> list[Subject]:
    """The people targets are set for: the active reps of `team_id` (None: of every
    team), by name; `rep_id`: that one person (a lead's own sales count in their team's
    figures, against the team's target)."""
    query = (select(User.id, User.display_name)
             .where(User.deleted.is_(False), User.active.is_(True),
                    User.role == Role.REP, User.team_id.is_not(None))
             .order_by(User.display_name, User.id))
    if team_id is not None:
        query = query.where(User.team_id == team_id)
    if rep_id is not None:
        query = query.where(User.id == rep_id)
    return [Subject(*row) for row in session.execute(query)]


def teams(session: Session, team_id: uuid.UUID | None = None) -> list[Subject]:
    query = select(Team.id, Team.name).where(Team.deleted.is_(False)).order_by(Team.name)
    if team_id is not None:
        query = query.where(Team.id == team_id)
    return [Subject(*row) for row in session.execute(query)]


def products(session: Session) -> list[Subject]:
    return [Subject(*row) for row in session.execute(
        select(Product.id, Product.name).where(Product.deleted.is_(False))
        .order_by(Product.name, Product.id))]


def names(session: Session, dimension: Dimension, ids: Collection[uuid.UUID]
          ) -> dict[uuid.UUID, str]:
    """The names of subjects `ids` of `dimension` (removed ones too: a target outlives)."""
    model = {Dimension.REP: (User.id, User.display_name), Dimension.TEAM: (Team.id, Team.name),
             Dimension.PRODUCT: (Product.id, Product.name),
             Dimension.CUSTOMER: (Account.id, Account.name)}[dimension]
    if not ids:
        return {}
    return {i: n for i, n in session.execute(select(*model).where(model[0].in_(list(ids))))}


def customers(session: Session, team_id: uuid.UUID, start: date, end: date, currency: str,
              top: int = 30) -> list[Subject]:
    """The customers the editor lists for a team: those with a target in [start, end]
    and the team's `top` accounts by payments received in the year before `start`, by
    name."""
    targeted = select(Plan.subject_id).where(
        Plan.team_id == team_id, Plan.dimension == Dimension.CUSTOMER,
        Plan.deleted.is_(False), Plan.starts_on >= start, Plan.starts_on <= end)
    year_before = date(start.year - 1, start.month, 1)
    paying = (select(Payment.account_id)
              .where(Payment.team_id == team_id, Payment.deleted.is_(False),
                     Payment.currency == currency.upper(),
                     Payment.received_on >= year_before, Payment.received_on <= end)
              .group_by(Payment.account_id)
              .order_by(func.sum(Payment.amount).desc()).limit(top))
    ids = set(session.scalars(targeted)) | set(session.scalars(paying))
    found = names(session, Dimension.CUSTOMER, ids)
    return sorted((Subject(i, n) for i, n in found.items()), key=lambda s: (s.name, s.id))


# ---- the editor's grid -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanGrid:
    """What the plans editor shows for one team, dimension and span: subjects down,
    periods across, each cell's target (None: none) and what was sold (read-only)."""

    team_id: uuid.UUID
    dimension: Dimension
    period: Period
    currency: str
    starts: tuple[date, ...]
    subjects: tuple[Subject, ...]
    targets: dict[tuple[uuid.UUID, date], int]
    actuals: dict[tuple[uuid.UUID, date], int]

    def target(self, subject_id: uuid.UUID, start: date) -> int | None:
        return self.targets.get((subject_id, start))

    def actual(self, subject_id: uuid.UUID, start: date) -> int:
        return self.actuals.get((subject_id, start), 0)


def plan_grid(session: Session, team_id: uuid.UUID, dimension: Dimension, period: Period,
              start: date, end: date, currency: str = "CNY") -> PlanGrid:
    """The team's targets of `dimension` for the periods of kind `period` in
    [start, end], with the payments credited in each beside them."""
    dimension, period = Dimension(dimension), Period(period)
    starts = tuple(periods(start, end, period))
    last = period_end(starts[-1], period) if starts else end
    if dimension is Dimension.REP:
        subjects = reps(session, team_id)
    elif dimension is Dimension.TEAM:
        subjects = teams(session, team_id)
    elif dimension is Dimension.PRODUCT:
        subjects = products(session)
    else:
        subjects = customers(session, team_id, starts[0] if starts else start, last, currency)
    targets = planned_by_period(session, dimension, period, starts[0] if starts else start,
                                last, currency, team_id=team_id)
    actuals = credited(session, dimension, period, starts[0] if starts else start, last,
                       currency, team_id=team_id)
    return PlanGrid(team_id, dimension, period, currency.upper(), starts, tuple(subjects),
                    targets, actuals)
