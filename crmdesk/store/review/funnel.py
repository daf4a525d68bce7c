"""The review's funnel panel: deals from stage to stage over the period, the customer
lifecycle funnel of the accounts acquired in it, and customer attrition per year.

The rules are crmdesk.domain.funnel (what reaching a stage and going on mean, the
lifecycle steps) and crmdesk.domain.attrition (who is a customer, who was lost); here
they are asked in SQL over the laptop's rows, narrowed to the scope: deals by their
team and owner, accounts by theirs; removed rows (and deals of removed accounts) left
out. Every query is one set-based statement (GROUP BY or EXISTS in the database); the
accounts of the scope are `scope_sql`'s, the deals' those their changes carry
(`crmdesk.store.flow.deal_conditions`).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    case,
    exists,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from crmdesk.domain import attrition as churn
from crmdesk.domain import funnel as rules
from crmdesk.domain.deals import STAGE_LABELS, DealField
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
)
from crmdesk.domain.words import Counted, Sentences, Worded, tr_noop
from crmdesk.store import flow
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
from crmdesk.store.review.deal_facts import rows
from crmdesk.store.review.scope_sql import (
    account_conditions,
    currencies_note,
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
    # each deal's first entry into each stage in the period: an entry in it whose entry
    # into the same stage before came before the period (the laptop's facts,
    # crmdesk.store.flow); it went on when it entered a later stage at or after it by
    # today. Read from ix_deal_changes_entries alone (covering, its WHERE's terms
    # written the same), with the deal now as each entry carries it (the same facts):
    # no deal looked up.
    firsts = [literal_column("deal_changes.field") == literal_column(f"'{DealField.STAGE}'"),
              DealChange.deleted.is_(False),
              DealChange.new_value.in_([s.value for s in rules.FUNNEL_STAGES]),
              DealChange.changed_at >= begin, DealChange.changed_at < after,
              or_(flow.entry_prev_at().is_(None), flow.entry_prev_at() < begin),
              *flow.deal_conditions(
                  stages=None, team_id=scope.team_id,
                  owner_ids=None if scope.rep_id is None else [scope.rep_id], currency=None)]
    currency = flow.deal("deal_currency")
    # per stage alone, in the index's order (no sort): the scope's currency counted by a
    # CASE each (grouped by currency too, SQLite sorted every entry first: a third of the
    # table's time at 100k accounts); the others read apart, only when some are there
    ours = currency == scope.currency

    def of_ours(value: Any) -> Any:
        return case((ours, value))
    found: dict[str, tuple[int, int, int, JoinedIds]] = {}
    others: dict[str, int] = {}
    elsewhere = 0
    for stage, every, count, went, amount, joined in rows(session, select(
            DealChange.new_value, func.count(), func.count(of_ours(1)),
            func.count(of_ours(case((flow.onward_at() < by_today, 1)))),
            func.coalesce(func.sum(of_ours(flow.deal("deal_amount"))), 0),
            func.group_concat(of_ours(type_coerce(DealChange.opportunity_id, String)), ","))
            .where(*firsts).group_by(DealChange.new_value)):
        found[stage] = (int(count), int(went or 0), int(amount), JoinedIds(joined))
        elsewhere += int(every) - int(count)
    if elsewhere:
        for code, count in rows(session, select(currency, func.count())
                                .where(*firsts, currency.is_distinct_from(scope.currency))
                                .group_by(currency)):
            others[code] = int(count)
    out = []
    for stage in rules.FUNNEL_STAGES:
        last = rules.next_stage(stage) is None
        count, went, amount, ids = found.get(stage.value, (0, 0, 0, JoinedIds(None)))
        out.append(Row((STAGE_LABELS[stage], count, None if last else went,
                        None if last else rules.conversion(count, went), amount), ids))
    entries = sum(others.values())
    return Table(
        "funnel.stages", tr_noop("Conversion from stage to stage"),
        (Column("stage", tr_noop("Stage"), Cell.TEXT),
         # a stage reached, not a person reached by a call (an activity's outcome)
         Column("reached", tr_noop("Reached", "review column"), Cell.COUNT),
         Column("went_on", tr_noop("Went on"), Cell.COUNT),
         Column("conversion", tr_noop("Conversion"), Cell.PERCENT),
         Column("amount", tr_noop("Amount"), Cell.MONEY)),
        tuple(out), scope.currency, Behind.DEALS,
        Chart(ChartKind.FUNNEL, "stage", ("reached",)),
        Sentences(
            Worded(tr_noop("Reached: the deals that entered the stage between {0} and {1} "
                           "by their stage history (created in it counts; a stage skipped "
                           "over does not). Went on: of those, the ones that entered a later "
                           "stage (won included) after that, up to today; a deal moved back "
                           "into a stage counts again and goes on only by moving forward "
                           "again. Amount: their amounts now."), scope.start, scope.end),
            currencies_note(others, scope.currency,
                            Counted("%n deal entry(ies)", "", entries))))


# ---- the customer lifecycle ----------------------------------------------------------


def lifecycle(session: Session, scope: ReviewScope) -> Table:
    """The accounts acquired in the period, along Lead → Potential → Intended →
    Contracted: how many reached each step, and the share of the first and of the
    step before."""
    cohort = [*account_conditions(scope), Account.acquired_on >= scope.start,
              Account.acquired_on <= scope.end]
    # the ids of the accounts whose furthest step each is: those on the path counted in
    # the database a status (their ids joined), the lost read one by one with their facts
    furthest: dict[Status, list[str]] = {step: [] for step in PATH}
    for status, joined in rows(session, select(
            Account.status, func.group_concat(type_coerce(Account.id, String), ","))
            .where(*cohort, Account.status.in_(PATH)).group_by(Account.status)):
        furthest[Status(status)].append(joined)

    def has(model: Any, *conditions: ColumnElement[bool]) -> Any:
        return exists().where(model.account_id == Account.id, model.deleted.is_(False),
                              *conditions)
    for account_id, *facts in rows(session, select(
            type_coerce(Account.id, String), has(Contact, REACHABLE), has(Activity, TWO_WAY),
            has(Opportunity, Opportunity.amount > 0, Opportunity.expected_close.is_not(None)),
            has(Contract), has(Payment, PAID))
            .where(*cohort, Account.status == Status.LOST)):
        furthest[rules.furthest_step(
            Status.LOST, AccountFacts(*(bool(f) for f in facts)))].append(account_id)
    passed: dict[Status, list[str]] = {step: [] for step in PATH}
    for step, ids in furthest.items():
        for reached in rules.steps_reached(step):
            passed[reached] += ids
    behind = {step: JoinedIds.of(passed[step]) for step in PATH}
    counts = [len(behind[step]) for step in PATH]
    steps = tuple(Row((LABELS[step], n, of_first, of_before), behind[step])
                  for step, n, (of_first, of_before)
                  in zip(PATH, counts, rules.step_shares(counts), strict=True))
    return Table(
        "funnel.lifecycle", tr_noop("Customer lifecycle of the accounts acquired in the period"),
        (Column("step", tr_noop("Step"), Cell.TEXT),
         Column("accounts", tr_noop("Accounts"), Cell.COUNT),
         Column("of_first", tr_noop("% of leads"), Cell.PERCENT),
         Column("of_before", tr_noop("% of step before"), Cell.PERCENT)),
        steps, None, Behind.ACCOUNTS, Chart(ChartKind.FUNNEL, "step", ("accounts",)),
        Worded(tr_noop("The accounts acquired between {0} and {1}, at the step they have "
                       "reached by now: an account has passed every step before its status. "
                       "Lost accounts count for the steps their records show they met (a "
                       "reachable person and a two-way conversation: Potential; also a deal "
                       "with an amount and a close date: Intended)."), scope.start, scope.end))


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
    # a year whose 1 January came before the first money the workspace ever received
    # (ix_payments_received_on's first entry) had no customers at its start: it has no
    # row, and its days need no reading
    earliest = session.scalar(select(func.min(Payment.received_on)))
    years = [y for y in churn.years(scope.today)
             if earliest is not None and churn.year_start(y) >= earliest]
    days = sorted({d for y in years
                   for d in (churn.year_start(y), churn.read_on(y, scope.today))})
    name = {d: f"d{i}" for i, d in enumerate(days)}
    # each contract's first money from the laptop's fact (crmdesk.store.flow: kept
    # whenever a payment is written, whatever its day): a contract first paid after
    # today covers none of these days, all of them today or before. Read in the
    # accounts' order from ix_contracts_paid (its WHERE's term the same): no payment
    # read, no sort.
    first_paid = flow.first_paid_on()
    per_account = (
        select(Contract.account_id.label("account"), *(
            func.max(case((_covers(first_paid, d), 1), else_=0)).label(name[d])
            for d in days))
        .where(Contract.deleted.is_(False), first_paid.is_not(None),
               *of_scope(Contract.account_id, scope))
        .group_by(Contract.account_id).subquery())
    # each year's customers at its start counted, and the ids of those lost in it
    # joined, over one row per account with whether it was one on each day that
    # matters (one pass over the paid contracts): no row an account read into Python
    counts: list[Any] = []
    for y in years:
        began = per_account.c[name[churn.year_start(y)]] == 1
        kept = per_account.c[name[churn.read_on(y, scope.today)]] == 1
        counts += [func.count(case((began, 1))), func.group_concat(
            case((and_(began, ~kept), type_coerce(per_account.c.account, String))), ",")]
    found = list(next(rows(session, select(*counts)))) if years else []
    out = []
    for y, at_start, gone in zip(years, found[::2], found[1::2], strict=True):
        if not at_start:
            continue
        lost = JoinedIds(gone)
        # the year as text: a figure the window would write with digit grouping
        label = (Worded(tr_noop("{0} (to date)"), str(y)) if churn.in_progress(y, scope.today)
                 else str(y))
        out.append(Row((label, at_start, len(lost),
                        churn.attrition_rate(len(lost), at_start)), lost))
    return Table(
        "funnel.attrition", tr_noop("Customer attrition per year"),
        (Column("year", tr_noop("Year"), Cell.TEXT),
         Column("customers", tr_noop("Customers at start"),
                                                  Cell.COUNT),
         Column("lost", tr_noop("Lost"), Cell.COUNT),
         Column("rate", tr_noop("Attrition rate"), Cell.PERCENT)),
        tuple(out), None, Behind.ACCOUNTS, Chart(ChartKind.BAR, "year", ("rate",)),
        Worded(tr_noop("A customer on a day: an account with a contract that has money "
                       "received on it and runs that day (from its first payment to its end, "
                       "or a year after signing when it has none, plus {0} days to renew). "
                       "Customers at start: those on 1 January; lost: those of them no "
                       "contract covers on the next 1 January ({1}: today, year to date). The "
                       "last {2} years, whatever the period."),
               churn.RENEWAL_GRACE_DAYS, str(scope.today.year), churn.YEARS))
