"""The review's funnel panel: deals from stage to stage over the period, the customer
lifecycle funnel of the accounts acquired in it, and customer attrition per year.

The rules are crmdesk.domain.funnel (what reaching a stage and going on mean, the
lifecycle steps) and crmdesk.domain.attrition (who is a customer, who was lost); here
they are asked in SQL over the laptop's rows, narrowed to the scope: deals by their
team and owner, accounts by theirs; removed rows (and deals of removed accounts) left
out. Every query is one set-based statement (GROUP BY or EXISTS in the database); the
accounts of the scope are `scope_sql`'s, the deals' `deal_facts.deal_conditions`.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from crmdesk.domain import attrition as churn
from crmdesk.domain import funnel as rules
from crmdesk.domain.deals import STAGE_LABELS, DealField, OpportunityStage
from crmdesk.domain.lifecycle import LABELS, PATH, AccountFacts, Status
from crmdesk.domain.local_time import day_start
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
    uuids,
)
from crmdesk.store.derived import PAID, REACHABLE, TWO_WAY
from crmdesk.store.models import (
    Account,
    Activity,
    Contact,
    Contract,
    DealChange,
    Opportunity,
    Payment,
)
from crmdesk.store.review.deal_facts import deal_conditions, rows
from crmdesk.store.review.scope_sql import (
    account_conditions,
    currencies_note,
    narrowed,
    of_scope,
)


def figures(session: Session, scope: ReviewScope) -> Panel:
    """The funnel panel for `scope`."""
    return Panel("funnel", "Funnel", (
        stages(session, scope), lifecycle(session, scope), attrition(session, scope)))


# ---- kept for crmdesk.store.review.forecast (another change moves it to scope_sql) ----


# ---- deals from stage to stage -----------------------------------------------------


def stages(session: Session, scope: ReviewScope) -> Table:
    """One row per funnel stage: the deals that entered it in the period, how many of
    them went on to a later stage by today, the conversion and their amount."""
    # the laptop's days as times are stored (UTC)
    begin = day_start(scope.start, scope.zone)
    after = day_start(scope.end + timedelta(days=1), scope.zone)
    by_today = day_start(scope.today + timedelta(days=1), scope.zone)
    at, value = DealChange.changed_at, DealChange.new_value
    funnel = [s.value for s in rules.FUNNEL_STAGES]
    # one row per deal moved in the period: when it first entered each stage in it, and
    # when it last entered any stage beyond each (up to today): it went on from a stage
    # when that is at or after its entry. One pass (GROUP BY) over the changes of the
    # period, read from ix_deal_changes_changed_at alone: no lookup per entry.
    firsts = [func.min(case((and_(value == stage, at < after), at))).label(f"f{i}")
              for i, stage in enumerate(funnel)]
    beyond = [func.max(case((and_(value.in_(funnel[i + 1:]), at < by_today), at)))
              .label(f"a{i}") for i in range(len(funnel) - 1)]
    narrow = deal_conditions(stages=tuple(OpportunityStage), team_id=scope.team_id,
                             owner_ids=None if scope.rep_id is None else [scope.rep_id],
                             currency=None, closed_between=None)
    moved = (select(DealChange.opportunity_id.label("deal"), *firsts, *beyond)
             .where(DealChange.field == DealField.STAGE, DealChange.deleted.is_(False),
                    value.in_(funnel), at >= begin, at < max(after, by_today))
             .group_by(DealChange.opportunity_id))
    if narrowed(scope):
        # a team's or a rep's deals first (a set of ids), each of the period's changes
        # checked against it ("+": not their deals' whole histories read deal by deal)
        moved = moved.where(literal_column("+deal_changes.opportunity_id").in_(
            select(Opportunity.id).where(*narrow)))
    per = moved.subquery()
    deals = (select(per, Opportunity.amount, Opportunity.currency)
             .join(Opportunity, Opportunity.id == per.c.deal).where(*narrow)
             .cte("entries"))
    ours = deals.c.currency == scope.currency
    parts = [select(literal(i), func.count(), func.count(
                 case((deals.c[f"a{i}"] >= deals.c[f"f{i}"], 1))) if i < len(funnel) - 1
                 else literal(0),
                 func.coalesce(func.sum(deals.c.amount), 0),
                 func.group_concat(type_coerce(deals.c.deal, String), ","))
             .where(deals.c[f"f{i}"].is_not(None), ours) for i in range(len(funnel))]
    entered = sum((deals.c[f"f{i}"].is_not(None) for i in range(len(funnel))),
                  start=literal(0))
    parts.append(select(deals.c.currency, func.sum(entered), literal(0), literal(0),
                        literal(None)).where(~ours).group_by(deals.c.currency))
    found: dict[int, tuple[int, int, int, JoinedIds]] = {}
    others: dict[str, int] = {}
    for key, count, went, amount, joined in rows(session, union_all(*parts)):
        if isinstance(key, str):
            others[key] = int(count or 0)
        else:
            found[int(key)] = (int(count), int(went or 0), int(amount), JoinedIds(joined))
    out = []
    for i, stage in enumerate(rules.FUNNEL_STAGES):
        last = rules.next_stage(stage) is None
        count, went, amount, ids = found.get(i, (0, 0, 0, JoinedIds(None)))
        out.append(Row((STAGE_LABELS[stage], count, None if last else went,
                        None if last else rules.conversion(count, went), amount), ids))
    entries = sum(others.values())
    return Table(
        "funnel.stages", "Conversion from stage to stage",
        (Column("stage", "Stage", Cell.TEXT), Column("reached", "Reached", Cell.COUNT),
         Column("went_on", "Went on", Cell.COUNT),
         Column("conversion", "Conversion", Cell.PERCENT),
         Column("amount", "Amount", Cell.MONEY)),
        tuple(out), scope.currency, Behind.DEALS,
        Chart(ChartKind.FUNNEL, "stage", ("reached",)),
        f"Reached: the deals that entered the stage between {scope.start.isoformat()} and "
        f"{scope.end.isoformat()} by their stage history (created in it counts; a stage "
        "skipped over does not). Went on: of those, the ones that entered a later stage "
        "(won included) after that, up to today; a deal moved back into a stage counts "
        "again and goes on only by moving forward again. Amount: their amounts now."
        + currencies_note(others, scope.currency, f"{entries} deal entries"))


# ---- the customer lifecycle ----------------------------------------------------------


def lifecycle(session: Session, scope: ReviewScope) -> Table:
    """The accounts acquired in the period, along Lead → Potential → Intended →
    Contracted: how many reached each step, and the share of the first and of the
    step before."""
    cohort = [*account_conditions(scope), Account.acquired_on >= scope.start,
              Account.acquired_on <= scope.end]
    furthest: dict[uuid.UUID, Status] = {}
    lost: list[uuid.UUID] = []
    for account_id, status in session.execute(
            select(Account.id, Account.status).where(*cohort).order_by(Account.id)):
        if Status(status) in PATH:
            furthest[account_id] = Status(status)
        else:
            lost.append(account_id)
    if lost:
        def has(model: Any, *conditions: ColumnElement[bool]) -> Any:
            return exists().where(model.account_id == Account.id, model.deleted.is_(False),
                                  *conditions)
        for account_id, *facts in session.execute(select(
                Account.id, has(Contact, REACHABLE), has(Activity, TWO_WAY),
                has(Opportunity, Opportunity.amount > 0,
                    Opportunity.expected_close.is_not(None)),
                has(Contract), has(Payment, PAID))
                .where(*cohort, Account.status == Status.LOST)):
            furthest[account_id] = rules.furthest_step(
                Status.LOST, AccountFacts(*(bool(f) for f in facts)))
    behind: dict[Status, list[uuid.UUID]] = {step: [] for step in PATH}
    for account_id, step in sorted(furthest.items()):
        for passed in rules.steps_reached(step):
            behind[passed].append(account_id)
    counts = [len(behind[step]) for step in PATH]
    rows = tuple(Row((LABELS[step], n, of_first, of_before), tuple(behind[step]))
                 for step, n, (of_first, of_before)
                 in zip(PATH, counts, rules.step_shares(counts), strict=True))
    return Table(
        "funnel.lifecycle", "Customer lifecycle of the accounts acquired in the period",
        (Column("step", "Step", Cell.TEXT), Column("accounts", "Accounts", Cell.COUNT),
         Column("of_first", "% of leads", Cell.PERCENT),
         Column("of_before", "% of step before", Cell.PERCENT)),
        rows, None, Behind.ACCOUNTS, Chart(ChartKind.FUNNEL, "step", ("accounts",)),
        f"The accounts acquired between {scope.start.isoformat()} and "
        f"{scope.end.isoformat()}, at the step they have reached by now: an account has "
        "passed every step before its status. Lost accounts count for the steps their "
        "records show they met (a reachable person and a two-way conversation: Potential; "
        "also a deal with an amount and a close date: Intended).")


# ---- attrition -----------------------------------------------------------------------


def _covers(first_paid: Any, day: date) -> ColumnElement[bool]:
    """Does the contract row (with its first money `first_paid`) cover `day`? The SQL
    of `crmdesk.domain.attrition.Cover.covers`."""
    return and_(first_paid <= day, or_(
        Contract.ends_on >= day - timedelta(days=churn.RENEWAL_GRACE_DAYS),
        and_(Contract.ends_on.is_(None), Contract.signed_on >= churn.signed_since(day))))


def attrition(session: Session, scope: ReviewScope) -> Table:
    """Per year with customers at its start (of the last `YEARS`, to this one): the
    customers then, how many of them were lost in it, and the rate."""
    # each contract's payments in its order from ix_payments_contract_first (covering:
    # no row, no sort of every payment); "+": not by ix_payments_received_on for "by
    # today", which holds nearly all of them, nor the contracts' checked a row a payment
    received = type_coerce(literal_column("+payments.received_on"), Date)
    contract: ColumnElement[Any] = literal_column("+payments.contract_id")
    firsts = (select(Payment.contract_id, func.min(Payment.received_on).label("first_paid"))
              .where(Payment.deleted.is_(False), PAID, received <= scope.today)
              .group_by(Payment.contract_id))
    if narrowed(scope):  # a team's or a rep's contracts' payments alone are grouped
        firsts = firsts.where(contract.in_(select(Contract.id).where(
            *of_scope(Contract.account_id, scope))))
    money = firsts.subquery()
    years = churn.years(scope.today)
    days = sorted({d for y in years
                   for d in (churn.year_start(y), churn.read_on(y, scope.today))})
    name = {d: f"d{i}" for i, d in enumerate(days)}
    per_account = (
        select(Contract.account_id.label("account"), *(
            func.max(case((_covers(money.c.first_paid, d), 1), else_=0)).label(name[d])
            for d in days))
        .join(money, money.c.contract_id == Contract.id)
        .where(Contract.deleted.is_(False), *of_scope(Contract.account_id, scope))
        .group_by(Contract.account_id).subquery())
    # one row per account that was a customer at the start of some year, with whether
    # it was one on each day that matters: one pass over the contracts and payments
    started = [per_account.c[name[churn.year_start(y)]] == 1 for y in years]
    at_start: dict[int, int] = dict.fromkeys(years, 0)
    gone: dict[int, list[str]] = {y: [] for y in years}
    # each year's two days as places in a row (after the account); the account read as
    # stored (text: its ids order as the uuids do), made a uuid only when lost
    at = {d: i + 1 for i, d in enumerate(days)}
    places = [(y, at[churn.year_start(y)], at[churn.read_on(y, scope.today)]) for y in years]
    for row in rows(session, select(type_coerce(per_account.c.account, String),
                                    *(per_account.c[name[d]] for d in days))
                    .where(or_(*started)).order_by(per_account.c.account)):
        for y, start, end in places:
            if row[start]:
                at_start[y] += 1
                if not row[end]:
                    gone[y].append(row[0])
    lost = {y: uuids(ids) for y, ids in gone.items()}
    out = []
    for y in years:
        if not at_start[y]:
            continue
        label = f"{y} (to date)" if churn.in_progress(y, scope.today) else str(y)
        out.append(Row((label, at_start[y], len(lost[y]),
                        churn.attrition_rate(len(lost[y]), at_start[y])), tuple(lost[y])))
    return Table(
        "funnel.attrition", "Customer attrition per year",
        (Column("year", "Year", Cell.TEXT), Column("customers", "Customers at start",
                                                  Cell.COUNT),
         Column("lost", "Lost", Cell.COUNT), Column("rate", "Attrition rate", Cell.PERCENT)),
        tuple(out), None, Behind.ACCOUNTS, Chart(ChartKind.BAR, "year", ("rate",)),
        "A customer on a day: an account with a contract that has money received on it "
        "and runs that day (from its first payment to its end, or a year after signing "
        f"when it has none, plus {churn.RENEWAL_GRACE_DAYS} days to renew). Customers at "
        "start: those on 1 January; lost: those of them no contract covers on the next "
        f"1 January ({scope.today.year}: today, year to date). The last {churn.YEARS} years, "
        "whatever the period.")
