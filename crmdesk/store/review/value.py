"""The review's Value panel: the 80/20 of 12-month revenue, the churn-risk list and the
loyalty stages of the accounts in scope.

Accounts are in scope by their own owner and team (an account figure: whose book it is
in), live ones only. Revenue is the payments received in the value score's window (the
REVENUE_DAYS ending on the scope's day, as crmdesk.domain.value counts them) in the
scope's currency. The churn list and the loyalty stages read each account's facts as
the card does (crmdesk.store.derived): money from the payments in every currency, the
last contact and the status as the account holds them (both follow from its facts
alone and are kept after every write and pull), the open pipeline, a key person and
a two-way conversation. One statement reads all of it for every account in scope.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session

from crmdesk.domain import pareto
from crmdesk.domain.lifecycle import LABELS as STATUS_LABELS
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.report import (
    Behind,
    Cell,
    Chart,
    ChartKind,
    Column,
    Panel,
    ReviewScope,
    Row,
    Table,
    cell_text,
    share,
)
from crmdesk.domain.value import (
    REVENUE_DAYS,
    Loyalty,
    ValueInputs,
    churn_risk,
    loyalty_stage,
    value_score,
)
from crmdesk.store import derived
from crmdesk.store.models import Account, Activity, Contact, Opportunity, Payment, User

#: The loyalty stages in the order a customer goes through them, as people say them.
LOYALTY_LABELS: dict[Loyalty, str] = {
    Loyalty.SUSPICION: "Suspicion",
    Loyalty.EXPECTATION: "Expectation",
    Loyalty.FIRST_PURCHASE: "First purchase",
    Loyalty.REPEAT_PURCHASE: "Repeat purchase",
    Loyalty.ADVOCACY: "Advocacy",
}


def in_scope(scope: ReviewScope) -> list[ColumnElement[bool]]:
    """The live accounts of the scope: of its team, owned by its rep."""
    where: list[ColumnElement[bool]] = [Account.deleted.is_(False)]
    if scope.team_id is not None:
        where.append(Account.team_id == scope.team_id)
    if scope.rep_id is not None:
        where.append(Account.owner_id == scope.rep_id)
    return where


def _sum(condition: ColumnElement[bool], amount: Any) -> Any:
    return func.coalesce(func.sum(case((condition, amount), else_=0)), 0)


def _statement(scope: ReviewScope) -> Select[Any]:
    """One row per account in scope with every figure of the panel read from its facts:
    its 12-month revenue in the scope's currency and the other currencies it paid in
    (the 80/20), the card's money inputs, pipeline and key person (churn risk and the
    value score, read for the paying accounts only: only they can be at risk), and
    whether a two-way conversation is logged (loyalty)."""
    year_ago = scope.today - timedelta(days=REVENUE_DAYS)
    window = and_(Payment.received_on > year_ago, Payment.received_on <= scope.today)

    def mine(column: Any) -> list[ColumnElement[bool]]:
        # a team's or a rep's facts are found through their accounts (by index); an
        # admin's are all of them, read straight through
        if scope.team_id is None and scope.rep_id is None:
            return []
        return [column.in_(select(Account.id).where(*in_scope(scope)))]

    money = (select(
        Payment.account_id,
        _sum(and_(window, Payment.currency == scope.currency), Payment.amount).label("paid"),
        func.group_concat(func.distinct(
            case((and_(window, Payment.currency != scope.currency), Payment.currency))))
        .label("others"),
        # the card's (crmdesk.store.derived): every currency, no end to the window
        _sum(Payment.received_on > year_ago, Payment.amount).label("revenue"),
        _sum(and_(Payment.received_on <= year_ago,
                  Payment.received_on > year_ago - timedelta(days=REVENUE_DAYS)),
             Payment.amount).label("before"),
        func.count(func.distinct(case((derived.PAID, Payment.contract_id))))
        .label("purchases"))
        .where(Payment.deleted.is_(False), *mine(Payment.account_id))
        .group_by(Payment.account_id).cte("money"))
    payers = select(money.c.account_id).where(money.c.purchases > 0).scalar_subquery()
    deals = (select(Opportunity.account_id,
                    _sum(derived.OPEN, Opportunity.amount).label("pipeline"))
             .where(Opportunity.deleted.is_(False), Opportunity.account_id.in_(payers))
             .group_by(Opportunity.account_id).subquery())
    people = (select(Contact.account_id).distinct()
              .where(Contact.deleted.is_(False), Contact.is_key_person.is_(True),
                     Contact.account_id.in_(payers)).subquery())
    engaged = (select(Activity.account_id).distinct()
               .where(Activity.deleted.is_(False), derived.TWO_WAY, *mine(Activity.account_id))
               .subquery())
    return (
        select(Account.id, Account.name, Account.owner_id, Account.status, Account.scale,
               Account.last_contact_at, money.c.paid, money.c.others, money.c.revenue,
               money.c.before, money.c.purchases, deals.c.pipeline,
               people.c.account_id.is_not(None), engaged.c.account_id.is_not(None))
        .outerjoin(money, money.c.account_id == Account.id)
        .outerjoin(deals, deals.c.account_id == Account.id)
        .outerjoin(people, people.c.account_id == Account.id)
        .outerjoin(engaged, engaged.c.account_id == Account.id)
        .where(*in_scope(scope)))


def figures(session: Session, scope: ReviewScope) -> Panel:
    users: dict[uuid.UUID, str] = {
        user: name for user, name in session.execute(select(User.id, User.display_name))}
    revenue: dict[uuid.UUID, int] = {}
    names: dict[uuid.UUID, tuple[str, str | None]] = {}
    others: set[str] = set()
    payers = 0
    risky: list[tuple[int, int, str, uuid.UUID, Row]] = []
    stages: dict[Loyalty, list[uuid.UUID]] = {stage: [] for stage in Loyalty}
    for (account, name, owner_id, status, scale, last, paid, other, revenue_12m, before,
         purchases, pipeline, key_person, engaged) in session.execute(_statement(scope)):
        owner = None if owner_id is None else users.get(owner_id)
        purchases = int(purchases or 0)
        # no record says which customer referred which account yet: no referrals
        stages[loyalty_stage(purchases, 0, bool(engaged))].append(account)
        if paid:
            revenue[account] = int(paid)
            names[account] = (name, owner)
        if other:
            others.update(other.split(","))
        if not purchases:
            continue  # only a customer who has paid can be at risk (churn_risk)
        payers += 1
        days = None if last is None else (scope.today - last.date()).days
        inputs = ValueInputs(int(revenue_12m), int(before), purchases, int(pipeline or 0),
                             scale, bool(key_person), days)
        risk = churn_risk(inputs)
        if risk.at_risk:
            score = value_score(inputs).value
            # the column is the 80/20's revenue (the scope's currency); the rule reads
            # every currency, as the card does
            in_currency = revenue.get(account, 0)
            risky.append((-score, -in_currency, name, account, Row(
                (name, owner or "", STATUS_LABELS[Status(status)],
                 None if last is None else last.date(), in_currency, score,
                 "; ".join(risk.reasons)), (account,))))
    risky.sort(key=lambda r: r[:4])
    return Panel("value", "Value", (
        *_pareto_tables(revenue, names, sorted(others), scope),
        _churn(risky, payers, scope),
        _loyalty(stages),
    ))


# ---- 80/20 ----------------------------------------------------------------------------


def _others_note(others: list[str]) -> str:
    if not others:
        return ""
    return (f" Payments in {', '.join(others)} are not in it (no exchange rates: "
            "choose that currency to see them).")


def _pareto_tables(revenue: dict[uuid.UUID, int],
                   names: dict[uuid.UUID, tuple[str, str | None]], others: list[str],
                   scope: ReviewScope) -> tuple[Table, Table]:
    ranked = pareto.rank(revenue.items(), order=lambda a: (names[a][0], a))
    keys = pareto.key_count(ranked)
    total = sum(r.amount for r in ranked)
    paying = len(ranked)
    if paying:
        note = (f"{keys:,} of {paying:,} paying accounts ({keys / paying:.1%}) make "
                f"{float(pareto.KEY_SHARE):.0%} of {cell_text(total, Cell.MONEY, scope.currency)} "
                "over the last 12 months.")
    else:
        note = "No payments received over the last 12 months."
    note += _others_note(others)
    accounts = Table(
        "value.pareto", "Accounts by revenue over the last 12 months",
        (Column("account", "Account", Cell.TEXT), Column("owner", "Owner", Cell.TEXT),
         Column("revenue", "Revenue", Cell.MONEY), Column("share", "Share", Cell.PERCENT),
         Column("cumulative", "Cumulative", Cell.PERCENT),
         Column("key", "Key account", Cell.TEXT)),
        tuple(Row((names[r.item][0], names[r.item][1] or "", r.amount, r.share,
                   r.cumulative, "yes" if r.key else "no"), (r.item,)) for r in ranked),
        currency=scope.currency, behind=Behind.ACCOUNTS,
        chart=Chart(ChartKind.PARETO, x="account", y=("revenue",)), note=note)
    banded = Table(
        "value.pareto_bands", "Revenue by band of accounts (top 5% first)",
        (Column("band", "Accounts ranked", Cell.TEXT),
         Column("accounts", "Accounts", Cell.COUNT), Column("revenue", "Revenue", Cell.MONEY),
         Column("share", "Share", Cell.PERCENT),
         Column("cumulative", "Cumulative", Cell.PERCENT),
         Column("keys", "Key accounts", Cell.COUNT)),
        tuple(Row((b.label, len(b.items), b.amount, b.share, b.cumulative, b.keys), b.items)
              for b in pareto.bands(ranked)),
        currency=scope.currency, behind=Behind.ACCOUNTS,
        chart=Chart(ChartKind.PARETO, x="band", y=("revenue",)), note=note)
    return accounts, banded


# ---- churn risk and loyalty -----------------------------------------------------------


def _churn(risky: list[tuple[int, int, str, uuid.UUID, Row]], payers: int,
           scope: ReviewScope) -> Table:
    """The accounts in scope the card calls at risk, the most valuable first."""
    return Table(
        "value.churn", "Customers at risk of churn",
        (Column("account", "Account", Cell.TEXT), Column("owner", "Owner", Cell.TEXT),
         Column("status", "Status", Cell.TEXT),
         Column("last_contact", "Last contact", Cell.DATE),
         Column("revenue", "Revenue 12 months", Cell.MONEY),
         Column("value_score", "Value score", Cell.COUNT),
         Column("reasons", "Why", Cell.TEXT)),
        tuple(r[4] for r in risky), currency=scope.currency, behind=Behind.ACCOUNTS,
        note=(f"{len(risky):,} of {payers:,} paying customers: no contact for 90 days, "
              "or paid less than half of the year before; highest value score first."))


def _loyalty(stages: dict[Loyalty, list[uuid.UUID]]) -> Table:
    total = sum(len(ids) for ids in stages.values())
    return Table(
        "value.loyalty", "Loyalty stages",
        (Column("stage", "Stage", Cell.TEXT), Column("accounts", "Accounts", Cell.COUNT),
         Column("share", "Share", Cell.PERCENT)),
        tuple(Row((LOYALTY_LABELS[stage], len(ids), share(len(ids), total)), tuple(ids))
              for stage, ids in stages.items()),
        behind=Behind.ACCOUNTS, chart=Chart(ChartKind.BAR, x="stage", y=("accounts",)),
        note=("Purchases are contracts with money received on them; expectation is a "
              "two-way conversation without a purchase yet. Advocacy needs referral facts "
              "(which customer referred which account), which crmdesk does not record "
              "yet, so no account counts there."))
